"""Page images of stored documents, for the evidence panel, and the page viewer that shows one
at a readable size with the passage highlighted. Only documents registered in the store are
served, by id: a request never names a file path. Rendering runs in killable workers with a
pixel budget and a timeout (`cnsr.web.pages`); a page that cannot be shown answers with an
image of the reason (in the reader's language), so an `<img>` shows it where the page
would be."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from fastapi import APIRouter, HTTPException
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import select
from starlette.requests import Request
from starlette.responses import Response

from cnsr.store.review_workflow import User
from cnsr.store.schema import DocumentRow, Run
from cnsr.web import i18n
from cnsr.web.auth import Viewer
from cnsr.web.pages import SCALE, ZOOMS, BBox, PageError, locate_page, render_page
from cnsr.web.render import page as render
from cnsr.web.state import WebState, state

router = APIRouter()
FIND_CHARS = 300
"""The longest passage a page request searches for (the highlight's length)."""
DEFAULT_ZOOM = 2.0


def _document(web: WebState, doc_id: int, page: int) -> Path:
    """The file of stored document `doc_id`. A batch stores paths relative to its manifest's
    folder: those are found from the folder of the manifest of the run that stored them, then
    from the server's working folder."""
    with web.store.engine.connect() as conn:
        row = conn.execute(select(DocumentRow.path, Run.manifest)
                           .outerjoin(Run, Run.id == DocumentRow.run_id)
                           .where(DocumentRow.id == doc_id)).first()
    if row is None or page < 1:
        raise HTTPException(status_code=404)
    path, manifest = Path(row[0]), row[1]
    places = [path] if path.is_absolute() or not manifest else [Path(manifest).parent / path,
                                                                 path]
    found = next((p for p in places if p.is_file()), None)
    if found is None:
        raise HTTPException(status_code=404)
    return found


@router.get("/documents/{doc_id}/pages/{page}.png")
async def page_image(request: Request, doc_id: int, page: int, find: str = "",
                     bbox: str = "", zoom: float = SCALE, user: User = Viewer) -> Response:
    path = _document(state(request), doc_id, page)
    scale = zoom if zoom in ZOOMS else SCALE
    try:
        png = await run_in_threadpool(render_page, path, page, find[:FIND_CHARS],
                                      _bbox(bbox), scale)
    except PageError as err:
        return _refusal(err, i18n.choose(request))
    return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})


@router.get("/documents/{doc_id}/pages/{page}")
async def page_viewer(request: Request, doc_id: int, page: int, find: str = "",
                      bbox: str = "", zoom: float = DEFAULT_ZOOM, name: str = "",
                      user: User = Viewer) -> Response:
    """One page at a readable size (zoom 1–3), the passage highlighted and scrolled to."""
    path = _document(state(request), doc_id, page)
    scale = zoom if zoom in ZOOMS else DEFAULT_ZOOM
    find = find[:FIND_CHARS]
    box = _bbox(bbox)
    lang = i18n.choose(request)
    error, located = None, None
    try:
        located = await run_in_threadpool(locate_page, path, page, find, box, scale)
    except PageError as err:
        error = i18n.t(err.key, lang, **err.values)
    params = {"find": find, "bbox": bbox}
    return render(request, "page_viewer.html", status_code=200 if located else 422,
                  doc_id=doc_id, page_no=page, doc_name=Path(name).name[:200] or path.name,
                  find=find, params=params, zoom=scale, zooms=ZOOMS, located=located,
                  error=error)


def _refusal(err: PageError, lang: str) -> Response:
    """An SVG saying why the page is not shown, with the error's status (presentation
    attributes only: the Content-Security-Policy allows no inline style)."""
    lines = _wrap(i18n.t(err.key, lang, **err.values), 30 if lang == "zh" else 56)
    height = 28 + 22 * len(lines)
    spans = "".join(f'<tspan x="14" dy="{22 if i else 0}">{escape(line)}</tspan>'
                    for i, line in enumerate(lines))
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="520" height="{height}" '
           f'viewBox="0 0 520 {height}"><rect x="0.5" y="0.5" width="519" '
           f'height="{height - 1}" fill="#fff4f2" stroke="#c0392b"/><text x="14" y="28" '
           f'font-family="sans-serif" font-size="16" fill="#8a1f11">{spans}</text></svg>')
    return Response(svg, status_code=err.status, media_type="image/svg+xml",
                    headers={"Cache-Control": "no-store", "X-Reason": err.key})


def _wrap(text: str, width: int) -> list[str]:
    """Lines of at most `width` characters, broken at spaces where there are any."""
    lines: list[str] = []
    line = ""
    for word in text.split(" ") if " " in text else list(text):
        joined = f"{line} {word}" if line and " " in text else line + word
        if len(joined) > width and line:
            lines.append(line)
            line = word
        else:
            line = joined
    return [*lines, line] if line else lines


def _bbox(text: str) -> BBox | None:
    try:
        parts = [float(x) for x in text.split(",")] if text else []
    except ValueError:
        return None
    return (parts[0], parts[1], parts[2], parts[3]) if len(parts) == 4 else None
