"""Tables that are navigation: a GRI / HKEX ESG / SASB index, a stakeholder table or a contents
table printed as a table (words and thresholds in data/text/navigation.yaml, compiled by
`navigation_rules`), never a KPI table with a figure per year; an index table read into one table
with a KPI table above it (`rows_before_index`); an index table's rows that carry the company's
values (`index_data_rows`). Split from `navigation` in session 27: `navigation` judges pages and
passages, these judge a table's rows.
"""

from __future__ import annotations

import re

from cnsr.evidence.navigation_rules import MEASURE, heading_key, rules
from cnsr.evidence.script import to_simplified
from cnsr.ingest.document import Passage

_FIGURE = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?%?$")
_FIRST_NUMBER = re.compile(r"\d+")


def table_is_navigation(rows: list[list[str]], page_kind: str | None = None) -> bool:
    """Index or stakeholder header words, or rows that mostly hold index codes or end in
    page references; on a page titled as contents or an index, any table; never a KPI
    table (most rows with a figure per year)."""
    nav = rules()
    rows = [row for row in rows if any(row)]
    if len(rows) < 2:
        return False
    if page_kind in ("contents", "index"):
        return not kpi_table(rows)
    head = [to_simplified(heading_key(c)) for row in rows[:2] for c in row if c and c.strip()]
    titled = any(sum(1 for c in head if c.startswith(words)) >= nav.data.min_header_cells
                 for words in nav.headers.values())
    if not titled and contents_table(rows):
        return True
    if not titled:
        lines = [" | ".join(row) for row in rows[1:]]
        if not nav.hinted("\n".join(lines)):
            return False
        refs = sum(1 for line in lines
                   if nav.reference.search(line) or nav.code.search(line))
        if refs < nav.t.references * len(lines):
            return False
    return not kpi_table(rows)  # a KPI table is disclosure, even with a GRI column


def index_tail(rows: list[list[str]]) -> int | None:
    """Where an index table begins that was read into one table with a KPI table above it:
    a later row whose cells are all index header words ("编号 | 披露内容 | 页码"), with the
    caption row alone above it ("GRI / SASB 指标索引"), when the rows from there on are a
    navigation table. Session 26, blind round 36: a KPI table and the GRI / SASB index
    under it on one page came out as one table, and its index lines ("GRI 302-1 | 组织内部
    的能源消耗 | 6") were read under the KPI table's header as disclosures."""
    nav = rules()
    index_words = nav.headers.get("index")
    if not index_words or len(rows) < 4:
        return None
    for i in range(2, len(rows) - 1):
        cells = [c for c in rows[i] if c and c.strip()]
        if len(cells) < nav.data.min_header_cells or not all(
                to_simplified(heading_key(c)).startswith(index_words) for c in cells):
            continue
        if not table_is_navigation(rows[i:]):
            continue
        above = [c for c in rows[i - 1] if c and c.strip()]
        return i - 1 if len(above) == 1 and not _FIGURE.match(above[0].strip()) else i
    return None


def data_rows(rows: list[list[str]]) -> list[list[str]]:
    """The header and the rows of an index table that carry a value of the company's
    (a code in the row and, after its first cell, a figure with its unit or a grouped or
    decimal figure, not a page reference); none when no row does (session 15)."""
    nav = rules()
    rows = [row for row in rows if any(c.strip() for c in row)]
    data = [row for row in rows[1:]
            if nav.code.search(" | ".join(row)) and any(
                nav.data_value.search(c) and not nav.reference.search(c.strip())
                for c in row[1:])]
    return [rows[0], *data] if data else []


def contents_table(rows: list[list[str]]) -> bool:
    """Topic rows that each end in a page-number cell, the numbers never going back: a
    contents table printed without a heading or leaders (on a page that also holds the
    foreword, so the page as a whole is prose). A KPI row has a figure before its last
    cell, or a last cell too large for a page."""
    nav = rules()
    if len(rows) < nav.t.contents_rows:
        return False
    pages: list[int] = []
    for row in rows:
        cells = [c.strip() for c in row if c and c.strip()]
        if len(cells) < 2 or not nav.contents_cell.match(cells[-1]):
            return False
        if any(_FIGURE.match(c) or MEASURE.search(c) for c in cells[:-1]):
            return False
        pages.append(int(_FIRST_NUMBER.match(cells[-1]).group()))  # type: ignore[union-attr]
    return all(a <= b for a, b in zip(pages, pages[1:], strict=False))


def kpi_table(rows: list[list[str]]) -> bool:
    """Most rows below the header carry figures (one per year): a KPI table. A column
    headed by an index header word ("Section", "Page", "页码", "GRI") holds section and page
    numbers, no figures (blind round 30, session 24: an HKEX index "Aspect | KPI / provision |
    Section or explanation | Page" with a section number and a page in each row was taken
    for a KPI table, and its rows for disclosures)."""
    nav = rules()
    index_words = nav.headers.get("index")
    skip = {i for i, c in enumerate(rows[0]) if index_words and c and c.strip()
            and to_simplified(heading_key(c)).startswith(index_words)} if rows else set()
    body = rows[1:]
    data_rows = sum(1 for row in body
                    if sum(1 for i, c in enumerate(row)
                           if i not in skip and _FIGURE.match(c.strip()))
                    >= nav.data.data_row_figures)
    return data_rows * 2 > len(body)


def rows_before_index(rows: list[list[str]]) -> list[list[str]]:
    """A table's rows without an index table read into it below a KPI table (see
    `index_tail`); the rows unchanged otherwise."""
    cut = index_tail(rows)
    return rows if cut is None else rows[:cut]


def index_data_rows(passage: Passage) -> list[list[str]]:
    """A navigation table's rows that carry the company's values, with its header (see
    `data_rows`); nothing for a passage that is no table."""
    if passage.table is None:
        return []
    return data_rows(passage.table.rows)
