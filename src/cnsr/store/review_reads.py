"""Cheap reads of one company-year for the review web app's page: its automatic rating by
index (the parsed JSON cached by stored row) and the result of its effective rating from
indexed columns (no JSON). The workflow is in `cnsr.store.review_workflow`,
`effective_ratings` in `cnsr.store.effective_reads`."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Text, and_, cast, select

from cnsr.rating import Rating
from cnsr.store.clock import aware
from cnsr.store.effective_reads import AUTOMATIC, REVIEWED, cy_subquery
from cnsr.store.repository import Store
from cnsr.store.schema import CompanyYear, IndicatorScoreRow, RatingRow


class RatingCache:
    """Parsed ratings by stored row (id, created_at, fingerprint), least recently used out. A
    `ratings` row is never updated in place (a re-rating deletes it and inserts a new one), so
    an entry cannot go stale; it saves reading and validating ~20 KB of JSON per request."""

    def __init__(self, size: int = 1024) -> None:
        # ~150 KB a parsed rating with its evidence: 1,024 hold ~150 MB
        self.size = size
        self._items: OrderedDict[tuple[Any, ...], Rating] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[Any, ...]) -> Rating | None:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: tuple[Any, ...], rating: Rating) -> None:
        with self._lock:
            self._items[key] = rating
            while len(self._items) > self.size:
                self._items.popitem(last=False)


def automatic_rating_by_id(store: Store, cy_id: int, methodology: str,
                           cache: RatingCache | None = None
                           ) -> tuple[str, tuple[Rating, str] | None] | None:
    """(key, (rating, fingerprint)) of company-year `cy_id` by its indexes: the newest
    automatic rating under `methodology`, None in place of it when there is none; None when
    there is no such company-year. With `cache`, the JSON is read only on a miss. The rating
    may be shared: treat it as read-only."""
    query = (select(CompanyYear.key, RatingRow.id, RatingRow.created_at, RatingRow.fingerprint)
             .outerjoin(RatingRow, and_(RatingRow.company_year_id == CompanyYear.id,
                                        RatingRow.kind.in_(AUTOMATIC),
                                        RatingRow.methodology == methodology))
             .where(CompanyYear.id == cy_id)
             .order_by(RatingRow.created_at.desc()).limit(1))
    with store.engine.connect() as conn:
        row = conn.execute(query).first()
        if row is None:
            return None
        if row.id is None:
            return str(row.key), None
        slot = (str(store.engine.url), row.id, row.created_at, row.fingerprint)
        rating = cache.get(slot) if cache is not None else None
        if rating is None:  # the JSON text, parsed by pydantic in one pass (~40% faster)
            body = conn.execute(select(cast(RatingRow.body, Text))
                                .where(RatingRow.id == row.id)).scalar_one()
            rating = Rating.model_validate_json(body)
            if cache is not None:
                cache.put(slot, rating)
    return str(row.key), (rating, row.fingerprint)


class ScoreSummary(BaseModel):
    """A published rating's result without its JSON: the indexed columns and the indicator
    percentages of `indicator_scores` (what a year-over-year comparison reads)."""

    key: str
    year: int
    stage: int
    total: float
    maximum: int
    share: float
    reviewed: bool
    percents: dict[str, int]
    """Indicator id → its score in percent."""


def effective_score(store: Store, key: str, methodology: str) -> ScoreSummary | None:
    """The result of company-year `key`'s effective rating (reviewed where signed off, else
    the newest automatic one) from indexed columns: no rating JSON is read."""
    query = (select(RatingRow.id, RatingRow.kind, RatingRow.created_at, RatingRow.year,
                    RatingRow.stage, RatingRow.total, RatingRow.maximum, RatingRow.share)
             .where(RatingRow.company_year_id == cy_subquery(key),
                    RatingRow.methodology == methodology,
                    RatingRow.kind.in_((*AUTOMATIC, REVIEWED))))
    with store.engine.connect() as conn:
        rows = conn.execute(query).all()
        if not rows:
            return None
        r = max(rows, key=lambda r: (1 if r.kind == REVIEWED else 0, aware(r.created_at)))
        percents = {ind: pct for ind, pct in conn.execute(
            select(IndicatorScoreRow.indicator, IndicatorScoreRow.percent)
            .where(IndicatorScoreRow.rating_id == r.id))}
    return ScoreSummary(key=key, year=r.year, stage=r.stage, total=r.total, maximum=r.maximum,
                        share=r.share, reviewed=r.kind == REVIEWED, percents=percents)
