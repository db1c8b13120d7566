"""Sessions, roles, CSRF and same-origin writes. Nothing but the sign-in page and static files
is served without a session; nothing changes without the session's CSRF token (form field
`csrf` or header `X-CSRF-Token`, which htmx sends from the page's `hx-headers`) and from a
page of another origin.

The session cookie (signed by Starlette) holds only a random token, `sid`; the session itself
is a row in the store (`cnsr.web.sessions`), so signing out, a new password or disabling the
user ends every copy of the cookie. The CSRF token is an HMAC of that token under the app's
secret: tied to the session, nothing stored, nothing secret in the cookie."""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from fastapi import Depends, HTTPException
from starlette.requests import Request

from cnsr.store.review_workflow import ROLES, User
from cnsr.web.security import mask_token, new_token, same_token, unmask_token
from cnsr.web.state import WebState, state

RANK = {role: n for n, role in enumerate(ROLES)}
"""viewer < analyst < reviewer < admin: each role may do what the ones before it may."""
SAFE = ("GET", "HEAD", "OPTIONS")


class SignInRequired(Exception):
    """No valid session: pages redirect to the sign-in page, htmx and API calls get 401."""


def _session_token(request: Request) -> str:
    """What the session's CSRF token derives from: the session token once signed in, else a
    random nonce kept in the cookie for the sign-in form."""
    sid = request.session.get("sid")
    if isinstance(sid, str):
        return sid
    anon = request.session.get("anon")
    if not isinstance(anon, str):
        anon = request.session["anon"] = new_token()
    return anon


def _csrf(web: WebState, request: Request) -> str:
    digest = hmac.new(web.secret.encode(), b"csrf:" + _session_token(request).encode(),
                      hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def csrf_token(request: Request) -> str:
    """The session's CSRF token, masked afresh for this response (`mask_token`)."""
    return mask_token(_csrf(state(request), request))


def can(user: User | None, role: str) -> bool:
    """Whether `user` has `role` or a higher one."""
    return user is not None and RANK.get(user.role, -1) >= RANK[role]


def current_user(request: Request) -> User | None:
    if hasattr(request.state, "user"):
        cached: User | None = request.state.user
        return cached
    web = state(request)
    sid = request.session.get("sid")
    uid = web.sessions.user_id(sid) if isinstance(sid, str) and web.sessions else None
    user = web.user(uid) if uid is not None else None
    if user is not None and not user.active:
        user = None  # disabled since the session was looked up
    request.state.user = user
    return user


def sign_in(request: Request, user: User) -> None:
    web = state(request)
    assert web.sessions is not None
    request.session.clear()  # a new session: no fixation
    request.session["sid"] = web.sessions.start(user.id)
    request.state.user = user


def sign_out(request: Request) -> None:
    """End this session in the store (every copy of the cookie) and clear the cookie."""
    web = state(request)
    sid = request.session.get("sid")
    if isinstance(sid, str) and web.sessions is not None:
        web.sessions.end(sid)
    request.session.clear()


def require(role: str) -> Callable[[Request], Awaitable[User]]:
    async def dependency(request: Request) -> User:
        user = current_user(request)
        if user is None:
            raise SignInRequired()
        if not can(user, role):
            raise HTTPException(status_code=403, detail="forbidden")
        return user

    return dependency


def allowed_origins(text: str) -> frozenset[str]:
    """Origins from a comma-separated setting (`CNSR_ORIGINS`), normalised."""
    return frozenset(o for part in text.split(",") if (o := _origin(part.strip())))


def _origin(url: str) -> str | None:
    """`scheme://host[:port]` of a URL, lower-case; None when it has none."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if not parts.scheme or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def same_origin(request: Request) -> bool:
    """A write must come from a page of this site. `Origin` decides when present (browsers
    send it on every POST; "null" — sandboxed frames, privacy redirects — is refused); else
    `Referer` (the pages send it same-origin only: `Referrer-Policy: same-origin`); a request
    with neither is no cross-site browser request (scripts, tests) and is left to the CSRF
    token."""
    web = state(request)
    own = _origin(str(request.base_url))
    accepted = {own} | web.origins if own else set(web.origins)
    origin = request.headers.get("origin")
    if origin is not None:
        return _origin(origin) in accepted
    referer = request.headers.get("referer")
    if referer is not None:
        return _origin(referer) in accepted
    return True


async def check_csrf(request: Request) -> None:
    """App-wide dependency: every unsafe request must come from this site's pages (403
    'origin') and carry the session's CSRF token (403 'csrf')."""
    if request.method in SAFE:
        return
    if not same_origin(request):
        raise HTTPException(status_code=403, detail="origin")
    token = request.headers.get("x-csrf-token")
    if token is None:
        kind = request.headers.get("content-type", "")
        if kind.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()
            value = form.get("csrf")
            token = value if isinstance(value, str) else None
    if not same_token(unmask_token(token), _csrf(state(request), request)):
        raise HTTPException(status_code=403, detail="csrf")


Viewer = Depends(require("viewer"))
Analyst = Depends(require("analyst"))
Reviewer = Depends(require("reviewer"))
Admin = Depends(require("admin"))
