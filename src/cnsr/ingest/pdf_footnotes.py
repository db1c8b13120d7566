"""Footnote marks set as superscripts ("93,400²", "排放量¹") taken out of a line's text, so
that its figures and cells hold: kept apart from the line boxes of `pdf_text`."""

from __future__ import annotations

import re

from cnsr.ingest.pdf_rects import Rects
from cnsr.ingest.reading_limits import layout_limits
from cnsr.ingest.text import is_cjk

_SUP = layout_limits().superscripts  # data/text/layout.yaml
_MARK = re.compile(r"[0-9*＊†‡§#,，①-⑳注]+")
"""What a footnote mark set as a superscript is made of (the characters looked at)."""
_MARKED = re.compile(r"[0-9)）\]】%]$")
"""What a footnote mark follows besides a Chinese character: a figure or a bracket."""
_POWER = re.compile(r"[×xX*]\s*10$")
"""A power of ten ("1.2×10⁶"): its raised digits are the exponent, not a mark."""


def _raised(rects: list[tuple[float, float, float, float]]
            ) -> list[tuple[float, float, float, float]]:
    """The rectangles set as superscripts: right after the one before, no taller, raised."""
    out = []
    for (_, p_bottom, p_right, p_top), rect in zip(rects[:-1], rects[1:], strict=True):
        left, bottom, _, top = rect
        height = p_top - p_bottom
        if (height > 0 and left - p_right < _SUP.max_gap * height
                and top - bottom <= _SUP.max_height * height
                and bottom - p_bottom >= _SUP.min_raise * height):
            out.append(rect)
    return out


def without_footnote_marks(reader: Rects, rects: list[tuple[float, float, float, float]],
                           text: str, index: int) -> tuple[str, str | None]:
    """`text` with the footnote marks set as superscripts replaced by spaces, so that cells
    and character positions hold ("93,400²" would read as 934,002), and the line as shown
    without them (None when it has none): runs of mark characters inside a raised
    rectangle, after a figure, a bracket or a Chinese character. One C call per mark
    character, on lines that have a raised rectangle only."""
    raised = _raised(rects)
    if not raised:
        return text, None
    marked = [at for match in _MARK.finditer(text) for at in range(*match.span())
              if _inside(reader.char_rect(index + at), raised)]
    out = list(text)
    for run in _runs(marked):
        before = text[:run[0]].rstrip()
        if before and (_MARKED.search(before) or is_cjk(before[-1])) \
                and not _POWER.search(before):
            for at in run:
                out[at] = ""
    if len(out) == len("".join(out)):
        return text, None
    return "".join(ch or " " for ch in out), "".join(out)


def _runs(positions: list[int]) -> list[list[int]]:
    """Consecutive positions grouped."""
    runs: list[list[int]] = []
    for at in positions:
        if runs and runs[-1][-1] == at - 1:
            runs[-1].append(at)
        else:
            runs.append([at])
    return runs


def _inside(box: tuple[float, float, float, float],
            rects: list[tuple[float, float, float, float]]) -> bool:
    x = (box[0] + box[2]) / 2
    y = (box[1] + box[3]) / 2
    return any(left <= x <= right and bottom <= y <= top for left, bottom, right, top in rects)
