"""`cnsr check` against `cnsr rate` on the same read document: the check reads once for both,
so its cost over a rating is the checklist's extra rules and items.

    .venv/bin/python benchmarks/bench_check.py [PDF] [--repeat N]
    # default: demo/corpus/d01_jinghai_power_2023.pdf; a report-sized document:
    .venv/bin/python benchmarks/make_report_pdf.py --pages 200 --mix typical
    .venv/bin/python benchmarks/bench_check.py benchmarks/.cache/report-200p-typical-v3.pdf

Reports the read time once and, best of N after a warm-up, `rate` and `check` on the same read
document, with check / rate and the whole-command ratio (read + check) / (read + rate).
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
    args = sys.argv[1:]
    repeat = 3
    if "--repeat" in args:
        at = args.index("--repeat")
        repeat = int(args[at + 1])
        del args[at:at + 2]
    path = Path(args[0]) if args else ROOT / "demo" / "corpus" / "d01_jinghai_power_2023.pdf"
    start = time.perf_counter()
    doc = read_document(path, ocr=False)
    read = time.perf_counter() - start
    m = load_methodology()
    checklist = load_checklist("exchange-2024-climate")
    who = Company(name=path.stem, year=2023)
    rate_documents([doc], who, m)  # warm the caches (lexicons, segmenter)
    check_documents([doc], who, checklist)
    rate = best_of(lambda: rate_documents([doc], who, m), repeat)
    check = best_of(lambda: check_documents([doc], who, checklist), repeat)
    print(f"{path.name} ({len(doc.pages)} pages): read {read:.2f} s, rate {rate:.3f} s, "
          f"check {check:.3f} s; check / rate {check / rate:.2f}x, "
          f"(read + check) / (read + rate) {(read + check) / (read + rate):.2f}x")


if __name__ == "__main__":
    main()
