"""Lines set rotated (a landscape table turned on a portrait page by its text) turned back
into ordinary lines, and the rows pdfium broke in two joined again: kept apart from the line
boxes of `pdf_text`, which hands such lines here."""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from cnsr.ingest.layout import Cell, Line
from cnsr.ingest.pdf_rects import CELL_GAP, TOKEN, Rects, merge_close
from cnsr.ingest.reading_limits import layout_limits

_TALL: Final[float] = layout_limits().rotated.tall_share
_SAME_ROW: Final[float] = layout_limits().rotated.same_row


def is_rotated(rects: list[tuple[float, float, float, float]], text: str) -> bool:
    """Whether the line is set rotated: its runs stand one above the other (a landscape
    table turned on a portrait page by its text, not by the page's rotation)."""
    if not rects or len(text.strip()) <= 3:
        return False
    left, bottom = min(r[0] for r in rects), min(r[1] for r in rects)
    right, top = max(r[2] for r in rects), max(r[3] for r in rects)
    return top - bottom > _TALL * (right - left)


def rotated_line(reader: Rects, rects: list[tuple[float, float, float, float]], text: str,
                 index: int, origin: tuple[float, float]) -> Line | None:
    """A rotated line turned back: x runs along its text, y across it, so that a landscape
    table set on a portrait page is read like any table (rows in order, cells by gap).

    Text read upwards (turned a quarter anticlockwise) puts the table's top at the page's
    left: across is the page's x. Text read downwards puts it at the right: across is the
    page's x mirrored. Along the text, the distance from the page's bottom (upwards) or top
    (downwards). None when the direction cannot be told (a one-character line)."""
    stripped = text.strip()
    first = len(text) - len(text.lstrip())
    last = len(text.rstrip()) - 1
    if last <= first:
        return None
    start, end = reader.char_rect(index + first), reader.char_rect(index + last)
    upwards = end[1] > start[1]
    x0, y0 = origin
    left, right = min(r[0] for r in rects), max(r[2] for r in rects)

    def along(bottom: float, top: float) -> tuple[float, float]:
        return (bottom, top) if upwards else (y0 - top, y0 - bottom)

    def across(a: float, b: float) -> tuple[float, float]:
        return (a - x0, b - x0) if upwards else (_MIRROR - (b - x0), _MIRROR - (a - x0))

    spans = [along(r[1], r[3]) for r in rects]
    a0, a1 = min(s[0] for s in spans), max(s[1] for s in spans)
    c0, c1 = across(left, right)
    thickness = right - left
    pieces = merge_close([(s0, 0.0, s1, 0.0) for s0, s1 in spans], CELL_GAP * thickness)
    cells: tuple[Cell, ...] = ()
    if len(pieces) > 1:
        texts: list[list[str]] = [[] for _ in pieces]
        ends = [p1 for _, p1 in pieces]
        for match in TOKEN.finditer(text):
            box = reader.char_rect(index + match.start())
            at = along(box[1], box[3])[0]
            texts[min(bisect_left(ends, at), len(pieces) - 1)].append(match.group())
        if all(texts):
            cells = tuple(Cell(" ".join(words), p0, p1)
                          for words, (p0, p1) in zip(texts, pieces, strict=True))
    return Line(stripped, a0, c0, a1, c1, cells)


_MIRROR: Final[float] = 10_000.0
"""Across a line read downwards, positions are mirrored about this far point (any length
beyond a page's width keeps them positive and in order)."""


def join_turned_rows(lines: list[Line], turned: list[int]) -> list[Line]:
    """The turned-back lines in row order, a row pdfium broke into two lines (label, then
    unit and figures) joined again, placed where the first of them stood."""
    rows: list[Line] = []
    for line in sorted((lines[i] for i in turned), key=lambda ln: (ln.y0, ln.x0)):
        if rows and _same_row(rows[-1], line):
            prev = rows[-1]
            first, second = (prev, line) if prev.x0 <= line.x0 else (line, prev)
            cells = first.cells or (Cell(first.text, first.x0, first.x1),)
            cells += second.cells or (Cell(second.text, second.x0, second.x1),)
            rows[-1] = Line(f"{first.text} {second.text}", min(prev.x0, line.x0),
                            min(prev.y0, line.y0), max(prev.x1, line.x1),
                            max(prev.y1, line.y1), cells)
        else:
            rows.append(line)
    keep = set(turned)
    out = [line for i, line in enumerate(lines) if i not in keep]
    at = sum(1 for i in range(turned[0]) if i not in keep)
    return out[:at] + rows + out[at:]


def _same_row(a: Line, b: Line) -> bool:
    """Two turned lines across the same band (most of the thinner one's thickness)."""
    overlap = min(a.y1, b.y1) - max(a.y0, b.y0)
    return overlap > _SAME_ROW * min(a.height, b.height) and (b.x0 >= a.x1 or a.x0 >= b.x1)
