"""Images of document pages for the evidence panel and the page viewer, rendered with
pypdfium2 in killable worker processes (`cnsr.web.workers`).

A passage is highlighted from its bounding box when the evidence carries one (`bbox`, PDF
points from the top-left), else by searching the page's text for the passage: its start
finds it, and the highlight runs on over as many characters as the passage has; when neither
finds it the page is shown plain.

Limits, because a 600-byte PDF can declare a 6000 × 6000 pt page or inflate to gigabytes:
the scale is lowered to keep a render within `PIXEL_BUDGET` pixels, and a page that would
need a scale under `MIN_SCALE` (unreadable) is refused with a message; each render runs in a
worker with `RENDER_SECONDS` and `WORKER_BYTES` of address space, killed when it overruns.
`RENDERERS` workers render in parallel, so one slow page holds one worker, not every viewer.
Rendered images are kept in a small in-memory cache in the web process.
"""

from __future__ import annotations

import io
import math
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from cnsr.web.workers import WorkerBusy, WorkerFailed, WorkerPool, WorkerTimeout

BBox = tuple[float, float, float, float]
SCALE = 1.5  # 108 dpi: the thumbnail beside the passage, ~150 kB per A4 page
ZOOMS = (1.0, 1.5, 2.0, 3.0)
"""Scales the page viewer may ask for (2 = 144 dpi: small print readable)."""
PIXEL_BUDGET = 8_000_000
"""Most pixels one render may produce (~32 MB per bitmap; an A4 page at scale 3 is 5.3 M)."""
MIN_SCALE = 0.5
"""Below this (36 dpi) nothing on the page can be read: refuse instead of rendering."""
RENDER_SECONDS = 10.0
RENDERERS = 2
WORKER_BYTES = 1536 * 1024 * 1024
"""Address-space limit of a render worker (Python + pdfium + a full-budget render fit)."""
HIGHLIGHT = (255, 214, 0, 90)
OUTLINE = (230, 120, 0, 255)
CACHE_SIZE = 64
_cache: OrderedDict[tuple[str, int, str, BBox | None, float], bytes] = OrderedDict()
_cache_lock = threading.Lock()
_pool: WorkerPool | None = None
_pool_lock = threading.Lock()


class PageError(Exception):
    """The page cannot be shown. `key` names the message in messages.yaml, `values` fill
    it, `status` is the HTTP status to answer with."""

    def __init__(self, key: str, status: int = 404, **values: object) -> None:
        # the text crosses the worker's pipe: 'key|name=value;…'
        super().__init__(f"{key}|" + ";".join(f"{k}={v}" for k, v in values.items()))
        self.key, self.status, self.values = key, status, values


def renderers() -> WorkerPool:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = WorkerPool(RENDERERS, max_bytes=WORKER_BYTES, name="cnsr-render",
                               preload=("pypdfium2", "PIL.Image", "cnsr.web.pages"))
        return _pool


def close_renderers() -> None:
    """Kill the render workers (server shutdown); a later render starts new ones."""
    global _pool
    with _pool_lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.close()


def render_page(path: Path, page: int, find: str = "", bbox: BBox | None = None,
                scale: float = SCALE) -> bytes:
    """The page as PNG, from the cache or a render worker; PageError when it cannot be
    shown (no such page, too large, too slow, out of memory, every renderer busy)."""
    key = (str(path), page, find, bbox, scale)
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    png: bytes = _in_worker(render_in_worker, (str(path), page, find, bbox, scale))
    with _cache_lock:
        _cache[key] = png
        if len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return png


class Located(BaseModel):
    """What the page viewer lays out before the image arrives: the size the image will
    have and where the passage is on it (pixels of that image)."""

    width: int
    height: int
    scale: float
    boxes: list[tuple[int, int, int, int]]


def locate_page(path: Path, page: int, find: str = "", bbox: BBox | None = None,
                scale: float = SCALE) -> Located:
    """The rendered size of the page at `scale` (within the budget) and the passage's boxes,
    from a render worker; PageError as for `render_page`."""
    found: Located = _in_worker(locate_in_worker, (str(path), page, find, bbox, scale))
    return found


def _in_worker(fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    try:
        return renderers().run(fn, args, timeout=RENDER_SECONDS)
    except WorkerTimeout:
        raise PageError("page_too_slow", 422, seconds=f"{RENDER_SECONDS:g}") from None
    except WorkerBusy:
        raise PageError("page_busy", 503) from None
    except WorkerFailed as err:
        if err.kind == "MemoryError":
            raise PageError("page_too_big_memory", 422) from None
        if err.kind == "PageError":
            key, _, detail = str(err).partition("|")
            raise PageError(key, 422 if key == "page_too_large" else 404,
                            **_values(detail)) from None
        raise PageError("page_unreadable", 422) from None


def _values(detail: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in detail.split(";") if "=" in part)


def fitted_scale(width: float, height: float, scale: float) -> float:
    """`scale`, lowered so the render stays within PIXEL_BUDGET pixels."""
    pixels = width * height * scale * scale
    if pixels <= PIXEL_BUDGET:
        return scale
    return math.sqrt(PIXEL_BUDGET / (width * height))


def _open_page(path: str, page_no: int, scale: float) -> tuple[Any, Any, float, float, float]:
    """(document, page, width, height, scale within the budget), or PageError."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(path)
    except (pdfium.PdfiumError, OSError):
        raise PageError("page_unreadable", 422) from None
    if not 1 <= page_no <= len(pdf):
        pdf.close()
        raise PageError("no_such_page", n=page_no)
    page = pdf[page_no - 1]
    width, height = page.get_size()
    fitted = fitted_scale(width, height, scale)
    if fitted < MIN_SCALE:
        pdf.close()
        raise PageError("page_too_large", 422, w=f"{width / 72 * 2.54:.0f}",
                        h=f"{height / 72 * 2.54:.0f}")
    return pdf, page, width, height, fitted


def locate_in_worker(path: str, page_no: int, find: str, bbox: BBox | None,
                     scale: float) -> Located:
    """Runs in a render worker: the page's size at `scale` and the passage's boxes."""
    pdf, page, width, height, scale = _open_page(path, page_no, scale)
    try:
        boxes = [bbox] if bbox else _search(page, height, find)
        return Located(width=round(width * scale), height=round(height * scale), scale=scale,
                       boxes=[(round(x0 * scale), round(y0 * scale), round(x1 * scale),
                               round(y1 * scale)) for x0, y0, x1, y1 in boxes])
    finally:
        pdf.close()


def render_in_worker(path: str, page_no: int, find: str, bbox: BBox | None,
                     scale: float) -> bytes:
    """Runs in a render worker: open, check the size, render within the budget, highlight."""
    from PIL import Image, ImageDraw

    pdf, page, width, height, scale = _open_page(path, page_no, scale)
    try:
        image = page.render(scale=scale).to_pil().convert("RGBA")
        boxes = [bbox] if bbox else _search(page, height, find)
        if boxes:
            overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
            draw = ImageDraw.Draw(overlay)
            for x0, y0, x1, y1 in boxes:
                draw.rectangle([x0 * scale - 3, y0 * scale - 3, x1 * scale + 3, y1 * scale + 3],
                               fill=HIGHLIGHT, outline=OUTLINE, width=2)
            image = Image.alpha_composite(image, overlay)
        out = io.BytesIO()
        image.convert("RGB").save(out, format="PNG", optimize=False)
        return out.getvalue()
    finally:
        pdf.close()


def _search(page: object, height: float, find: str) -> list[BBox]:
    """Rectangles (top-left origin) of the passage: its start is searched (shorter starts
    when the full one is broken by a line wrap), then the match is extended over the rest of
    the passage as long as the page's characters follow it."""
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
                    count = max(count, _extent(textpage, index, spaced))
                    rects = [textpage.get_rect(i)
                             for i in range(textpage.count_rects(index, count))]
                    return [(x0, height - top, x1, height - bottom)
                            for x0, bottom, x1, top in rects]
        return []
    finally:
        textpage.close()


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _extent(textpage: object, index: int, passage: str) -> int:
    """How many characters from `index` on match `passage` (spaces and line breaks on
    either side ignored): the length of the highlight."""
    want = [c for c in _fold(passage) if not c.isspace()]
    total: int = textpage.count_chars()  # type: ignore[attr-defined]
    span = min(total - index, len(passage) * 2 + 40)
    text: str = textpage.get_text_range(index, span)  # type: ignore[attr-defined]
    matched, end = 0, 0
    for i, ch in enumerate(text):
        if ch.isspace() or ch in "\x00\ufffe\u00ad-":
            continue
        folded = _fold(ch)
        if matched < len(want) and want[matched:matched + len(folded)] == list(folded):
            matched += len(folded)
            end = i + 1
            if matched == len(want):
                break
        else:
            break
    return end
