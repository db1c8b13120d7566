"""Positioned text lines and their grouping into paragraphs.

The PDF text layer and OCR both give lines with boxes but no paragraph marks. Paragraph ends
are read from the geometry a reader sees: a larger gap above the next line, an indented first
line, a line that stops although the next line's first word would have fitted, a jump to
another column, a change of font size. Every rule is O(1) per line, so grouping stays a small
fraction of text extraction time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from statistics import median
from typing import Final, NamedTuple

from cnsr.cjk import FULLWIDTH, SCRIPT
from cnsr.ingest.reading_limits import layout_limits
from cnsr.ingest.text import is_cjk


class Cell(NamedTuple):
    """A horizontally separate piece of a line (a table cell candidate)."""

    text: str
    x0: float
    x1: float


class Line(NamedTuple):
    """One printed line; coordinates in points from the page's top-left, y downwards.

    `cells` holds the pieces separated by wide horizontal gaps; a single-piece line has
    one cell or none (when the reader did not look). A named tuple, not a dataclass: a
    report has ~7,000 lines and a tuple is built several times faster.
    """

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    cells: tuple[Cell, ...] = ()

    @property
    def height(self) -> float:
        return self.y1 - self.y0


_PARAGRAPHS = layout_limits().paragraphs  # data/text/layout.yaml
SIZE_CHANGE: Final[float] = _PARAGRAPHS.size_change
"""Height ratio between neighbouring lines that marks a heading/body boundary."""
EXTRA_GAP: Final[float] = _PARAGRAPHS.extra_gap
"""A gap this many line heights above the page's usual line gap starts a paragraph."""
INDENT: Final[float] = _PARAGRAPHS.indent
"""A line starting this many line heights right of the previous one starts a paragraph."""
SLACK: Final[float] = _PARAGRAPHS.slack
"""Room (in line heights) beyond the next line's first word that marks a short line."""
LATIN_WIDTH: Final[float] = _PARAGRAPHS.latin_width
"""Latin character width as a share of the line height (generous: fewer false breaks)."""
MOVED_UP: Final[float] = _PARAGRAPHS.moved_up
"""A line this many line heights above the previous one moved to another column or block."""
NEIGHBOUR_REACH: Final[float] = _PARAGRAPHS.neighbour_reach
"""Lines less than this many line heights apart are neighbours (usual gap, same column)."""
DEFAULT_GAP: Final[float] = _PARAGRAPHS.default_gap
"""The usual line gap, in line heights, of a page without neighbouring lines."""
INDENT_TAIL: Final[float] = _PARAGRAPHS.indent_tail
"""A short line wholly in the indent of the indented line above it, at most this many line
heights left of that line's start, is the paragraph's wrapped tail."""
RAGGED_FILL: Final[float] = _PARAGRAPHS.ragged_fill
"""A line reaching this share of its neighbours' width, ending mid-sentence in a Chinese
character or a digit, is a ragged-right line of a paragraph (hard line ends), not its last."""
_SENTENCE_END = re.compile(r"[。！？；!?;：:]\s*$")

_OPENING = "（“‘《〈【「『(["
_CLOSING = "）”’》〉】」』)]。，、；：！？,.;:!?%…"
_FIRST_WORD = re.compile(
    f"[{re.escape(_OPENING)}]*(?:[A-Za-z0-9][^\\s{SCRIPT}{FULLWIDTH}]*|.)"
    f"[{re.escape(_CLOSING)}]*")


def group_paragraphs(lines: Sequence[Line]) -> list[list[Line]]:
    """Split lines (in reading order) into paragraphs, each a list of consecutive lines."""
    if not lines:
        return []
    usual_gap = _usual_gap(lines)
    paragraphs: list[list[Line]] = [[lines[0]]]
    for i in range(1, len(lines)):
        before = lines[i - 2] if i >= 2 else None
        if _breaks(before, lines[i - 1], lines[i], usual_gap):
            paragraphs.append([lines[i]])
        else:
            paragraphs[-1].append(lines[i])
    return paragraphs


def _breaks(before: Line | None, prev: Line, line: Line, usual_gap: float) -> bool:
    prev_h, line_h = prev.height, line.height
    h = min(prev_h, line_h)
    if line.y0 < prev.y0 - MOVED_UP * h:  # moved up: next column or a floating block
        return True
    # no horizontal overlap: another block, unless a paragraph's short last line
    if (line.x0 > prev.x1 or line.x1 < prev.x0) and not _indent_tail(prev, line, usual_gap):
        return True
    if max(prev_h, line_h) > SIZE_CHANGE * h and not _latin_tail(prev, line, usual_gap):
        return True
    if line.y0 - prev.y1 > usual_gap + EXTRA_GAP * h:
        return True
    if line.x0 > prev.x0 + INDENT * h:
        return True
    right = line.x1
    if before is not None and before.x1 > right and _same_column(before, prev):
        right = before.x1
    if _ragged_line(prev, line, right):
        return False
    return _is_short(prev, right, line.text)


def _ragged_line(prev: Line, line: Line, right: float) -> bool:
    """`prev` is a line of ragged-right prose with hard line ends (blind round 15, session 19):
    it ends mid-sentence in a Chinese character or a digit, reaches `RAGGED_FILL` of the width
    its neighbours reach, holds a comma (prose, not a form's checkbox line or a list), and the
    next line starts at the same left edge with Chinese or a figure ("…其中范围一排放" |
    "568.4万吨（…")."""
    tail, head = prev.text.rstrip()[-1:], line.text.lstrip()[:1]
    return (bool(tail) and (is_cjk(tail) or tail.isdigit())
            and ("，" in prev.text or "," in prev.text)  # prose: a form's or a list's line has none
            and _SENTENCE_END.search(prev.text) is None
            and (is_cjk(head) or head.isdigit())
            and abs(line.x0 - prev.x0) < INDENT * prev.height
            and prev.x1 - prev.x0 >= RAGGED_FILL * (right - prev.x0))


_LOWER_WORD = re.compile(r"[a-z][a-z0-9'’/%.-]*[.,;:!?)]*"
                         # blind round 19 (session 21): a last line of several such words ("emission and is not
                         # included in our total.") is as low as one word
                         # blind round 21 (session 22): a later word may be a figure ("by" | "about 60%."):
                         # digits are no taller than the ascenders of a lowercase word
                         r"(?:\s+[a-z0-9][a-z0-9'’/%.,-]*[.,;:!?)]*)*")


def _latin_tail(prev: Line, line: Line, usual_gap: float) -> bool:
    """`line` is the last line of an English paragraph whose glyphs are lower than a full line
    (blind round 16, session 20): "total." or the "s." of "m/s." has no capital, digit or
    descender, so its box is a third lower than the line above and read as a smaller font. It
    is lowercase words only (one word until blind round 19, session 21: "emission and is not
    included in our total."), starting at the left edge of `prev`, right below it, and `prev`
    runs on (no sentence end)."""
    h = max(prev.height, line.height)
    return (line.height < prev.height and _LOWER_WORD.fullmatch(line.text.strip()) is not None
            and abs(line.x0 - prev.x0) < INDENT * h
            and 0 <= line.y0 - prev.y1 <= usual_gap + EXTRA_GAP * h
            and _SENTENCE_END.search(prev.text) is None and not is_cjk(prev.text.rstrip()[-1:]))


def _indent_tail(prev: Line, line: Line, usual_gap: float) -> bool:
    """`line` is the wrapped tail of the indented `prev` ("…用水量312万" | "吨。"): it lies wholly
    left of prev's start, within `INDENT_TAIL` line heights, right below it, prev ends with
    no sentence end, and both are Chinese where they meet (a line of Chinese wraps at any
    character; a KPI tile's caption under its figure is no tail)."""
    h = prev.height
    return (line.x1 < prev.x0 and prev.x0 - line.x0 <= INDENT_TAIL * h
            and 0 <= line.y0 - prev.y1 <= usual_gap + EXTRA_GAP * h
            and _SENTENCE_END.search(prev.text) is None
            and is_cjk(line.text[:1]) and (is_cjk(prev.text[-1:]) or prev.text[-1:].isdigit()))


def _same_column(upper: Line, lower: Line) -> bool:
    return (upper.x0 < lower.x1 and lower.x0 < upper.x1
            and 0 <= lower.y0 - upper.y0 < NEIGHBOUR_REACH * max(upper.height, lower.height))


def _is_short(line: Line, right: float, next_text: str) -> bool:
    """Whether `line` stopped although the next line's first word would have fitted before
    `right` (the right edge its neighbours reach): the typesetter ended a paragraph there."""
    room = right - line.x1
    height = line.height
    if next_text[1:2] == " " and is_cjk(next_text[0]):
        # letter-spaced text ("作 。"): a character takes the line's own advance, and closing
        # punctuation after a space still cannot start a line
        advance = max(height, (line.x1 - line.x0) / max(1, len(line.text.replace(" ", ""))))
        width = _first_word_width(next_text.replace(" ", ""), height) / height * advance
    else:
        width = _first_word_width(next_text, height)
    return room > width + SLACK * height


def _first_word_width(text: str, height: float) -> float:
    """Estimated width of the text up to the first line-break opportunity: one Chinese
    character with the punctuation that may not be separated from it, or a Latin word."""
    if text and is_cjk(text[0]) and text[0] not in _OPENING and text[1:2] not in _CLOSING:
        return height  # the common case: one Chinese character
    match = _FIRST_WORD.match(text.lstrip())
    word = match.group() if match else text[:1]
    return sum(height if is_cjk(ch) else LATIN_WIDTH * height for ch in word)


def _usual_gap(lines: Sequence[Line]) -> float:
    gaps = [line.y0 - prev.y1 for prev, line in zip(lines, lines[1:], strict=False)
            if 0 <= line.y0 - prev.y1 < NEIGHBOUR_REACH * prev.height]
    return median(gaps) if gaps else DEFAULT_GAP * median(line.height for line in lines)
