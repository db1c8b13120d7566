"""Flatten a `Rating` into indicator-score and evidence rows for SQL queries.

These rows are copies: the rating's JSON stays the truth. They exist so that questions asked
across thousands of companies (which indicators are weak in D44, which pages were cited) are
one indexed query instead of parsing every rating.
"""

from __future__ import annotations

from cnsr.rating import Evidence, Rating
from cnsr.store.schema import EvidenceRow, IndicatorScoreRow


def score_rows(rating: Rating) -> list[IndicatorScoreRow]:
    return [IndicatorScoreRow(indicator=ind.indicator, counted=ind.counted,
                              level=ind.score.level, percent=ind.score.percent,
                              bonus=ind.score.bonus, capped=ind.score.capped,
                              score=ind.score.score)
            for ind in rating.indicators]


def evidence_rows(rating: Rating) -> list[EvidenceRow]:
    """Every cited passage: criteria (no indicator), points and dimension bands."""
    rows = [_row(None, name, ev) for name, c in rating.criteria.items() for ev in c.evidence]
    for ind in rating.indicators:
        for point in ind.points:
            rows += [_row(ind.indicator, point.point, ev) for ev in point.evidence]
        for dim in ("trend", "comparison", "integration"):
            rows += [_row(ind.indicator, dim, ev) for ev in ind.dimension(dim).evidence]
    return rows


def _row(indicator: str | None, target: str, ev: Evidence) -> EvidenceRow:
    return EvidenceRow(indicator=indicator, target=target, file=ev.file, page=ev.page,
                       passage=ev.passage, relevance=ev.relevance)
