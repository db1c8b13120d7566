"""Rating-time signals against the unseen-state false positives, leave one blind round out (session 21).

Reads `benchmarks/unseen/unseen.jsonl` (scripts/unseen_rounds.py). Every scored point (level > 0)
is a true positive (the label scores it) or a false positive (the label gives 0). A *policy*
withholds some scored points; it is fitted on twelve rounds and applied to the thirteenth, for
each round in turn, and the withheld points of every left-out round are pooled. Reported: pooled
point precision, recall and F1 before / after, the points withheld (true / false positives) and,
for policies with a score, the pooled held-out AUC.

Fixed before any held-out figure was seen: a fitted policy withholds a point when its estimated
false-positive probability reaches the F1 break-even of the training rounds,
(TP + FP + FN) / (2 TP + FP + FN) (about 0.57: a withheld set must hold at least 1.33 false
positives per true one for F1 not to fall). A policy is worth adopting only if it raises pooled
precision by at least 4 points and does not lower pooled F1.

    .venv/bin/python scripts/unseen_signals.py [--tables] [--data benchmarks/unseen/unseen.jsonl]

The pair features are session 20's (scripts/pair_features.py) on the first evidence passage,
with its matched cues and quantities; the lexicon's concepts and the plan flag are left out (the
dataset holds what the rating exposes, and today's lexicon was fixed on these very rounds).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pair_features import pair_features  # noqa: E402
from unseen_records import (  # noqa: E402
    DATA,
    WORDING_RX,
    Rec,
    break_even,
    counts,
    first,
    form,
    is_fp,
    load,
    n_ev,
    n_pages,
    prf,
    scored,
)
from unseen_tables import tables  # noqa: E402

Policy = Callable[[list[Rec], list[Rec]], tuple[list[bool], list[float] | None]]


# --- policies -------------------------------------------------------------------------------

def rule(pred: Callable[[Rec], bool]) -> Policy:
    """A fixed rule, nothing fitted."""
    def policy(train: list[Rec], test: list[Rec]) -> tuple[list[bool], list[float] | None]:
        return [pred(r) for r in test], None
    return policy


def rate_of(key: Callable[[Rec], object], prior_key: Callable[[Rec], object] | None = None,
            weight: float = 4.0) -> Policy:
    """The false-positive rate of the point's cell in the training rounds (smoothed towards
    the rate of a coarser cell, or the pooled rate, with `weight` pseudo-points)."""
    def policy(train: list[Rec], test: list[Rec]) -> tuple[list[bool], list[float] | None]:
        pooled = sum(map(is_fp, train)) / len(train)
        coarse: dict[object, list[int]] = defaultdict(lambda: [0, 0])
        fine: dict[object, list[int]] = defaultdict(lambda: [0, 0])
        for r in train:
            fine[key(r)][0] += is_fp(r)
            fine[key(r)][1] += 1
            if prior_key:
                coarse[prior_key(r)][0] += is_fp(r)
                coarse[prior_key(r)][1] += 1

        def prior(r: Rec) -> float:
            if not prior_key:
                return pooled
            f, n = coarse[prior_key(r)]
            return (f + weight * pooled) / (n + weight)

        scores = []
        for r in test:
            f, n = fine[key(r)]
            scores.append((f + weight * prior(r)) / (n + weight))
        theta = break_even(train_all[0])
        return [s >= theta for s in scores], scores
    return policy


train_all: list[list[Rec]] = [[]]  # the training rounds' records with misses (for break_even)


def fit_logistic(X: sparse.csr_matrix, y: np.ndarray, lam: float) -> np.ndarray:
    def f(beta: np.ndarray) -> tuple[float, np.ndarray]:
        z = X @ beta
        p = 1.0 / (1.0 + np.exp(-z))
        eps = 1e-12
        loss = -np.sum(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))
        return loss + 0.5 * lam * beta @ beta, X.T @ (p - y) + lam * beta
    return minimize(f, np.zeros(X.shape[1]), jac=True, method="L-BFGS-B",
                    options={"maxiter": 500}).x


def structured(r: Rec) -> list[str]:
    """Features the rating exposes, as strings: the point's level and indicator, how many
    passages and pages support it, the first passage's form, figures and cue count, the
    document's form and the stage the reader gave."""
    e = first(r)
    f = r["form"]
    return ["bias", f"lv:{r['level']}", f"i:{r['point'][:3]}", f"il:{r['point'][:3]}:{r['level']}",
            f"p:{r['point']}", f"n:{n_ev(r)}", f"nl:{n_ev(r)}:{r['level']}", f"pg:{n_pages(r)}",
            f"form:{form(r)}", f"q:{bool(e['quantities'])}",
            f"m:{min(len(set(e['matched'])), 4)}", f"en:{f['english']}",
            f"hk:{f['traditional']}", f"annual:{f['annual']}", f"st:{r['stage_found']}"]


def wording(r: Rec) -> list[str]:
    p = first(r)["passage"]
    return [f"w:{k}:{r['level']}" for k, rx in WORDING_RX.items() if rx.search(p)]


def logistic(buckets: int, text: bool, lam: float = 1.0, words: bool = False) -> Policy:
    """A logistic regression over the structured features (hashed), plus with `text` session
    20's pair features of the first passage (cues, quantities, character 1-3-grams)."""
    import zlib

    def feats(r: Rec) -> dict[int, float]:
        out: dict[int, float] = {}
        for s in structured(r) + (wording(r) if words else []):
            j = zlib.crc32(("s:" + s).encode()) % buckets
            out[j] = out.get(j, 0.0) + 1.0
        if text:
            e = first(r)
            pf = pair_features(r["point"], r["level"], e["passage"], e["matched"],
                               e["quantities"], [], " | " in e["passage"], False, buckets)
            for j, v in pf.items():
                out[j] = out.get(j, 0.0) + v
        return out

    def matrix(rows: list[Rec]) -> sparse.csr_matrix:
        data, ind, ptr = [], [], [0]
        for r in rows:
            f = feats(r)
            ind.extend(f.keys())
            data.extend(f.values())
            ptr.append(len(ind))
        return sparse.csr_matrix((np.array(data), np.array(ind), np.array(ptr)),
                                 shape=(len(rows), buckets))

    def policy(train: list[Rec], test: list[Rec]) -> tuple[list[bool], list[float] | None]:
        y = np.array([1.0 if is_fp(r) else 0.0 for r in train])
        beta = fit_logistic(matrix(train), y, lam)
        p = 1.0 / (1.0 + np.exp(-(matrix(test) @ beta)))
        theta = break_even(train_all[0])
        return [bool(s >= theta) for s in p], [float(s) for s in p]
    return policy


def auc(scores: list[float], labels: list[bool]) -> float:
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    if not pos or not neg:
        return float("nan")
    order = np.argsort(np.array(pos + neg), kind="mergesort")
    ranks = np.empty(len(order))
    vals = np.array(pos + neg)[order]
    i = 0
    while i < len(vals):  # average ranks of ties
        j = i
        while j + 1 < len(vals) and vals[j + 1] == vals[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return float((ranks[:len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


POLICIES: dict[str, Policy] = {
    "a 0.5 on one passage": rule(lambda r: r["level"] == 0.5 and n_ev(r) == 1),
    "a 0.5 on one page": rule(lambda r: r["level"] == 0.5 and n_pages(r) == 1),
    "one passage, no figure": rule(lambda r: n_ev(r) == 1 and not first(r)["quantities"]),
    "a 0.5 on one passage, reader's stage <= 2": rule(
        lambda r: r["level"] == 0.5 and n_ev(r) == 1 and r["stage_found"] <= 2),
    "point's FP rate in the other rounds": rate_of(lambda r: r["point"],
                                                   lambda r: r["point"][:3]),
    "FP rate of (point, level, one passage)": rate_of(
        lambda r: (r["point"], r["level"], n_ev(r) == 1),
        lambda r: (r["level"], n_ev(r) == 1)),
    "FP rate of (indicator, level, passages, figure)": rate_of(
        lambda r: (r["point"][:3], r["level"], min(n_ev(r), 2), bool(first(r)["quantities"])),
        lambda r: (r["level"], min(n_ev(r), 2), bool(first(r)["quantities"]))),
    "logistic, structured features": logistic(1 << 12, text=False),
    "logistic, structured + wording kinds": logistic(1 << 12, text=False, words=True),
    "logistic, structured + session-20 pair features": logistic(1 << 16, text=True),
    "logistic, structured + wording + pair features": logistic(1 << 16, text=True, words=True),
}


def evaluate(records: list[Rec], policy: Policy) -> dict:
    rounds = sorted({r["round"] for r in records})
    withheld: list[Rec] = []
    scores: list[float] = []
    labels: list[bool] = []
    per_round = {}
    for k in rounds:
        train_all[0] = [r for r in records if r["round"] != k]
        train = scored(train_all[0])
        test = scored([r for r in records if r["round"] == k])
        flags, s = policy(train, test)
        out = [r for r, f in zip(test, flags, strict=True) if f]
        withheld += out
        if s is not None:
            scores += s
            labels += [is_fp(r) for r in test]
        per_round[k] = Counter(r["outcome"] for r in out)
    tp, fp, fn = counts(records)
    w = Counter(r["outcome"] for r in withheld)
    after = (tp - w["tp"], fp - w["fp"], fn + w["tp"])
    return {"before": prf(tp, fp, fn), "after": prf(*after), "withheld_tp": w["tp"],
            "withheld_fp": w["fp"], "auc": auc(scores, labels) if scores else None,
            "per_round": per_round}


def curve(records: list[Rec], name: str) -> None:
    """Descriptive only (not used for any decision): the held-out pooled scores of one policy,
    withheld from the highest down, at several thresholds."""
    rounds = sorted({r["round"] for r in records})
    pairs: list[tuple[float, Rec]] = []
    for k in rounds:
        train_all[0] = [r for r in records if r["round"] != k]
        test = scored([r for r in records if r["round"] == k])
        _, s = POLICIES[name](scored(train_all[0]), test)
        pairs += list(zip(s or [], test, strict=True))
    tp, fp, fn = counts(records)
    print(f"| {name}: threshold | withheld TP / FP | P | R | F1 |\n|---:|---:|---:|---:|---:|")
    for theta in (0.9, 0.7, 0.57, 0.5, 0.4, 0.3, 0.2, 0.15, 0.1):
        w = Counter(r["outcome"] for s, r in pairs if s >= theta)
        p, rc, f = prf(tp - w["tp"], fp - w["fp"], fn + w["tp"])
        print(f"| {theta} | {w['tp']} / {w['fp']} | {p:.3f} | {rc:.3f} | {f:.3f} |")


def new_rounds(fit: list[Rec], new: list[Rec], only: str) -> None:
    """Each policy fitted on all the fit rounds, applied once to the new rounds."""
    tp, fp, fn = counts(new)
    print(f"new rounds {sorted({r['round'] for r in new})}: {tp + fp} scored, TP {tp}, FP {fp}, "
          f"missed {fn}")
    print("| policy (fitted on rounds 5-17, applied to the new rounds) | withheld TP / FP | "
          "P before → after | R before → after | F1 before → after | AUC |")
    print("|---|---:|---:|---:|---:|---:|")
    train_all[0] = fit
    for name, policy in POLICIES.items():
        if only not in name:
            continue
        test = scored(new)
        flags, s = policy(scored(fit), test)
        w = Counter(r["outcome"] for r, f in zip(test, flags, strict=True) if f)
        (p0, r0, f0), (p1, r1, f1) = prf(tp, fp, fn), prf(tp - w["tp"], fp - w["fp"], fn + w["tp"])
        a = f"{auc(s, [is_fp(r) for r in test]):.3f}" if s is not None else "–"
        print(f"| {name} | {w['tp']} / {w['fp']} | {p0:.3f} → {p1:.3f} | {r0:.3f} → {r1:.3f} | "
              f"{f0:.3f} → {f1:.3f} | {a} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--only", default="", help="policies whose name contains this")
    ap.add_argument("--last-fit-round", type=int, default=17,
                    help="rounds up to this one are the leave-one-round-out set (5-17, the "
                         "rounds known when the decision was made); later ones are held back")
    ap.add_argument("--new", action="store_true",
                    help="fit each policy on every round up to --last-fit-round and apply it to "
                         "the later rounds (session 21's rounds 18 and 19), never tuned on")
    ap.add_argument("--tables", action="store_true",
                    help="step 2's tables only, over every round (scripts/unseen_tables.py)")
    ap.add_argument("--curve", default="", help="a policy's held-out threshold curve only")
    args = ap.parse_args()
    everything = load(args.data)
    records = [r for r in everything if r["round"] <= args.last_fit_round]
    later = [r for r in everything if r["round"] > args.last_fit_round]
    if args.new:
        new_rounds(records, later, args.only)
        return
    if args.tables:
        tables(everything)
        return
    if args.curve:
        curve(records, args.curve)
        return
    print("| policy (held out, pooled over rounds) | withheld TP / FP | P before → after | "
          "R before → after | F1 before → after | AUC | adopt? |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for name, policy in POLICIES.items():
        if args.only not in name:
            continue
        e = evaluate(records, policy)
        (p0, r0, f0), (p1, r1, f1) = e["before"], e["after"]
        ok = p1 - p0 >= 0.04 and f1 >= f0
        a = f"{e['auc']:.3f}" if e["auc"] is not None else "–"
        print(f"| {name} | {e['withheld_tp']} / {e['withheld_fp']} | {p0:.3f} → {p1:.3f} | "
              f"{r0:.3f} → {r1:.3f} | {f0:.3f} → {f1:.3f} | {a} | {'yes' if ok else 'no'} |")


if __name__ == "__main__":
    main()
