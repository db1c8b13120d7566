"""Positioned lines from a pdfium text page, at close to the cost of plain extraction.

`get_text_range()` gives the page text in pdfium's reading order (two columns come out in the
right order). Each line's box comes from `FPDFText_CountRects`/`GetRect` over its character
range: two C calls per line. pdfium makes one rectangle per text object run, so a line with several
rectangles separated by wide gaps is a table row candidate; only then is each piece's text
read back (`get_text_bounded`).

Some tables do not come as separate runs: text aligned with spaces is one run, and cells
set with little padding sit closer than `CELL_GAP`. A line shaped like a table row (its last
two space-separated tokens are figures or year headings: "万吨 1,021.5 998.2", "2022年
2023年") is therefore split at its spaces instead (`_row_cells`), one C call per token.
Without this such rows reach the paragraph grouping and run into each other.
"""

from __future__ import annotations

import ctypes
import re
from bisect import bisect_left
from typing import Final

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from cnsr.ingest.layout import Cell, Line
from cnsr.ingest.reading_limits import layout_limits
from cnsr.ingest.text import is_cjk

_TABLES = layout_limits().tables  # data/text/layout.yaml
_SUP = layout_limits().superscripts
_TALL: Final[float] = layout_limits().rotated.tall_share
_SAME_ROW: Final[float] = layout_limits().rotated.same_row
CELL_GAP: Final[float] = _TABLES.cell_gap
"""A horizontal gap wider than this many line heights separates two cells of a row."""

ROW_WORD_GAP: Final[float] = _TABLES.row_word_gap
"""In a row-shaped line, Latin words closer than this many line heights stay in one cell
("Scope 1 emissions"); a space between Chinese characters always separates cells (Chinese
text has no spaces between words)."""

_LINE = re.compile(r"[^\r\n]+")
_FIGURE_TOKEN = _TABLES.figure_token_re()  # data/text/layout.yaml, shared with ingest/txt
_TAIL_END = frozenset("0123456789%年度—–-A用*＊†")
_TOKEN = re.compile(r"\S+")
_MARK = re.compile(r"[0-9*＊†‡§#,，①-⑳注]+")
"""What a footnote mark set as a superscript is made of (the characters looked at)."""
_MARKED = re.compile(r"[0-9)）\]】%]$")
"""What a footnote mark follows besides a Chinese character: a figure or a bracket."""
_POWER = re.compile(r"[×xX*]\s*10$")
"""A power of ten ("1.2×10⁶"): its raised digits are the exponent, not a mark."""
# pdfium joins a line ending in a hyphen with the next and writes U+FFFE for the hyphen.


def text_lines(textpage: pdfium.PdfTextPage, origin: tuple[float, float]) -> list[Line]:
    """The page's non-blank lines in reading order, with boxes and cells.

    `origin` is the (left, top) corner of the visible page (crop box) in PDF coordinates;
    line boxes are measured from it downwards, like the rendered image.
    """
    text = textpage.get_text_range().replace("\ufffe", "-")
    wide = len(text) != textpage.count_chars()  # pdfium counts UTF-16 units
    rects = _Rects(textpage)
    lines: list[Line] = []
    turned: list[int] = []
    units = 0
    consumed = 0
    for match in _LINE.finditer(text):
        start, end = match.span()
        if wide:
            units += _utf16_len(text[consumed:start])
            index, count = units, _utf16_len(match.group())
            units += count
            consumed = end
        else:
            index, count = start, end - start
        if match.group().strip():
            boxes = rects(index, count)
            if _is_rotated(boxes, match.group()):
                line = None if wide else _rotated_line(rects, boxes, match.group(), index,
                                                       origin)
                if line is not None:
                    turned.append(len(lines))
                else:
                    line = _line(textpage, rects, boxes, match.group(), index, origin, wide)
            else:
                line = _line(textpage, rects, boxes, match.group(), index, origin, wide)
            if line is not None:
                lines.append(line)
    return _join_turned_rows(lines, turned) if turned else lines


def _is_rotated(rects: list[tuple[float, float, float, float]], text: str) -> bool:
    """Whether the line is set rotated: its runs stand one above the other (a landscape
    table turned on a portrait page by its text, not by the page's rotation)."""
    if not rects or len(text.strip()) <= 3:
        return False
    left, bottom = min(r[0] for r in rects), min(r[1] for r in rects)
    right, top = max(r[2] for r in rects), max(r[3] for r in rects)
    return top - bottom > _TALL * (right - left)


def _rotated_line(reader: _Rects, rects: list[tuple[float, float, float, float]], text: str,
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
    pieces = _merge_close([(s0, 0.0, s1, 0.0) for s0, s1 in spans], CELL_GAP * thickness)
    cells: tuple[Cell, ...] = ()
    if len(pieces) > 1:
        texts: list[list[str]] = [[] for _ in pieces]
        ends = [p1 for _, p1 in pieces]
        for match in _TOKEN.finditer(text):
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


def _join_turned_rows(lines: list[Line], turned: list[int]) -> list[Line]:
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


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class _Rects:
    """`FPDFText_CountRects`/`GetRect` called directly with reused out-parameters: the
    pypdfium2 wrappers allocate per call, which shows at ~7,000 lines a report."""

    def __init__(self, textpage: pdfium.PdfTextPage) -> None:
        self._raw = textpage.raw
        self._values = [ctypes.c_double() for _ in range(4)]
        self._refs = [ctypes.byref(value) for value in self._values]

    def __call__(self, index: int, count: int) -> list[tuple[float, float, float, float]]:
        """(left, bottom, right, top) of each rectangle over the characters, y upwards."""
        left, top, right, bottom = self._values
        out = []
        for i in range(pdfium_c.FPDFText_CountRects(self._raw, index, count)):
            pdfium_c.FPDFText_GetRect(self._raw, i, *self._refs)
            out.append((left.value, bottom.value, right.value, top.value))
        return out

    def char_box(self, index: int) -> tuple[float, float]:
        """(left, right) of one character's box."""
        left, right, bottom, top = self._refs[0], self._refs[2], self._refs[3], self._refs[1]
        if not pdfium_c.FPDFText_GetCharBox(self._raw, index, left, right, bottom, top):
            raise pdfium.PdfiumError("Failed to get charbox.")
        return self._values[0].value, self._values[2].value

    def char_rect(self, index: int) -> tuple[float, float, float, float]:
        """(left, bottom, right, top) of one character's box."""
        left, right, bottom, top = self._refs[0], self._refs[2], self._refs[3], self._refs[1]
        if not pdfium_c.FPDFText_GetCharBox(self._raw, index, left, right, bottom, top):
            raise pdfium.PdfiumError("Failed to get charbox.")
        return self._values[0].value, self._values[3].value, self._values[2].value, \
            self._values[1].value

    def char_left(self, index: int) -> float:
        """Left edge of one character's box (`PdfTextPage.get_charbox(index)[0]` without its
        four ctypes allocations: it runs once per table cell token)."""
        left, right, bottom, top = self._refs[0], self._refs[2], self._refs[3], self._refs[1]
        if not pdfium_c.FPDFText_GetCharBox(self._raw, index, left, right, bottom, top):
            raise pdfium.PdfiumError("Failed to get charbox.")
        return self._values[0].value


def _line(textpage: pdfium.PdfTextPage, reader: _Rects,
          rects: list[tuple[float, float, float, float]], text: str, index: int,
          origin: tuple[float, float], wide: bool) -> Line | None:
    if not rects:
        return None
    left, bottom = min(r[0] for r in rects), min(r[1] for r in rects)
    right, top = max(r[2] for r in rects), max(r[3] for r in rects)
    if _is_rotated(rects, text):
        # set rotated and not turned back (pdfium counted UTF-16 units): cells by box would
        # cut its figures ("1,302.9" → ".9"); the line is kept whole, as text
        x0, y0 = origin
        return Line(text.strip(), left - x0, y0 - top, right - x0, y0 - bottom)
    shown = None
    if len(rects) > 1 and not wide:
        text, shown = _without_footnote_marks(reader, rects, text, index)
    x0, y0 = origin
    if len(rects) == 1 and not (text.rstrip()[-1:] in _TAIL_END and not wide
                                and _row_shaped(text.strip())):
        left, bottom, right, top = rects[0]
        # tuple.__new__: the named tuple without its Python-level __new__ (~7,000 lines a
        # report, most of them this single-rectangle case)
        return tuple.__new__(Line, (text.strip(), left - x0, y0 - top, right - x0, y0 - bottom,
                                    ()))
    left = min(r[0] for r in rects)
    bottom = min(r[1] for r in rects)
    right = max(r[2] for r in rects)
    top = max(r[3] for r in rects)
    line = Line((shown or text).strip(), left - x0, y0 - top, right - x0, y0 - bottom)
    pieces = _merge_close(rects, CELL_GAP * line.height)
    cells: list[Cell] | None = None
    if len(pieces) > 1:
        cells = None if wide else _cells_by_token(reader, text, index, pieces)
        if cells is None:
            cells = _cells_by_box(textpage, pieces, bottom, top, line.height)
    if not wide and _row_shaped(line.text) and not _figures_apart(cells):
        row = _row_cells(reader, text, index, line.height)
        if len(row) >= 2:
            cells = row
    if cells is None or len(cells) < 2:
        return line
    shifted = tuple(Cell(cell.text, cell.x0 - x0, cell.x1 - x0) for cell in cells)
    return Line(line.text, line.x0, line.y0, line.x1, line.y1, shifted)


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


def _without_footnote_marks(reader: _Rects, rects: list[tuple[float, float, float, float]],
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


def _figures_apart(cells: list[Cell] | None) -> bool:
    """Whether the runs already give the trailing figures cells of their own (the common
    case: then the line is not split again). The last two tokens are figures (the line is
    row-shaped), so they must be the last two cells, and the cell before them must not end
    in a figure set close to it."""
    if cells is None or len(cells) < 3 or " " in cells[-1].text or " " in cells[-2].text:
        return False
    head = cells[-3].text.rsplit(None, 1)
    return len(head) == 1 or _FIGURE_TOKEN.match(head[1]) is None


def _row_shaped(text: str) -> bool:
    """A table row or heading printed as one line: its last two tokens are figures."""
    if text[-1:] not in _TAIL_END:
        return False
    parts = text[-60:].rsplit(None, 2)
    return (len(parts) == 3 and _FIGURE_TOKEN.match(parts[2]) is not None
            and _FIGURE_TOKEN.match(parts[1]) is not None)


def _row_cells(reader: _Rects, text: str, index: int, height: float) -> list[Cell]:
    """Cells of a row-shaped line from its space-separated tokens and their boxes: figures
    are cells of their own, other tokens join while they are Latin words set close."""
    cells: list[Cell] = []
    previous = ""
    joinable = False
    for match in _TOKEN.finditer(text):
        word = match.group()
        left, _ = reader.char_box(index + match.start())
        _, right = reader.char_box(index + match.end() - 1)
        figure = _FIGURE_TOKEN.match(word) is not None and not (
            cells and not previous[-1:].isdigit() and word.isdigit() and len(word) <= 2)
        if (cells and joinable and not figure and not (is_cjk(previous[-1]) and is_cjk(word[0]))
                and left - cells[-1].x1 < ROW_WORD_GAP * height):
            last = cells[-1]
            cells[-1] = Cell(f"{last.text} {word}", last.x0, max(last.x1, right))
        else:
            cells.append(Cell(word, left, right))
        joinable = not figure
        previous = word
    return cells


def _cells_by_token(reader: _Rects, text: str, index: int,
                    pieces: list[tuple[float, float]]) -> list[Cell] | None:
    """Cell texts from the line's space-separated tokens, each placed by its first
    character's x (one C call per token). pdfium writes a space at every wide gap, so a
    token never spans two cells; None when a piece gets no token (then read by box)."""
    texts: list[list[str]] = [[] for _ in pieces]
    ends = [x1 for _, x1 in pieces]
    last = len(pieces) - 1
    for match in _TOKEN.finditer(text):
        x = reader.char_left(index + match.start())
        texts[min(bisect_left(ends, x), last)].append(match.group())
    if not all(texts):
        return None
    return [Cell(" ".join(words), x0, x1) for words, (x0, x1) in zip(texts, pieces,
                                                                       strict=True)]


def _cells_by_box(textpage: pdfium.PdfTextPage, pieces: list[tuple[float, float]],
                  bottom: float, top: float, height: float) -> list[Cell]:
    inset = 0.25 * height  # keep neighbouring lines out of the bounded read
    cells = []
    for x0, x1 in pieces:
        piece = textpage.get_text_bounded(x0, bottom + inset, x1, top - inset).strip()
        if piece:
            cells.append(Cell(piece, x0, x1))
    return cells


def _merge_close(rects: list[tuple[float, float, float, float]],
                 gap: float) -> list[tuple[float, float]]:
    """Horizontal extents of rectangles after joining those closer than `gap`."""
    pieces: list[list[float]] = []
    for left, _, right, _ in sorted(rects):
        if pieces and left - pieces[-1][1] <= gap:
            pieces[-1][1] = max(pieces[-1][1], right)
        else:
            pieces.append([left, right])
    return [(p[0], p[1]) for p in pieces]
