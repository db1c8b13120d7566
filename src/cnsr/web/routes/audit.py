"""The audit trail: every override, revert, sign-off, upload (done, failed or refused) and
account change; filterable by company-year and exportable as CSV or Excel. Company-years are
shown by company name and year (their key, e.g. '609101.SH/2023', beside it)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from sqlalchemy import select
from starlette.requests import Request
from starlette.responses import Response

from cnsr.store.review_workflow import AuditEntry, User
from cnsr.store.schema import CompanyYear
from cnsr.web import i18n
from cnsr.web.auth import Viewer
from cnsr.web.exports import to_csv, to_xlsx
from cnsr.web.render import page, when
from cnsr.web.state import WebState, state

router = APIRouter()
SHOWN = 500


@router.get("/audit")
def audit(request: Request, key: str = "", user: User = Viewer) -> Response:
    web = state(request)
    entries = web.review.audit(key or None, limit=SHOWN)
    names = company_names(web, {e.key for e in entries if e.key} | ({key} if key else set()))
    return page(request, "audit.html", entries=entries, key=key, names=names)


@router.get("/audit.{fmt}")
def audit_export(request: Request, fmt: str, key: str = "", user: User = Viewer) -> Response:
    if fmt not in ("csv", "xlsx"):
        raise HTTPException(status_code=404)
    lang = i18n.choose(request)
    web = state(request)
    entries = web.review.audit(key or None)
    names = company_names(web, {e.key for e in entries if e.key})
    header = [i18n.t(k, lang) for k in ("at", "who", "action", "company", "company_year_key",
                                        "target", "before", "after", "reason_col")]
    rows = [_row(e, names) for e in entries]
    body = to_csv(header, rows) if fmt == "csv" else to_xlsx("audit", header, rows)
    kind = "text/csv; charset=utf-8" if fmt == "csv" else \
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return Response(body, media_type=kind,
                    headers={"Content-Disposition": f'attachment; filename="cnsr-audit.{fmt}"'})


class Named:
    """How the audit trail shows a company-year: its page, name and year."""

    def __init__(self, cy_id: int, name: str, year: int) -> None:
        self.id, self.name, self.year = cy_id, name, year

    def __str__(self) -> str:
        return f"{self.name} {self.year}"


def company_names(web: WebState, keys: set[str]) -> dict[str, Named]:
    """Company-year key → its page id, company name and year (keys not in the store are left
    out and shown as they are)."""
    if not keys:
        return {}
    with web.store.engine.connect() as conn:
        rows = conn.execute(select(CompanyYear.key, CompanyYear.id, CompanyYear.name,
                                   CompanyYear.year).where(CompanyYear.key.in_(sorted(keys))))
        return {r.key: Named(r.id, r.name, r.year) for r in rows}


def _row(e: AuditEntry, names: dict[str, Named]) -> list[object]:
    named = names.get(e.key) if e.key else None
    return [when(e.at), e.user_name, e.action, str(named) if named else "", e.key, e.target,
            e.before, e.after, e.reason]
