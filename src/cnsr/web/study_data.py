"""A year's study over the published (effective) ratings, cached, and its ranking chart."""

from __future__ import annotations

import io
import itertools
import threading
from dataclasses import dataclass

from sqlalchemy import func, select

from cnsr.rank.study import Study, build_study
from cnsr.report.charts import chart_style, ranking_figure
from cnsr.store.review import REVIEWED, effective_ratings
from cnsr.store.schema import RatingRow
from cnsr.web.state import WebState
from cnsr.web.views import company_ids

CHART_TOP = 40
"""The chart shows at most this many companies per peer group (the table shows all)."""
_chart_lock = threading.Lock()
_stamps = itertools.count(1)  # matplotlib's rc_context is process-global


@dataclass
class StudyData:
    study: Study
    reviewed: set[str]
    ids: dict[str, int]
    stamp: int = 0
    """Changes whenever the data is rebuilt: the chart URL carries it (browser caching)."""

    @property
    def segments(self) -> list[tuple[str, str]]:
        return sorted({(g.key.industry, g.key.size) for g in self.study.groups})


def years(web: WebState) -> list[tuple[int, int, int]]:
    """(year, company-years, reviewed) of the store, newest first."""
    def build() -> list[tuple[int, int, int]]:
        with web.store.engine.connect() as conn:
            rows = conn.execute(
                select(RatingRow.year, RatingRow.kind, func.count())
                .where(RatingRow.methodology == web.m.label)
                .group_by(RatingRow.year, RatingRow.kind)).all()
        out: dict[int, list[int]] = {}
        for year, kind, n in rows:
            slot = out.setdefault(year, [0, 0])
            slot[1 if kind == REVIEWED else 0] += n
        return [(y, a, r) for y, (a, r) in sorted(out.items(), reverse=True)]

    result: list[tuple[int, int, int]] = web.cached(("years",), build)
    return result


def study_data(web: WebState, year: int) -> StudyData | None:
    def build() -> StudyData | None:
        found = [e for y in (year - 1, year)
                 for e in effective_ratings(web.store, y, methodology=web.m.label)]
        if not any(e.rating.company.year == year for e in found):
            return None
        study = build_study([e.rating for e in found], web.m, year)
        keys = [e.rating.company.key for e in found if e.rating.company.year == year]
        return StudyData(study=study,
                         reviewed={e.rating.company.key for e in found if e.reviewed},
                         ids=company_ids(web, keys), stamp=next(_stamps))

    result: StudyData | None = web.cached(("study", year), build)
    return result


def chart_svg(web: WebState, data: StudyData, lang: str, industry: str, size: str) -> bytes:
    def build() -> bytes:
        study = data.study.model_copy(deep=True)
        for g in study.groups:
            g.entries = g.entries[:CHART_TOP]
        with _chart_lock, chart_style():
            fig = ranking_figure(study, lang, industry, size)
            out = io.BytesIO()
            fig.savefig(out, format="svg", bbox_inches="tight", metadata={"Date": None})
        return out.getvalue()

    result: bytes = web.cached(("chart", data.study.year, lang, industry, size), build)
    return result
