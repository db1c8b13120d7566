"""The web app factory: `create_app(store, methodology)` → FastAPI; run by `cnsr serve`."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, HTTPException
from fastapi.staticfiles import StaticFiles
from starlette.middleware.gzip import GZipMiddleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.types import Scope

from cnsr.methodology.load import LoadedMethodology, load_methodology
from cnsr.store.repository import Store
from cnsr.store.review_workflow import ReviewStore
from cnsr.web import i18n
from cnsr.web.auth import SignInRequired, allowed_origins, check_csrf
from cnsr.web.jobs import Jobs, Rater
from cnsr.web.limits import RequestLimits, limit_threads
from cnsr.web.render import STATIC, page, warm_up
from cnsr.web.routes import admin, audit, company, documents, login, studies, uploads
from cnsr.web.security import new_token
from cnsr.web.sessions import Sessions
from cnsr.web.state import Limits, WebState

log = logging.getLogger("cnsr.web")
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SESSION_HOURS = 10


def create_app(store: Store, m: LoadedMethodology | None = None, *,
               secret_key: str | None = None, secure_cookies: bool = False,
               upload_dir: Path | None = None, limits: Limits | None = None,
               rater: Rater | None = None, job_workers: str = "process") -> FastAPI:
    """The app over `store`. `secret_key` signs session cookies and derives CSRF tokens
    (default: $CNSR_SECRET_KEY, else a random key, so sessions end when the process does).
    $CNSR_ORIGINS: further origins accepted on writes (comma-separated, e.g. the public
    `https://host` behind a proxy that does not pass the scheme on). `job_workers`: 'process'
    (pdfium is not thread-safe) or 'thread' (tests)."""
    m = m or load_methodology()
    secret = secret_key or os.environ.get("CNSR_SECRET_KEY") or new_token()
    uploads_at = upload_dir or Path(os.environ.get("CNSR_UPLOAD_DIR", "uploads"))
    uploads_at.mkdir(parents=True, exist_ok=True)
    web = WebState(store=store, review=ReviewStore(store), m=m, upload_dir=uploads_at.resolve(),
                   limits=limits or Limits(), secure_cookies=secure_cookies, secret=secret,
                   origins=allowed_origins(os.environ.get("CNSR_ORIGINS", "")))
    web.sessions = Sessions(store, timedelta(hours=SESSION_HOURS), ttl=web.user_ttl)
    web.jobs = Jobs(web, rater=rater, workers=job_workers)
    warm_up()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        from cnsr.web.pages import renderers

        limit_threads()
        threading.Thread(target=renderers().warm, name="cnsr-render-warm", daemon=True).start()
        yield
        stop(web)  # on shutdown (SIGTERM): no worker process may outlive the server

    app = FastAPI(title="cnsr", docs_url=None, redoc_url=None, openapi_url=None,
                  dependencies=[Depends(check_csrf)], lifespan=lifespan)
    app.state.web = web
    for router in (login.router, studies.router, company.router, documents.router,
                   audit.router, uploads.router, admin.router):
        app.include_router(router)
    app.mount("/static", CachedStatic(directory=str(STATIC)), name="static")

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> PlainTextResponse:
        return PlainTextResponse("ok")

    @app.exception_handler(SignInRequired)
    async def _sign_in(request: Request, _exc: SignInRequired) -> Response:
        if request.method == "GET" and request.headers.get("hx-request") != "true":
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?next={_quote(target)}", status_code=303)
        return PlainTextResponse("sign in required", status_code=401)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> Response:
        key = {403: {"csrf": "csrf_failed", "origin": "cross_origin"}.get(str(exc.detail),
                                                                          "forbidden"),
               404: "not_found"}.get(exc.status_code)
        message = i18n.t(key, i18n.choose(request)) if key else str(exc.detail)
        return page(request, "error.html", status_code=exc.status_code, message=message)

    @app.middleware("http")
    async def _guard(request: Request, call_next: Any) -> Response:
        too_big = _body_too_big(request, web.limits)
        if too_big is not None:
            return too_big
        response: Response = await call_next(request)
        asked = request.query_params.get("lang")
        if asked in i18n.LANGS:
            response.set_cookie(i18n.COOKIE, asked, max_age=365 * 86400, samesite="lax",
                                secure=secure_cookies)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    app.add_middleware(SessionMiddleware, secret_key=secret, session_cookie="cnsr_session",
                       max_age=SESSION_HOURS * 3600, same_site="lax", https_only=secure_cookies)
    # outermost: pages and fragments compressed (~5x); PNG page images are left alone
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)
    app.add_middleware(RequestLimits)  # reads bounded in time, dropped when the client goes
    return app


def stop(web: WebState) -> None:
    """Kill the upload and page-render workers; mark interrupted uploads failed."""
    from cnsr.web.pages import close_renderers

    web.jobs.shutdown()
    close_renderers()


class CachedStatic(StaticFiles):
    """Static files with caching headers: a URL carrying the file's content hash (`?v=`, as
    `render.static_url` writes it) is cached for a year; any other is revalidated (ETag)."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        response = await super().get_response(path, scope)
        if response.status_code in (200, 304):
            versioned = b"v=" in scope.get("query_string", b"")
            response.headers["Cache-Control"] = ("public, max-age=31536000, immutable"
                                                 if versioned else "no-cache")
        return response


def _body_too_big(request: Request, limits: Limits) -> Response | None:
    """Refuse a body over the limit before reading it (413), or one of unknown length (411)."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return None
    length = request.headers.get("content-length")
    if length is None:
        if request.headers.get("transfer-encoding"):
            return PlainTextResponse("length required", status_code=411)
        return None
    limit = limits.form_bytes
    if request.url.path.rstrip("/") == "/uploads":
        limit = limits.upload_bytes * limits.upload_files + limits.form_bytes
    if not length.isdigit() or int(length) > limit:
        return PlainTextResponse("request too large", status_code=413)
    return None


def _quote(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="/")
