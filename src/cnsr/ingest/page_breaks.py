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
