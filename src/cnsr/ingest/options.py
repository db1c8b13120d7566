"""Reading options shared by the format readers, with their defaults and why."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

TableMode = Literal["auto", "fast", "accurate", "off"]
"""fast: tables from pdfium text positions (every page, ~free); auto (default): fast, and
pdfplumber (~40-80 ms a page) only on pages where the fast path looks wrong (lines of figures
but no table, or a table without its header: the wrapped cells of ruled tables); accurate:
pdfplumber on every page that looks tabular; off: no table detection, tables stay as text
lines."""

Progress = Callable[[int, int], None]
"""Called as progress(pages_done, pages_total) after each page."""

MAX_BYTES = 512 * 1024 * 1024
"""Largest file read by default. Image-heavy 300-page reports reach ~150 MB; beyond 512 MB a
file is more likely a scan archive or a mistake than one report."""
MAX_PAGES = 2000
"""Most pages read by default: annual reports with full financial statements reach ~400."""
OCR_DPI = 150
"""Render resolution for OCR: RapidOCR reads 10-pt Chinese reliably at 150 dpi (~5 s/page on
two cores); 200 dpi is ~1.8x slower for little gain."""
MIN_TEXT_CHARS = 16
"""A page with fewer non-space characters in its text layer is a candidate for OCR."""


@dataclass(frozen=True, slots=True)
class ReadOptions:
    max_bytes: int = MAX_BYTES
    max_pages: int = MAX_PAGES
    ocr: bool = True
    tables: TableMode = "auto"
    ocr_dpi: int = OCR_DPI
    workers: int = 1
    """Most processes a PDF's pages may be read in (1: this one, serially). The reader
    uses fewer for short PDFs (`cnsr.ingest.parallel`); `available_workers()` is what this
    process may use."""
