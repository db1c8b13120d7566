"""Sessions, roles and CSRF. Nothing but the sign-in page and static files is served without
a session; nothing changes without the session's CSRF token (form field `csrf` or header
`X-CSRF-Token`, which htmx sends from the page's `hx-headers`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from fastapi import Depends, HTTPException
from starlette.requests import Request

from cnsr.store.review import User
from cnsr.web.security import mask_token, new_token, same_token, unmask_token
from cnsr.web.state import state

RANK = {"viewer": 0, "analyst": 1, "admin": 2}
SAFE = ("GET", "HEAD", "OPTIONS")


class SignInRequired(Exception):
    """No valid session: pages redirect to the sign-in page, htmx and API calls get 401."""


def csrf_token(request: Request) -> str:
    """The session's CSRF token, masked afresh for this response (`mask_token`)."""
    token = request.session.get("csrf")
    if not token:
        token = request.session["csrf"] = new_token()
    return mask_token(str(token))


def current_user(request: Request) -> User | None:
    if hasattr(request.state, "user"):
        cached: User | None = request.state.user
        return cached
    uid = request.session.get("uid")
    user = state(request).user(uid) if isinstance(uid, int) else None
    if user is not None and (not user.active or request.session.get("pw") != user.password_hash[-16:]):
        user = None  # disabled, or the password changed since this session signed in
    request.state.user = user
    return user


def sign_in(request: Request, user: User) -> None:
    request.session.clear()  # a new session: no fixation
    request.session.update(uid=user.id, pw=user.password_hash[-16:], csrf=new_token())


def require(role: str) -> Callable[[Request], Awaitable[User]]:
    async def dependency(request: Request) -> User:
        user = current_user(request)
        if user is None:
            raise SignInRequired()
        if RANK[user.role] < RANK[role]:
            raise HTTPException(status_code=403, detail="forbidden")
        return user

    return dependency


async def check_csrf(request: Request) -> None:
    """App-wide dependency: every unsafe request must carry the session's token."""
    if request.method in SAFE:
        return
    token = request.headers.get("x-csrf-token")
    if token is None:
        kind = request.headers.get("content-type", "")
        if kind.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()
            value = form.get("csrf")
            token = value if isinstance(value, str) else None
    if not same_token(unmask_token(token), request.session.get("csrf")):
        raise HTTPException(status_code=403, detail="csrf")


Viewer = Depends(require("viewer"))
Analyst = Depends(require("analyst"))
Admin = Depends(require("admin"))
