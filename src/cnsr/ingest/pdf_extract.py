"""pdfium's part of a PDF page: positioned lines, OCR of a page without a usable text layer.

What runs in `cnsr rate`'s forked page workers (`parallel.py`): it needs nothing from the
other pages, and it imports neither pydantic nor the assessment, so the workers start before
the parent has loaded either (`cli/prefetch.py`). The steps that look across pages (running
heads, tables across page breaks, passages) are `pdf.py`'s, in the parent.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from cnsr.ingest.layout import Line
from cnsr.ingest.ocr import boxes_to_lines, ocr_boxes
from cnsr.ingest.options import MIN_TEXT_CHARS, ReadOptions
from cnsr.ingest.pdf_text import text_lines

IMAGE_COVER = 0.2
"""Share of the page area images must cover for a text-less page to be worth OCR."""
MANY_PATHS = 300
"""A text-less page with this many vector shapes may be text converted to outlines."""
GARBLED_SHARE = 0.3
"""Share of private-use, replacement or control characters that makes a text layer
unreadable: fonts without a Unicode map, common in some Chinese PDFs. Such pages are OCR'd."""
_GARBLED = re.compile("[\ue000-\uf8ff\ufffd\x00-\x08\x0b\x0c\x0e-\x1f]")




class RawPage(NamedTuple):
    """What pdfium gives of one page, before the steps that need the pages before it
    (running heads, tables across page breaks): read in this process or in a worker."""

    number: int
    lines: list[Line] | None
    """None when pdfium could not load the page (a warning says so)."""
    height: float = 0.0
    ocr: bool = False
    label: str | None = None
    warnings: tuple[str, ...] = ()


def extract_page(pdf: pdfium.PdfDocument, index: int, options: ReadOptions) -> RawPage:
    """pdfium's part of a page: its positioned lines (OCR'd when the text layer is missing
    or garbled), height and label. Needs nothing from other pages, so workers can run it."""
    number = index + 1
    try:
        page = pdf[index]
    except pdfium.PdfiumError as err:
        return RawPage(number, None, warnings=(f"page {number} could not be read ({err})",))
    try:
        width, height = page.get_size()
        left, _, _, top = page.get_cropbox()
        textpage = page.get_textpage()
        try:
            lines = text_lines(textpage, (left, top))
        finally:
            textpage.close()
        ocr = False
        warnings: list[str] = []
        reason = _ocr_reason(page, lines, width * height)
        if reason and not options.ocr:
            warnings.append(f"page {number} {reason}; OCR is off")
        elif reason:
            read = _ocr(page, number, width, options.ocr_dpi, warnings)
            if read:
                lines, ocr = read, True
        return RawPage(number, lines, height, ocr, pdf.get_page_label(index) or None,
                       tuple(warnings))
    finally:
        page.close()


def _ocr(page: pdfium.PdfPage, number: int, width: float, dpi: int,
         warnings: list[str]) -> list[Line]:
    """OCR lines of the page; a failure costs this page only, as a warning."""
    try:
        return boxes_to_lines(ocr_boxes(page, dpi), width)
    except Exception as err:  # onnxruntime/opencv raise many types; keep the document
        warnings.append(f"page {number}: OCR failed ({type(err).__name__}: {err})")
        return []


def _ocr_reason(page: pdfium.PdfPage, lines: list[Line], area: float) -> str | None:
    """Why the page needs OCR, or None: no text layer over a scan, or a garbled one."""
    text = "".join(line.text for line in lines).replace(" ", "")
    if len(text) < MIN_TEXT_CHARS:
        return "is an image without text" if _has_scan(page, area) else None
    if len(_GARBLED.findall(text)) > GARBLED_SHARE * len(text):
        return "has unreadable text (garbled font encoding)"
    return None


def _has_scan(page: pdfium.PdfPage, area: float) -> bool:
    """Whether a text-less page shows something OCR could read: large images, or many
    vector shapes (text converted to outlines). Blank and decorative pages are skipped."""
    count = pdfium_c.FPDFPage_CountObjects(page.raw)
    if count == 0:
        return False
    covered = 0.0
    paths = 0
    for obj in page.get_objects(max_depth=3):
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            x0, y0, x1, y1 = obj.get_bounds()
            covered += max(0.0, x1 - x0) * max(0.0, y1 - y0)
        elif obj.type == pdfium_c.FPDF_PAGEOBJ_PATH:
            paths += 1
        if covered >= IMAGE_COVER * area or paths >= MANY_PATHS:
            return True
    return False
