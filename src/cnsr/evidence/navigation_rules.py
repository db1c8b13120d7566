"""The words and thresholds of data/text/navigation.yaml, validated and compiled (`Navigation`, read
once per user through the data cache), and the heuristics on text lines: a contents or index
heading, contents and index lines, the labels of a matrix or a stakeholder chart. Split from
`navigation` in session 27; the tables' heuristics are `navigation_tables`.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, field_validator

from cnsr.data_files import load_text
from cnsr.evidence.script import has_traditional, to_simplified

NAVIGATION_FILE = "navigation.yaml"
KINDS = ("contents", "index", "materiality", "stakeholders")
_SENTENCE = re.compile(r"[。!?;]|[a-z]{3,}\.(?:\s|$)")
# a sentence end in an index row's description (its ";" separates the metric's parts)
_ROW_SENTENCE = re.compile(r"[。!?！？]|[a-z]{3,}\.(?:\s|$)")
# a figure that is not a page number: grouped, decimal or of four digits or more
MEASURE = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.])\d+\.\d+|(?<![\w.-])\d{4,}")


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
        self.headings = {kind: tuple(heading_key(w) for w in words)
                         for kind, words in data.headings.items()}
        self.heading_start = tuple(w for words in self.headings.values() for w in words)
        self.headers = {kind: tuple(heading_key(w) for w in words)
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
            key = heading_key(line)
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
                   if len(MEASURE.findall(line)) >= self.data.data_row_figures)
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
                    or MEASURE.search(line)):
                return False
        return True

    def row_description(self, text: str) -> bool:
        """An index row's description wrapped into a passage of its own after its code: short,
        no sentence end, no figure ("Gross global Scope 1 emissions, percentage methane, …",
        "regulations 6")."""
        return (len(text) <= self.data.index_line_chars and "\n" not in text
                and not _ROW_SENTENCE.search(text) and not MEASURE.search(text))

    def labels(self, lines: list[str]) -> bool:
        """Topic labels of a matrix or a stakeholder chart: short lines, no sentence."""
        if not lines or any(_SENTENCE.search(line) for line in lines):
            return False
        short = sum(1 for line in lines if len(line) <= self.t.short_line_chars)
        return short >= self.t.short_lines * len(lines)

    def hinted(self, text: str) -> bool:
        return self.hint.search(text) is not None


@cache
def rules() -> Navigation:
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


def heading_key(text: str) -> str:
    """A heading or header cell compared without spaces and case."""
    return _SPACES.sub("", text).lower()
