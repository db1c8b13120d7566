"""Accounts: an admin adds users (viewer / analyst / reviewer / admin), changes roles and
passwords, disables them. A new password or disabling ends the user's sessions."""

from __future__ import annotations

from fastapi import APIRouter, Form
from sqlalchemy.exc import IntegrityError
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from cnsr.store.review_workflow import ROLES, User
from cnsr.web import i18n
from cnsr.web.auth import Admin
from cnsr.web.render import page
from cnsr.web.security import hash_password
from cnsr.web.state import state

router = APIRouter()


def _users(request: Request, error: str | None = None, status_code: int = 200) -> Response:
    return page(request, "users.html", status_code=status_code,
                users=state(request).review.users(), roles=ROLES, error=error)


@router.get("/admin/users")
def users(request: Request, user: User = Admin) -> Response:
    return _users(request)


@router.post("/admin/users")
def add_user(request: Request, name: str = Form(min_length=1, max_length=100),
             password: str = Form(max_length=200), role: str = Form(),
             user: User = Admin) -> Response:
    web = state(request)
    try:
        web.review.add_user(name.strip(), hash_password(password), role, by=user.name)
    except ValueError as err:
        return _users(request, str(err), 422)
    except IntegrityError:
        return _users(request, i18n.t("user_exists", i18n.choose(request)), 409)
    web.users_changed()
    return RedirectResponse("/admin/users", status_code=303)


@router.post("/admin/users/{name}")
def update_user(request: Request, name: str, role: str = Form(""), active: str = Form(""),
                password: str = Form("", max_length=200), user: User = Admin) -> Response:
    web = state(request)
    if web.review.user(name) is None:
        return _users(request, i18n.t("not_found", i18n.choose(request)), 404)
    try:
        web.review.update_user(name, user.name, role=role or None,
                               active={"1": True, "0": False}.get(active),
                               password_hash=hash_password(password) if password else None)
    except ValueError as err:
        return _users(request, str(err), 422)
    finally:
        web.users_changed()
    return RedirectResponse("/admin/users", status_code=303)
