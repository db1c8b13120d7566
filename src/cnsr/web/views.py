"""What the company-year page shows, gathered from the store (no HTML here)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime

from fastapi import HTTPException
from sqlalchemy import select

from cnsr.rank.peers import Ranked, peer_key, position, rank_groups
from cnsr.rating import Rating
from cnsr.report.gaps import GapAnalysis, analyse
from cnsr.store.review import (
    AuditEntry,
    Override,
    Signoff,
    automatic_rating,
    effective_ratings,
    effective_summaries,
)
from cnsr.store.schema import CompanyYear, DocumentRow
from cnsr.web.overrides import apply_overrides
from cnsr.web.state import WebState


@dataclass
class CompanyView:
    cy_id: int
    automatic: Rating
    fingerprint: str
    rating: Rating
    """The automatic rating with the overrides applied: what the reviewer is looking at."""
    overrides: dict[str, Override]
    signoff: Signoff | None
    audit: list[AuditEntry]
    position: Ranked | None
    previous: Rating | None
    documents: dict[str, int] = field(default_factory=dict)
    """Stored document path → document id (for page images)."""

    @property
    def pending(self) -> int:
        """Changes made after the last sign-off (all of them when never signed off)."""
        since: datetime | None = self.signoff.signed_at if self.signoff else None
        return sum(1 for a in self.audit if a.action in ("override", "revert")
                   and (since is None or _aware(a.at) > _aware(since)))

    @property
    def state(self) -> str:
        if self.signoff is None:
            return "draft" if self.overrides or self.pending else "automatic"
        return "draft" if self.pending else "signed"

    @property
    def stale(self) -> bool:
        return self.signoff is not None and self.signoff.base_fingerprint != self.fingerprint


def company_key(web: WebState, cy_id: int) -> str:
    with web.store.engine.connect() as conn:
        key = conn.execute(select(CompanyYear.key).where(CompanyYear.id == cy_id)).scalar()
    if key is None:
        raise HTTPException(status_code=404)
    return str(key)


def company_ids(web: WebState, keys: list[str]) -> dict[str, int]:
    if not keys:
        return {}
    with web.store.engine.connect() as conn:
        rows = conn.execute(select(CompanyYear.key, CompanyYear.id)
                            .where(CompanyYear.key.in_(keys)))
        return {k: i for k, i in rows}


def current_rating(web: WebState, key: str) -> tuple[Rating, Rating, str, list[Override]]:
    """(automatic, with overrides, fingerprint, overrides) of company-year `key`."""
    found = automatic_rating(web.store, key, web.m.label)
    if found is None:
        raise HTTPException(status_code=404)
    auto, fingerprint = found
    overrides = web.review.overrides(key, web.m.label)
    return auto, apply_overrides(web.m, auto, overrides), fingerprint, overrides


def company_view(web: WebState, cy_id: int) -> CompanyView:
    key = company_key(web, cy_id)
    auto, rating, fingerprint, overrides = current_rating(web, key)
    return CompanyView(
        cy_id=cy_id, automatic=auto, fingerprint=fingerprint, rating=rating,
        overrides={o.target: o for o in overrides},
        signoff=web.review.signoff(key, web.m.label), audit=web.review.audit(key, limit=50),
        position=peer_position(web, rating), previous=previous_rating(web, rating),
        documents=documents(web, cy_id),
    )


_GAPS: OrderedDict[tuple[str, str, str, tuple[tuple[str, str], ...]], GapAnalysis] = \
    OrderedDict()
_GAPS_LOCK = threading.Lock()


def gaps(web: WebState, rating: Rating, fingerprint: str, overrides: list[Override]
          ) -> GapAnalysis:
    """Gap analysis, memoised on what determines it: the automatic rating's inputs and the
    overrides (re-scoring every option costs ~20 ms per page otherwise)."""
    key = (rating.company.key, web.m.label, fingerprint,
           tuple(sorted((o.target, o.value) for o in overrides)))
    with _GAPS_LOCK:
        if key in _GAPS:
            _GAPS.move_to_end(key)
            return _GAPS[key]
    result = analyse(rating, web.m, limit=8)
    with _GAPS_LOCK:
        _GAPS[key] = result
        while len(_GAPS) > 512:
            _GAPS.popitem(last=False)
    return result


def peer_position(web: WebState, rating: Rating) -> Ranked | None:
    """Where `rating` stands among its peers' published ratings (it replaces its own)."""
    if rating.stage == 0:
        return None
    c = rating.company
    peers = [e.rating for e in effective_summaries(web.store, c.year, c.industry, c.size,
                                                   web.m.label)
             if e.rating.company.key != c.key and e.rating.stage == rating.stage]
    groups = [g for g in rank_groups([*peers, rating]) if g.key == peer_key(rating)]
    return position(groups, c.key)


def previous_rating(web: WebState, rating: Rating) -> Rating | None:
    c = rating.company
    key = f"{c.code or c.name}/{c.year - 1}"
    found = effective_ratings(web.store, c.year - 1, key=key, methodology=web.m.label)
    return found[0].rating if found else None


def documents(web: WebState, cy_id: int) -> dict[str, int]:
    with web.store.engine.connect() as conn:
        rows = conn.execute(select(DocumentRow.path, DocumentRow.id)
                            .where(DocumentRow.company_year_id == cy_id))
        return {p: i for p, i in rows}


def _aware(value: datetime) -> datetime:
    from datetime import UTC

    return value if value.tzinfo else value.replace(tzinfo=UTC)
