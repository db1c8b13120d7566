"""Navigation pages and tables: contents, content indexes, materiality matrices, stakeholder
tables.

A table of contents ("董事长致辞……3"), a GRI / HKEX ESG / SASB / TCFD index ("GRI 305-1 |
直接温室气体排放 | P23"), a materiality matrix (topic labels under 实质性议题矩阵) or a
stakeholder table (利益相关方 | 关注议题 | 沟通方式) names the topics of a report without
disclosing anything; quoted as evidence they earn points the report has not earned.
`navigation_passages(document)` finds them with cheap layout heuristics whose words and
thresholds are data (data/text/navigation.yaml, validated on load):

- a page or passage titled by a contents or index heading whose lines mostly end in page
  references or hold index codes; without the heading, a higher share of such lines;
- a table whose header holds index or stakeholder header words (unless most rows are KPI rows
  with figures per year), or whose rows mostly hold index codes or end in a page number;
- a passage made only of index-table lines ("A4.1 描述… 第23页"), on any page;
- under a materiality or stakeholder heading, the label-like passages (short lines, no
  sentence): the topics of a matrix; explaining prose on the same page stays evidence;
- on any page, the rows (short cells, no sentence, no figure) after a passage that ends in a
  stakeholder table's header or a list heading (`nav_prose`, session 12): a table flattened
  into a page of prose. What is glued inside a passage is left to `match.analyse`.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, field_validator

from cnsr.data_files import load_text
from cnsr.evidence.nav_prose import nav_prose
from cnsr.evidence.normalize import normalize
from cnsr.evidence.script import has_traditional, to_simplified
from cnsr.ingest.document import Document, Passage

NAVIGATION_FILE = "navigation.yaml"
KINDS = ("contents", "index", "materiality", "stakeholders")
_SENTENCE = re.compile(r"[。!?;]|[a-z]{3,}\.(?:\s|$)")
# a sentence end in an index row's description (its ";" separates the metric's parts)
_ROW_SENTENCE = re.compile(r"[。!?！？]|[a-z]{3,}\.(?:\s|$)")
_PAGE_AT_END = re.compile(r"\s\d{1,3}(?:\s*[,，、-]\s*\d{1,3})*$")
# a figure that is not a page number: grouped, decimal or of four digits or more
_MEASURE = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.])\d+\.\d+|(?<![\w.-])\d{4,}")
_FIGURE = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?%?$")
_FIRST_NUMBER = re.compile(r"\d+")


class Thresholds(BaseModel):
    # defer_build: the validator is built on first use, which `cnsr rate` never makes
    # (session 24: deferring 20 such models saved the parent ~10 ms of CPU)
    model_config = ConfigDict(extra="forbid", defer_build=True)

    references: float
    references_with_heading: float
    short_lines: float
    short_line_chars: int
    min_lines: int
    contents_rows: int


class NavigationData(BaseModel):
    """data/text/navigation.yaml."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    headings: dict[str, list[str]]
    table_headers: dict[str, list[str]]
    min_header_cells: int
    page_reference: str
    bare_number: str
    index_code: str
    index_line: str
    index_line_chars: int
    framework_line: str = "(?!)"
    contents_cell: str
    hints: list[str]
    data_row_figures: int
    data_value: str = r"(?!)"
    heading_lines: int
    heading_chars: int
    thresholds: Thresholds
    # session 21: a passage that is an index code alone ("EM-EP-110a. 1", "GRI 305-1") opens an
    # index row whose description the layout split into the next passages (at most
    # `code_row_passages` of them, each without a sentence end or a figure)
    code_alone: str = "(?!)"
    code_row_passages: int = 0

    @field_validator("headings")
    @classmethod
    def _kinds(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        unknown = set(value) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown heading kinds {sorted(unknown)}; known: {KINDS}")
        return value

    @field_validator("page_reference", "bare_number", "index_code", "index_line", "contents_cell",
                     "code_alone")
    @classmethod
    def _regex(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"bad regular expression {value!r}: {exc}") from exc
        return value


class Navigation:
    """The compiled heuristics of one navigation.yaml."""

    def __init__(self, data: NavigationData) -> None:
        self.data = data
        self.t = data.thresholds
        self.headings = {kind: tuple(_key(w) for w in words)
                         for kind, words in data.headings.items()}
        self.heading_start = tuple(w for words in self.headings.values() for w in words)
        self.headers = {kind: tuple(_key(w) for w in words)
                        for kind, words in data.table_headers.items()}
        flags = re.IGNORECASE | re.MULTILINE
        self.reference = re.compile(data.page_reference, flags)
        self.bare = re.compile(data.bare_number, flags)
        self.contents_cell = re.compile(data.contents_cell)
        self.code = re.compile(data.index_code, flags)
        self.data_value = re.compile(data.data_value)
        self.index_line = re.compile(data.index_line, re.IGNORECASE)
        self.framework_line = re.compile(data.framework_line, re.IGNORECASE)
        self.code_alone = re.compile(data.code_alone)
        # literal alternatives with their case forms: `re` skips quickly to a possible first
        # character (re.IGNORECASE would lose that and cost ~30x)
        forms = dict.fromkeys(f for h in data.hints for f in (h, h.lower(), h.upper(),
                                                              h.capitalize()))
        self.hint = re.compile("|".join(re.escape(f) for f in forms))

    # --- text ----------------------------------------------------------------------------

    def heading(self, lines: list[str]) -> str | None:
        """The kind of navigation heading among the first lines (raw), if any. Compared
        without spaces and case ("目 录", "GRI 内容索引"); a line in traditional characters
        is compared in simplified ones (目錄 is 目录)."""
        for line in lines[:self.data.heading_lines]:
            if len(line) > self.data.heading_chars:
                continue
            key = _key(line)
            if not key.startswith(self.heading_start):
                if not has_traditional(key):
                    continue
                key = to_simplified(key)
                if not key.startswith(self.heading_start):
                    continue
            for kind, words in self.headings.items():
                if key.startswith(words):
                    return kind
        return None

    def text_is_navigation(self, lines: list[str], kind: str | None) -> bool:
        """Contents or index lines: most end in a page reference or hold an index code."""
        body = [line for line in lines if line]
        if kind in ("materiality", "stakeholders"):
            return self.labels(body)
        if kind and len(body) == 1:  # the heading alone ("目录" over a table)
            return True
        if len(body) < (2 if kind else self.t.min_lines):
            return False
        data = sum(1 for line in body
                   if len(_MEASURE.findall(line)) >= self.data.data_row_figures)
        if data * 2 > len(body):  # KPI rows read as text lines, even with GRI codes
            return False
        refs = sum(1 for line in body if self.reference.search(line) or self.code.search(line)
                   or (kind == "contents" and self.bare.search(line))
                   or (kind == "index" and self.framework_line.search(line)))
        share = self.t.references_with_heading if kind else self.t.references
        return refs >= share * len(body)

    def index_lines(self, lines: list[str]) -> bool:
        """Lines of an index table: the first and at least half of them start with an index
        code ("A4.1", "KPI A1.2", "GRI 305-1"; the others continue a wrapped description),
        and every line ends in a page reference or is a label (no sentence end, no figure,
        short). Such lines are navigation even on a page of prose: an index table
        need not have a page of its own (session 11)."""
        if not lines or not self.index_line.match(lines[0]):
            return False
        # a description wrapped onto the next line ("…重大气候相关事\n宜的政策 第23页")
        coded = sum(1 for line in lines if self.index_line.match(line))
        if coded * 2 < len(lines):
            return False
        for line in lines:
            if self.reference.search(line):
                continue
            if (len(line) > self.data.index_line_chars or _SENTENCE.search(line)
                    or _MEASURE.search(line)):
                return False
        return True

    def row_description(self, text: str) -> bool:
        """An index row's description wrapped into a passage of its own after its code: short,
        no sentence end, no figure ("Gross global Scope 1 emissions, percentage methane, …",
        "regulations 6")."""
        return (len(text) <= self.data.index_line_chars and "\n" not in text
                and not _ROW_SENTENCE.search(text) and not _MEASURE.search(text))

    def labels(self, lines: list[str]) -> bool:
        """Topic labels of a matrix or a stakeholder chart: short lines, no sentence."""
        if not lines or any(_SENTENCE.search(line) for line in lines):
            return False
        short = sum(1 for line in lines if len(line) <= self.t.short_line_chars)
        return short >= self.t.short_lines * len(lines)

    def hinted(self, text: str) -> bool:
        return self.hint.search(text) is not None

    # --- tables --------------------------------------------------------------------------

    def table_is_navigation(self, rows: list[list[str]], page_kind: str | None = None) -> bool:
        """Index or stakeholder header words, or rows that mostly hold index codes or end in
        page references; on a page titled as contents or an index, any table; never a KPI
        table (most rows with a figure per year)."""
        rows = [row for row in rows if any(row)]
        if len(rows) < 2:
            return False
        if page_kind in ("contents", "index"):
            return not self.kpi_table(rows)
        head = [to_simplified(_key(c)) for row in rows[:2] for c in row if c and c.strip()]
        titled = any(sum(1 for c in head if c.startswith(words)) >= self.data.min_header_cells
                     for words in self.headers.values())
        if not titled and self.contents_table(rows):
            return True
        if not titled:
            lines = [" | ".join(row) for row in rows[1:]]
            if not self.hinted("\n".join(lines)):
                return False
            refs = sum(1 for line in lines
                       if self.reference.search(line) or self.code.search(line))
            if refs < self.t.references * len(lines):
                return False
        return not self.kpi_table(rows)  # a KPI table is disclosure, even with a GRI column

    def index_tail(self, rows: list[list[str]]) -> int | None:
        """Where an index table begins that was read into one table with a KPI table above it:
        a later row whose cells are all index header words ("编号 | 披露内容 | 页码"), with the
        caption row alone above it ("GRI / SASB 指标索引"), when the rows from there on are a
        navigation table. Session 26, blind round 36: a KPI table and the GRI / SASB index
        under it on one page came out as one table, and its index lines ("GRI 302-1 | 组织内部
        的能源消耗 | 6") were read under the KPI table's header as disclosures."""
        index_words = self.headers.get("index")
        if not index_words or len(rows) < 4:
            return None
        for i in range(2, len(rows) - 1):
            cells = [c for c in rows[i] if c and c.strip()]
            if len(cells) < self.data.min_header_cells or not all(
                    to_simplified(_key(c)).startswith(index_words) for c in cells):
                continue
            if not self.table_is_navigation(rows[i:]):
                continue
            above = [c for c in rows[i - 1] if c and c.strip()]
            return i - 1 if len(above) == 1 and not _FIGURE.match(above[0].strip()) else i
        return None

    def data_rows(self, rows: list[list[str]]) -> list[list[str]]:
        """The header and the rows of an index table that carry a value of the company's
        (a code in the row and, after its first cell, a figure with its unit or a grouped or
        decimal figure, not a page reference); none when no row does (session 15)."""
        rows = [row for row in rows if any(c.strip() for c in row)]
        data = [row for row in rows[1:]
                if self.code.search(" | ".join(row)) and any(
                    self.data_value.search(c) and not self.reference.search(c.strip())
                    for c in row[1:])]
        return [rows[0], *data] if data else []

    def contents_table(self, rows: list[list[str]]) -> bool:
        """Topic rows that each end in a page-number cell, the numbers never going back: a
        contents table printed without a heading or leaders (on a page that also holds the
        foreword, so the page as a whole is prose). A KPI row has a figure before its last
        cell, or a last cell too large for a page."""
        if len(rows) < self.t.contents_rows:
            return False
        pages: list[int] = []
        for row in rows:
            cells = [c.strip() for c in row if c and c.strip()]
            if len(cells) < 2 or not self.contents_cell.match(cells[-1]):
                return False
            if any(_FIGURE.match(c) or _MEASURE.search(c) for c in cells[:-1]):
                return False
            pages.append(int(_FIRST_NUMBER.match(cells[-1]).group()))  # type: ignore[union-attr]
        return all(a <= b for a, b in zip(pages, pages[1:], strict=False))

    def kpi_table(self, rows: list[list[str]]) -> bool:
        """Most rows below the header carry figures (one per year): a KPI table. A column
        headed by an index header word ("Section", "Page", "页码", "GRI") holds section and page
        numbers, no figures (blind round 30, session 24: an HKEX index "Aspect | KPI / provision |
        Section or explanation | Page" with a section number and a page in each row was taken
        for a KPI table, and its rows for disclosures)."""
        index_words = self.headers.get("index")
        skip = {i for i, c in enumerate(rows[0]) if index_words and c and c.strip()
                and to_simplified(_key(c)).startswith(index_words)} if rows else set()
        body = rows[1:]
        data_rows = sum(1 for row in body
                        if sum(1 for i, c in enumerate(row)
                               if i not in skip and _FIGURE.match(c.strip()))
                        >= self.data.data_row_figures)
        return data_rows * 2 > len(body)


@cache
def _navigation() -> Navigation:
    """From the user cache when the file and this module are unchanged (`cnsr.data_cache`)."""
    import sys

    from cnsr import data_cache

    path = resources.files("cnsr.data.text").joinpath(NAVIGATION_FILE)
    return data_cache.cached(
        "navigation", [str(path)],
        lambda: Navigation(load_navigation(path.read_text(encoding="utf-8"))),
        code=[sys.modules[__name__]])


def load_navigation(text: str, source: str = NAVIGATION_FILE) -> NavigationData:
    return load_text(NavigationData, text, source)


_SPACES = re.compile(r"\s+")


def _key(text: str) -> str:
    return _SPACES.sub("", text).lower()


def _lines(text: str) -> list[str]:
    return [line for raw in text.split("\n") if (line := raw.strip())]


def _first_lines(text: str, n: int) -> list[str]:
    out: list[str] = []
    for raw in text.split("\n", 2 * n):
        line = raw.strip()
        if line:
            out.append(line)
            if len(out) == n:
                break
    return out


def passage_is_navigation(passage: Passage, page_kind: str | None = None) -> bool:
    """One passage: a navigation table, a titled contents or index passage, or labels on a
    page titled as a materiality matrix or stakeholder chart (`page_kind`)."""
    nav = _navigation()
    if passage.table is not None:
        return nav.table_is_navigation(passage.table.rows, page_kind)
    kind = nav.heading(_first_lines(passage.text, 1))
    if kind is None and page_kind in ("materiality", "stakeholders"):
        kind = page_kind
    if kind is None:
        return nav.index_lines(_lines(passage.text))
    return nav.text_is_navigation(_lines(passage.text), kind)


def rows_before_index(rows: list[list[str]]) -> list[list[str]]:
    """A table's rows without an index table read into it below a KPI table (see
    `Navigation.index_tail`); the rows unchanged otherwise."""
    cut = _navigation().index_tail(rows)
    return rows if cut is None else rows[:cut]


def index_data_rows(passage: Passage) -> list[list[str]]:
    """A navigation table's rows that carry the company's values, with its header (see
    `Navigation.data_rows`); nothing for a passage that is no table."""
    if passage.table is None:
        return []
    return _navigation().data_rows(passage.table.rows)


def navigation_passages(document: Document) -> set[tuple[int, int]]:
    """(page number, passage index) of every navigation passage of `document`; a navigation
    page counts whole. A page without passages is its passage 0. A page without a heading
    or a hint (`hints` in the data) costs one search and a look at its passages' first lines."""
    nav = _navigation()
    glued = nav_prose()
    out: set[tuple[int, int]] = set()
    for page in document.pages:
        # tables are judged as tables (a KPI table is never navigation)
        text = page.text if not page.passages else "\n".join(
            p.text for p in page.passages if p.table is None)
        kind = nav.heading(_first_lines(text, nav.data.heading_lines))
        whole = False
        if kind in ("contents", "index") or (kind is None and nav.hinted(text)):
            whole = nav.text_is_navigation(_lines(text), kind)
        if not page.passages:
            if whole:
                out.add((page.number, 0))
            continue
        listing = False  # the passage before opened a table or list (`nav_prose`)
        row = 0  # passages of an index row still to come after a code alone (session 21)
        for passage in page.passages:
            if passage.table is None and nav.data.code_row_passages:
                text = passage.text.strip()
                if nav.code_alone.match(text):
                    out.add((page.number, passage.index))
                    row = nav.data.code_row_passages
                    continue
                if row and nav.row_description(text):
                    out.add((page.number, passage.index))
                    # the row ends at its page number ("… vehicles 6")
                    row = 0 if _PAGE_AT_END.search(text) else row - 1
                    continue
            row = 0
            if (whole and passage.table is None) or passage_is_navigation(passage, kind):
                out.add((page.number, passage.index))
                # a materiality table's levels under its heading still open its topic cells
                listing = passage.table is None and glued.levels_only(normalize(passage.text))
                continue
            if passage.table is not None:
                listing = False
                continue
            if listing and glued.label_run(normalize(passage.text)):
                out.add((page.number, passage.index))  # a row of the table opened before
                continue
            listing = ((glued.gate(passage.text) or glued.level_gate.search(passage.text) is not None)
                       and glued.opens_list(normalize(passage.text)))
    return out
