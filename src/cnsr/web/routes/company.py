"""The company-year page, and the review actions on it: override (and revert) a point rating,
a band or the stage with a required reason, and sign-off. Each change is re-scored at once
through `build_rating` (see `cnsr.web.overrides`) and lands in the audit trail.

The page lists the 16 indicators collapsed (score, level, bands); an indicator's points,
evidence and override forms load with htmx when it is opened
(`/company/{id}/indicators/{indicator}`), or come with the page for `?open=I03,I05` /
`?open=all`. A change re-renders the page's main part with the indicators that were open
(sent by htmx from the open `<details>`) and the changed one open."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from cnsr.store.review import User
from cnsr.web import i18n
from cnsr.web.auth import Analyst, Viewer
from cnsr.web.overrides import (
    OverrideLike,
    apply_overrides,
    check,
    current_value,
    indicator_of,
)
from cnsr.web.render import page
from cnsr.web.state import WebState, state
from cnsr.web.views import Current, company_view, current, gaps, indicator_view

router = APIRouter()
OpenForm = Annotated[list[str] | None, Form(alias="open")]
"""The indicators open on the page when a change was sent (htmx includes them)."""


def _open(web: WebState, asked: list[str] | str | None) -> frozenset[str]:
    """Indicator ids to show in full, from `?open=I03,I05`, `?open=all` or form fields."""
    words = asked.split(",") if isinstance(asked, str) else asked or []
    words = [w.strip() for text in words for w in text.split(",")]
    known = web.m.spec.indicator_by_id
    if "all" in words:
        return frozenset(known)
    return frozenset(w for w in words if w in known)


def _show(request: Request, web: WebState, cy_id: int, open_: frozenset[str] = frozenset(),
          error: str | None = None, status_code: int = 200, known: Current | None = None
          ) -> Response:
    view = company_view(web, cy_id, open_, known)
    template = "company_main.html" if request.headers.get("hx-request") == "true" \
        else "company.html"
    return page(request, template, status_code=status_code, v=view, r=view.rating,
                m=web.m, spec=web.m.spec, error=error)


def _done(request: Request, web: WebState, cy_id: int, open_: frozenset[str],
          changed: str | None = None) -> Response:
    if changed:
        open_ = open_ | {changed}
    if request.headers.get("hx-request") == "true":
        return _show(request, web, cy_id, open_)
    if changed:
        return RedirectResponse(f"/company/{cy_id}?open={changed}#ind-{changed}",
                                status_code=303)
    return RedirectResponse(f"/company/{cy_id}", status_code=303)


@router.get("/company/{cy_id}")
def company(request: Request, cy_id: int, user: User = Viewer) -> Response:
    web = state(request)
    return _show(request, web, cy_id, _open(web, request.query_params.get("open")))


@router.get("/company/{cy_id}/indicators/{indicator}")
def company_indicator(request: Request, cy_id: int, indicator: str,
                      user: User = Viewer) -> Response:
    """One indicator's points, evidence and override forms, loaded by htmx when it is opened
    (without htmx: the page with that indicator open)."""
    web = state(request)
    if indicator not in web.m.spec.indicator_by_id:
        raise HTTPException(status_code=404)
    if request.headers.get("hx-request") != "true":
        return RedirectResponse(f"/company/{cy_id}?open={indicator}#ind-{indicator}",
                                status_code=303)
    view = indicator_view(web, cy_id, indicator)
    return page(request, "indicator_fragment.html", v=view, r=view.rating,
                ind=view.rating.indicator(indicator), m=web.m, spec=web.m.spec)


@router.get("/company/{cy_id}/gaps")
def company_gaps(request: Request, cy_id: int, user: User = Viewer) -> Response:
    """The gap analysis, loaded by htmx when its section scrolls into view."""
    web = state(request)
    cur = current(web, cy_id)
    return page(request, "gaps.html", cy_id=cy_id, r=cur.rating,
                gaps=gaps(web, cur.rating, cur.fingerprint, cur.overrides))


@router.post("/company/{cy_id}/override")
def override(request: Request, cy_id: int, target: str = Form(max_length=80),
             value: str = Form("", max_length=20), reason: str = Form("", max_length=2000),
             revert: str = Form(""), opened: OpenForm = None, user: User = Analyst) -> Response:
    web = state(request)
    lang = i18n.choose(request)
    open_ = _open(web, opened)
    changed = indicator_of(web.m, target)
    if changed:
        open_ |= {changed}
    cur = current(web, cy_id)
    if not reason.strip():
        return _show(request, web, cy_id, open_, error=i18n.t("reason_required", lang),
                     status_code=422, known=cur)
    try:
        new_value = None if revert else check(web.m, target, value)
        old_value = current_value(cur.rating, target)
    except (ValueError, KeyError) as err:
        return _show(request, web, cy_id, open_, error=str(err), status_code=422, known=cur)
    kept: list[OverrideLike] = [o for o in cur.overrides if o.target != target]
    if new_value is not None:
        kept.append(_Pending(target=target, value=new_value, reason=reason))
    before = cur.rating
    after = apply_overrides(web.m, cur.automatic, kept)
    web.review.set_override(
        cur.key, web.m.label, target, new_value, reason.strip(), user.name,
        before=f"{old_value} (total {before.total:g}, stage {before.stage})",
        after=f"{current_value(after, target)} (total {after.total:g}, stage {after.stage})")
    web.changed()
    return _done(request, web, cy_id, open_, changed)


@router.post("/company/{cy_id}/signoff")
def signoff(request: Request, cy_id: int, note: str = Form("", max_length=2000),
            opened: OpenForm = None, user: User = Analyst) -> Response:
    web = state(request)
    cur = current(web, cy_id)
    if cur.rating.provenance.methodology != web.m.label:
        raise HTTPException(status_code=409, detail="methodology differs")
    web.review.sign_off(cur.rating, base_fingerprint=cur.fingerprint,
                        overrides=len(cur.overrides), user=user.name, note=note.strip())
    web.changed()
    return _done(request, web, cy_id, _open(web, opened))


class _Pending:
    def __init__(self, target: str, value: str, reason: str) -> None:
        self.target, self.value, self.reason = target, value, reason
