"""Page images of stored documents, for the evidence panel. Only documents registered in the
store are served, by id: a request never names a file path."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import select
from starlette.requests import Request
from starlette.responses import Response

from cnsr.store.review import User
from cnsr.store.schema import DocumentRow
from cnsr.web.auth import Viewer
from cnsr.web.pages import BBox, PageError, render_page
from cnsr.web.state import state

router = APIRouter()


@router.get("/documents/{doc_id}/pages/{page}.png")
async def page_image(request: Request, doc_id: int, page: int, find: str = "",
                     bbox: str = "", user: User = Viewer) -> Response:
    web = state(request)
    with web.store.engine.connect() as conn:
        path = conn.execute(select(DocumentRow.path).where(DocumentRow.id == doc_id)).scalar()
    if path is None or not Path(path).is_file() or page < 1:
        raise HTTPException(status_code=404)
    box = _bbox(bbox)
    try:
        png = await run_in_threadpool(render_page, Path(path), page, find[:80], box)
    except PageError as err:
        raise HTTPException(status_code=404, detail=str(err)) from None
    return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=3600"})


def _bbox(text: str) -> BBox | None:
    try:
        parts = [float(x) for x in text.split(",")] if text else []
    except ValueError:
        return None
    return (parts[0], parts[1], parts[2], parts[3]) if len(parts) == 4 else None
