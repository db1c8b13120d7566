"""Studies: the years in the store, and a year's peer groups with ranking chart and table."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException
from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import Response

from cnsr.frameworks.results import CheckSummary
from cnsr.store.checks import check_summaries
from cnsr.store.review_workflow import User
from cnsr.web import i18n
from cnsr.web.auth import Viewer
from cnsr.web.exports import to_csv, to_xlsx
from cnsr.web.render import fragment, page
from cnsr.web.state import state
from cnsr.web.study_checks import YearChecks, year_checks
from cnsr.web.study_data import (
    CHART_TOP,
    ROWS_SHOWN,
    StudyData,
    chart_svg,
    study_data,
    years,
)

router = APIRouter()


@router.get("/studies")
def studies(request: Request, user: User = Viewer) -> Response:
    return page(request, "studies.html", years=years(state(request)))


@router.get("/studies/{year}")
def study(request: Request, year: int, full: bool = False, user: User = Viewer) -> Response:
    """The year's peer groups, each table cut to its first ROWS_SHOWN rows (`?full=1`: all;
    with htmx, 'show all' loads one group's rows in place)."""
    web = state(request)
    data = study_data(web, year)
    if data is None:
        raise HTTPException(status_code=404)
    return page(request, "study.html", study=data.study,
                body=_body(data, year_checks(web, year), i18n.choose(request),
                           None if full else ROWS_SHOWN))


def _body(data: StudyData, checks: YearChecks, lang: str, shown: int | None) -> Markup:
    """The page's groups, tables and chart links: the same for every reader of this study,
    so rendered once per study, stored checks, language and cut."""
    slot = (lang, shown, checks.fingerprint)
    body = data.rendered.get(slot)
    if body is None:
        for old in [k for k in data.rendered if k[2] != checks.fingerprint]:
            data.rendered.pop(old, None)  # checks changed since: never shown again
        body = data.rendered[slot] = fragment(
            "study_body.html", lang, data=data, study=data.study, chart_top=CHART_TOP,
            shown=shown, checks=checks)
    return Markup(body)


@router.get("/studies/{year}/group")
def study_group(request: Request, year: int, stage: int, industry: str = "", size: str = "",
                user: User = Viewer) -> Response:
    """Every row of one peer group's table (htmx, from 'show all')."""
    web = state(request)
    data = study_data(web, year)
    group = next((g for g in data.study.groups if (g.key.stage, g.key.industry, g.key.size)
                  == (stage, industry, size)), None) if data else None
    if data is None or group is None:
        raise HTTPException(status_code=404)
    return page(request, "study_rows.html", data=data, g=group, shown=None,
                checks=year_checks(web, year))


@router.get("/studies/{year}/chart.svg")
def chart(request: Request, year: int, industry: str = "", size: str = "",
          user: User = Viewer) -> Response:
    web = state(request)
    data = study_data(web, year)
    if data is None or (industry, size) not in data.segments:
        raise HTTPException(status_code=404)
    svg = chart_svg(data, i18n.choose(request), industry, size)
    return Response(svg, media_type="image/svg+xml",
                    headers={"Cache-Control": "private, max-age=86400"})  # URL has ?v=


@router.get("/studies/{year}/ranking.{fmt}")
def ranking_export(request: Request, year: int, fmt: str, user: User = Viewer) -> Response:
    """The year's ranking as the page shows it, with each stored guideline check's readiness
    (share of items met, must items missing of must items) in three columns per framework,
    empty where a company-year was not checked."""
    web = state(request)
    data = study_data(web, year, fresh=True)  # a file says exactly what is published
    if data is None or fmt not in ("csv", "xlsx"):
        raise HTTPException(status_code=404)
    lang = i18n.choose(request)
    checks = _checks_by_key(check_summaries(web.store, year))  # as stored now, like the ratings
    frameworks = sorted({fw for found in checks.values() for fw in found})
    header = [i18n.t(k, lang) for k in ("year", "stage", "industry", "size", "rank", "company",
                                        "code", "total", "share", "basis")]
    header += [i18n.t(k, lang, framework=fw) for fw in frameworks
               for k in ("export_readiness", "export_must_missing", "export_must_items")]
    rows = [[year, g.key.stage, g.key.industry, g.key.size, e.rank, e.name, e.code,
             e.total, round(e.share, 4),
             i18n.t("basis_reviewed" if e.key in data.reviewed else "basis_automatic", lang),
             *_readiness(checks.get(e.key, {}), frameworks)]
            for g in data.study.groups for e in g.entries]
    name = f"cnsr-ranking-{year}.{fmt}"
    body = to_csv(header, rows) if fmt == "csv" else to_xlsx(f"{year}", header, rows)
    kind = "text/csv; charset=utf-8" if fmt == "csv" else \
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return Response(body, media_type=kind,
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _checks_by_key(summaries: list[CheckSummary]) -> dict[str, dict[str, CheckSummary]]:
    out: dict[str, dict[str, CheckSummary]] = {}
    for s in summaries:
        out.setdefault(s.key, {})[s.framework] = s
    return out


def _readiness(found: dict[str, CheckSummary], frameworks: list[str]) -> list[object]:
    cells: list[object] = []
    for fw in frameworks:
        s = found.get(fw)
        cells += [None, None, None] if s is None else [round(s.share, 4), s.must_missing,
                                                        s.must_items]
    return cells
