"""Find tables in positioned lines: runs of lines split into aligned cells.

This is the fast path, run on every page. A KPI table ("指标 | 单位 | 2021年 | 2022年 |
2023年") prints as lines whose pieces are separated by wide gaps and line up in columns;
pdfium already reports those pieces, so finding the table costs microseconds where
pdfplumber's `extract_tables` costs 40-80 ms a page (see benchmarks/bench_ingest.py).
pdfplumber stays available as the accurate mode (`tables="accurate"`, module `plumber`).

Around the table itself: a unit caption on the line just above it ("单位：万吨二氧化碳当量",
"Unit: tCO2e") becomes the table's first row, so its figures get that unit; and a table
that goes on at the top of the next page without repeating its header gets the header of the
table it continues (`continue_table`), so its figures keep their years.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import median

from cnsr.ingest.document import BBox, Table
from cnsr.ingest.layout import Cell, Line
from cnsr.ingest.text import join_cells, unit_caption

MIN_ROWS = 2
"""Rows with two or more cells a table needs (three when no cell holds a digit)."""
PROSE_CELL_CHARS = 14
"""Median cell length above which cells with few figures are prose, not a table."""
PROSE_DIGIT_SHARE = 0.25
"""Share of cells holding a digit below which long cells are prose."""
PROSE_PUNCTUATED_SHARE = 0.3
"""Share of cells with Chinese sentence punctuation that marks prose columns."""
CAPTION_GAP = 3.0
"""A unit caption may stand this many line heights above a table's first row."""
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


def with_captions(lines: Sequence[Line], tables: Sequence[FoundTable]) -> list[FoundTable]:
    """`tables` (in line order) where a unit caption on the line just above a table
    ("单位：万吨") is taken into it as its first row."""
    out: list[FoundTable] = []
    for found in sorted(tables, key=lambda t: t.start):
        start = found.start
        if _is_caption_above(lines, start, out[-1].stop if out else 0) and found.table.rows:
            table = found.table
            width = max(len(row) for row in table.rows)
            caption = lines[start - 1]
            table = Table(rows=[[caption.text] + [""] * (width - 1), *table.rows])
            x0, y0, x1, y1 = found.bbox
            found = FoundTable(start - 1, found.stop, table,
                               (min(x0, caption.x0), caption.y0, max(x1, caption.x1), y1))
        out.append(found)
    return out


def _is_caption_above(lines: Sequence[Line], first: int, floor: int) -> bool:
    """Whether the line above line `first` is a unit caption for the table starting there."""
    if first <= floor:
        return False
    above, row = lines[first - 1], lines[first]
    return (0 <= row.y0 - above.y0 < CAPTION_GAP * row.height + above.height
            and len(above.cells) < 2 and unit_caption(above.text) is not None)


def _run_end(lines: Sequence[Line], start: int) -> int:
    """End of the run of multi-cell lines from `start`; one single-cell line may sit inside
    (a wrapped cell or a section row) when a multi-cell line follows right below it and the
    line stays within one column of the row above (a prose line between two tables spans
    several columns and ends the run)."""
    stop = start + 1
    while stop < len(lines):
        line = lines[stop]
        near = 0 <= line.y0 - lines[stop - 1].y0 < 3 * lines[stop - 1].height
        if not near:
            break
        if len(line.cells) >= 2:
            stop += 1
        elif (stop + 1 < len(lines) and len(lines[stop + 1].cells) >= 2
              and 0 <= lines[stop + 1].y0 - line.y0 < 3 * line.height
              and _fits_a_column(line, lines[stop + 1])):
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


def _fits_a_column(line: Line, row: Line) -> bool:
    """A wrapped cell or section row: it does not reach across the gap between two cells of
    the next row, and it is not a sentence."""
    if any(ch in "，。；" for ch in line.text):
        return False
    return sum(1 for cell in row.cells if cell.x0 < line.x1 and line.x0 < cell.x1) <= 1


def continue_table(previous: Table, table: Table) -> Table | None:
    """`table` with the header rows of `previous` put on top, when it continues `previous`
    across a page break: it has as many columns, and its first row is a body row (figures,
    no year heading) while `previous` starts with a header naming years. None otherwise."""
    head = header_rows(previous.rows)
    if not head or not table.rows or _has_heading(table.rows[0]):
        return None
    width = max(len(row) for row in previous.rows)
    if max(len(row) for row in table.rows) != width:
        return None
    if not any(_YEAR_HEADING.search(cell) for cell in head[-1]):
        return None
    if not any(any(ch.isdigit() for ch in cell) for cell in table.rows[0][1:]):
        return None
    return Table(rows=[*head, *table.rows])


def header_rows(rows: Sequence[Sequence[str]]) -> list[list[str]]:
    """The leading rows up to and including the first row that names a year or unit
    heading (captions, titles, the header); empty when there is none in the first three."""
    for i, row in enumerate(rows[:3]):
        if _has_heading(row):
            return [list(r) for r in rows[:i + 1]]
    return []


def _has_heading(row: Sequence[str]) -> bool:
    return any(_YEAR_HEADING.search(cell) or cell.strip().lower() in _HEADINGS
               for cell in row)


_YEAR_HEADING = re.compile(r"^\s*(?:FY\s?)?(?:19|20)\d\d\s*(?:年度?|财年|年末|年底|FY)?\s*(?:[(（].*)?$",
                           re.I)
_HEADINGS = frozenset({"单位", "计量单位", "指标", "项目", "unit", "units", "indicator",
                       "indicators", "metric", "item"})
