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

Lines set rotated are turned back in `pdf_rotated`, footnote marks taken out in
`pdf_footnotes`; the boxes both read come from `pdf_rects`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Final

import pypdfium2 as pdfium

from cnsr.ingest.layout import Cell, Line
from cnsr.ingest.pdf_footnotes import without_footnote_marks
from cnsr.ingest.pdf_rects import CELL_GAP, TOKEN, Rects, merge_close
from cnsr.ingest.pdf_rotated import is_rotated, join_turned_rows, rotated_line
from cnsr.ingest.reading_limits import layout_limits
from cnsr.ingest.text import is_cjk

_TABLES = layout_limits().tables  # data/text/layout.yaml
_PIECES = layout_limits().pieces  # data/text/layout.yaml

ROW_WORD_GAP: Final[float] = _TABLES.row_word_gap
"""In a row-shaped line, Latin words closer than this many line heights stay in one cell
("Scope 1 emissions"); a space between Chinese characters always separates cells (Chinese
text has no spaces between words)."""

_LINE = re.compile(r"[^\r\n]+")
_FIGURE_TOKEN = _TABLES.figure_token_re()  # data/text/layout.yaml, shared with ingest/txt
_TAIL_END = frozenset("0123456789%年度—–-A用*＊†")
# pdfium joins a line ending in a hyphen with the next and writes U+FFFE for the hyphen.


def text_lines(textpage: pdfium.PdfTextPage, origin: tuple[float, float]) -> list[Line]:
    """The page's non-blank lines in reading order, with boxes and cells.

    `origin` is the (left, top) corner of the visible page (crop box) in PDF coordinates;
    line boxes are measured from it downwards, like the rendered image.
    """
    raw = textpage.get_text_range()
    joined = "\ufffe" in raw  # a hyphen pdfium joined at a line end (most pages have none)
    text = raw.replace("\ufffe", "-") if joined else raw
    wide = len(text) != textpage.count_chars()  # pdfium counts UTF-16 units
    rects = Rects(textpage)
    lines: list[Line] = []
    spaced: list[bool] = []  # whether pdfium's line began with a space (a word went on)
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
        if joined and not wide and "\ufffe" in raw[start:end] and match.group().strip():
            # blind round 21 (session 22): pdfium joins a line that ends in a hyphen with the
            # next one ("supplied product-" | "level carbon data…") into one run whose box spans
            # both baselines, twice a line's height, which reads as a change of font size and
            # cuts its paragraph into three passages; each printed line gets its own box
            for piece_start, piece_end in _hyphen_pieces(raw, start, end):
                piece = text[piece_start:piece_end]
                if piece.strip():
                    line = _line(textpage, rects, rects(piece_start, piece_end - piece_start),
                                 piece, piece_start, origin, wide)
                    if line is not None:
                        lines.append(line)
                        spaced.append(piece[:1].isspace())
            continue
        if match.group().strip():
            boxes = rects(index, count)
            if is_rotated(boxes, match.group()):
                line = None if wide else rotated_line(rects, boxes, match.group(), index,
                                                      origin)
                if line is not None:
                    turned.append(len(lines))
                else:
                    line = _line(textpage, rects, boxes, match.group(), index, origin, wide)
            else:
                line = _line(textpage, rects, boxes, match.group(), index, origin, wide)
            if line is not None:
                lines.append(line)
                spaced.append(match.group()[:1].isspace())
    return join_turned_rows(lines, turned) if turned else join_pieces(lines, spaced)


def _hyphen_pieces(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the printed lines in pdfium's run `raw[start:end]`, cut after each
    hyphen pdfium joined at a line end (U+FFFE)."""
    out: list[tuple[int, int]] = []
    at = start
    cut = raw.find("\ufffe", at, end)
    while cut >= 0:
        out.append((at, cut + 1))
        at = cut + 1
        cut = raw.find("\ufffe", at, end)
    if at < end:
        out.append((at, end))
    return out


def join_pieces(lines: list[Line], spaced: list[bool]) -> list[Line]:
    """One printed line that pdfium broke into several after a superscript or subscript
    ("We used 86,000 m³" | "of municipal water in 2023 (2022: 81,000 m³" | "), or 12.4 m³" |
    "per employee.", all on one baseline) made one line again, so that a sentence does not
    fall apart into passages cut at each "m³" or "tCO₂e" (session 19: the evidence quoted
    "of municipal water in 2023 (2022: 81,000 m3" and "e) and Scope 2 emissions (35,210
    tCO2"). A piece joins the one before when both are plain text (no cells), they overlap
    by `pieces.same_line` of the lower one's height and it starts no further right of that
    one's end than `pieces.max_gap` heights (closer than a cell gap: one run of text); with
    a space where pdfium's line began with one ("m³ of"), else without ("tCO₂e)"). The joined
    line's top is the lower of the two tops (a raised glyph left out), its bottom the lower
    bottom."""
    if len(lines) < 2:
        return lines
    out = [lines[0]]
    for line, space in zip(lines[1:], spaced[1:], strict=True):
        prev = out[-1]
        h = min(prev.height, line.height)
        if (h > 0 and len(prev.cells) < 2 and len(line.cells) < 2
                and min(prev.y1, line.y1) - max(prev.y0, line.y0) >= _PIECES.same_line * h
                and -_PIECES.max_gap * h <= line.x0 - prev.x1 <= _PIECES.max_gap * h):
            text = prev.text + (" " if space else "") + line.text
            if not _row_shaped(text):
                # the lower top of the two: the body text's, without the raised glyph (a
                # box grown by "³" reads as a change of font size beside the next line)
                out[-1] = tuple.__new__(Line, (text, prev.x0, max(prev.y0, line.y0), line.x1,
                                               max(prev.y1, line.y1), ()))
                continue
        out.append(line)
    return out


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _line(textpage: pdfium.PdfTextPage, reader: Rects,
          rects: list[tuple[float, float, float, float]], text: str, index: int,
          origin: tuple[float, float], wide: bool) -> Line | None:
    if not rects:
        return None
    left, bottom = min(r[0] for r in rects), min(r[1] for r in rects)
    right, top = max(r[2] for r in rects), max(r[3] for r in rects)
    if is_rotated(rects, text):
        # set rotated and not turned back (pdfium counted UTF-16 units): cells by box would
        # cut its figures ("1,302.9" → ".9"); the line is kept whole, as text
        x0, y0 = origin
        return Line(text.strip(), left - x0, y0 - top, right - x0, y0 - bottom)
    shown = None
    if len(rects) > 1 and not wide:
        text, shown = without_footnote_marks(reader, rects, text, index)
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
    pieces = merge_close(rects, CELL_GAP * line.height)
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


def _row_cells(reader: Rects, text: str, index: int, height: float) -> list[Cell]:
    """Cells of a row-shaped line from its space-separated tokens and their boxes: figures
    are cells of their own, other tokens join while they are Latin words set close."""
    cells: list[Cell] = []
    previous = ""
    joinable = False
    for match in TOKEN.finditer(text):
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


def _cells_by_token(reader: Rects, text: str, index: int,
                    pieces: list[tuple[float, float]]) -> list[Cell] | None:
    """Cell texts from the line's space-separated tokens, each placed by its first
    character's x (one C call per token). pdfium writes a space at every wide gap, so a
    token never spans two cells; None when a piece gets no token (then read by box)."""
    texts: list[list[str]] = [[] for _ in pieces]
    ends = [x1 for _, x1 in pieces]
    last = len(pieces) - 1
    for match in TOKEN.finditer(text):
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
