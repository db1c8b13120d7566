"""`cnsr check` against `cnsr rate` on the same read document: the check reads once for both,
so its cost over a rating is the checklist's extra rules and items.

    .venv/bin/python benchmarks/bench_check.py [PDF]   # default: demo/corpus/d01_jinghai_power_2023.pdf
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from cnsr.assess.rate import rate_documents
from cnsr.frameworks.check import check_documents
from cnsr.frameworks.checklist import load_checklist
from cnsr.ingest import read_document
from cnsr.methodology import load_methodology
from cnsr.rating import Company

ROOT = Path(__file__).resolve().parents[1]


def best_of(run: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else \
        ROOT / "demo" / "corpus" / "d01_jinghai_power_2023.pdf"
    doc = read_document(path, ocr=False)
    m = load_methodology()
    checklist = load_checklist("exchange-2024-climate")
    who = Company(name=path.stem, year=2023)
    rate_documents([doc], who, m)  # warm the caches (lexicons, segmenter)
    check_documents([doc], who, checklist)
    rate = best_of(lambda: rate_documents([doc], who, m))
    check = best_of(lambda: check_documents([doc], who, checklist))
    print(f"{path.name}: rate {rate:.3f} s, check {check:.3f} s ({check / rate:.2f}x)")


if __name__ == "__main__":
    main()
