"""pdfium's boxes for runs and characters, read with reused out-parameters, and runs merged
into a line's pieces: what the line reader (`pdf_text`), the rotated-line reader
(`pdf_rotated`) and the footnote-mark reader (`pdf_footnotes`) all measure with."""

from __future__ import annotations

import ctypes
import re
from typing import Final

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from cnsr.ingest.reading_limits import layout_limits

CELL_GAP: Final[float] = layout_limits().tables.cell_gap  # data/text/layout.yaml
"""A horizontal gap wider than this many line heights separates two cells of a row."""

TOKEN = re.compile(r"\S+")


class Rects:
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


def merge_close(rects: list[tuple[float, float, float, float]],
                 gap: float) -> list[tuple[float, float]]:
    """Horizontal extents of rectangles after joining those closer than `gap`."""
    pieces: list[list[float]] = []
    for left, _, right, _ in sorted(rects):
        if pieces and left - pieces[-1][1] <= gap:
            pieces[-1][1] = max(pieces[-1][1], right)
        else:
            pieces.append([left, right])
    return [(p[0], p[1]) for p in pieces]
