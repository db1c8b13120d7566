"""Describe the unseen-state dataset: per blind round, the reader's label precision, recall and
first evidence on a labelled page beside the round's evidence audit before its fixes; then
where the false positives are (level, passages, form, indicator, wording, document form).
Descriptive only: no decision is fitted here (`unseen_signals.py` fits policies).

    .venv/bin/python scripts/unseen_tables.py [--data benchmarks/unseen/unseen.jsonl] [--last-round N]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from unseen_records import (  # noqa: E402
    DATA,
    WORDING,
    WORDING_RX,
    Rec,
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

# each round's 40- or 60-point audit before its fixes (right / drawn), docs/reader-history.md
AUDITS = {5: (33, 40), 6: (43, 60), 7: (48, 60), 8: (36, 60), 9: (47, 60), 10: (47, 60),
          11: (31, 40), 12: (34, 40), 13: (29, 40), 14: (29, 40), 15: (29, 40), 16: (31, 40),
          17: (36, 40), 18: (33, 40), 19: (32, 40), 20: (27, 40), 21: (31, 40), 22: (34, 40),
          23: (34, 40), 24: (32, 40), 25: (31, 40), 26: (29, 40),
          27: (33, 40), 28: (34, 40), 29: (35, 40), 30: (28, 40), 31: (30, 40),
          32: (37, 40),
          33: (33, 40),
          34: (35, 40),
          35: (35, 40),
          36: (34, 40),
          37: (34, 40),
          38: (35, 40),
          39: (32, 40),
          40: (35, 40),
          41: (33, 40),
          42: (35, 40),
          43: (39, 40),
          44: (34, 40),
          45: (35, 40),
          46: (32, 40)}


def tables(records: list[Rec]) -> None:
    """Step 2: per-round label figures beside the audits, and where the false positives are."""
    print("| round | docs | scored | TP | FP | missed | P | R | F1 | level = label (TP) | "
          "first evidence on a labelled page (TP) | P × on page | P × on page × level | audit |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    tot: Counter = Counter()
    xs, ys, zs = [], [], []
    for k in sorted({r["round"] for r in records}):
        rs = [r for r in records if r["round"] == k]
        tp, fp, fn = counts(rs)
        p, rc, f = prf(tp, fp, fn)
        tps = [r for r in rs if r["outcome"] == "tp"]
        ex = sum(r["level"] == r["label"] for r in tps)
        chk = [r for r in tps if r["label_pages"] and r["evidence"]]
        on = sum(r["evidence"][0]["on_label_page"] for r in chk)
        both = sum(r["evidence"][0]["on_label_page"] and r["level"] == r["label"] for r in chk)
        a, n = AUDITS.get(k, (0, 0))
        tot.update(tp=tp, fp=fp, fn=fn, ex=ex, chk=len(chk), on=on, both=both, a=a, n=n,
                   docs=len({r["doc"] for r in rs}))
        if n:
            xs.append(p)
            ys.append(p * on / len(chk))
            zs.append(a / n)
        print(f"| {k} | {len({r['doc'] for r in rs})} | {tp + fp} | {tp} | {fp} | {fn} | {p:.3f} | "
              f"{rc:.3f} | {f:.3f} | {ex / tp:.3f} | {on}/{len(chk)} | {p * on / len(chk):.3f} | "
              f"{p * both / len(chk):.3f} | {f'{a}/{n} = {a / n:.3f}' if n else '–'} |")
    p, rc, f = prf(tot["tp"], tot["fp"], tot["fn"])
    print(f"| all | {tot['docs']} | {tot['tp'] + tot['fp']} | {tot['tp']} | {tot['fp']} | {tot['fn']} | "
          f"{p:.3f} | {rc:.3f} | {f:.3f} | {tot['ex'] / tot['tp']:.3f} | {tot['on']}/{tot['chk']} | "
          f"{p * tot['on'] / tot['chk']:.3f} | {p * tot['both'] / tot['chk']:.3f} | "
          f"{tot['a']}/{tot['n']} = {tot['a'] / max(tot['n'], 1):.3f} (audited rounds) |")
    print(f"\nacross rounds, Pearson r of the audit with P: {np.corrcoef(xs, zs)[0, 1]:.2f}, "
          f"with P × on page: {np.corrcoef(ys, zs)[0, 1]:.2f}\n")
    sc = scored(records)
    nf = sum(map(is_fp, sc))

    def tab(title: str, key: Callable[[Rec], object], top: int = 0) -> None:
        c: dict[object, list[int]] = defaultdict(lambda: [0, 0])
        for r in sc:
            c[key(r)][is_fp(r)] += 1
        rows = sorted(c.items(), key=lambda kv: (-kv[1][1], str(kv[0])))
        print(f"| {title} | scored | FP | FP rate | share of FPs |\n|---|---:|---:|---:|---:|")
        for k, (t, f) in rows[:top or None]:
            print(f"| {k} | {t + f} | {f} | {f / (t + f):.3f} | {f / nf:.3f} |")
        print()

    tab("level", lambda r: r["level"])
    tab("level, passages given", lambda r: (r["level"], n_ev(r)))
    tab("pages among the passages", lambda r: n_pages(r))
    tab("first evidence's form", form)
    tab("first evidence holds a figure", lambda r: bool(first(r)["quantities"]))
    tab("indicator", lambda r: r["point"][:3])
    tab("point (top 15)", lambda r: r["point"], 15)
    tab("a matched cue of the first evidence (top 15)",
        lambda r: first(r)["matched"][0] if first(r)["matched"] else "", 15)
    for kind in WORDING:
        tab(f"first evidence's wording: {kind}",
            lambda r, kind=kind: bool(WORDING_RX[kind].search(first(r)["passage"])))
    tab("English", lambda r: r["form"]["english"])
    tab("traditional characters", lambda r: r["form"]["traditional"])
    tab("annual report", lambda r: r["form"]["annual"])
    tab("label stage", lambda r: r["form"]["stage"])
    tab("file type", lambda r: r["form"]["type"])
    per_doc = Counter(r["doc"] for r in sc if is_fp(r))
    cum, shares = 0, {}
    for i, (_, f) in enumerate(per_doc.most_common(), 1):
        cum += f
        shares[i] = cum / nf
    docs = len({r["doc"] for r in sc})
    print(f"documents: {docs}; with no FP: {docs - len(per_doc)}; the 5 / 10 / 20 worst hold "
          f"{shares.get(5, 1.0):.0%} / {shares.get(10, 1.0):.0%} / {shares.get(20, 1.0):.0%} of the {nf} FPs; worst: "
          + ", ".join(f"{d} {f}" for d, f in per_doc.most_common(6)))


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--last-round", type=int, default=0, help="only rounds up to this one")
    args = ap.parse_args()
    records = load(args.data)
    tables([r for r in records if not args.last_round or r["round"] <= args.last_round])


if __name__ == "__main__":
    main()
