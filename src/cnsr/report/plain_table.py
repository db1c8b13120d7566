"""Tables drawn as plain text exactly as rich draws them into a pipe or a file, without rich's
console, renderables and segments (session 29: rich's layout of the rating's tables cost
51-73 ms of the parent's CPU after the last page, plus 27-47 ms of imports; this costs a few).

One job: a `Grid` (columns, rows, title, caption) laid out and drawn like `rich.table.Table`
with its defaults (box HEAVY_HEAD, padding (0, 1), edges, no expand) in a console of a given
width that writes no colour. Cell widths, folding and cropping are rich's own functions
(`rich.cells`, `rich._wrap`, `rich._ratio`: small modules without the console), so wide
(CJK) characters are counted as rich counts them. Anything rich would treat otherwise
(markup or an emoji code in a plain-string cell, control characters, tabs, a table that
cannot fit) is refused (`None`), and the caller prints with rich. The tests compare both
outputs byte for byte (`tests/report/test_s29_printer*.py`).
"""

from __future__ import annotations

import builtins
import os
import re
import sys
from dataclasses import dataclass, field
from typing import Literal

from rich.cells import cell_len, set_cell_size

try:  # rich's private helpers: a rich that moved them prints with its own console instead
    from rich._ratio import ratio_reduce
    from rich._wrap import divide_line
except ImportError:  # pragma: no cover - depends on the installed rich
    _RICH_HELPERS = False
else:
    _RICH_HELPERS = True

Justify = Literal["left", "center", "right", "default"]

# rich.box.HEAVY_HEAD: top, head row, line under the head, body row, line between rows, bottom
_TOP = ("┏", "━", "┳", "┓")
_HEAD = ("┃", "┃", "┃")
_HEAD_ROW = ("┡", "━", "╇", "┩")
_MID = ("│", "│", "│")
_ROW = ("├", "─", "┼", "┤")
_BOTTOM = ("└", "─", "┴", "┘")

# what rich's Text or markup would change in a string: control codes (stripped; tabs
# expanded), other line separators (str.splitlines), and in a plain-string cell markup
# ("[") and emoji codes (":")
_UNSAFE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f\x85\u2028\u2029]")
_UNSAFE_MARKUP = re.compile(r"[\x00-\x09\x0b-\x1f\x7f\x85\u2028\u2029\[:]")
_TRAILING_SPACE = re.compile(r"\s+$")


@dataclass(frozen=True)
class Col:
    header: str
    justify: Justify = "left"
    no_wrap: bool = False
    overflow: Literal["ellipsis", "fold"] = "ellipsis"
    max_width: int | None = None
    literal: bool = False
    """Cells are text as written (rich `Text`), not markup strings."""


@dataclass
class Grid:
    columns: list[Col]
    rows: list[tuple[list[str], str]] = field(default_factory=list)
    """Each row's cells and its style ("" or "dim": no colour here, rich uses it)."""
    title: str | None = None
    title_justify: Justify = "center"
    caption: str | None = None
    show_lines: bool = False


def plain_console_width() -> int | None:
    """The width rich's `Console()` would print to sys.stdout with, when it would print
    without colour or escape codes (stdout not a terminal, no FORCE_COLOR / TTY_COMPATIBLE,
    a UTF encoding, not Jupyter, not Windows); None when rich should print."""
    out = sys.stdout
    environ = os.environ
    if not _RICH_HELPERS or sys.platform == "win32" or out is None or hasattr(builtins, "get_ipython"):
        return None
    if str(getattr(sys.stdin, "__module__", "")).startswith("idlelib"):
        return None
    compatible = environ.get("TTY_COMPATIBLE", "")
    if compatible == "1" or (compatible != "0" and environ.get("FORCE_COLOR")):
        return None
    if compatible != "0" and environ.get("FORCE_COLOR") is None:
        isatty = getattr(out, "isatty", None)
        try:
            if isatty is not None and isatty():
                return None
        except ValueError:  # a closed stream: rich's own error, let it say so
            return None
    if not (getattr(out, "encoding", "utf-8") or "utf-8").lower().startswith("utf"):
        return None
    columns = environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        width = int(columns)
    else:
        width = 0
        for fd in (0, 1, 2):
            try:
                width = os.get_terminal_size(fd)[0]
            except (AttributeError, ValueError, OSError):
                continue
            break
        width = width or 80
    return width if width >= 20 else None


def safe_cell(text: str, literal: bool) -> bool:
    return (_UNSAFE if literal else _UNSAFE_MARKUP).search(text) is None


def wrap(text: str, width: int, justify: Justify, overflow: str, no_wrap: bool) -> list[str]:
    """`rich.text.Text.wrap` of plain text (no tabs): lines of at most `width` cells."""
    lines: list[str] = []
    for line in text.split("\n"):
        if no_wrap:
            pieces = [line]
        else:
            offsets = divide_line(line, width, fold=overflow == "fold")
            bounds = [0, *offsets, len(line)]
            pieces = [line[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
            for i, piece in enumerate(pieces):
                if len(piece) > width:  # Text.rstrip_end
                    space = _TRAILING_SPACE.search(piece)
                    if space is not None:
                        pieces[i] = piece[:len(piece) - min(len(space.group(0)),
                                                           len(piece) - width)]
        for piece in pieces:
            if justify == "left":
                piece = _truncate(piece, width, overflow, pad=True)
            elif justify in ("center", "right"):
                piece = _truncate(piece.rstrip(), width, overflow)
                size = cell_len(piece)
                if justify == "center":
                    left = (width - size) // 2
                    piece = " " * left + piece + " " * (width - size - left)
                else:
                    piece = " " * (width - size) + piece
            lines.append(_truncate(piece, width, overflow))
    return lines


def _truncate(text: str, width: int, overflow: str, pad: bool = False) -> str:
    length = cell_len(text)
    if length > width:
        return (set_cell_size(text, width - 1) + "…" if overflow == "ellipsis"
                else set_cell_size(text, width))
    if pad and length < width:
        return text + " " * (width - length)
    return text


def _measure(text: str, width: int) -> tuple[int, int]:
    """Measurement.get of a cell (Padding((0, 1)) around Text) in `width` cells."""
    if width < 1:
        return 0, 0
    if width - 2 < 1:
        return width, width
    lines = text.splitlines()
    most = max(cell_len(line) for line in lines) if lines else 0
    words = text.split()
    least = min(max(cell_len(word) for word in words), most) if words else most
    if most < 1:
        return 2, 2
    # rich's normalising and capping steps, folded: (least, most) + the padding, capped
    return min(least + 2, width), min(most + 2, width)


def _measure_column(grid: Grid, index: int, width: int) -> int:
    """Table._measure_column's maximum (what the width is set to)."""
    if width < 1:
        return 0
    col = grid.columns[index]
    cells = [col.header, *(row[index] for row, _ in grid.rows)]
    measured = [_measure(cell, width) for cell in cells]
    most = min(max(m for _, m in measured), width)
    least = min(max(m for m, _ in measured), width)
    if col.max_width is not None:
        least, most = min(least, col.max_width + 2), min(most, col.max_width + 2)
    return most


def _collapse(widths: list[int], wrapable: list[bool], max_width: int) -> list[int]:
    """Table._collapse_widths."""
    total = sum(widths)
    excess = total - max_width
    if any(wrapable):
        while total and excess > 0:
            widest = max(w for w, ok in zip(widths, wrapable, strict=True) if ok)
            second = max(w if ok and w != widest else 0
                         for w, ok in zip(widths, wrapable, strict=True))
            difference = widest - second
            ratios = [1 if (w == widest and ok) else 0
                      for w, ok in zip(widths, wrapable, strict=True)]
            if not any(ratios) or not difference:
                break
            widths = ratio_reduce(excess, ratios, [min(excess, difference)] * len(widths),
                                  widths)
            total = sum(widths)
            excess = total - max_width
    return widths


def column_widths(grid: Grid, console_width: int) -> list[int]:
    """Table._calculate_column_widths (no expand, no fixed widths, no min_width)."""
    n = len(grid.columns)
    max_width = console_width - (2 + n - 1)
    widths = [_measure_column(grid, i, max_width) or 1 for i in range(n)]
    if sum(widths) > max_width:
        widths = _collapse(widths, [not c.no_wrap for c in grid.columns], max_width)
        if sum(widths) > max_width:
            widths = ratio_reduce(sum(widths) - max_width, [1] * n, widths, widths)
        widths = [_measure_column(grid, i, w) for i, w in enumerate(widths)]
    return widths


def draw(grid: Grid, console_width: int) -> list[str] | None:
    """The table's lines as rich prints them (without the new lines); None when rich must."""
    cols = grid.columns
    for col in cols:
        if not safe_cell(col.header, False):
            return None
    for cells, _ in grid.rows:
        for cell, col in zip(cells, cols, strict=True):
            if not safe_cell(cell, col.literal):
                return None
    for note in (grid.title, grid.caption):
        if note is not None and not safe_cell(note, False):
            return None
    widths = column_widths(grid, console_width)
    table_width = sum(widths) + 2 + len(cols) - 1
    if table_width > console_width:
        return None
    out: list[str] = []
    if grid.title:
        out += wrap(grid.title, table_width, grid.title_justify, "fold", False)
    out.append(_rule(_TOP, widths))
    last = len(grid.rows)
    rows = [[col.header for col in cols], *(cells for cells, _ in grid.rows)]
    for number, cells in enumerate(rows):
        rendered = [_cell(cell, col, width)
                    for cell, col, width in zip(cells, cols, widths, strict=True)]
        height = max(1, *(len(lines) for lines in rendered))
        for lines, width in zip(rendered, widths, strict=True):
            blank = [" " * width] * (height - len(lines))
            lines[:] = blank + lines if number == 0 else lines + blank
        left, divider, right = _HEAD if number == 0 else _MID
        for i in range(height):
            out.append(left + divider.join(lines[i] for lines in rendered) + right)
        if number == 0:
            out.append(_rule(_HEAD_ROW, widths))
        elif grid.show_lines and number < last:
            out.append(_rule(_ROW, widths))
    out.append(_rule(_BOTTOM, widths))
    if grid.caption:
        out += wrap(grid.caption, table_width, "center", "fold", False)
    return out


def _cell(text: str, col: Col, width: int) -> list[str]:
    inner = width - 2
    if inner < 1:  # rich renders nothing in no room: the cell is blank
        return []
    lines = wrap(text, inner, col.justify, col.overflow, col.no_wrap)
    return [f" {line}{' ' * (inner - cell_len(line))} " for line in lines]


def _rule(parts: tuple[str, str, str, str], widths: list[int]) -> str:
    left, line, cross, right = parts
    return left + cross.join(line * w for w in widths) + right
