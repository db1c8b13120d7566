"""Published ratings read from the store: per company-year and methodology, the signed-off
reviewed rating where one exists, else the newest automatic one (`effective_ratings`, which
rankings, cards and exports call), the same for one peer group from indexed columns only
(`effective_summaries`), and the newest automatic rating of one company-year. The workflow that
writes reviews is `cnsr.store.review_workflow`."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import select

from cnsr.rating import Company, Provenance, Rating
from cnsr.store.clock import aware
from cnsr.store.repository import Store
from cnsr.store.review_schema import SignoffRow
from cnsr.store.schema import CompanyYear, RatingRow

REVIEWED = "reviewed"
AUTOMATIC = ("reader", "expert", "ghg")


class Effective(BaseModel):
    """A company-year's rating as published: `reviewed` says whether a reviewer signed it."""

    rating: Rating
    reviewed: bool
    signed_by: str | None = None
    signed_at: datetime | None = None

def effective_ratings(store: Store, year: int | None = None, industry: str | None = None, *,
                      size: str | None = None, stage: int | None = None,
                      methodology: str | None = None, key: str | None = None
                      ) -> list[Effective]:
    """One rating per company-year and methodology: the signed-off reviewed rating where one
    exists, else the newest automatic one. `stage` filters on the effective rating's stage."""
    query = (select(RatingRow.company_year_id, RatingRow.methodology, RatingRow.kind,
                    RatingRow.created_at, RatingRow.body, SignoffRow.user_name,
                    SignoffRow.signed_at)
             .outerjoin(SignoffRow, SignoffRow.rating_id == RatingRow.id)
             .where(RatingRow.kind.in_((*AUTOMATIC, REVIEWED))))
    for column, value in ((RatingRow.year, year), (RatingRow.industry, industry),
                          (RatingRow.size, size), (RatingRow.methodology, methodology)):
        if value is not None:
            query = query.where(column == value)
    if key is not None:  # through the company-year's unique key: ratings.key has no index
        query = query.where(RatingRow.company_year_id == cy_subquery(key))
    chosen: dict[tuple[int, str], tuple[tuple[int, datetime], Any]] = {}
    with store.engine.connect() as conn:
        for row in conn.execute(query):
            rank = (1 if row.kind == REVIEWED else 0, aware(row.created_at))
            slot = (row.company_year_id, row.methodology)
            if slot not in chosen or rank > chosen[slot][0]:
                chosen[slot] = (rank, row)
    out = []
    for _rank, row in chosen.values():
        rating = Rating.model_validate(row.body)
        if stage is not None and rating.stage != stage:
            continue
        out.append(Effective(rating=rating, reviewed=row.kind == REVIEWED,
                             signed_by=row.user_name, signed_at=row.signed_at))
    out.sort(key=lambda e: (e.rating.company.key, e.rating.provenance.methodology))
    return out


def automatic_rating(store: Store, key: str, methodology: str | None = None
                     ) -> tuple[Rating, str] | None:
    """The newest automatic rating of company-year `key` and its input fingerprint."""
    query = select(RatingRow.body, RatingRow.fingerprint).where(
        RatingRow.company_year_id == cy_subquery(key), RatingRow.kind.in_(AUTOMATIC))
    if methodology:
        query = query.where(RatingRow.methodology == methodology)
    with store.engine.connect() as conn:
        row = conn.execute(query.order_by(RatingRow.created_at.desc()).limit(1)).first()
    return (Rating.model_validate(row.body), row.fingerprint) if row else None


def effective_summaries(store: Store, year: int, industry: str, size: str, methodology: str,
                        *, stage: int | None = None) -> list[Effective]:
    """Like `effective_ratings` for one year × industry × size, but built from the indexed
    columns only (`summary_rating`): cheap enough to rank a peer group on every page view.
    `stage` keeps the company-years whose effective rating has that stage."""
    query = (select(RatingRow.company_year_id, RatingRow.kind, RatingRow.created_at,
                    RatingRow.stage, RatingRow.total, RatingRow.maximum, RatingRow.share,
                    CompanyYear.name, CompanyYear.code)
             .join(CompanyYear, CompanyYear.id == RatingRow.company_year_id)
             .where(RatingRow.kind.in_((*AUTOMATIC, REVIEWED)), RatingRow.year == year,
                    RatingRow.industry == industry, RatingRow.size == size,
                    RatingRow.methodology == methodology))
    chosen: dict[int, tuple[tuple[int, datetime], Any]] = {}
    with store.engine.connect() as conn:
        for row in conn.execute(query):
            rank = (1 if row.kind == REVIEWED else 0, aware(row.created_at))
            if row.company_year_id not in chosen or rank > chosen[row.company_year_id][0]:
                chosen[row.company_year_id] = (rank, row)
    out = []
    for _rank, r in chosen.values():
        if stage is not None and r.stage != stage:
            continue  # filtered after choosing: a reviewed rating may change the stage
        company = Company.model_construct(name=r.name, code=r.code, industry=industry,
                                          size=size, year=year)
        out.append(Effective.model_construct(
            rating=summary_rating(company, r.stage, r.total, r.maximum, r.share, methodology),
            reviewed=r.kind == REVIEWED, signed_by=None, signed_at=None))
    return out


def summary_rating(company: Company, stage: int, total: float, maximum: int, share: float,
                   methodology: str) -> Rating:
    """A Rating carrying only what a ranking reads (no indicators): lets `rank_groups` rank
    thousands of stored ratings from their indexed columns without parsing their JSON."""
    return Rating.model_construct(
        company=company, stage=stage, criteria={}, indicators=[], total=total,
        maximum=maximum, share=share, emissions=[],
        provenance=Provenance.model_construct(methodology=methodology, produced_by="reader",
                                              cnsr_version="", inputs=[]))
    # every field given: model_construct then skips pydantic's (slow) default handling


def cy_subquery(key: str) -> Any:
    """The id of company-year `key`, as a scalar subquery."""
    return select(CompanyYear.id).where(CompanyYear.key == key).scalar_subquery()
