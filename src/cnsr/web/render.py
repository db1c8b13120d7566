"""Rendering: Jinja2 templates (autoescaped) with the request's language, user and CSRF
token, plus number formats shared by the pages."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import Response

from cnsr.batch.industries import industry_label, size_label
from cnsr.report.check_first import check_reason, points_to_check
from cnsr.web import i18n
from cnsr.web.auth import can, csrf_token, current_user

STATIC = resources.files("cnsr.web").joinpath("static")
_env = jinja2.Environment(  # autoescape everything: user text is always shown as text
    loader=jinja2.FileSystemLoader(str(resources.files("cnsr.web").joinpath("templates"))),
    autoescape=True, trim_blocks=True, lstrip_blocks=True,
    auto_reload=False)  # compiled once per process: no file check on every (nested) include
templates = Jinja2Templates(env=_env)


def num(value: float | None, digits: int = 2) -> str:
    if value is None:
        return "—"
    text = f"{value:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def signed(value: float) -> str:
    text = num(value)
    return f"+{text}" if value > 0 else text


def pct(share: float) -> str:
    return f"{share * 100:.1f}%"


def when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "—"


def distinct(evidence: Iterable[Any], limit: int = 2) -> list[Any]:
    """The first `limit` evidence items with different passages: the same sentence is often
    cited twice (by two points, or on two pages), and a quote repeated says nothing more.
    Passages are compared without whitespace; one inside an earlier one counts as seen."""
    out: list[Any] = []
    seen: list[str] = []
    for ev in evidence:
        text = "".join(str(ev.passage).split())
        if not text or any(text in s or s in text for s in seen):
            continue
        seen.append(text)
        out.append(ev)
        if len(out) >= limit:
            break
    return out


_CELL = " | "


def table_row(passage: str) -> str | None:
    """A table row's evidence ("captions | header" over "row", as `assess.emissions` and the
    point evidence quote it) as the row itself, each figure with its column's year and its unit
    from the header, caption or unit column, read as the reader reads the table
    (`evidence.tables.table_text`): "范围一排放 | 2021年 12,186.4万吨二氧化碳当量 | 2022年 …".
    None for a passage that is no such pair of lines. Cut to a window (a leading "…"), the
    header is lost: the row's own cells then (session 27: a quote cut at 100 characters showed
    only the header)."""
    head, newline, row = passage.strip().partition("\n")
    if not newline or "\n" in row or _CELL not in row:
        return None
    cells = [c.strip() for c in row.split(_CELL)]
    if head.startswith("…") or _CELL not in head:
        return _CELL.join(cells)
    from cnsr.evidence.tables import table_text  # the reader's modules: only when a row is shown

    header = [c.strip() for c in head.split(_CELL)]
    width = min(len(cells), len(header))
    # the captions come first on the header's line ("温室气体排放（单位：万吨） | 指标 | 2022年 | 2023年")
    rows = [[c] for c in header[:-width]] + [header[-width:], cells]
    written = table_text(rows).split("\n")
    if len(written) != 2 or not written[1].strip("- "):
        return _CELL.join(cells)
    return _CELL.join(part.replace("=", " ", 1) for part in written[1].split(_CELL))


def evidence_quote(passage: str, limit: int = 100) -> str:
    """A passage to quote in a table cell: a table row as the row with its years and unit
    (`table_row`), anything else its first `limit` characters (Jinja's `truncate`); a row is
    allowed twice as long, its figures being the evidence."""
    row = table_row(passage)
    if row is not None:
        return str(jinja2.filters.do_truncate(_env, row, 2 * limit))
    return str(jinja2.filters.do_truncate(_env, passage, limit))


@cache
def static_url(name: str) -> str:
    """`/static/<name>?v=<content hash>`: browsers keep it a year and fetch a changed file
    under its new URL."""
    digest = hashlib.sha256(STATIC.joinpath(name).read_bytes()).hexdigest()[:12]
    return f"/static/{name}?v={digest}"


templates.env.filters.update(num=num, signed=signed, pct=pct, when=when, distinct=distinct,
                             check_reason=check_reason, evidence_quote=evidence_quote)
templates.env.globals.update(static_url=static_url, points_to_check=points_to_check,
                             industry_label=industry_label, size_label=size_label)


def warm_up() -> None:
    """Compile every template and read the message catalog now, not in the first requests."""
    for name in _env.list_templates(extensions=["html"]):
        _env.get_template(name)
    i18n.catalog()


def fragment(name: str, lang: str, **context: Any) -> Markup:
    """A template rendered without a request (no user, CSRF token or URL in it): for HTML the
    same for every reader, which callers cache."""
    def t(key: str, /, **values: object) -> str:
        return i18n.t(key, lang, **values)

    return Markup(_env.get_template(name).render(lang=lang, t=t, **context))


def page(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
    lang = i18n.choose(request)

    def t(key: str, /, **values: object) -> str:
        return i18n.t(key, lang, **values)

    def lang_url(code: str) -> str:
        params = dict(request.query_params)
        params["lang"] = code
        return f"{request.url.path}?{urlencode(params)}"

    user = current_user(request)

    def may(role: str) -> bool:
        return can(user, role)

    context.update(request=request, lang=lang, t=t, user=user, can=may,
                   csrf=csrf_token(request), lang_url=lang_url,
                   hx=request.headers.get("hx-request") == "true")
    return templates.TemplateResponse(request, name, context, status_code=status_code)
