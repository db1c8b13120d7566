"""A table block's columns and rows: the x-bands its cells line up in, and each printed line's
cells put into those bands (a wrapped cell joined to its row, a merged leading cell given to the
row beside it). Split from `tables.py`, which finds the blocks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from statistics import median
from typing import Final

from cnsr.ingest.layout import Cell, Line
from cnsr.ingest.reading_limits import layout_limits
from cnsr.ingest.text import join_cells

WRAP_PITCH: Final[float] = layout_limits().tables.wrap_pitch
"""A line closer than this share of the usual pitch between multi-cell rows continues the
previous row (a wrapped cell: line spacing is tighter than row spacing with cell padding)."""


def column_bands(lines: Sequence[Line]) -> list[tuple[float, float]]:
    """Columns as x-intervals: the union of overlapping cell extents of multi-cell rows. A cell
    of a row without a digit that reaches over two or more columns of the rows holding digits
    is a header merged over them ("Reporting years" over "2022 | 2023"; blind round 23, session
    23) and does not join them: before, the two year columns became one and each body cell held
    two figures ("20,820 17,460"), so no figure of the table was read."""
    cells = [c for line in lines for c in line.cells]
    digits = [line for line in lines if any(ch.isdigit() for c in line.cells for ch in c.text)]
    if len(digits) >= 2:
        body = _bands([c for line in digits for c in line.cells])
        # the columns it spans are told apart by a row of years under it ("2022 | 2023"); a
        # page column of an index with "4, | 7" in a few rows stays one column, as before
        years = [(c.x0, c.x1) for line in digits for c in line.cells if _YEAR_CELL.match(c.text.strip())]
        dated = [(x0, x1) for x0, x1 in body if any(min(x1, b) - max(x0, a) > 0 for a, b in years)]
        spanning = {id(c) for line in lines if line not in digits for c in line.cells
                    if sum(1 for x0, x1 in dated if min(x1, c.x1) - max(x0, c.x0) > 0) >= 2}
        if spanning:
            return _bands([c for c in cells if id(c) not in spanning])
    return _bands(cells)


_YEAR_CELL: Final[re.Pattern[str]] = re.compile(r"(?:FY\s?)?(?:19|20)\d{2}(?:\s?年度?)?$")
"""A header cell of one year (2023, 2023年, FY2023)."""


def _bands(cells: Sequence[Cell]) -> list[tuple[float, float]]:
    bands: list[list[float]] = []
    for cell in sorted(cells, key=lambda c: c.x0):
        if bands and cell.x0 <= bands[-1][1]:
            bands[-1][1] = max(bands[-1][1], cell.x1)
        else:
            bands.append([cell.x0, cell.x1])
    return [(b[0], b[1]) for b in bands]


def column_of(cell: Cell, bands: Sequence[tuple[float, float]]) -> int:
    best, best_overlap = 0, float("-inf")
    for index, (x0, x1) in enumerate(bands):
        overlap = min(x1, cell.x1) - max(x0, cell.x0)
        if overlap > best_overlap:
            best, best_overlap = index, overlap
    return best


def table_rows(block: Sequence[Line], bands: Sequence[tuple[float, float]]) -> list[list[str]]:
    multi = [line for line in block if len(line.cells) >= 2]
    beside = [line for line in block if len(line.cells) < 2
              and 2 <= 2 * sum(1 for m in multi if m.cells[0].x0 >= line.x1) >= len(multi)]
    lines = [line for line in block if all(line is not b for b in beside)]
    pitches = [b.y0 - a.y0 for a, b in zip(lines, lines[1:], strict=False)
               if b.y0 > a.y0 and len(a.cells) >= 2 and len(b.cells) >= 2]
    pitch = median(pitches) if pitches else 0.0
    parts: list[list[list[str]]] = []
    tops: list[float] = []
    previous: Line | None = None
    for line in lines:
        cells = line.cells or (Cell(line.text, line.x0, line.x1),)
        wrapped = previous is not None and line.y0 - previous.y0 < WRAP_PITCH * pitch
        if not wrapped:
            parts.append([[] for _ in bands])
            tops.append(line.y0)
        for cell in cells:
            parts[-1][column_of(cell, bands)].append(cell.text.strip())
        previous = line
    for line in beside:  # a merged leading cell goes to the row it is printed beside
        row = min(range(len(tops)), key=lambda i: (abs(tops[i] - line.y0), i))
        parts[row][column_of(Cell(line.text, line.x0, line.x1), bands)].insert(
            0, line.text.strip())
    rows = [[join_cells(pieces) for pieces in row] for row in parts]
    if beside and len(bands) > 2:
        # a category column of merged cells: read it with the label column beside it, so
        # every row keeps its label first ("能源 汽油（公务用车）", "外购电力")
        rows = [[" ".join(c for c in row[:2] if c), *row[2:]] for row in rows]
    return rows
