"""Which cue patterns the scan index tries most often, and what they cost.

    PYTHONPATH=src .venv/bin/python scripts/scan_keys.py [--top 40] [--corpus] [--mix dense typical]

The scan (`evidence/scanning.py`) tries a pattern only at positions whose first characters are
one of the pattern's keys (`evidence/scan_index.py`): a pattern known by one common character
("为", a quotation mark) is tried wherever that character stands. This script reads the
benchmark reports (`benchmarks/make_report_pdf.py`, `--mix`) and, with `--corpus`, the demo
corpus, keeps every passage text the reader scans (by rating each document), then counts for
every pattern how often it is tried (attempts) and matches, and times its tries. Printed: the
patterns by time spent, with their concept, their shortest key and the key's
length, and the keys of one or two characters with the most attempts.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from make_report_pdf import report_pdf  # noqa: E402

from cnsr.assess.rate import rate_documents  # noqa: E402
from cnsr.evidence import match as match_module  # noqa: E402
from cnsr.evidence.lexicon import Lexicon, load_lexicon  # noqa: E402
from cnsr.evidence.scan_index import _prefixes  # noqa: E402
from cnsr.ingest import read_document  # noqa: E402
from cnsr.methodology import load_methodology  # noqa: E402
from cnsr.rating import Company  # noqa: E402

CORPUS_SUFFIXES = {".pdf", ".docx", ".html", ".md", ".txt"}


def scanned_texts(paths: list[Path]) -> list[str]:
    """Every text `match.analyse` scans while each document is rated."""
    texts: list[str] = []
    real = match_module.scan

    def keep(text: str, lexicon: Lexicon) -> list:  # type: ignore[type-arg]
        texts.append(text)
        return real(text, lexicon)

    match_module.scan = keep  # type: ignore[assignment]
    try:
        m = load_methodology()
        lexicon = load_lexicon()
        for path in paths:
            rate_documents([read_document(path)], Company(name="基准公司", year=2023), m, lexicon)
    finally:
        match_module.scan = real
    return texts


def tries(texts: list[str], lexicon: Lexicon) -> tuple[dict[str, list[tuple[int, int]]],
                                                        Counter[str]]:
    """Per pattern, the (text, position) pairs where the scan tries it; per looked-up key of
    one or two characters, how many positions it was tried at."""
    at: dict[str, list[tuple[int, int]]] = defaultdict(list)
    keys: Counter[str] = Counter()
    for i, text in enumerate(texts):
        lowered = text.lower()
        t = lexicon.index.tables_for(lowered)
        for m in t.scanner.finditer(lowered):
            p = m.start()
            key = lowered[p:p + 3]
            bucket = t.three.get(key)
            used = key
            if bucket is None:
                used = key[:2]
                bucket = (t.two_open if len(key) == 3 else t.two).get(key[:2])
                if bucket is None:
                    used = key[:1]
                    bucket = t.one.get(key[0], t.anywhere)
            if not bucket:
                continue
            keys[used] += len(bucket)
            for _, fn in bucket:
                at[fn.__self__.pattern].append((i, p))
    return at, keys


def timed(texts: list[str], pattern: str, places: list[tuple[int, int]], flags: int
          ) -> tuple[float, int]:
    import re

    fn = re.compile(pattern, flags).match
    best = float("inf")
    for _ in range(3):  # best CPU time of three
        start = time.process_time()
        found = sum(1 for i, p in places if fn(texts[i], p) is not None)
        best = min(best, time.process_time() - start)
    return best, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mix", nargs="*", default=["dense", "typical"])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--corpus", action="store_true", help="the demo corpus too")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    lexicon = load_lexicon()
    concept_of = {p: name for name, pats in lexicon.patterns.items() for p in pats}
    sources: list[tuple[str, list[Path]]] = [
        (mix, [report_pdf(args.pages, mix)]) for mix in args.mix]
    if args.corpus:
        sources.append(("corpus", sorted(p for p in (ROOT / "demo" / "corpus").iterdir()
                                         if p.suffix in CORPUS_SUFFIXES)))
    for label, paths in sources:
        texts = scanned_texts(paths)
        at, keys = tries(texts, lexicon)
        flags = next(iter(lexicon.index.tables.two.values()))[0][1].__self__.flags
        rows = []
        for pattern, places in at.items():
            seconds, found = timed(texts, pattern, places, flags)
            short = min(_prefixes(pattern, 3) or {""}, key=len)
            rows.append((seconds, len(places), found, concept_of.get(pattern, "?"), short,
                         pattern))
        rows.sort(reverse=True)
        total = sum(r[0] for r in rows)
        chars = sum(map(len, texts))
        print(f"\n## {label}: {len(texts)} texts, {chars:,} characters, "
              f"{sum(len(v) for v in at.values()):,} tries, {1000 * total:.0f} ms of matching\n")
        print("| ms | tries | matches | concept | key | pattern |")
        print("|---:|---:|---:|---|---|---|")
        for seconds, n, found, concept, short, pattern in rows[:args.top]:
            shown = pattern if len(pattern) <= 60 else pattern[:57] + "..."
            print(f"| {1000 * seconds:.1f} | {n} | {found} | {concept} | {short!r} "
                  f"| `{shown}` |")
        print("\nmost tried short keys (tries at positions looked up by 1-2 characters):")
        short_keys = [(k, n) for k, n in keys.most_common() if len(k) <= 2][:args.top]
        print(", ".join(f"{k!r} {n}" for k, n in short_keys))


if __name__ == "__main__":
    main()
