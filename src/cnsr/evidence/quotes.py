"""Evidence quotes as readers see them, finished once the reader has chosen its evidence.

Runs only over the evidence a rating keeps (a few dozen items), never per passage:
- a numbered section heading joined to the first sentence of its section ("4.3 温室气体排放
  公司按照…") is cut off the quote;
- a fragment (a lone table cell such as "氮氧化物", a label line, a table row whose label
  cell was read as a passage of its own) is quoted with what follows it on its page, up to
  the end of a sentence, so the figures come with their label; so is a table's header row
  left as a passage of its own ("Type Description Horizon Our response"; session 29);
- the page is cited as printed beside the page index: the PDF's page label (read at ingest
  into `Page.label`), else a number alone in the page's first or last lines ("58 / 186").
Patterns and limits are data (data/text/quotes.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict

from cnsr.data_files import load_bundled
from cnsr.errors import DataError
from cnsr.evidence.form_answers import without_form_questions
from cnsr.ingest.document import Document, Page, Passage
from cnsr.rating import Assessment, Evidence

QUOTES_FILE = "quotes.yaml"
_SENTENCE_END = re.compile(r"[。！？!?；;]")
_ELLIPSIS = "…"
_HEADING_STARTS = frozenset("0123456789一二三四五六七八九十（(第")
"""First characters a numbered heading can have (data/text/quotes.yaml `heading_number`)."""


class QuoteData(BaseModel):
    """data/text/quotes.yaml."""

    # defer_build: the validator is built on first use, which `cnsr rate` never makes
    # (session 24: deferring 20 such models saved the parent ~10 ms of CPU)
    model_config = ConfigDict(extra="forbid", defer_build=True)

    source: str
    year: int
    heading_number: str
    heading_chars: int
    sentence_openers: list[str]
    fragment_chars: int
    fragment_context_chars: int
    printed_number: str
    printed_number_lines: int
    header_labels: list[str] = []
    header_context_chars: int = 320
    header_row_chars: int = 120


class _Rules:
    def __init__(self, data: QuoteData) -> None:
        self.data = data
        self.heading = re.compile(data.heading_number)
        openers = "|".join(map(re.escape, sorted(data.sentence_openers, key=len, reverse=True)))
        self.title = re.compile(rf"([^\s，。；：,;:]{{1,{data.heading_chars}}}?)\s*(?={openers})")
        self.printed = re.compile(data.printed_number)
        labels = "|".join(map(re.escape, sorted(data.header_labels, key=len, reverse=True)))
        # a header row: two or more column labels and nothing else (session 29)
        self.header = re.compile(rf"[\s|｜/]*(?:(?:{labels})[\s|｜/]+){{1,}}(?:{labels})[\s|｜/]*",
                                 re.I) if labels else None


@cache
def rules() -> _Rules:
    """From the user cache when the file and this module are unchanged (`cnsr.data_cache`)."""
    import sys

    from cnsr import data_cache

    path = resources.files("cnsr.data.text").joinpath(QUOTES_FILE)
    return data_cache.cached("quotes", [str(path)], _read_rules, code=[sys.modules[__name__]])


def _read_rules() -> _Rules:
    data = load_bundled(QuoteData, "cnsr.data.text", QUOTES_FILE)
    try:
        return _Rules(data)
    except re.error as err:
        raise DataError(f"{QUOTES_FILE}: {err}") from err


def strip_heading(text: str, cues: Sequence[str] = ()) -> str:
    """The quote without a numbered heading joined to its first sentence; unchanged when the
    heading's end cannot be told (no sentence opener after a short title), and when the cut
    would take away one of `cues` (the evidence's matched cues) that the rest does not hold:
    a numbered note or list item ("1. 温室气体排放统计范围为集团及控股子公司…") is no heading,
    and its quote must keep the words that earned the point (session 19)."""
    r = rules()
    if not text or text.lstrip()[:1] not in _HEADING_STARTS:
        return text
    number = r.heading.match(text)
    if number is None:
        return text
    title = r.title.match(text, number.end())
    if title is None:
        return text
    rest = text[title.end():]
    if len(rest) < r.data.fragment_chars:
        return text
    head = text[:title.end()]
    if any(cue in head and cue not in rest for cue in cues):
        return text
    return rest


def is_fragment(text: str) -> bool:
    body = text.strip().strip(_ELLIPSIS)
    return len(body) < rules().data.fragment_chars and _SENTENCE_END.search(body) is None


def is_header_row(text: str) -> bool:
    """A table's header row alone: column labels only ("Type Description Horizon Our response",
    "类别 | 风险描述 | 应对措施"; quotes.yaml `header_labels`), quoted with the rows after it."""
    header = rules().header
    body = text.strip()
    if header is None or not body or len(body) > rules().data.header_row_chars or _SENTENCE_END.search(body):
        return False
    from cnsr.evidence.script import to_simplified

    return header.fullmatch(to_simplified(body)) is not None


def with_context(passage: Passage, following: list[Passage], limit: int | None = None) -> str:
    """A fragment and the passages after it on its page, up to a sentence end or the
    context limit (`limit`, else quotes.yaml `fragment_context_chars`); a table after it is
    quoted as its header over its first row."""
    limit = limit or rules().data.fragment_context_chars
    quote = passage.text.strip()
    for nxt in following:
        piece = nxt.text.strip()
        if not piece:
            continue
        if nxt.table is not None:  # a table is quoted as its header over one row
            piece = "\n".join(piece.split("\n")[:2])
        quote = f"{quote} {piece}"
        end = _SENTENCE_END.search(quote, len(passage.text.strip()))
        if nxt.table is not None or end is not None or len(quote) >= limit:
            if end is not None and nxt.table is None:
                quote = quote[:end.end()]
            break
    return quote if len(quote) <= limit else quote[:limit] + _ELLIPSIS


def printed_number(page: Page) -> str | None:
    """The page number printed in the page's first or last lines, if one stands alone."""
    if page.label:
        return page.label
    r = rules()
    n = r.data.printed_number_lines
    text = page.text.strip()
    head = [x for x in text[:200].split("\n") if x.strip()][:n]
    tail = [x for x in text[-200:].split("\n") if x.strip()][-n:]
    for line in [*tail[::-1], *head]:
        found = r.printed.match(line)
        if found:
            return found.group(1).lstrip("0") or "0"
    return None


def _source(page: Page, quote: str) -> int | None:
    """Index in `page.passages` of the passage the quote was taken from."""
    whole = quote.strip()
    for i, passage in enumerate(page.passages):  # a fragment: the passage itself
        if passage.text.strip() == whole:
            return i
    probe = whole.strip(_ELLIPSIS).split("\n")[0][:24].strip(" |")
    if not probe:
        return None
    for i, passage in enumerate(page.passages):
        if probe in passage.text:
            return i
    return None


def finish(ev: Evidence, pages: dict[tuple[str, int], Page],
           printed: dict[tuple[str, int], str | None] | None = None) -> None:
    """Finish one evidence item in place (see the module docstring). `printed` caches the
    printed number per page across items."""
    if ev.page is None:
        return
    where = (ev.file, ev.page)
    page = pages.get(where)
    if page is None:
        return
    passage = without_form_questions(strip_heading(ev.passage, ev.matched),
                                     rules().data.fragment_chars)
    header = not is_fragment(passage) and is_header_row(passage)
    if header or is_fragment(passage):
        at = _source(page, passage)
        if at is not None and page.passages[at].text.strip() == passage.strip():
            passage = with_context(page.passages[at], page.passages[at + 1:at + (12 if header else 6)],
                                   rules().data.header_context_chars if header else None)
    elif passage.lstrip().startswith("|"):  # a table row whose label cell is a passage before
        at = _source(page, passage)
        if at and is_fragment(cell := page.passages[at - 1].text):
            passage = f"{cell.strip()} {passage.strip()}"
    if passage is not ev.passage:
        ev.passage = passage
    if ev.page_label is None:
        cache = {} if printed is None else printed
        if where not in cache:
            cache[where] = printed_number(page)
        ev.page_label = cache[where]


def _items(a: Assessment) -> list[list[Evidence]]:
    lists = [c.evidence for c in a.criteria.values()]
    lists += [p.evidence for p in a.points.values()]
    lists += [d.evidence for dims in a.dimensions.values() for d in dims.values()]
    lists += [[f.evidence] for f in a.emissions]
    return lists


def finish_quotes(assessment: Assessment, documents: list[Document]) -> Assessment:
    """Every evidence item of `assessment` finished in place, once each (an item shared by
    two lists is finished once); returns the assessment."""
    pages = {(d.path, p.number): p for d in documents for p in d.pages}
    printed: dict[tuple[str, int], str | None] = {}
    done: set[int] = set()
    for evs in _items(assessment):
        for ev in evs:
            if id(ev) not in done:
                done.add(id(ev))
                finish(ev, pages, printed)
    return assessment
