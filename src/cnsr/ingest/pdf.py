"""PDF reader: pdfium text layer, OCR for image-only pages, tables, one page at a time.

pypdfium2 was the fastest permissive text extractor measured for cnsr (~10x pdfminer) and
keeps two-column order; benchmarks/bench_ingest.py measures this reader against it.
pdfium is not thread-safe: read PDFs in separate processes, not threads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Final

import pypdfium2 as pdfium

from cnsr.errors import DocumentError
from cnsr.ingest.document import BBox, Page, Table
from cnsr.ingest.layout import Line
from cnsr.ingest.options import ReadOptions
from cnsr.ingest.page_breaks import carry_table_header, join_page_break
from cnsr.ingest.parallel import PageFetch, plan_workers
from cnsr.ingest.passages import page_from_lines
from cnsr.ingest.pdf_extract import RawPage, extract_page
from cnsr.ingest.plumber import PlumberTables, merge_tables
from cnsr.ingest.reading_limits import layout_limits
from cnsr.ingest.running import RunningLines
from cnsr.ingest.tables import (
    FoundTable,
    continue_table,
    find_tables,
    header_at_foot,
    join_wrapped_leading,
    with_captions,
    with_wrapped_header,
)

RUNNING_CHARS: Final[int] = layout_limits().running.table_break_chars
"""Lines this short around a table that crosses a page break are running heads, footers or
page numbers, not text between the two parts."""


class PdfPages:
    """An open PDF whose pages are read on iteration; close it (or use `with`).

    With `options.workers` > 1 and enough pages, pdfium's part of every page (`extract_page`)
    runs in forked worker processes started here, so they read while the caller goes on
    (cnsr rate loads the reader meanwhile); iterating then finishes the pages in order. The
    result is the same Document either way. `fetch`, workers started for this file and
    options before the reader was imported (`PageFetch.start_early`), is adopted instead of
    starting others when it reads as many pages as this file has; else it is stopped (and
    by the caller when this raises)."""

    kind = "pdf"

    def __init__(self, path: Path, options: ReadOptions, warnings: list[str],
                 fetch: PageFetch | None = None) -> None:
        self.path, self.options, self.warnings = path, options, warnings
        self._pdf: pdfium.PdfDocument | None = _open(path)
        self.total = len(self._pdf)
        self._plumber = PlumberTables(path) if options.tables in ("auto", "accurate") else None
        self._open_table: Table | None = None  # the table ending the previous page
        self.second_looks = 0  # pages handed to pdfplumber
        self._margins = RunningLines()
        self._fetch: PageFetch | None = None
        if self.total == 0:
            self.close()
            raise DocumentError(str(path), "the PDF has no pages")
        if self.total > options.max_pages:
            self.close()
            raise DocumentError(str(path), f"the PDF has {self.total} pages, more than the "
                                           f"limit of {options.max_pages} (raise max_pages)")
        if not _has_eof_marker(path):
            warnings.append("the PDF has no %%EOF marker at its end: it may be truncated")
        workers = plan_workers(self.total, options.workers)
        if fetch is not None and (workers == 1 or fetch.total != self.total):
            fetch.close()
            fetch = None
        if workers > 1:
            self._pdf.close()  # the workers open their own; nothing shared across the fork
            self._pdf = None
            self._fetch = fetch or PageFetch(path, self.total, options, workers)

    def __iter__(self) -> Iterator[Page]:
        """The pages in order, each yielded once the next one is finished: a sentence broken
        by the page break is joined onto the earlier page first (`page_breaks.py`)."""
        previous: Page | None = None
        for page in self._finished():
            if previous is not None:
                join_page_break(previous, page)
                carry_table_header(previous, page)
                yield previous
            previous = page
        if previous is not None:
            yield previous

    def _finished(self) -> Iterator[Page]:
        if self._fetch is not None:
            for raw in self._fetch:
                yield self._finish(raw)
            return
        assert self._pdf is not None
        for index in range(self.total):
            yield self._finish(extract_page(self._pdf, index, self.options))

    def all_extracted(self) -> bool:
        """Whether pdfium's part of every page is done already, by worker processes: the pages
        not yet yielded only need finishing (`cnsr rate` then analyses them at the end, shared
        with a forked child: `evidence/early.py`)."""
        return self._fetch is not None and self._fetch.all_extracted()

    def _finish(self, raw: RawPage) -> Page:
        """The page from its lines: running heads dropped, tables found and joined to the
        previous page's, passages built."""
        self.warnings.extend(raw.warnings)
        if raw.lines is None:
            self._open_table = None
            return Page(number=raw.number, text="")
        lines = self._margins.strip(raw.lines, raw.height)
        tables: list[FoundTable] = []
        if self.options.tables != "off":
            lines = join_wrapped_leading(lines)
            tables = find_tables(lines)
        if self._plumber is not None and not raw.ocr and self._second_look(lines, tables):
            self.second_looks += 1
            lines, tables = merge_tables(lines, tables, self._accurate_tables(raw.number - 1))
        tables = self._continued(lines, with_captions(lines, with_wrapped_header(lines, tables)))
        result = page_from_lines(raw.number, lines, tables, ocr=raw.ocr)
        result.label = raw.label  # the number a reader looks up
        return result

    def _second_look(self, lines: list[Line], tables: list[FoundTable]) -> bool:
        if self.options.tables == "accurate":
            return PlumberTables.is_candidate(lines, tables)
        ordered = sorted(tables, key=lambda t: t.start)
        continues = (bool(ordered) and self._open_table is not None
                     and _running(lines[:ordered[0].start]))
        return PlumberTables.needs_second_look(lines, ordered, continues)

    def _continued(self, lines: list[Line], tables: list[FoundTable]) -> list[FoundTable]:
        """Give a table that goes on from the previous page that table's header; remember
        this page's last table when nothing but running lines follows it."""
        previous, self._open_table = self._open_table, None
        if not tables:
            self._open_table = self._lone_header(lines, 0)
            return tables
        ordered = sorted(tables, key=lambda t: t.start)
        first, last = ordered[0], ordered[-1]
        if previous is not None and _running(lines[:first.start]):
            table = continue_table(previous, first.table)
            if table is not None:
                ordered[0] = first = FoundTable(first.start, first.stop, table, first.bbox)
                if last.start == first.start:
                    last = first
        # a new table's header alone at the foot, under the last table (blind round 46, session
        # 29: "温室气体 （万吨CO2e） 2021年 …" is short enough to pass for a running line, and the
        # rows on the next page took the header of the table above it)
        self._open_table = self._lone_header(lines, last.stop)
        if self._open_table is None and _running(lines[last.stop:]):
            self._open_table = last.table
        return ordered

    @staticmethod
    def _lone_header(lines: list[Line], floor: int) -> Table | None:
        """The header a page ends with when its rows go on on the next page (`header_at_foot`)."""
        found = header_at_foot(lines, floor)
        return found[1] if found is not None and _running(lines[found[0] + 1:]) else None

    def _accurate_tables(self, index: int) -> list[tuple[BBox, Table]]:
        """pdfplumber's tables; if it fails on a page, that page keeps the fast tables."""
        assert self._plumber is not None
        try:
            return self._plumber.tables(index)
        except Exception as err:  # pdfminer raises many types on odd content streams
            self.warnings.append(f"page {index + 1}: pdfplumber failed ({type(err).__name__});"
                                 " kept the fast tables")
            return []

    def close(self) -> None:
        if self._fetch is not None:
            self._fetch.close()
        if self._plumber is not None:
            self._plumber.close()
        if self._pdf is not None:
            self._pdf.close()

    def __enter__(self) -> PdfPages:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _running(lines: list[Line]) -> bool:
    """Only running heads, footers and page numbers: a few short lines. Lines with neither a
    letter nor a digit (bullets, dots, rules left by the layout: "·") are no text."""
    worded = [line for line in lines if any(ch.isalnum() for ch in line.text)]
    return len(worded) <= 3 and all(len(line.text) <= RUNNING_CHARS for line in worded)


def _open(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(path)
    except pdfium.PdfiumError as err:
        raise DocumentError(str(path), _open_failure(path, str(err))) from None


def _open_failure(path: Path, message: str) -> str:
    """The one-line reason for a pdfium load error such as
    "Failed to load document (PDFium: Incorrect password error)."."""
    reason = message.partition("PDFium: ")[2].rstrip(".)") or message
    lowered = reason.lower()
    if "password" in lowered:
        return "the PDF is encrypted and needs a password"
    if "security" in lowered:
        return "the PDF uses an unsupported kind of encryption"
    if "file access" in lowered:
        return "the file cannot be opened"
    if not _has_eof_marker(path):
        return "the PDF is truncated (incomplete download?) and cannot be read"
    if lowered == "success" or _declares_no_pages(path):
        return "the PDF has no pages"
    return f"the PDF is corrupt and cannot be read ({reason})"


def _has_eof_marker(path: Path) -> bool:
    """True when `%%EOF` is in the last 8 KiB, where complete PDFs end (some add padding)."""
    with path.open("rb") as handle:
        size = handle.seek(0, 2)
        handle.seek(max(0, size - 8192))
        return b"%%EOF" in handle.read()


def _declares_no_pages(path: Path) -> bool:
    """pdfium refuses a PDF with an empty page tree without saying why (its last error is
    stale), so look for `/Count 0` and no page object in a small file."""
    with path.open("rb") as handle:
        data = handle.read(1 << 20)
    return (re.search(rb"/Count\s+0\b", data) is not None
            and re.search(rb"/Type\s*/Page(?![a-zA-Z])", data) is None)


