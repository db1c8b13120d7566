"""Ingest speed against bare pypdfium2 text extraction, measured in the same run.

    .venv/bin/python benchmarks/bench_ingest.py [--pages 220] [--repeat 5] [--no-ocr]

Prints a markdown table: seconds per page and pages per second of the baseline (open the PDF,
get every page's text) and of `read_document` in each table mode, with the ratio to the
baseline (target: fast mode <= 1.2x), then OCR wall seconds per image-only page and how often the
fast table finder agrees with pdfplumber cell for cell.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium

sys.path.insert(0, str(Path(__file__).parent))
from make_report_pdf import CACHE, report_pdf  # noqa: E402

from cnsr.ingest import Document, read_document  # noqa: E402


def bare_extraction(path: Path) -> int:
    """The baseline: every page's text with pypdfium2 and nothing else."""
    pdf = pdfium.PdfDocument(path)
    chars = 0
    for index in range(len(pdf)):
        page = pdf[index]
        textpage = page.get_textpage()
        chars += len(textpage.get_text_range())
        textpage.close()
        page.close()
    pdf.close()
    return chars


def timed(step: Callable[[], object], repeat: int) -> float:
    """Best CPU time of `repeat` runs after a warm-up. Extraction is single-threaded, so CPU
    time equals wall time on an idle machine and stays stable on a shared one."""
    step()
    times = []
    for _ in range(repeat):
        start = time.process_time()
        step()
        times.append(time.process_time() - start)
    return min(times)


def scanned_pdf(source: Path, pages: int) -> Path:
    """An image-only PDF made of `pages` rendered pages of `source` (150 dpi, like a scan)."""
    path = CACHE / f"scanned-{pages}p-{source.stem}.pdf"
    if not path.exists():
        pdf = pdfium.PdfDocument(source)
        images = [pdf[i].render(scale=150 / 72).to_pil().convert("RGB") for i in range(pages)]
        images[0].save(path, save_all=True, append_images=images[1:], resolution=150)
        pdf.close()
    return path


def table_agreement(fast: Document, accurate: Document) -> tuple[int, int]:
    """(pages where both modes found tables with identical rows, pages where both found)."""
    same = both = 0
    for fast_page, accurate_page in zip(fast.pages, accurate.pages, strict=True):
        fast_tables = [p.table.rows for p in fast_page.passages if p.table]
        accurate_tables = [p.table.rows for p in accurate_page.passages if p.table]
        if fast_tables and accurate_tables:
            both += 1
            same += fast_tables == accurate_tables
    return same, both


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=220)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-ocr", action="store_true", help="skip the OCR measurement")
    args = parser.parse_args()

    path = report_pdf(args.pages)
    pages = len(pdfium.PdfDocument(path))
    fast = read_document(path)
    table_pages = sum(1 for page in fast.pages if any(p.table for p in page.passages))

    rows: list[tuple[str, float]] = [("pypdfium2 text only (baseline)",
                                      timed(lambda: bare_extraction(path), args.repeat))]
    rows.append(("read_document, tables='off'",
                 timed(lambda: read_document(path, tables="off"), args.repeat)))
    rows.append(("read_document, tables='fast' (default)",
                 timed(lambda: read_document(path), args.repeat)))
    start = time.process_time()  # one run: pdfplumber is slow and steady
    accurate = read_document(path, tables="accurate")
    rows.append(("read_document, tables='accurate' (pdfplumber)", time.process_time() - start))
    base = rows[0][1]

    print(f"\n{path.name}: {pages} pages, {table_pages} with tables, "
          f"{len(fast.passages)} passages; best CPU time of {args.repeat} runs\n")
    print("| method | s total | ms/page | pages/s | × baseline |")
    print("|---|---:|---:|---:|---:|")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.2f} | {1000 * seconds / pages:.1f} | "
              f"{pages / seconds:.0f} | {seconds / base:.2f} |")

    same, both = table_agreement(fast, accurate)
    print(f"\nfast vs pdfplumber tables: identical rows on {same}/{both} pages with tables")

    if not args.no_ocr:
        scanned = scanned_pdf(path, 2)
        read_document(scanned)  # warm-up: builds the OCR engine once
        start, cpu = time.perf_counter(), time.process_time()
        doc = read_document(scanned)
        wall = (time.perf_counter() - start) / len(doc.pages)
        cpu = (time.process_time() - cpu) / len(doc.pages)
        print(f"OCR (rapidocr, 150 dpi, image-only A4 page): {wall:.1f} s/page wall, "
              f"{cpu:.1f} s/page CPU (all threads); {len(doc.passages)} passages from "
              f"{len(doc.pages)} pages")


if __name__ == "__main__":
    main()
