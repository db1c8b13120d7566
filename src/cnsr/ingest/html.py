"""HTML reader: block elements become paragraphs, `<table>`s stay tables.

Disclosures published as web pages (exchange announcements, company sites) have no pages;
they are cut like DOCX: at CSS page breaks and after ~1,800 characters. BeautifulSoup with
lxml honours the declared charset (GB2312/GBK pages are common) and repairs broken markup.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from cnsr.file_limits import LimitExceeded, file_limits
from cnsr.ingest.document import Page, Table
from cnsr.ingest.passages import Block, pages_from_blocks
from cnsr.ingest.text import join_lines

_SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe",
                   "object", "button", "select", "textarea"})
_BLOCK = frozenset({"p", "div", "section", "article", "main", "header", "footer", "aside",
                    "nav", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
                    "h6", "blockquote", "pre", "figure", "figcaption", "caption", "address",
                    "form", "fieldset", "hr", "body", "center"})
# A site's navigation: the menu (`<nav>`, ARIA roles) and the breadcrumb trail ("Home > Investors
# > ESG") are links to other pages, never disclosure; read, a menu became one glued line
# ("HomeInvestorsSustainabilityCareersContact") on the report's first page (session 10).
_NAV_ROLES = frozenset({"navigation", "menu", "menubar"})
_NAV_CLASS = re.compile(r"(?:^|[-_\s])(?:breadcrumbs?|navbar|nav-?menu|site-?nav|menu)(?:$|[-_\s])", re.I)
_PAGE_BREAK_BEFORE = re.compile(r"(page-)?break-before\s*:\s*(always|page)", re.I)
_PAGE_BREAK_AFTER = re.compile(r"(page-)?break-after\s*:\s*(always|page)", re.I)
_NOT_TEXT = (Comment, Declaration, Doctype, ProcessingInstruction)
MAX_COLSPAN = 20


def html_pages(data: bytes) -> list[Page]:
    """Pages of an HTML document; raises `LimitExceeded` for a page nested deeper than the
    limit in data/limits/files.yaml (the walk recurses per level)."""
    soup = BeautifulSoup(data, "lxml")
    flow = _Flow(file_limits().markup.max_html_depth)
    flow.walk(soup, 0)
    flow.flush()
    return list(pages_from_blocks(flow.blocks, breaks=flow.breaks))


class _Flow:
    """Collects paragraphs and tables in document order while walking the tree."""

    def __init__(self, max_depth: int) -> None:
        self.max_depth = max_depth
        self.blocks: list[Block] = []
        self.breaks: list[int] = []
        self._buffer: list[str] = []

    def flush(self) -> None:
        text = clean_text("".join(self._buffer))
        self._buffer = []
        if text:
            self.blocks.append(text)

    def walk(self, node: Tag, depth: int) -> None:
        if depth > self.max_depth:
            raise LimitExceeded(f"the page nests elements more than {self.max_depth} levels "
                                "deep (the limit for HTML; a malformed or hostile page)")
        for child in node.children:
            if isinstance(child, NavigableString):
                if not isinstance(child, _NOT_TEXT):
                    self._buffer.append(str(child))
            elif isinstance(child, Tag):
                self._element(child, depth + 1)

    def _element(self, tag: Tag, depth: int) -> None:
        name = tag.name
        if name in _SKIP or is_navigation(tag):
            return
        if name == "br":
            self._buffer.append("\n")
            return
        style = str(tag.get("style") or "")
        block = name in _BLOCK or name == "table"
        if block:
            self.flush()
        if _PAGE_BREAK_BEFORE.search(style):
            self.breaks.append(len(self.blocks))
        if name == "table":
            table = html_table(tag)
            if table is not None:
                self.blocks.append(table)
        else:
            self.walk(tag, depth)
        if block:
            self.flush()
        if _PAGE_BREAK_AFTER.search(style):
            self.breaks.append(len(self.blocks))


def is_navigation(tag: Tag) -> bool:
    """A site's menu or breadcrumb trail: `<nav>`, an ARIA navigation or menu role, or a class
    or id naming a breadcrumb, navbar or menu."""
    if tag.name == "nav" or str(tag.get("role") or "").lower() in _NAV_ROLES:
        return True
    classes = tag.get("class")
    names = [str(c) for c in (classes if isinstance(classes, list) else [classes]) if c]
    names.append(str(tag.get("id") or ""))
    return any(_NAV_CLASS.search(n) for n in names if n)


def html_table(table: Tag) -> Table | None:
    """Rows of a `<table>` (not of tables nested in it). A colspan repeats the cell text so
    columns stay aligned with the header; a rowspan repeats it in the rows below, so a
    two-level header ("指标 | 单位 | 年度" over "2023 | 2022") gives its years their column and
    a merged indicator cell names every row it spans. A `<caption>` (a title, often with the
    unit) is the first row."""
    rows: list[list[str]] = []
    caption = table.find("caption")
    if caption is not None and caption.find_parent("table") is table:
        text = clean_text(caption.get_text("\n"))
        if text:
            rows.append([text])
    below: dict[int, tuple[str, int]] = {}  # column -> (text, rows it still covers)
    for tr in table.find_all("tr"):
        if tr.find_parent("table") is not table:
            continue
        row: list[str] = []
        for cell in tr.find_all(["td", "th"], recursive=False):
            _fill_spanned(row, below)
            text = clean_text(cell.get_text("\n"))
            across = _span(cell.get("colspan"))
            down = _span(cell.get("rowspan"))
            for _ in range(across):
                if down > 1:
                    below[len(row)] = (text, down - 1)
                row.append(text)
        _fill_spanned(row, below, rest=True)
        if any(row):
            rows.append(row)
    return Table(rows=rows) if rows else None


def _span(value: object) -> int:
    """A colspan or rowspan as a count from 1 to `MAX_COLSPAN` (absent, 0 or garbage: 1)."""
    span = str(value or "1")
    return min(int(span), MAX_COLSPAN) if span.isdigit() and span != "0" else 1


def _fill_spanned(row: list[str], below: dict[int, tuple[str, int]], rest: bool = False) -> None:
    """Put into `row` the cells that rowspans from above cover at its current end (with
    `rest`, all those right of it too), counting each down by one row."""
    while below and (len(row) in below or (rest and max(below) >= len(row))):
        column = len(row)
        if column not in below:
            row.append("")
            continue
        text, left = below.pop(column)
        if left > 1:
            below[column] = (text, left - 1)
        row.append(text)


def clean_text(raw: str) -> str:
    """Collapse HTML whitespace; a line break between Chinese characters joins them."""
    lines = [re.sub(r"\s+", " ", line) for line in re.split(r"\s*\n\s*", raw)]
    return join_lines(lines)
