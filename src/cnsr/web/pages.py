"""Images of document pages for the evidence panel, rendered with pypdfium2.

A passage is highlighted from its bounding box when the evidence carries one (`bbox`, PDF
points from the top-left), else by searching the page's text for the passage's start; when
neither finds it the page is shown plain. pdfium is not thread-safe: one lock around it.
Rendered images are kept in a small in-memory cache.
"""

from __future__ import annotations

import io
import threading
import unicodedata
from collections import OrderedDict
from pathlib import Path

BBox = tuple[float, float, float, float]
SCALE = 1.5  # 108 dpi: readable beside the passage, ~150 kB per A4 page
HIGHLIGHT = (255, 214, 0, 90)
OUTLINE = (230, 120, 0, 255)
_lock = threading.Lock()
_cache: OrderedDict[tuple[str, int, str, BBox | None], bytes] = OrderedDict()
CACHE_SIZE = 64


class PageError(Exception):
    """The page cannot be shown (not a PDF, no such page)."""


def render_page(path: Path, page: int, find: str = "", bbox: BBox | None = None) -> bytes:
    key = (str(path), page, find, bbox)
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
        png = _render(path, page, find, bbox)
        _cache[key] = png
        if len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
        return png


def _render(path: Path, page_no: int, find: str, bbox: BBox | None) -> bytes:
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw

    try:
        pdf = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError) as err:
        raise PageError(f"cannot open the document: {err}") from None
    try:
        if not 1 <= page_no <= len(pdf):
            raise PageError(f"no page {page_no}")
        page = pdf[page_no - 1]
        width, height = page.get_size()
        image = page.render(scale=SCALE).to_pil().convert("RGBA")
        boxes = [bbox] if bbox else _search(page, height, find)
        if boxes:
            overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
            draw = ImageDraw.Draw(overlay)
            for x0, y0, x1, y1 in boxes:
                draw.rectangle([x0 * SCALE - 3, y0 * SCALE - 3, x1 * SCALE + 3, y1 * SCALE + 3],
                               fill=HIGHLIGHT, outline=OUTLINE, width=2)
            image = Image.alpha_composite(image, overlay)
        out = io.BytesIO()
        image.convert("RGB").save(out, format="PNG", optimize=False)
        return out.getvalue()
    finally:
        pdf.close()


def _search(page: object, height: float, find: str) -> list[BBox]:
    """Rectangles (top-left origin) of the first match of the passage's start, trying
    shorter starts when the full one is broken by a line wrap."""
    spaced = " ".join(find.split())
    if not spaced:
        return []
    textpage = page.get_textpage()  # type: ignore[attr-defined]
    try:
        for length in (40, 20, 10):
            start = spaced[:length].strip()
            for candidate in dict.fromkeys((start, unicodedata.normalize("NFKC", start),
                                            start.replace(" ", ""))):
                searcher = textpage.search(candidate, match_case=False)
                found = searcher.get_next()
                if found:
                    index, count = found
                    rects = [textpage.get_rect(i)
                             for i in range(textpage.count_rects(index, count))]
                    return [(x0, height - top, x1, height - bottom)
                            for x0, bottom, x1, top in rects]
        return []
    finally:
        textpage.close()
