"""Find tables in positioned lines: runs of lines split into aligned cells.

This is the fast path, run on every page. A KPI table ("指标 | 单位 | 2021年 | 2022年 |
2023年") prints as lines whose pieces are separated by wide gaps and line up in columns;
pdfium already reports those pieces, so finding the table costs microseconds where
pdfplumber's `extract_tables` costs 40-80 ms a page (see benchmarks/bench_ingest.py).
pdfplumber stays available as the accurate mode (`tables="accurate"`, module `plumber`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

from cnsr.ingest.document import BBox, Table
from cnsr.ingest.layout import Cell, Line
from cnsr.ingest.text import join_cells

MIN_ROWS = 2
"""Rows with two or more cells a table needs (three when no cell holds a digit)."""
PROSE_CELL_CHARS = 14
"""Median cell length above which cells with few figures are prose, not a table."""
PROSE_DIGIT_SHARE = 0.25
"""Share of cells holding a digit below which long cells are prose."""
PROSE_PUNCTUATED_SHARE = 0.3
"""Share of cells with Chinese sentence punctuation that marks prose columns."""
WRAP_PITCH = 0.7
"""A line closer than this share of the usual pitch between multi-cell rows continues the
previous row (a wrapped cell: line spacing is tighter than row spacing with cell padding)."""


@dataclass(frozen=True, slots=True)
class FoundTable:
    """A table and the slice of the page's lines it was built from."""

    start: int
    stop: int
    table: Table
    bbox: BBox


def find_tables(lines: Sequence[Line]) -> list[FoundTable]:
    """Return the tables among `lines` (reading order), each with its line range."""
    found: list[FoundTable] = []
    i = 0
    while i < len(lines):
        if len(lines[i].cells) < 2:
            i += 1
            continue
        stop = _run_end(lines, i)
        table = _build(lines[i:stop])
        if table is not None:
            block = lines[i:stop]
            bbox = (min(ln.x0 for ln in block), block[0].y0,
                    max(ln.x1 for ln in block), max(ln.y1 for ln in block))
            found.append(FoundTable(i, stop, table, bbox))
        i = stop
    return found


def _run_end(lines: Sequence[Line], start: int) -> int:
    """End of the run of multi-cell lines from `start`; one single-cell line may sit inside
    (a wrapped cell or a section row) when a multi-cell line follows right below it."""
    stop = start + 1
    while stop < len(lines):
        line = lines[stop]
        near = 0 <= line.y0 - lines[stop - 1].y0 < 3 * lines[stop - 1].height
        if not near:
            break
        if len(line.cells) >= 2:
            stop += 1
        elif (stop + 1 < len(lines) and len(lines[stop + 1].cells) >= 2
              and 0 <= lines[stop + 1].y0 - line.y0 < 3 * line.height):
            stop += 2
        else:
            break
    return stop


def _build(block: Sequence[Line]) -> Table | None:
    multi = [line for line in block if len(line.cells) >= 2]
    cells = [cell for line in multi for cell in line.cells]
    has_digit = any(ch.isdigit() for cell in cells for ch in cell.text)
    if len(multi) < (MIN_ROWS if has_digit else MIN_ROWS + 1):
        return None
    if _looks_like_prose(cells):
        return None
    bands = _column_bands(multi)
    if len(bands) < 2:
        return None
    rows = _rows(block, bands)
    if sum(1 for row in rows if sum(1 for cell in row if cell) >= 2) < MIN_ROWS:
        return None
    return Table(rows=rows)


def _looks_like_prose(cells: Sequence[Cell]) -> bool:
    """Two prose columns printed on shared lines: long cells, few figures, or sentence
    punctuation (table cells rarely hold "，" or "。")."""
    digits = sum(1 for cell in cells if any(ch.isdigit() for ch in cell.text)) / len(cells)
    punctuated = sum(1 for cell in cells if any(ch in "，。；" for ch in cell.text)) / len(cells)
    long = median(len(cell.text) for cell in cells) > PROSE_CELL_CHARS
    return (long and digits < PROSE_DIGIT_SHARE) or punctuated >= PROSE_PUNCTUATED_SHARE


def _column_bands(lines: Sequence[Line]) -> list[tuple[float, float]]:
    """Columns as x-intervals: the union of overlapping cell extents of multi-cell rows."""
    bands: list[list[float]] = []
    for cell in sorted((c for line in lines for c in line.cells), key=lambda c: c.x0):
        if bands and cell.x0 <= bands[-1][1]:
            bands[-1][1] = max(bands[-1][1], cell.x1)
        else:
            bands.append([cell.x0, cell.x1])
    return [(b[0], b[1]) for b in bands]


def _column_of(cell: Cell, bands: Sequence[tuple[float, float]]) -> int:
    best, best_overlap = 0, float("-inf")
    for index, (x0, x1) in enumerate(bands):
        overlap = min(x1, cell.x1) - max(x0, cell.x0)
        if overlap > best_overlap:
            best, best_overlap = index, overlap
    return best


def _rows(block: Sequence[Line], bands: Sequence[tuple[float, float]]) -> list[list[str]]:
    pitches = [b.y0 - a.y0 for a, b in zip(block, block[1:], strict=False)
               if b.y0 > a.y0 and len(a.cells) >= 2 and len(b.cells) >= 2]
    pitch = median(pitches) if pitches else 0.0
    parts: list[list[list[str]]] = []
    previous: Line | None = None
    for line in block:
        cells = line.cells or (Cell(line.text, line.x0, line.x1),)
        wrapped = previous is not None and line.y0 - previous.y0 < WRAP_PITCH * pitch
        if not wrapped:
            parts.append([[] for _ in bands])
        for cell in cells:
            parts[-1][_column_of(cell, bands)].append(cell.text.strip())
        previous = line
    return [[join_cells(pieces) for pieces in row] for row in parts]
