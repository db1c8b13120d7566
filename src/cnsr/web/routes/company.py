"""The company-year page, and the review actions on it: override (and revert) a point rating,
a band or the stage with a required reason, and sign-off. Each change is re-scored at once
through `build_rating` (see `cnsr.web.overrides`) and lands in the audit trail.

The page lists the 16 indicators collapsed (score, level, bands); an indicator's points,
evidence and override forms load with htmx when it is opened
(`/company/{id}/indicators/{indicator}`), or come with the page for `?open=I03,I05` /
`?open=all`. Stored checklist results show their readiness; their items load the same way
(`/company/{id}/checks/{framework}`, or `?checks=FRAMEWORK|all`). A change re-renders the page's main part with the indicators that were open
(sent by htmx from the open `<details>`) and the changed one open.

Every form carries the company-year's review version (`version`) and the automatic rating's
fingerprint (`basis`) it was rendered with. A change or sign-off sent from an older page is
refused (409) with who changed it and when; the page is shown as it is now with the user's
input kept in its form, to check and send again. A sign-off needs the reviewer role and may
not come from anyone who authored the changes it covers (four eyes)."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Form, HTTPException
from pydantic import BaseModel
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from cnsr.store.checks import load_checks
from cnsr.store.review_workflow import Conflict, ReviewVersion, User
from cnsr.web import i18n
from cnsr.web.auth import Analyst, Reviewer, Viewer
from cnsr.web.overrides import (
    OverrideLike,
    apply_overrides,
    check,
    current_value,
    indicator_of,
)
from cnsr.web.render import page, when
from cnsr.web.state import WebState, state
from cnsr.web.views import (
    Current,
    company_view,
    current,
    document_for,
    documents,
    gaps,
    indicator_view,
    remember_applied,
)

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


class Kept(BaseModel):
    """A form's input shown back after it was refused, so nothing typed is lost."""

    target: str = ""
    """The override target, or 'signoff'."""
    value: str = ""
    reason: str = ""
    message: str = ""


def _show(request: Request, web: WebState, cy_id: int, open_: frozenset[str] = frozenset(),
          error: str | None = None, status_code: int = 200, known: Current | None = None,
          kept: Kept | None = None) -> Response:
    view = company_view(web, cy_id, open_, known,
                        checks_open=request.query_params.get("checks", "")[:400])
    template = "company_main.html" if request.headers.get("hx-request") == "true" \
        else "company.html"
    return page(request, template, status_code=status_code, v=view, r=view.rating,
                m=web.m, spec=web.m.spec, error=error, kept=kept)


def _conflict(request: Request, web: WebState, cy_id: int, open_: frozenset[str],
              changed: ReviewVersion | None, kept: Kept) -> Response:
    """409: the company-year changed since the form was rendered (`changed` says by whom;
    None: the automatic rating was re-rated). The page as it is now, the input kept."""
    lang = i18n.choose(request)
    if changed is None:
        message = i18n.t("conflict_rerated", lang)
    else:
        message = i18n.t("conflict", lang, user=changed.user_name or "?", at=when(changed.at),
                         action=i18n.t(f"action_{changed.action}", lang))
    kept.message = message
    return _show(request, web, cy_id, open_, error=message, status_code=409, kept=kept)


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


@router.get("/company/{cy_id}/checks/{framework}")
def company_check(request: Request, cy_id: int, framework: str,
                  user: User = Viewer) -> Response:
    """One stored checklist result's items, loaded by htmx when they are opened (without
    htmx: the page with them shown)."""
    web = state(request)
    if request.headers.get("hx-request") != "true":
        return RedirectResponse(f"/company/{cy_id}?{urlencode({'checks': framework})}"
                                f"#items-{quote(framework)}", status_code=303)
    found = [c for c in load_checks(web.store, cy_id=cy_id) if c.framework == framework]
    if not found:
        raise HTTPException(status_code=404)
    docs = documents(web, cy_id)
    return page(request, "company_check_items.html", c=found[0],
                doc_id=lambda file: document_for(file, docs))


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
             revert: str = Form(""), version: int | None = Form(None),
             basis: str = Form("", max_length=64), opened: OpenForm = None,
             user: User = Analyst) -> Response:
    web = state(request)
    lang = i18n.choose(request)
    open_ = _open(web, opened)
    changed = indicator_of(web.m, target)
    if changed:
        open_ |= {changed}
    cur = current(web, cy_id)
    kept = Kept(target=target, value=value, reason=reason)
    if basis and basis != cur.fingerprint:
        return _conflict(request, web, cy_id, open_, None, kept)
    if version is not None and version != cur.version.version:
        return _conflict(request, web, cy_id, open_, cur.version, kept)
    if not reason.strip():
        return _show(request, web, cy_id, open_, error=i18n.t("reason_required", lang),
                     status_code=422, known=cur, kept=kept)
    try:
        new_value = None if revert else check(web.m, target, value)
        old_value = current_value(cur.rating, target)
    except (ValueError, KeyError) as err:
        return _show(request, web, cy_id, open_, error=str(err), status_code=422, known=cur,
                     kept=kept)
    kept_overrides: list[OverrideLike] = [o for o in cur.overrides if o.target != target]
    if new_value is not None:
        kept_overrides.append(_Pending(target=target, value=new_value, reason=reason.strip()))
    before = cur.rating
    after = apply_overrides(web.m, cur.automatic, kept_overrides)
    try:  # applied to the state it was computed from: the version read with it
        web.review.set_override(
            cur.key, web.m.label, target, new_value, reason.strip(), user.name,
            before=f"{old_value} (total {before.total:g}, stage {before.stage})",
            after=f"{current_value(after, target)} (total {after.total:g}, stage {after.stage})",
            expected=cur.version.version)
    except Conflict as err:
        return _conflict(request, web, cy_id, open_, err.current, kept)
    remember_applied(web, cur.automatic, kept_overrides, after)  # the page shows it next
    # no web.changed(): an override publishes nothing, so the year's study stays valid
    return _done(request, web, cy_id, open_, changed)


@router.post("/company/{cy_id}/signoff")
def signoff(request: Request, cy_id: int, note: str = Form("", max_length=2000),
            version: int | None = Form(None), basis: str = Form("", max_length=64),
            opened: OpenForm = None, user: User = Reviewer) -> Response:
    web = state(request)
    open_ = _open(web, opened)
    cur = current(web, cy_id)
    if cur.rating.provenance.methodology != web.m.label:
        raise HTTPException(status_code=409, detail="methodology differs")
    kept = Kept(target="signoff", reason=note)
    if basis and basis != cur.fingerprint:
        return _conflict(request, web, cy_id, open_, None, kept)
    if version is not None and version != cur.version.version:
        return _conflict(request, web, cy_id, open_, cur.version, kept)
    if user.name in web.review.change_authors(cur.key, web.m.label):
        return _show(request, web, cy_id, open_, status_code=403, known=cur, kept=kept,
                     error=i18n.t("four_eyes", i18n.choose(request)))
    try:  # signs exactly the state read above: never a change made after it
        web.review.sign_off(cur.rating, base_fingerprint=cur.fingerprint,
                            overrides=len(cur.overrides), user=user.name, note=note.strip(),
                            expected=cur.version.version)
    except Conflict as err:
        return _conflict(request, web, cy_id, open_, err.current, kept)
    web.changed()
    return _done(request, web, cy_id, open_)


class _Pending:
    def __init__(self, target: str, value: str, reason: str) -> None:
        self.target, self.value, self.reason = target, value, reason
