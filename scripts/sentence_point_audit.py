"""Draw (sentence, point) pairs the reader gives on real labelled sentences, for judging by hand.

The sentence yardstick (`cnsr evaluate --sentences`) measures recall and social / governance
false positives by topic; it does not say whether the *point* a sentence earns is the right
one. This script tags every sentence of the labelled file (or one fixed half of it, see
`cnsr.assess.sentence_eval.split_half`), keeps every point rated above 0, and prints
`random.Random(seed).sample(pairs, n)`: sentence, its third-party topic, the point, its rating
and the cues matched. The sentences are read from the shared file and only printed; nothing is
written into the repository (the file's sentences must not be copied into the project).

    .venv/bin/python scripts/sentence_point_audit.py --half b --seed 21 -n 60
    .venv/bin/python scripts/sentence_point_audit.py --seed 1401 -n 150 --exclude benchmarks/judged/*.yaml

`--exclude` leaves out every sentence an earlier judged set holds, so that a fresh draw meets
only sentences nobody has judged (or tuned the reader on) yet. Each printed pair carries the
sentence's key (`cnsr.assess.judged.sentence_key`), the name a judged set keeps.

The file: the path given, else `CNSR_SENTENCES`, else `../shared/data/esg-sentences/dev.jsonl`.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

from cnsr.assess.judged import load_judged, sentence_key
from cnsr.assess.sentence_eval import load_sentences, split_half
from cnsr.evidence.lexicon import load_lexicon
from cnsr.evidence.tag import tag_passage
from cnsr.methodology.load import load_methodology

DEFAULT = Path("../shared/data/esg-sentences/dev.jsonl")


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("path", nargs="?", type=Path, default=None)
    ap.add_argument("--half", choices=("a", "b"), default=None)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("-n", type=int, default=60)
    ap.add_argument("--width", type=int, default=300, help="characters of each sentence shown")
    ap.add_argument("--exclude", type=Path, nargs="*", default=[],
                    help="judged sets whose sentences are left out of the draw")
    args = ap.parse_args()
    path = args.path or Path(os.environ.get("CNSR_SENTENCES") or DEFAULT)
    rows = load_sentences(path)
    if args.half:
        rows = split_half(rows, args.half)
    seen = {pair.key for f in args.exclude for pair in load_judged(f).pairs}
    rows = [r for r in rows if sentence_key(r.sentence) not in seen]
    m = load_methodology()
    names = {p.id: p.en for ind in m.spec.indicators for p in ind.points}
    lex = load_lexicon()
    pairs = []
    for row in rows:
        tag = tag_passage(row.sentence, lex)
        pairs += [(row.topic, p["point"], p["rating"], p["matched"], row.sentence)
                  for p in tag["points"] if p["rating"] > 0]
    print(f"{len(pairs)} pairs from {len({p[4] for p in pairs})} of {len(rows)} sentences",
          file=sys.stderr)
    drawn = random.Random(args.seed).sample(pairs, min(args.n, len(pairs)))
    for k, (topic, pid, rating, matched, sentence) in enumerate(drawn):
        print(f"[{k}] {sentence_key(sentence)} {topic} | {pid} {names.get(pid, '')} = {rating}"
              f" | cues {matched}\n"
              f"    {sentence[:args.width]}\n")


if __name__ == "__main__":
    main()
