"""A year's study over the published (effective) ratings, and its ranking charts.

Built from indexed columns, never from rating JSON (`cnsr.store.study_reads`): every request
checks a fingerprint of the rating rows of the year and the year before (one aggregate, tens
of ms at 5,000 company-years; at most every FRESH_SECONDS unless the app wrote meanwhile)
and reuses the built study while it is unchanged. An
override changes no published row (only a sign-off does), so overrides never rebuild it; a
sign-off or a batch run does, reading only the new rows' indicator scores (the rest are
cached by row id) and re-ranking only the peer groups the changed rows reach
(`cnsr.rank.incremental`: the changed company-year's group before and after, and this
year's groups of last year's peers when last year changed); the result equals a full build
(tests/rank/test_incremental.py, tests/web/test_study_incremental.py). A chart is cached by its segment's (industry × size) published rows, so a
change redraws only its segment's chart. One build per year at a time: concurrent requests
for a cold year wait for the first build instead of repeating it, and after a change pages
get the previous study while one rebuild runs in the background.
"""

from __future__ import annotations

import hashlib
import io
import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select

from cnsr.rank.incremental import update_study
from cnsr.rank.peers import company_id
from cnsr.rank.study import Study, build_study
from cnsr.rating import Company, Provenance, Rating
from cnsr.report.chart_style import chart_style
from cnsr.report.charts import ranking_figure
from cnsr.store.effective_reads import REVIEWED
from cnsr.store.schema import RatingRow
from cnsr.store.study_reads import (
    Chosen,
    PublishedRow,
    ScoreCache,
    published_chosen,
    published_fingerprint,
    published_since,
    rows_of,
)
from cnsr.web.state import WebState

log = logging.getLogger("cnsr.web")
CHART_TOP = 40
"""The chart shows at most this many companies per peer group (the table shows all)."""
ROWS_SHOWN = 10
"""Rows of each peer group's table on the year's page; the rest load when asked for."""
_chart_lock = threading.Lock()  # matplotlib's rc_context is process-global
_scores = ScoreCache()
_studies: dict[tuple[str, str, int], StudyData] = {}
_charts: OrderedDict[tuple[object, ...], bytes] = OrderedDict()
_build_locks: dict[tuple[str, str, int], threading.Lock] = {}
_rebuilding: dict[tuple[str, str, int], threading.Event] = {}
_checked: dict[tuple[str, str, int], tuple[float, int, str]] = {}
_lock = threading.Lock()
STALE_WAIT = 0.5
"""After a change, a page waits this long for the rebuild, then shows the previous study."""
FRESH_SECONDS = 2.0
"""A write by another process (a batch) shows on the year's page after at most this long."""


@dataclass
class StudyData:
    study: Study
    reviewed: set[str]
    ids: dict[str, int]
    fingerprint: str = ""
    """Of the published rows the study was built from."""
    source: str = ""
    """The store's URL: caches shared by several apps (tests) keep stores apart."""
    stamps: dict[tuple[str, str], str] = field(default_factory=dict)
    """(industry, size) → fingerprint of that segment's published rows: the chart URL
    carries it, so browsers cache a chart until its segment changes."""
    ratings: list[Rating] = field(default_factory=list)
    """The ratings (both years) the study was built from: the next build updates it."""
    by_row: dict[tuple[int, datetime], Rating] = field(default_factory=dict)
    """(rating row id, its creation) → its Rating in `ratings` (rows are immutable: reused as
    they are; the time tells a row apart from an earlier one SQLite gave the same id)."""
    chosen: Chosen = field(default_factory=dict)
    """The published rows by company-year with the rank that chose them: after a sign-off
    only the rows added since are read (`published_since`)."""
    rendered: dict[tuple[str, int | None, str], str] = field(default_factory=dict)
    """(language, rows shown, checks fingerprint) → the year page's body HTML, the same for
    every reader: rendered once per study and stored checks (`routes.studies`), ~50 ms of CPU
    otherwise on every view."""
    peers: dict[tuple[int, str, str], list[Rating]] = field(default_factory=dict)
    """(stage, industry, size) → the year's published ratings of that peer group: the
    company page ranks a rating among them without a query (`study_peers`)."""

    @property
    def segments(self) -> list[tuple[str, str]]:
        return sorted({(g.key.industry, g.key.size) for g in self.study.groups})

    @property
    def stamp(self) -> str:
        return self.fingerprint[:12]


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


def _fingerprint(rows: list[PublishedRow]) -> str:
    text = ",".join(f"{r.cy_id}:{r.rating_id}" for r in rows)
    return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()


def _current_fingerprint(web: WebState, slot: tuple[str, str, int]) -> str:
    """The published rows' fingerprint, re-read when the app has written since, or
    FRESH_SECONDS passed (another process, such as a batch, may have written)."""
    now = time.monotonic()
    seen = _checked.get(slot)
    if seen and seen[1] == web.version and now - seen[0] < FRESH_SECONDS:
        return seen[2]
    year = slot[2]
    fingerprint = published_fingerprint(web.store, (year - 1, year), web.m.label)
    _checked[slot] = (now, web.version, fingerprint)
    return fingerprint


def study_data(web: WebState, year: int, fresh: bool = False) -> StudyData | None:
    """The study of `year` as published; None when the year has no ratings. After a change
    (a sign-off, a batch), the previous study is returned while one rebuild runs in the
    background (a page waits at most STALE_WAIT for it; 20 readers never start 20); `fresh`
    waits for the current one instead (exports, tests). A cold year is built at once."""
    slot = (str(web.store.engine.url), web.m.label, year)
    fingerprint = _current_fingerprint(web, slot)
    found = _studies.get(slot)
    if found is not None and (found.fingerprint == fingerprint or not fresh):
        if found.fingerprint != fingerprint:
            _rebuild_soon(web, slot).wait(STALE_WAIT)  # quick rebuilds are shown at once
            found = _studies.get(slot, found)
        return found if found.study.companies else None
    found = _rebuild(web, slot, fingerprint)
    return found if found.study.companies else None


def study_peers(web: WebState, year: int, stage: int, industry: str, size: str
                ) -> list[Rating] | None:
    """The published ratings of one peer group of `year` from the year's built study, when
    it is built and current (None otherwise: the caller reads the store). Never builds."""
    slot = (str(web.store.engine.url), web.m.label, year)
    found = _studies.get(slot)
    if found is None or found.fingerprint != _current_fingerprint(web, slot):
        return None
    return found.peers.get((stage, industry.strip(), size.strip()), [])


def _rebuild(web: WebState, slot: tuple[str, str, int], fingerprint: str) -> StudyData:
    """Build the study of `slot` unless another thread just did (one build at a time)."""
    with _lock:
        build_lock = _build_locks.setdefault(slot, threading.Lock())
    with build_lock:
        found = _studies.get(slot)
        if found is None or found.fingerprint != fingerprint:
            found = _build(web, slot[2], fingerprint, found)
            _studies[slot] = found
    return found


def _rebuild_soon(web: WebState, slot: tuple[str, str, int]) -> threading.Event:
    """Start the rebuild of `slot` unless one runs; the event is set when it ends."""
    with _lock:
        if slot in _rebuilding:
            return _rebuilding[slot]
        done = _rebuilding[slot] = threading.Event()

    def run() -> None:
        try:
            _checked.pop(slot, None)
            _rebuild(web, slot, _current_fingerprint(web, slot))
        except Exception:  # the next request tries again; the page keeps the last study
            log.exception("rebuilding the study of %s failed", slot[2])
        finally:
            with _lock:
                _rebuilding.pop(slot, None)
            done.set()

    threading.Thread(target=run, name=f"cnsr-study-{slot[2]}", daemon=True).start()
    return done


def _build(web: WebState, year: int, fingerprint: str,
           previous: StudyData | None = None) -> StudyData:
    """The study of `year` over the published rows; given the `previous` one, only the peer
    groups the changed rows reach are redone (`update_study`)."""
    years_read = (year - 1, year)
    chosen = None
    if previous is not None and previous.chosen:  # a sign-off: read the rows added since
        chosen = published_since(web.store, years_read, web.m.label, previous.chosen,
                                 previous.fingerprint, fingerprint)
    if chosen is None:
        chosen = published_chosen(web.store, years_read, web.m.label)
    rows = rows_of(chosen)
    current = [r for r in rows if r.year == year]
    if not current:  # remembered too: a year without ratings is not re-read every time
        empty = Study.model_construct(year=year, methodology=web.m.label, companies=0,
                                      stage_counts={}, stage_names_zh={}, stage_names_en={},
                                      stage_maxima={}, unranked=[], groups=[], text_zh="",
                                      text_en="")
        return StudyData(study=empty,
                         reviewed=set(), ids={}, fingerprint=fingerprint, chosen=chosen)
    scores = _scores.scores(web.store, [r.rating_id for r in current],
                            {r.rating_id: r.created for r in current})
    provenance = Provenance.model_construct(methodology=web.m.label, produced_by="reader",
                                            cnsr_version="", inputs=[])
    known = previous.by_row if previous is not None else {}
    by_row = {(r.rating_id, r.created): known.get((r.rating_id, r.created))
              or _rating(r, provenance) for r in rows}
    ratings = list(by_row.values())
    by_key = {r.key: scores.get(r.rating_id, {}) for r in current}

    def score_of(rating: Rating, indicator: str) -> tuple[float, float]:
        return by_key[rating.company.key].get(indicator, (0, 0.0))

    if previous is not None and previous.study.companies:
        # by row: a signed-off row may total the same with other indicator scores
        changed = {_slot(r) for i, r in by_row.items() if i not in known} | \
            {_slot(r) for i, r in known.items() if i not in by_row}
        study = update_study(previous.study, previous.ratings, ratings, web.m, score_of,
                             changed)
    else:
        study = build_study(ratings, web.m, year, score_of)
    segments: dict[tuple[str, str], list[PublishedRow]] = {}
    peers: dict[tuple[int, str, str], list[Rating]] = {}
    for r in current:
        segments.setdefault((r.industry.strip(), r.size.strip()), []).append(r)
        peers.setdefault((r.stage, r.industry.strip(), r.size.strip()), []).append(
            by_row[(r.rating_id, r.created)])
    return StudyData(study=study, reviewed={r.key for r in rows if r.reviewed},
                     ids={r.key: r.cy_id for r in current}, fingerprint=fingerprint,
                     source=str(web.store.engine.url),
                     stamps={seg: _fingerprint(rs) for seg, rs in segments.items()},
                     ratings=ratings, by_row=by_row, peers=peers, chosen=chosen)


def _slot(rating: Rating) -> tuple[str, int]:
    return company_id(rating), rating.company.year


def _rating(row: PublishedRow, provenance: Provenance) -> Rating:
    """A Rating holding what a ranking reads (the result columns). Every field is given:
    pydantic's `model_construct` is slow on a missing field with a default factory."""
    company = Company.model_construct(name=row.name, code=row.code, industry=row.industry,
                                      size=row.size, year=row.year)
    return Rating.model_construct(company=company, stage=row.stage, criteria={},
                                  indicators=[], total=row.total, maximum=row.maximum,
                                  share=row.share, provenance=provenance, emissions=[])


def chart_svg(data: StudyData, lang: str, industry: str, size: str) -> bytes:
    """The ranking chart of one segment, cached until that segment's published rows change."""
    key = (data.source, data.study.year, data.study.methodology, lang, industry, size,
           data.stamps.get((industry, size), ""))
    with _lock:
        if key in _charts:
            _charts.move_to_end(key)
            return _charts[key]
    study = data.study.model_copy(update={"groups": [
        g.model_copy(update={"entries": g.entries[:CHART_TOP]}) for g in data.study.groups
        if (g.key.industry, g.key.size) == (industry, size)]})
    with _chart_lock, chart_style():
        fig = ranking_figure(study, lang, industry, size)
        out = io.BytesIO()
        fig.savefig(out, format="svg", bbox_inches="tight", metadata={"Date": None})
    svg = out.getvalue()
    with _lock:
        _charts[key] = svg
        while len(_charts) > 128:
            _charts.popitem(last=False)
    return svg
