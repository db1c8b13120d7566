"""Held-out evaluation of the (passage, point) pair model (session 20).

    PYTHONPATH=src .venv/bin/python scripts/pair_model_eval.py /tmp/pm/corpus.jsonl \\
        --sentences /work/shared/data/esg-sentences/dev.jsonl

`corpus.jsonl` is `scripts/pair_model.py dump-corpus`'s file. Trains a logistic regression on
hashed pair features (`scripts/pair_features.py`) and prints, leave-one-judged-set-out, the
strict precision of kept pairs per threshold, and leave-one-blind-round-out on the demo corpus,
the first evidence on the labelled page when the model reorders a point's evidence, and P / R /
F1 when it vetoes pairs. The sentences are read in memory only.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pair_features import pair_features  # noqa: E402
from pair_model import judged_rows  # noqa: E402

BLIND = [(a, a + 5) for a in range(55, 110, 6)]  # d55-d60 ... d109-d114


def round_of(doc: str) -> str:
    m = re.match(r"d(\d+)_", doc)
    if m:
        n = int(m.group(1))
        for a, b in BLIND:
            if a <= n <= b:
                return f"d{a}-d{b}"
    return "rest"


NGRAMS = 3
WORDS: list = []  # [segmenter] when --words


def feats(r: dict, buckets: int) -> dict[int, float]:
    s, e = r["sentence"]
    clause = r["text"][s:e] or r["text"]
    words = None
    if WORDS:
        from cnsr.evidence.segment import tokens
        words = tokens(WORDS[0], clause)
    return pair_features(r["point"], r["rating"], clause, r["matched"], r["quantities"],
                         r["concepts"], r["table"], r["future"], buckets, NGRAMS, words)


def matrix(rows: list[dict], buckets: int) -> sparse.csr_matrix:
    data, ind, ptr = [], [], [0]
    for r in rows:
        f = feats(r, buckets)
        ind.extend(f.keys())
        data.extend(f.values())
        ptr.append(len(ind))
    return sparse.csr_matrix((np.array(data, dtype=np.float64), np.array(ind), np.array(ptr)),
                             shape=(len(rows), buckets))


def fit(X: sparse.csr_matrix, y: np.ndarray, w: np.ndarray, lam: float) -> np.ndarray:
    def f(beta: np.ndarray) -> tuple[float, np.ndarray]:
        z = X @ beta
        p = 1.0 / (1.0 + np.exp(-z))
        eps = 1e-12
        loss = -np.sum(w * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps)))
        grad = X.T @ (w * (p - y))
        return loss + 0.5 * lam * beta @ beta, grad + lam * beta
    res = minimize(f, np.zeros(X.shape[1]), jac=True, method="L-BFGS-B",
                   options={"maxiter": 500})
    return res.x


def predict(X: sparse.csr_matrix, beta: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-(X @ beta)))


YV = {"right": 1.0, "partly": 0.5, "wrong": 0.0}


def corpus_training(points: list[dict], cap: int) -> list[tuple[dict, float]]:
    """Weak pairs of the corpus: an awarded point labelled 0 → its first `cap` passages are
    wrong; a point labelled > 0 with pages → its passages on those pages are right."""
    out = []
    for pt in points:
        if pt["label"] == 0:
            out.extend((dict(p, point=pt["point"]), 0.0) for p in pt["passages"][:cap])
        elif pt["pages"]:
            on = [p for p in pt["passages"] if p["page"] in pt["pages"]][:cap]
            out.extend((dict(p, point=pt["point"]), 1.0) for p in on)
    return out


def train(judged: list[dict], corpus: list[tuple[dict, float]], buckets: int, lam: float,
          wc: float) -> np.ndarray:
    rows = [r for r in judged] + [r for r, _ in corpus]
    y = np.array([YV[r["verdict"]] for r in judged] + [v for _, v in corpus])
    nj = Counter((r["key"], r["point"]) for r in judged)
    w = np.array([1.0 / nj[(r["key"], r["point"])] for r in judged] + [wc] * len(corpus))
    return fit(matrix(rows, buckets), y, w, lam)


def judged_table(judged: list[dict], corpus_pts: list[dict], args: argparse.Namespace) -> None:
    corpus = corpus_training(corpus_pts, args.cap)
    sets = sorted({r["set"] for r in judged})
    scores = np.zeros(len(judged))
    for s in sets:
        tr = [r for r in judged if r["set"] != s]
        te = [i for i, r in enumerate(judged) if r["set"] == s]
        beta = train(tr, corpus if args.wc > 0 else [], args.buckets, args.lam, args.wc)
        scores[te] = predict(matrix([judged[i] for i in te], args.buckets), beta)
    ths = [0.0, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5]
    for judge in ("j1", "j2"):
        print(f"\njudge {judge}: held-out set | kept pairs | strict precision | right lost | "
              "partly lost | wrong removed")
        for s in sets + ["all"]:
            idx = [i for i, r in enumerate(judged) if r["judge"] == judge
                   and (s == "all" or r["set"] == s)]
            if not idx:
                continue
            line = []
            for t in ths:
                keep = [i for i in idx if scores[i] >= t]
                gone = [i for i in idx if scores[i] < t]
                right = sum(judged[i]["verdict"] == "right" for i in keep)
                c = Counter(judged[i]["verdict"] for i in gone)
                line.append(f"t{t:.2f}: {right}/{len(keep)}={right / max(len(keep), 1):.1%} "
                            f"-{c['right']}r -{c['partly']}p -{c['wrong']}w")
            print(f"  {s}: " + " | ".join(line))
    if args.classes:
        t = args.classes
        c = Counter((judged[i]["verdict"], judged[i]["class"]) for i in range(len(judged))
                    if judged[i]["judge"] == "j1" and scores[i] < t)
        print(f"\nj1 pairs below {t}: {dict(c)}")
    # ranking AUC of right vs wrong, pooled held-out
    for judge in ("j1",):
        pos = [scores[i] for i, r in enumerate(judged) if r["judge"] == judge and r["verdict"] == "right"]
        neg = [scores[i] for i, r in enumerate(judged) if r["judge"] == judge and r["verdict"] == "wrong"]
        auc = np.mean([[p > n for n in neg] for p in pos]) + 0.5 * np.mean([[p == n for n in neg] for p in pos])
        print(f"held-out AUC right vs wrong ({judge}): {auc:.3f} ({len(pos)} right, {len(neg)} wrong)")


def corpus_table(judged: list[dict], points: list[dict], args: argparse.Namespace) -> None:
    folds = sorted({round_of(p["doc"]) for p in points})
    for pt in points:
        pt["round"] = round_of(pt["doc"])
    for pt in points:
        for p in pt["passages"]:
            p["point"] = pt["point"]
    for f in folds:
        tr = [pt for pt in points if pt["round"] != f]
        beta = train(judged, corpus_training(tr, args.cap), args.buckets, args.lam, args.wc)
        te = [pt for pt in points if pt["round"] == f]
        flat = [p for pt in te for p in pt["passages"]]
        if flat:
            sc = predict(matrix(flat, args.buckets), beta)
            for p, v in zip(flat, sc, strict=True):
                p["score"] = float(v)
    # ranking
    for margin, name, scope in [(mg, nm, sc) for mg in (0.0, 0.1, 0.2, 0.3) for nm, sc in (
            ("blind rounds", lambda pt: pt["round"] != "rest"), ("all", lambda pt: True))]:
        args.margin = margin
        checked = base = mod = better = worse = 0
        for pt in points:
            if not scope(pt) or pt["label"] <= 0 or not pt["pages"] or not pt["passages"]:
                continue
            ps = pt["passages"]
            first = ps[0]
            tie = [p for p in ps if p["rating"] == first["rating"]
                   and bool(p["quantities"]) == bool(first["quantities"])]
            pick = max(tie, key=lambda p: (p["score"] >= first["score"] + args.margin, p["score"])) \
                if any(p["score"] >= first["score"] + args.margin for p in tie) else first
            checked += 1
            a = first["page"] in pt["pages"]
            b = pick["page"] in pt["pages"]
            base += a
            mod += b
            better += b and not a
            worse += a and not b
        print(f"ranking margin {margin} ({name}): first evidence on the labelled page {base}/{checked} "
              f"({base / max(checked, 1):.1%}) -> {mod}/{checked} ({mod / max(checked, 1):.1%}); "
              f"{better} better, {worse} worse")
    # veto
    labelled: dict[str, dict[str, float]] = {}
    for pt in points:
        labelled.setdefault(pt["doc"], {})
    print("\nveto on the corpus (awarded points only; labels >0 missed by the reader not counted)")
    for name, scope in (("blind rounds", lambda pt: pt["round"] != "rest"), ("all", lambda pt: True)):
        for t in (0.0, 0.05, 0.1, 0.15, 0.2, 0.3):
            tp = fp = lost = 0
            for pt in points:
                if not scope(pt):
                    continue
                keep = any(p["score"] >= t for p in pt["passages"])
                if pt["label"] > 0:
                    tp += keep
                    lost += not keep
                else:
                    fp += keep
            print(f"  {name} t{t:.2f}: awarded right {tp} (lost {lost}), awarded wrong {fp}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--sentences", type=Path, default=Path("/work/shared/data/esg-sentences/dev.jsonl"))
    ap.add_argument("--buckets", type=int, default=1 << 16)
    ap.add_argument("--lam", type=float, default=1.0)
    ap.add_argument("--wc", type=float, default=0.3, help="weight of a weak corpus pair")
    ap.add_argument("--cap", type=int, default=3)
    ap.add_argument("--margin", type=float, default=0.0)
    ap.add_argument("--classes", type=float, default=0.0)
    ap.add_argument("--ngrams", type=int, default=3)
    ap.add_argument("--rank-model", action="store_true")
    ap.add_argument("--changed", type=Path, help="write the rank model's changed first "
                    "evidences (margin 0.3, blind rounds) to this JSON-lines file")
    ap.add_argument("--words", action="store_true", help="word tokens (rjieba) for n-grams")
    ap.add_argument("--skip", choices=["judged", "corpus"], default=None)
    args = ap.parse_args()
    from cnsr.evidence.lexicon import load_lexicon
    global NGRAMS
    NGRAMS = args.ngrams
    if args.words:
        from cnsr.evidence.segment import segmenter
        WORDS.append(segmenter(load_lexicon()))
    points = [json.loads(line) for line in args.corpus.open(encoding="utf-8")]
    if args.rank_model:
        rank_model_table(points, args)
        return 0
    judged = judged_rows(args.sentences, load_lexicon())
    print(f"{len(judged)} judged rows ({Counter(r['verdict'] for r in judged)}), "
          f"{len(points)} awarded corpus points, "
          f"{len(corpus_training(points, args.cap))} weak corpus pairs")
    if args.skip != "judged":
        judged_table(judged, points, args)
    if args.skip != "corpus":
        corpus_table(judged, points, args)
    return 0



def tie_group(pt: dict) -> list[dict]:
    ps = pt["passages"]
    first = ps[0]
    return [p for p in ps if p["rating"] == first["rating"]
            and bool(p["quantities"]) == bool(first["quantities"])]


def rank_feats(p: dict, pos: int, buckets: int) -> dict[int, float]:
    f = feats(p, buckets)
    for name in (f"pos:{min(pos, 5)}", f"rel:{min(int(p['relevance']), 20) // 2}"):
        j = zlib.crc32(name.encode()) % buckets
        f[j] = f.get(j, 0.0) + 1.0
    return f


def rank_model_table(points: list[dict], args: argparse.Namespace) -> None:
    """A model trained for the ranking alone: within a point's tied first passages (same
    rating, figures or not), on the labelled page or not; leave-one-blind-round-out."""
    for pt in points:
        pt["round"] = round_of(pt["doc"])
        for p in pt["passages"]:
            p["point"] = pt["point"]
    usable = [pt for pt in points if pt["label"] > 0 and pt["pages"] and pt["passages"]]

    def rows_of(pts: list[dict]) -> tuple[list[dict], list[float]]:
        rows, ys = [], []
        for pt in pts:
            tie = tie_group(pt)[:args.cap * 3]
            on = [p["page"] in pt["pages"] for p in tie]
            if len(set(on)) < 2:
                continue
            for i, (p, o) in enumerate(zip(tie, on, strict=True)):
                rows.append(rank_feats(p, i, args.buckets))
                ys.append(float(o))
        return rows, ys

    def mat(fs: list[dict[int, float]]) -> sparse.csr_matrix:
        data, ind, ptr = [], [], [0]
        for f in fs:
            ind.extend(f.keys())
            data.extend(f.values())
            ptr.append(len(ind))
        return sparse.csr_matrix((np.array(data), np.array(ind, dtype=np.int64), np.array(ptr)),
                                 shape=(len(fs), args.buckets))

    for f in sorted({pt["round"] for pt in usable}):
        rows, ys = rows_of([pt for pt in usable if pt["round"] != f])
        beta = fit(mat(rows), np.array(ys), np.ones(len(ys)), args.lam)
        for pt in usable:
            if pt["round"] == f:
                tie = tie_group(pt)
                sc = predict(mat([rank_feats(p, i, args.buckets) for i, p in enumerate(tie)]), beta)
                for p, v in zip(tie, sc, strict=True):
                    p["rscore"] = float(v)
    for margin in (0.0, 0.1, 0.2, 0.3):
        for name, scope in (("blind rounds", lambda pt: pt["round"] != "rest"), ("all", lambda pt: True)):
            n = base = mod = better = worse = 0
            for pt in usable:
                if not scope(pt):
                    continue
                tie = tie_group(pt)
                first = tie[0]
                best = max(tie, key=lambda p: p["rscore"])
                pick = best if best["rscore"] >= first["rscore"] + margin else first
                a, b = first["page"] in pt["pages"], pick["page"] in pt["pages"]
                if args.changed and margin == 0.3 and name == "blind rounds" and pick is not first:
                    with args.changed.open("a", encoding="utf-8") as fh:
                        fh.write(json.dumps({"doc": pt["doc"], "point": pt["point"],
                                             "pages": pt["pages"], "first": first, "pick": pick},
                                            ensure_ascii=False) + "\n")
                n += 1
                base += a
                mod += b
                better += b and not a
                worse += a and not b
            print(f"rank model margin {margin} ({name}): {base}/{n} ({base / n:.1%}) -> "
                  f"{mod}/{n} ({mod / n:.1%}); {better} better, {worse} worse")


if __name__ == "__main__":
    sys.exit(main())
