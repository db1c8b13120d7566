"""A sentence broken by a page break (session 20).

A paragraph that runs over the foot of a page goes on as the first body passage of the next
page: "…2022年排放总量为563.9" | (running head, page number) | "万吨，2021年为521.7万吨。…". Read
page by page, the figure and its unit land in two passages on two pages and neither reads.
When the page's last passage is prose (long, with a comma or a sentence end inside) that ends
without a sentence end, in a Chinese character, a digit or a comma, and the next page's first
passage continues it (it starts with a Chinese character, a digit or a comma, or in English a
lower-case letter, holds punctuation, and opens no heading or list item), the two are one
passage on the first page (the evidence is quoted where the sentence starts); the next page's
passages are renumbered. Running heads and page numbers the reader recognised are gone before
this (`running.py`, `passages.py`); tables, tiles and short lines are never joined.

A table broken by the page foot (session 24) is not joined either: its continuation on the next
page takes the header row back (`carry_table_header`).
"""

from __future__ import annotations

import re
from typing import Final

from cnsr.cjk import is_wide as is_cjk
from cnsr.ingest.document import Page, Passage
from cnsr.ingest.reading_limits import layout_limits
from cnsr.ingest.text import join_lines

BREAK_CHARS: Final[int] = layout_limits().running.break_chars
"""The page's last passage is this long at least: prose, not a heading or a tile."""
_SENTENCE_END: Final = frozenset("。！？；：!?;:.…”’」』)）】]")
_PROSE = re.compile(r"[，。；、,;]|[.!?]\s")
_OPENS_BLOCK = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+(?:\.\d+)*[、.．)）]\D"
    r"|第[一二三四五六七八九十百\d]+[章节部分条]|[●•·■□◆◇▶►\-—–*※]|图\s*\d|表\s*\d|注[:：]|"
    r"(?:Figure|Table|Note|Source)\b)")


def ends_mid_sentence(passage: Passage) -> bool:
    """The page's last passage is prose broken off before its sentence ends."""
    text = passage.text.strip()
    if passage.table is not None or len(text) < BREAK_CHARS or not _PROSE.search(text[:-1]):
        return False
    last = text[-1]
    return last not in _SENTENCE_END and (is_cjk(last) or last.isalnum() or last in "，、,")


def continues_sentence(passage: Passage) -> bool:
    """The next page's first passage goes on with the sentence broken at the page foot."""
    text = passage.text.strip()
    if passage.table is not None or not text or _OPENS_BLOCK.match(text):
        return False
    first = text[0]
    if not (is_cjk(first) or first.isdigit() or first in "，、," or first.islower()):
        return False
    return bool(_PROSE.search(text) or text[-1] in _SENTENCE_END)


_FIGURE_CELL = re.compile(r"^[\d,.\s]+%?$")
_YEAR_CELL = re.compile(r"^(?:19|20)\d\d$")


def _figure_cells(row: list[str]) -> int:
    """How many cells of `row` hold a figure (a year alone is a header's, no figure)."""
    return sum(1 for c in row if _FIGURE_CELL.match(c.strip()) and not _YEAR_CELL.match(c.strip()))


def carry_table_header(previous: Page, page: Page) -> bool:
    """A table that runs over the page foot goes on as the next page's first passage without its
    header row ("Lanting Hotel Lanzhou | Lanzhou | 1,180 | 1,963 | …" under nothing): the
    header of the table ending the page before, with as many columns and no figure of its
    own, is put back over it, so that its rows read as the first page's do (session 24, d172).
    A first row that is a header itself (no figure) or another column count is left alone.
    Both pages' passages stay where they are; only the continuation's rows and text change."""
    if not previous.passages or not page.passages:
        return False
    last, first = previous.passages[-1], page.passages[0]
    if last.table is None or first.table is None or len(last.table.rows) < 2 \
            or not first.table.rows:
        return False
    header, opening = last.table.rows[0], first.table.rows[0]
    if len(header) != len(opening) or _figure_cells(header) or not _figure_cells(opening) \
            or not _figure_cells(last.table.rows[1]):
        return False
    table = first.table.model_copy(update={"rows": [list(header), *first.table.rows]})
    page.passages[0] = first.model_copy(update={"table": table, "text": table.as_text()})
    return True


def join_page_break(previous: Page, page: Page) -> bool:
    """Join `previous`'s last passage and `page`'s first when a sentence runs over the break
    (both pages are changed in place); whether they were joined."""
    if not previous.passages or not page.passages:
        return False
    last, first = previous.passages[-1], page.passages[0]
    if not ends_mid_sentence(last) or not continues_sentence(first):
        return False
    text = join_lines([last.text, first.text])
    previous.passages[-1] = last.model_copy(update={"text": text})
    page.passages = [p.model_copy(update={"index": i}) for i, p in enumerate(page.passages[1:])]
    return True
