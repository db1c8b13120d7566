"""The audit trail: every override, revert, sign-off, upload and account change; filterable
by company-year and exportable as CSV or Excel."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from starlette.requests import Request
from starlette.responses import Response

from cnsr.store.review import AuditEntry, User
from cnsr.web import i18n
from cnsr.web.auth import Viewer
from cnsr.web.exports import to_csv, to_xlsx
from cnsr.web.render import page, when
from cnsr.web.state import state
from cnsr.web.views import company_ids

router = APIRouter()
SHOWN = 500


@router.get("/audit")
def audit(request: Request, key: str = "", user: User = Viewer) -> Response:
    web = state(request)
    entries = web.review.audit(key or None, limit=SHOWN)
    ids = company_ids(web, sorted({e.key for e in entries if e.key}))
    return page(request, "audit.html", entries=entries, key=key, ids=ids)


@router.get("/audit.{fmt}")
def audit_export(request: Request, fmt: str, key: str = "", user: User = Viewer) -> Response:
    if fmt not in ("csv", "xlsx"):
        raise HTTPException(status_code=404)
    lang = i18n.choose(request)
    entries = state(request).review.audit(key or None)
    header = [i18n.t(k, lang) for k in ("at", "who", "action", "company", "target", "before",
                                        "after", "reason")]
    rows = [_row(e) for e in entries]
    body = to_csv(header, rows) if fmt == "csv" else to_xlsx("audit", header, rows)
    kind = "text/csv; charset=utf-8" if fmt == "csv" else \
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return Response(body, media_type=kind,
                    headers={"Content-Disposition": f'attachment; filename="cnsr-audit.{fmt}"'})


def _row(e: AuditEntry) -> list[object]:
    return [when(e.at), e.user_name, e.action, e.key, e.target, e.before, e.after, e.reason]
