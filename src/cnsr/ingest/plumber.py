"""Accurate tables with pdfplumber, on the few pages that look tabular.

pdfplumber follows ruling lines, so it gets merged and wrapped cells right where the fast
path (`tables.py`) splits a wrapped cell into extra rows. It parses the page in Python,
40-80 ms a page against ~5 ms for pdfium's whole text extraction, so it runs only when asked
(`tables="accurate"`) and only on pages where the fast path found a table or several lines
carry two or more numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

from cnsr.ingest.document import BBox, Table
from cnsr.ingest.layout import Line
from cnsr.ingest.reading_limits import layout_limits
from cnsr.ingest.tables import FoundTable
from cnsr.ingest.text import join_cells

_LOOK = layout_limits().second_look  # data/text/layout.yaml
NUMERIC_LINES: Final = _LOOK.numeric_lines
FIGURE_LINES: Final = _LOOK.figure_lines
SHORT_LEAD: Final = _LOOK.short_lead
_NUMBER = re.compile(r"\d[\d,.]*%?")
_YEAR = re.compile(r"(?:FY)?(?:19|20)\d\d(?:年度?)?")
_FIGURE = re.compile(r"[-−(]?\d[\d,.]*%?\)?")


class PlumberTables:
    """pdfplumber opened lazily on the same file, one page parsed at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._pdf: Any = None

    @staticmethod
    def is_candidate(lines: Sequence[Line], tables: Sequence[FoundTable]) -> bool:
        if tables:
            return True
        return sum(1 for line in lines if _numeric(line.text)) >= NUMERIC_LINES

    @staticmethod
    def needs_second_look(lines: Sequence[Line], tables: Sequence[FoundTable],
                          continues: bool = False) -> bool:
        """The default (`tables="auto"`): only pages where the fast path looks wrong. Ruled
        tables whose cells wrap print each cell's lines apart: the fast path then finds no
        table among lines made only of figures ("96,512 93,207 90,115"), or a table that
        starts with a row of figures because its wrapped header ("2021" over "年") was left
        out. A table going on from the previous page (`continues`) starts so by nature."""
        if not tables:
            return sum(1 for line in lines if _figures_only(line.text)) >= FIGURE_LINES
        return any(_headless(t.table.rows) for t in tables[int(continues):])

    def tables(self, index: int) -> list[tuple[BBox, Table]]:
        """Tables pdfplumber finds on page `index` (0-based), with their boxes (top-left
        origin, like `Line`)."""
        if self._pdf is None:
            import pdfplumber  # slow import; only the accurate mode needs it

            self._pdf = pdfplumber.open(self.path)
        page = self._pdf.pages[index]
        try:
            found = []
            for table in page.find_tables():
                rows = [[join_cells((cell or "").split("\n")) for cell in row]
                        for row in table.extract()]
                rows = [row for row in rows if any(row)]
                if len(rows) >= 2 and max(len(row) for row in rows) >= 2:
                    found.append((tuple(table.bbox), Table(rows=rows)))
            return found
        finally:
            page.close()

    def close(self) -> None:
        if self._pdf is not None:
            self._pdf.close()
            self._pdf = None


def merge_tables(lines: Sequence[Line], fast: Sequence[FoundTable],
                 accurate: Sequence[tuple[BBox, Table]]) -> tuple[list[Line], list[FoundTable]]:
    """Prefer pdfplumber's tables: the lines inside each of its boxes become that table
    (moved together where reading order interleaved them); fast tables overlapping a
    pdfplumber table are dropped, the others kept."""
    if not accurate:
        return list(lines), list(fast)
    owner: dict[int, int] = {}
    for number, (bbox, _) in enumerate(accurate):
        for i, line in enumerate(lines):
            if i not in owner and _inside(line, bbox):
                owner[i] = number
    kept_fast = [t for t in fast if not any(i in owner for i in range(t.start, t.stop))]
    fast_of = {i: t for t in kept_fast for i in range(t.start, t.stop)}
    new_lines: list[Line] = []
    found: list[FoundTable] = []
    placed: set[int] = set()
    i = 0
    while i < len(lines):
        if i in owner:
            number = owner[i]
            if number not in placed:
                placed.add(number)
                members = [lines[j] for j in range(len(lines)) if owner.get(j) == number]
                bbox, table = accurate[number]
                found.append(FoundTable(len(new_lines), len(new_lines) + len(members), table,
                                        bbox))
                new_lines += members
            i += 1
        elif i in fast_of and fast_of[i].start == i:
            t = fast_of[i]
            found.append(FoundTable(len(new_lines), len(new_lines) + t.stop - t.start,
                                    t.table, t.bbox))
            new_lines += lines[t.start:t.stop]
            i = t.stop
        else:
            new_lines.append(lines[i])
            i += 1
    for number, (bbox, table) in enumerate(accurate):
        if number not in placed:  # no text line inside its box: keep it at the page end
            found.append(FoundTable(len(new_lines), len(new_lines), table, bbox))
    return new_lines, found


def _headless(rows: Sequence[Sequence[str]]) -> bool:
    """A table whose first row holds two figures and no year heading: its header is missing
    (one figure is a contents or index row's page number)."""
    first = [c.strip() for c in rows[0]] if rows else []
    figures = sum(1 for c in first if _FIGURE.fullmatch(c) and not _YEAR.fullmatch(c))
    return figures >= 2 and not any(_YEAR.search(c) for c in first)


def _figures_only(text: str) -> bool:
    """A line ending in two or more figures after at most a short word (a wrapped unit cell's
    last line, "tCO2e 27,115 25,907"): a table's row of wrapped cells."""
    tokens = text.split()
    figures = 0
    while figures < len(tokens) and _FIGURE.fullmatch(tokens[len(tokens) - 1 - figures]):
        figures += 1
    rest = tokens[:len(tokens) - figures]
    return figures >= 2 and len(rest) <= 1 and sum(map(len, rest)) <= SHORT_LEAD


def _numeric(text: str) -> bool:
    """A line of figures: two or more numbers making up a quarter of its characters."""
    numbers = _NUMBER.findall(text)
    return len(numbers) >= 2 and 4 * sum(map(len, numbers)) >= len(text.replace(" ", ""))


def _inside(line: Line, bbox: BBox) -> bool:
    x0, top, x1, bottom = bbox
    middle = (line.y0 + line.y1) / 2
    return top <= middle <= bottom and line.x0 < x1 and line.x1 > x0
