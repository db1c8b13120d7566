"""What a year's ranking page reads, from indexed columns only (no rating JSON): the
effective rating of every company-year of some years (reviewed where signed off, else the
newest automatic one) and the indicator scores of chosen rating rows.

A `ratings` row is never updated in place (a re-rating or a sign-off inserts a new row), so
indicator scores can be cached by row id for as long as the process lives: after a sign-off
only the new row's sixteen scores are read (`ScoreCache`)."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from cnsr.store.repository import Store
from cnsr.store.review import AUTOMATIC, REVIEWED, _aware
from cnsr.store.schema import CompanyYear, IndicatorScoreRow, RatingRow


@dataclass(frozen=True, slots=True)
class PublishedRow:
    """A company-year's effective rating as its indexed columns hold it (a plain dataclass:
    thousands are made per build, pydantic's construction would dominate)."""

    cy_id: int
    rating_id: int
    key: str
    name: str
    code: str
    industry: str
    size: str
    year: int
    stage: int
    total: float
    maximum: int
    share: float
    reviewed: bool


def published_rows(store: Store, years: Iterable[int], methodology: str) -> list[PublishedRow]:
    """One row per company-year of `years`: the reviewed rating where one was signed off,
    else the newest automatic one (as `effective_ratings` chooses), by company-year id."""
    query = (select(RatingRow.id, RatingRow.company_year_id, RatingRow.kind,
                    RatingRow.created_at, RatingRow.year, RatingRow.industry, RatingRow.size,
                    RatingRow.stage, RatingRow.total, RatingRow.maximum, RatingRow.share,
                    CompanyYear.key, CompanyYear.name, CompanyYear.code)
             .join(CompanyYear, CompanyYear.id == RatingRow.company_year_id)
             .where(RatingRow.year.in_(list(years)), RatingRow.methodology == methodology,
                    RatingRow.kind.in_((*AUTOMATIC, REVIEWED))))
    chosen: dict[int, tuple[tuple[int, datetime], PublishedRow]] = {}
    with store.engine.connect() as conn:
        for r in conn.execute(query):
            rank = (1 if r.kind == REVIEWED else 0, _aware(r.created_at))
            if r.company_year_id in chosen and rank <= chosen[r.company_year_id][0]:
                continue
            chosen[r.company_year_id] = (rank, PublishedRow(
                cy_id=r.company_year_id, rating_id=r.id, key=r.key, name=r.name, code=r.code,
                industry=r.industry, size=r.size, year=r.year, stage=r.stage, total=r.total,
                maximum=r.maximum, share=r.share, reviewed=r.kind == REVIEWED))
    return sorted((row for _rank, row in chosen.values()), key=lambda r: r.key)


def published_fingerprint(store: Store, years: Iterable[int], methodology: str) -> str:
    """Changes whenever a rating row of `years` is added, replaced or deleted (row count, id
    sum and maximum, newest creation time: SQLite may reuse the id of a deleted last row);
    one aggregate over an index, so a page can check it on every request."""
    query = (select(func.count(), func.sum(RatingRow.id), func.max(RatingRow.id),
                    func.max(RatingRow.created_at))
             .where(RatingRow.year.in_(list(years)), RatingRow.methodology == methodology))
    with store.engine.connect() as conn:
        row = conn.execute(query).one()
    return "|".join(str(x) for x in row)


Scores = dict[str, tuple[int, float]]
"""Indicator id → (percent, score) of one rating row."""


class ScoreCache:
    """Indicator scores by store and rating row id; rows are immutable, so entries never go
    stale."""

    def __init__(self, size: int = 50_000) -> None:
        self.size = size
        self._items: dict[tuple[str, int], Scores] = {}
        self._lock = threading.Lock()

    def scores(self, store: Store, rating_ids: Iterable[int]) -> dict[int, Scores]:
        """The scores of `rating_ids`, reading from the store only the ones not cached."""
        wanted = list(rating_ids)
        url = str(store.engine.url)
        with self._lock:
            out = {i: self._items[(url, i)] for i in wanted if (url, i) in self._items}
        missing = [i for i in wanted if i not in out]
        read: dict[int, Scores] = {i: {} for i in missing}
        with store.engine.connect() as conn:
            for start in range(0, len(missing), 900):  # SQLite: at most 999 bound values
                chunk = missing[start:start + 900]
                for rid, ind, pct, score in conn.execute(
                        select(IndicatorScoreRow.rating_id, IndicatorScoreRow.indicator,
                               IndicatorScoreRow.percent, IndicatorScoreRow.score)
                        .where(IndicatorScoreRow.rating_id.in_(chunk))):
                    read[rid][ind] = (pct, score)
        with self._lock:
            if len(self._items) + len(read) > self.size:
                self._items.clear()
            self._items.update(((url, i), scores) for i, scores in read.items())
        out.update(read)
        return out
