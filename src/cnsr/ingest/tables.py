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
from typing import Final

from cnsr.ingest.document import BBox, Table
from cnsr.ingest.layout import SIZE_CHANGE, Cell, Line
from cnsr.ingest.reading_limits import layout_limits
from cnsr.ingest.table_columns import column_bands, column_of, table_rows
from cnsr.ingest.text import join_cells, label_only, table_caption_unit

_TABLES = layout_limits().tables  # data/text/layout.yaml
MIN_ROWS: Final[int] = _TABLES.min_rows
"""Rows with two or more cells a table needs (three when no cell holds a digit)."""
PROSE_CELL_CHARS: Final[int] = _TABLES.prose_cell_chars
"""Median cell length above which cells with few figures are prose, not a table."""
PROSE_DIGIT_SHARE: Final[float] = _TABLES.prose_digit_share
"""Share of cells holding a digit below which long cells are prose."""
PROSE_PUNCTUATED_SHARE: Final[float] = _TABLES.prose_punctuated_share
"""Share of cells with Chinese sentence punctuation that marks prose columns."""
CAPTION_GAP: Final[float] = _TABLES.caption_gap
"""A unit caption may stand this many line heights above a table's first row."""
MERGED_CHARS: Final[int] = _TABLES.merged_chars
"""A cell merged over rows of a leading column (a category) holds at most this many characters."""
MERGED_ROWS: Final[int] = _TABLES.merged_rows
"""... and is centred on at most about this many rows below the row above it."""
HEADER_BAND: Final[float] = _TABLES.header_band
"""A header of wrapped cells printed cell by cell stands within this many body-row pitches above
the table's first row (`with_wrapped_header`)."""
HEADER_CELL_CHARS: Final[int] = _TABLES.header_cell_chars
"""... and each of its pieces holds at most this many characters ..."""
_HEADER_FIGURE: Final[re.Pattern[str]] = re.compile(_TABLES.header_figure)
"""... and no figure."""


@dataclass(frozen=True, slots=True)
class FoundTable:
    """A table and the slice of the page's lines it was built from."""

    start: int
    stop: int
    table: Table
    bbox: BBox


def join_wrapped_leading(lines: Sequence[Line]) -> list[Line]:
    """`lines` with a row's leading cell wrapped onto two lines and printed beside its row
    (vertically centred: "2021" above the figures, "年" below them, in a transposed KPI table
    whose year column is narrow; blind round 16, session 20) joined into the row as its first
    cell. Without the join the two short lines break the run of multi-cell lines and the table
    is not found. Both pieces are short, carry no sentence punctuation, stand one above the
    other left of the row's first cell, and the row lies between the upper one's top and the
    lower one's bottom."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        joined = _wrapped_leading(lines[i:i + 3]) if i + 2 < len(lines) else None
        if joined is None:
            out.append(lines[i])
            i += 1
        else:
            out.append(joined)
            i += 3
    return out


def _wrapped_leading(three: Sequence[Line]) -> Line | None:
    singles = [ln for ln in three if len(ln.cells) < 2]
    rows = [ln for ln in three if len(ln.cells) >= 2]
    if len(singles) != 2 or len(rows) != 1 or len(three[0].cells) >= 2:
        return None
    upper, lower = sorted(singles, key=lambda ln: ln.y0)
    row = rows[0]
    h = max(upper.height, lower.height, row.height)
    if (any(len(ln.text.strip()) > MERGED_CHARS or any(ch in "，。；,;" for ch in ln.text)
            for ln in (upper, lower))
            or abs(upper.x0 - lower.x0) > h or not 0 <= lower.y0 - upper.y1 <= h
            or max(upper.x1, lower.x1) > row.cells[0].x0
            or not (upper.y0 < row.y0 and row.y1 < lower.y1)
            or not any(ch.isdigit() for cell in row.cells for ch in cell.text)):
        return None
    text = join_cells([upper.text.strip(), lower.text.strip()])
    first = Cell(text, min(upper.x0, lower.x0), max(upper.x1, lower.x1))
    return Line(f"{text} {row.text}", first.x0, row.y0, row.x1, max(row.y1, lower.y1),
                (first, *row.cells))


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


def with_wrapped_header(lines: Sequence[Line], tables: Sequence[FoundTable]) -> list[FoundTable]:
    """`tables` (in line order) where a header of wrapped cells just above a table whose first
    row holds figures becomes the table's first row. A PDF prints such a header cell by cell
    ("排放总量（万吨" then "CO2e）", one line each), so no piece is a row of cells and the table
    begins at its first row of figures; a transposed table (years down the first column) then
    loses every indicator's name and unit."""
    out: list[FoundTable] = []
    for found in sorted(tables, key=lambda t: t.start):
        out.append(_wrapped_header(lines, found, out[-1].stop if out else 0))
    return out


def _wrapped_header(lines: Sequence[Line], found: FoundTable, floor: int) -> FoundTable:
    start, first = found.start, lines[found.start]
    rows = found.table.rows
    if not rows or len(first.cells) < 2 or not _is_body(first):
        return found
    block = [line for line in lines[start:found.stop] if len(line.cells) >= 2]
    bands = column_bands(block)
    if len(bands) < 3 or len(bands) != max(len(row) for row in rows):
        return found
    pitches = [b.y0 - a.y0 for a, b in zip(block, block[1:], strict=False) if b.y0 > a.y0]
    pitch = median(pitches) if pitches else 2 * first.height
    pieces: list[tuple[int, float, float, str]] = []
    i = start
    while i > floor:
        line = lines[i - 1]
        cells = line.cells or (Cell(line.text, line.x0, line.x1),)
        if (line.y1 > first.y0 or first.y0 - line.y0 > HEADER_BAND * pitch
                or line.x0 < bands[0][0] - pitch or line.x1 > bands[-1][1] + pitch
                or any(ch in "，。；,;" for ch in line.text)
                or any(len(cell.text.strip()) > HEADER_CELL_CHARS
                       or _HEADER_FIGURE.search(cell.text) for cell in cells)):
            break
        pieces += [(column_of(cell, bands), line.y0, cell.x0, cell.text.strip()) for cell in cells]
        i -= 1
    columns = {column for column, *_ in pieces}
    if i == start or 2 * len(columns) < len(bands):
        return found
    header = [join_cells([text for column, _, _, text in sorted(pieces) if column == c])
              for c in range(len(bands))]
    x0, y0, x1, y1 = found.bbox
    top = lines[i:start]
    return FoundTable(i, found.stop, Table(rows=[header, *rows]),
                      (min(x0, *(ln.x0 for ln in top)), min(ln.y0 for ln in top),
                       max(x1, *(ln.x1 for ln in top)), y1))


def _is_caption_above(lines: Sequence[Line], first: int, floor: int) -> bool:
    """Whether the line above line `first` is a unit caption for the table starting there."""
    if first <= floor:
        return False
    above, row = lines[first - 1], lines[first]
    return (0 <= row.y0 - above.y0 < CAPTION_GAP * row.height + above.height
            and len(above.cells) < 2 and table_caption_unit(above.text) is not None)


def _run_end(lines: Sequence[Line], start: int) -> int:
    """End of the run of multi-cell lines from `start`; one single-cell line may sit inside
    (a wrapped cell or a section row) when a multi-cell line follows right below it and the
    line stays within one column of the row above (a prose line between two tables spans
    several columns and ends the run), in the rows' type size (a heading above the next
    table, "指标索引", ends it; blind round 16, session 20)."""
    stop = start + 1
    body = _is_body(lines[start])
    while stop < len(lines):
        line = lines[stop]
        merged = _merged_cell(line, lines[stop - 1],
                              lines[stop + 1] if stop + 1 < len(lines) else None)
        near = 0 <= line.y0 - lines[stop - 1].y0 < 3 * lines[stop - 1].height
        if not near and not merged:
            break
        if len(line.cells) >= 2:
            if body and _is_year_header(line):
                break  # a second header under figures: the next table starts here
            body = body or _is_body(line)
            stop += 1
        elif merged or (stop + 1 < len(lines) and len(lines[stop + 1].cells) >= 2
                        and 0 <= lines[stop + 1].y0 - line.y0 < 3 * line.height
                        and _fits_a_column(line, lines[stop + 1])
                        and line.height <= SIZE_CHANGE * lines[stop + 1].height
                        and not (body and _is_year_header(lines[stop + 1]))):
            stop += 2
        else:
            break
    return stop


def _merged_cell(line: Line, upper: Line, lower: Line | None) -> bool:
    """A cell merged over several rows of a leading column ("能源" beside four energy rows):
    short, left of the next row's cells, printed out of line order (vertically centred on
    its rows), with the next row close below the row above."""
    if (lower is None or len(lower.cells) < 2 or len(line.text.strip()) > MERGED_CHARS
            or any(ch in "，。；,;" for ch in line.text)):
        return False
    return (line.x1 <= lower.cells[0].x0
            and 0 <= lower.y0 - upper.y0 < 3 * upper.height
            and upper.y0 < line.y0 < lower.y0 + MERGED_ROWS * lower.height * 2)


def header_at_foot(lines: Sequence[Line], floor: int) -> tuple[int, Table] | None:
    """A table's header printed alone at the foot of a page, its rows on the next (session 25,
    blind round 33: "集团温室气体排放（单位：万吨二氧化碳当量）" and "指标 | 2021年 | 2022年 | 2023年" end
    one page, "范围一排放 | 612.8 | 600.5 | 586.4" opens the next without a header). One header
    row is no table (`MIN_ROWS`), so nothing carried its years over the page break. The last
    line at or after `floor` that names two or more years and holds no other figure, with the
    unit caption right above it when there is one: the index of that line and the header as a
    table for `continue_table`; the caller checks that only running lines follow it."""
    for i in range(len(lines) - 1, floor - 1, -1):
        line = lines[i]
        if len(line.cells) < 2:
            continue
        if not _is_year_header(line) or _holds_figure(line):
            return None
        head = [cell.text for cell in line.cells]
        rows = [head]
        if i > floor and len(lines[i - 1].cells) <= 1 and table_caption_unit(lines[i - 1].text):
            rows.insert(0, [lines[i - 1].text] + [""] * (len(head) - 1))
        return i, Table(rows=rows)
    return None


def _is_year_header(line: Line) -> bool:
    """A header row naming two or more years ("指标 | 2023 | 2022 | 2021")."""
    return sum(1 for cell in line.cells if _YEAR_HEADING.match(cell.text)) >= 2


def _is_body(line: Line) -> bool:
    """A row holding a figure that is not a year heading."""
    return any(any(ch.isdigit() for ch in cell.text) and not _YEAR_HEADING.match(cell.text)
               for cell in line.cells)


# a figure's first digit: not glued to a Latin letter before it, as a unit's is ("（万吨CO2e）",
# "m3", "PM2.5"; blind round 46, session 29: a header with its unit cell was taken for a body row)
_FIGURE_START = re.compile(r"(?<![A-Za-z.])\d")


def _holds_figure(line: Line) -> bool:
    """A row holding a figure that is not a year heading nor a digit of a unit (CO2e, m3)."""
    return any(not _YEAR_HEADING.match(cell.text) and _FIGURE_START.search(cell.text)
               for cell in line.cells)


def _build(block: Sequence[Line]) -> Table | None:
    multi = [line for line in block if len(line.cells) >= 2]
    cells = [cell for line in multi for cell in line.cells]
    has_digit = any(ch.isdigit() for cell in cells for ch in cell.text)
    if len(multi) < (MIN_ROWS if has_digit else MIN_ROWS + 1):
        return None
    if _looks_like_prose(cells):
        return None
    bands = column_bands(multi)
    if len(bands) < 2:
        return None
    rows = table_rows(block, bands)
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


def _fits_a_column(line: Line, row: Line) -> bool:
    """A wrapped cell or section row: it does not reach across the gap between two cells of
    the next row, and it is not a sentence."""
    if any(ch in "，。；" for ch in line.text):
        return False
    return sum(1 for cell in row.cells if cell.x0 < line.x1 and line.x0 < cell.x1) <= 1


def continue_table(previous: Table, table: Table) -> Table | None:
    """`table` with the header rows of `previous` put on top, when it continues `previous`
    across a page break: it has as many columns, and its first row is a body row (figures,
    no year heading) while `previous` starts with a header naming years. None otherwise.
    Lines atop it that fill only their first cell (a running head the second look read into
    the table, "续表", "(continued)") are passed over to find that first row, and kept."""
    head = header_rows(previous.rows)
    if not head or not table.rows:
        return None
    lone = 0
    while lone < len(table.rows) - 1 and not any(c.strip() for c in table.rows[lone][1:]):
        lone += 1
    first = table.rows[lone]
    if _has_heading(first):
        return None
    width = max(len(row) for row in previous.rows)
    if max(len(row) for row in table.rows) != width:
        return None
    if not any(_YEAR_HEADING.search(cell) for cell in head[-1]):
        return None
    if not any(any(ch.isdigit() for ch in cell) for cell in first[1:]):
        return None
    group = _open_unit_group(previous.rows[len(head):]) if lone == 0 else None
    return Table(rows=[*head, *([group] if group else []), *table.rows])


def _open_unit_group(body: Sequence[Sequence[str]]) -> list[str] | None:
    """The last group row of a table's body when it names a unit ("温室气体排放（单位：tCO2e）"
    over "范围一 | 29,710"): the group is still open where the page breaks, so the rows that go
    on on the next page are in its unit (session 24, blind round 29: a report-style KPI table
    whose GHG block the page break split, scope 2 and 3 on the second page). None when the
    last group row names no unit, or there is none."""
    for row in reversed(body):
        if label_only(row):
            return list(row) if table_caption_unit(row[0]) else None
    return None


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


# a year in Chinese numerals read digit by digit ("二零二三年", "二〇二二年度": Hong Kong reports'
# headings) is a year heading too (blind round 22, session 23: two KPI tables stacked under one
# another, their second header row "指標 | 單位 | 二零二二年 | 二零二三年" not seen as a new table,
# so the two tables' columns merged and the unit ran into the first year's figures)
_YEAR_HEADING = re.compile(r"^\s*(?:(?:FY\s?)?(?:19|20)\d\d|(?:一九|二[零〇○])[零〇○一二三四五六七八九]{2})"
                           r"\s*(?:年度?|财年|財年|年末|年底|FY)?\s*(?:[(（].*)?$", re.I)
_HEADINGS = layout_limits().table_words.headings()
