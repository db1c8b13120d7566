"""Precision of the current reader over a judged set of real (sentence, point) pairs.

A judged set (`benchmarks/judged/real_pairs.yaml`, judged by `docs/judging.md`) names each
sentence by a key, never by its text. This script finds the judged sentences in the shared
labelled file by that key, tags them with the current reader and prints, per judge:

- precision over the judged pairs the reader still gives, strict (right only) and weighted
  (partly as half), beside the figure at judging time;
- the judged pairs it no longer gives, by verdict (a wrong pair dropped is a gain, a right one
  a loss);
- the pairs it now gives on those sentences that nobody judged (`--unjudged` prints them, with
  the sentence, for judging);
- with two judges, their agreement (percent and Cohen's kappa over right / partly / wrong).

`--blind` prints the pairs of one judge (sentence, point, rating, without verdicts) in draw
order, for a second judge to judge with the guide alone. Sentences are only printed; nothing of
the shared file is written into the repository.

    .venv/bin/python scripts/judged_precision.py
    .venv/bin/python scripts/judged_precision.py --unjudged
    .venv/bin/python scripts/judged_precision.py --judged benchmarks/judged/real_pairs_1301.yaml --blind j1

Without `--judged`, every set `benchmarks/judged/real_pairs*.yaml` is reported in turn, oldest
draw first: an older set that later rules were tuned on is no longer an honest figure, so each
is shown beside the fresh ones rather than merged with them.

The file: the path given, else `CNSR_SENTENCES`, else `../shared/data/esg-sentences/dev.jsonl`;
when it is absent the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from cnsr.assess.judged import JudgedSet, Precision, load_judged, recheck, sentence_key
from cnsr.assess.sentence_eval import load_sentences
from cnsr.evidence.lexicon import Lexicon, load_lexicon
from cnsr.evidence.tag import tag_passage

DEFAULT = Path("../shared/data/esg-sentences/dev.jsonl")
JUDGED = Path(__file__).resolve().parent.parent / "benchmarks" / "judged"


def _fmt(p: Precision) -> str:
    return (f"{p.n} pairs: {p.right} right / {p.partly} partly / {p.wrong} wrong; "
            f"strict {p.strict:.1%}, weighted {p.weighted:.1%}")


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=None, help="labelled sentences")
    ap.add_argument("--judged", type=Path, action="append",
                    help="judged set (YAML); repeatable; default every real_pairs*.yaml")
    ap.add_argument("--unjudged", action="store_true", help="print the pairs nobody judged")
    ap.add_argument("--blind", metavar="JUDGE", help="print JUDGE's pairs without verdicts")
    ap.add_argument("--width", type=int, default=400, help="characters of a sentence shown")
    args = ap.parse_args()
    path = args.path or Path(os.environ.get("CNSR_SENTENCES") or DEFAULT)
    if not path.is_file():
        print(f"{path}: labelled sentences not found; nothing to check", file=sys.stderr)
        return 0
    files = args.judged or sorted(JUDGED.glob("real_pairs*.yaml"))
    sets = {f: load_judged(f) for f in files}
    keys = {p.key for judged in sets.values() for p in judged.pairs}
    text: dict[str, str] = {}
    for row in load_sentences(path):
        key = sentence_key(row.sentence)
        if key in keys:
            text.setdefault(key, row.sentence)
    lex = None if args.blind else load_lexicon()
    for n, (f, judged) in enumerate(sets.items()):
        if n:
            print("\n" + "=" * 72 + "\n")
        if args.blind:
            _print_blind(judged, args.blind, text, args.width)
        else:
            assert lex is not None
            _report(f, judged, text, lex, path, args.unjudged, args.width)
    return 0


def _print_blind(judged: JudgedSet, judge: str, text: dict[str, str], width: int) -> None:
    mine = sorted((p for p in judged.pairs if p.judge == judge),
                  key=lambda p: (p.index if p.index is not None else 1 << 30))
    for p in mine:
        print(f"[{p.index}] {p.key} | {p.point} = {p.rating}\n"
              f"    {text.get(p.key, '(not in this file)')[:width]}\n")


def _report(f: Path, judged: JudgedSet, text: dict[str, str], lex: Lexicon, path: Path,
            unjudged: bool, width: int) -> None:
    mine = {p.key for p in judged.pairs}
    found = {k: s for k, s in text.items() if k in mine}
    current = {key: {p["point"]: float(p["rating"]) for p in tag_passage(s, lex)["points"]
                     if p["rating"] > 0}
               for key, s in found.items()}
    result = recheck(judged, current)
    print(f"{f.name}: guide {judged.guide}, draw seed {judged.draw.seed} "
          f"n {judged.draw.n} half {judged.draw.half or 'whole file'}, reader {judged.reader}; "
          f"{len(found)} of {len(mine)} judged sentences found in {path}")
    for r in result.judges:
        print(f"\njudge {r.judge}")
        print(f"  at judging:        {_fmt(r.judged)}")
        print(f"  still given:       {_fmt(r.kept)}  ({r.rating_changed} at another rating)")
        for x in r.rerated:
            print(f"    [{x.index}] {x.point} {x.judged_rating} -> {x.rating}: judged {x.verdict}"
                  + (f" ({x.error_class})" if x.error_class else ""))
        print(f"  no longer given:   {r.dropped['wrong']} wrong (gain), {r.dropped['partly']} "
              f"partly, {r.dropped['right']} right (loss)")
        if r.missing:
            print(f"  sentence not found: {r.missing} pairs")
        print("  error classes at judging: "
              + ", ".join(f"{c} {n}" for c, n in r.classes_judged.items()))
        print("  error classes still given: "
              + ", ".join(f"{c} {n}" for c, n in r.classes_kept.items()))
    for pair, a in result.agreements.items():
        kappa = "n/a" if a.kappa is None else f"{a.kappa:.3f}"
        print(f"\nagreement {pair}: {a.agreed} of {a.n} ({a.percent:.1%}), Cohen's kappa {kappa}")
    print(f"\nnever judged, now given on these sentences: {len(result.unjudged)} pairs")
    if unjudged:
        for key, point, rating in result.unjudged:
            print(f"  {key} | {point} = {rating}\n    {found[key][:width]}")


if __name__ == "__main__":
    sys.exit(main())
