"""What a year's ranking page reads, from indexed columns only (no rating JSON): the
effective rating of every company-year of some years (reviewed where signed off, else the
newest automatic one) and the indicator scores of chosen rating rows.

A `ratings` row is never updated in place (a re-rating or a sign-off inserts a new row), so
indicator scores can be cached by row id for as long as the process lives: after a sign-off
only the new row's sixteen scores are read (`ScoreCache`)."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from cnsr.store.clock import aware
from cnsr.store.effective_reads import AUTOMATIC, REVIEWED
from cnsr.store.repository import Store
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
    created: datetime
    """When the row was written: with the id, what identifies it (SQLite gives a row deleted
    and inserted again in one transaction, as a second sign-off does, the same id)."""


Chosen = dict[int, tuple[tuple[int, datetime], PublishedRow]]
"""Company-year id → (the rank that chose it, its published row)."""


def _query(years: Iterable[int], methodology: str) -> Any:
    return (select(RatingRow.id, RatingRow.company_year_id, RatingRow.kind,
                   RatingRow.created_at, RatingRow.year, RatingRow.industry, RatingRow.size,
                   RatingRow.stage, RatingRow.total, RatingRow.maximum, RatingRow.share,
                   CompanyYear.key, CompanyYear.name, CompanyYear.code)
            .join(CompanyYear, CompanyYear.id == RatingRow.company_year_id)
            .where(RatingRow.year.in_(list(years)), RatingRow.methodology == methodology))


def _choose(chosen: Chosen, rows: Iterable[Any]) -> Chosen:
    for r in rows:
        if r.kind not in PUBLISHED_KINDS:
            continue
        rank = (1 if r.kind == REVIEWED else 0, aware(r.created_at))
        if r.company_year_id in chosen and rank <= chosen[r.company_year_id][0]:
            continue
        chosen[r.company_year_id] = (rank, PublishedRow(
            cy_id=r.company_year_id, rating_id=r.id, key=r.key, name=r.name, code=r.code,
            industry=r.industry, size=r.size, year=r.year, stage=r.stage, total=r.total,
            maximum=r.maximum, share=r.share, reviewed=r.kind == REVIEWED, created=rank[1]))
    return chosen


PUBLISHED_KINDS = frozenset((*AUTOMATIC, REVIEWED))


def published_rows(store: Store, years: Iterable[int], methodology: str) -> list[PublishedRow]:
    """One row per company-year of `years`: the reviewed rating where one was signed off,
    else the newest automatic one (as `effective_ratings` chooses), by company-year id."""
    return rows_of(published_chosen(store, years, methodology))


def rows_of(chosen: Chosen) -> list[PublishedRow]:
    return sorted((row for _rank, row in chosen.values()), key=lambda r: r.key)


def published_chosen(store: Store, years: Iterable[int], methodology: str) -> Chosen:
    """`published_rows` with the rank that chose each (what `published_since` updates)."""
    query = _query(years, methodology).where(RatingRow.kind.in_(PUBLISHED_KINDS))
    with store.engine.connect() as conn:
        return _choose({}, conn.execute(query))


def published_since(store: Store, years: Iterable[int], methodology: str, chosen: Chosen,
                    before: str, now: str) -> Chosen | None:
    """`chosen` (read when `published_fingerprint` was `before`) brought to fingerprint `now`
    by reading only the rating rows added since (ids above the old maximum): a sign-off reads
    one row instead of thousands. None when rows were also deleted or replaced (the count
    and id sum do not add up, or the old last row is newer than `before`: SQLite gives a
    row deleted and inserted again in one transaction the same id): read them all again."""
    old, new = _parts(before), _parts(now)
    if old is None or new is None or new[2] < old[2]:
        return None
    query = _query(years, methodology).where(RatingRow.id >= old[2], RatingRow.id <= new[2])
    with store.engine.connect() as conn:
        rows = conn.execute(query).all()
    last = [r for r in rows if r.id == old[2]]
    if not last or aware(last[0].created_at) > old[3]:
        return None
    added = [r for r in rows if r.id > old[2]]
    if (old[0] + len(added), old[1] + sum(r.id for r in added)) != new[:2]:
        return None
    return _choose(dict(chosen), added)


def _parts(fingerprint: str) -> tuple[int, int, int, datetime] | None:
    """(count, id sum, max id, newest creation) of a `published_fingerprint`; None for none."""
    count, total, top, newest = fingerprint.split("|")[:4]
    if "None" in (total, top, newest):
        return None
    return int(count), int(total), int(top), aware(datetime.fromisoformat(newest))


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
        self._items: dict[tuple[str, int], tuple[datetime | None, Scores]] = {}
        self._lock = threading.Lock()

    def scores(self, store: Store, rating_ids: Iterable[int],
               created: Mapping[int, datetime] | None = None) -> dict[int, Scores]:
        """The scores of `rating_ids`, reading from the store only the ones not cached.
        `created`: the rows' creation times; an entry cached for another row that had the
        same id (SQLite reuses the id of a deleted last row) is then read again."""
        wanted = list(rating_ids)
        url = str(store.engine.url)
        stamp = created or {}
        out: dict[int, Scores] = {}
        with self._lock:
            for i in wanted:
                hit = self._items.get((url, i))
                if hit is not None and hit[0] == stamp.get(i):
                    out[i] = hit[1]
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
            self._items.update(((url, i), (stamp.get(i), scores)) for i, scores in read.items())
        out.update(read)
        return out
