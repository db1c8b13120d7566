"""OCR of image-only PDF pages with RapidOCR, offline.

rapidocr 3.x ships its detection, classification and recognition models (PP-OCR, Chinese and
English) inside the wheel, so nothing is downloaded at run time; other OCR packages fetch
models on first use and fail offline. One engine is built per process (~0.5 s) and reused.
OCR costs ~4-6 s per A4 page at 150 dpi on two cores, so it only runs on pages whose text
layer is (nearly) empty and that carry an image or many vector shapes.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium

from cnsr.ingest.layout import Cell, Line


@dataclass(frozen=True, slots=True)
class Box:
    """One text box found by OCR, in points from the page's top-left."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float


@functools.cache
def _engine() -> Any:
    from rapidocr import RapidOCR  # heavy import (onnxruntime, opencv): only when OCR runs

    return RapidOCR(params={"Global.log_level": "warning"})


def ocr_boxes(page: pdfium.PdfPage, dpi: int) -> list[Box]:
    """Render `page` at `dpi` and return the text boxes RapidOCR reads on it."""
    scale = dpi / 72
    image = page.render(scale=scale).to_numpy()  # BGR, as RapidOCR expects for arrays
    result = _engine()(image)
    if result.boxes is None or result.txts is None:
        return []
    boxes = []
    for points, text in zip(result.boxes, result.txts, strict=False):
        xs = [float(p[0]) / scale for p in points]
        ys = [float(p[1]) / scale for p in points]
        if text.strip():
            boxes.append(Box(text.strip(), min(xs), min(ys), max(xs), max(ys)))
    return boxes


def boxes_to_lines(boxes: Sequence[Box], page_width: float) -> list[Line]:
    """Order OCR boxes for reading and join those on one row into a line with cells.

    A two-column page is read column by column: the gutter is an x-range in the middle of the
    page that no prose-width box crosses. Boxes crossing it (titles, full-width paragraphs)
    split the page into bands that are read top to bottom.
    """
    gutter = _gutter(boxes, page_width)
    if gutter is None:
        return _rows(boxes)
    lines: list[Line] = []
    band: list[Box] = []
    for box in sorted(boxes, key=lambda b: b.y0):
        if box.x0 < gutter < box.x1:
            lines += _two_columns(band, gutter) + _rows([box])
            band = []
        else:
            band.append(box)
    return lines + _two_columns(band, gutter)


def _two_columns(boxes: Sequence[Box], gutter: float) -> list[Line]:
    return (_rows([b for b in boxes if b.x1 <= gutter])
            + _rows([b for b in boxes if b.x1 > gutter]))


def _gutter(boxes: Sequence[Box], page_width: float) -> float | None:
    """Middle of an uncovered x-range between 30% and 70% of the page, when prose-width
    boxes (20-50% of the page wide) sit on both sides of it; else None."""
    prose = [b for b in boxes if 0.2 * page_width <= b.x1 - b.x0 <= 0.5 * page_width]
    low, high = 0.3 * page_width, 0.7 * page_width
    covered = sorted((max(b.x0, low), min(b.x1, high)) for b in prose if b.x0 < high
                     and b.x1 > low)
    gaps: list[tuple[float, float]] = []
    edge = low
    for x0, x1 in covered:
        if x0 > edge:
            gaps.append((edge, x0))
        edge = max(edge, x1)
    if edge < high:
        gaps.append((edge, high))
    for x0, x1 in sorted(gaps, key=lambda g: g[0] - g[1]):
        middle = (x0 + x1) / 2
        left = sum(1 for b in prose if b.x1 <= middle)
        right = sum(1 for b in prose if b.x0 >= middle)
        if left >= 3 and right >= 3:
            return middle
    return None


def _rows(boxes: Sequence[Box]) -> list[Line]:
    """Group boxes whose vertical extents overlap by half into lines, cells left to right."""
    rows: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: (b.y0 + b.y1) / 2):
        if rows:
            last = rows[-1]
            top, bottom = min(b.y0 for b in last), max(b.y1 for b in last)
            overlap = min(bottom, box.y1) - max(top, box.y0)
            if overlap > 0.5 * min(bottom - top, box.y1 - box.y0):
                last.append(box)
                continue
        rows.append([box])
    lines = []
    for row in rows:
        row.sort(key=lambda b: b.x0)
        cells = tuple(Cell(b.text, b.x0, b.x1) for b in row) if len(row) > 1 else ()
        lines.append(Line(" ".join(b.text for b in row), min(b.x0 for b in row),
                          min(b.y0 for b in row), max(b.x1 for b in row),
                          max(b.y1 for b in row), cells))
    return lines
