"""The company-year page, and the review actions on it: override (and revert) a point rating,
a band or the stage with a required reason, and sign-off. Each change is re-scored at once
through `build_rating` (see `cnsr.web.overrides`) and lands in the audit trail."""

from __future__ import annotations

from fastapi import APIRouter, Form, HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from cnsr.store.review import User
from cnsr.web import i18n
from cnsr.web.auth import Analyst, Viewer
from cnsr.web.overrides import OverrideLike, apply_overrides, check, current_value
from cnsr.web.render import page
from cnsr.web.state import WebState, state
from cnsr.web.views import company_key, company_view, current_rating, gaps

router = APIRouter()


def _show(request: Request, web: WebState, cy_id: int, error: str | None = None,
          status_code: int = 200) -> Response:
    view = company_view(web, cy_id)
    template = "company_main.html" if request.headers.get("hx-request") == "true" \
        else "company.html"
    return page(request, template, status_code=status_code, v=view, r=view.rating,
                m=web.m, spec=web.m.spec, error=error)


def _done(request: Request, web: WebState, cy_id: int) -> Response:
    if request.headers.get("hx-request") == "true":
        return _show(request, web, cy_id)
    return RedirectResponse(f"/company/{cy_id}", status_code=303)


@router.get("/company/{cy_id}")
def company(request: Request, cy_id: int, user: User = Viewer) -> Response:
    return _show(request, state(request), cy_id)


@router.get("/company/{cy_id}/gaps")
def company_gaps(request: Request, cy_id: int, user: User = Viewer) -> Response:
    """The gap analysis, loaded by htmx when its section scrolls into view."""
    web = state(request)
    key = company_key(web, cy_id)
    _auto, rating, fingerprint, overrides = current_rating(web, key)
    return page(request, "gaps.html", cy_id=cy_id, r=rating,
                gaps=gaps(web, rating, fingerprint, overrides))


@router.post("/company/{cy_id}/override")
def override(request: Request, cy_id: int, target: str = Form(max_length=80),
             value: str = Form("", max_length=20), reason: str = Form("", max_length=2000),
             revert: str = Form(""), user: User = Analyst) -> Response:
    web = state(request)
    lang = i18n.choose(request)
    key = company_key(web, cy_id)
    auto, before, _fp, overrides = current_rating(web, key)
    if not reason.strip():
        return _show(request, web, cy_id, error=i18n.t("reason_required", lang),
                     status_code=422)
    try:
        new_value = None if revert else check(web.m, target, value)
        old_value = current_value(before, target)
    except (ValueError, KeyError) as err:
        return _show(request, web, cy_id, error=str(err), status_code=422)
    kept: list[OverrideLike] = [o for o in overrides if o.target != target]
    if new_value is not None:
        kept.append(_Pending(target=target, value=new_value, reason=reason))
    after = apply_overrides(web.m, auto, kept)
    web.review.set_override(
        key, web.m.label, target, new_value, reason.strip(), user.name,
        before=f"{old_value} (total {before.total:g}, stage {before.stage})",
        after=f"{current_value(after, target)} (total {after.total:g}, stage {after.stage})")
    web.changed()
    return _done(request, web, cy_id)


@router.post("/company/{cy_id}/signoff")
def signoff(request: Request, cy_id: int, note: str = Form("", max_length=2000),
            user: User = Analyst) -> Response:
    web = state(request)
    key = company_key(web, cy_id)
    _auto, rating, fingerprint, overrides = current_rating(web, key)
    if rating.provenance.methodology != web.m.label:
        raise HTTPException(status_code=409, detail="methodology differs")
    web.review.sign_off(rating, base_fingerprint=fingerprint, overrides=len(overrides),
                        user=user.name, note=note.strip())
    web.changed()
    return _done(request, web, cy_id)


class _Pending:
    def __init__(self, target: str, value: str, reason: str) -> None:
        self.target, self.value, self.reason = target, value, reason
