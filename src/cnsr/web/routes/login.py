"""Sign-in and sign-out, with throttling of failed attempts by account and address: a run of
wrong passwords from one address blocks that address (for that account, and after more
failures for every account), never the real user signing in from elsewhere."""

from __future__ import annotations

from fastapi import APIRouter, Form
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from cnsr.web import i18n
from cnsr.web.auth import current_user, sign_in, sign_out
from cnsr.web.render import page
from cnsr.web.security import verify_password
from cnsr.web.state import state

router = APIRouter()


def safe_next(target: str | None) -> str:
    """Only a path on this site (no '//host' or scheme): no open redirect."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/studies"


@router.get("/")
def home(request: Request) -> Response:
    return RedirectResponse("/studies" if current_user(request) else "/login", status_code=303)


@router.get("/login")
def login_form(request: Request, next: str = "/studies") -> Response:
    return page(request, "login.html", next=safe_next(next), error=None)


@router.post("/login")
def login(request: Request, name: str = Form(max_length=100), password: str = Form(max_length=200),
          next: str = Form("/studies")) -> Response:
    web = state(request)
    lang = i18n.choose(request)
    address = request.client.host if request.client else "?"
    pair = f"user:{name.strip().lower()}@{address}"
    client = f"ip:{address}"
    limits = {pair: web.throttle.limit, client: web.throttle.address_limit}
    wait = web.throttle.retry_after(limits)
    if wait:
        return page(request, "login.html", status_code=429, next=safe_next(next),
                    error=i18n.t("throttled", lang, seconds=wait))
    user = web.review.user(name.strip())
    if user is None or not user.active or not verify_password(user.password_hash, password):
        if user is None:
            verify_password(None, password)  # same work as for a real user
        web.throttle.failed(pair, client)
        return page(request, "login.html", status_code=401, next=safe_next(next),
                    error=i18n.t("bad_login", lang))
    web.throttle.succeeded(pair)
    sign_in(request, user)
    return RedirectResponse(safe_next(next), status_code=303)


@router.post("/logout")
def logout(request: Request) -> Response:
    sign_out(request)
    return RedirectResponse("/login", status_code=303)
