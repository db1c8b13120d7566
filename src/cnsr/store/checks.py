"""Checklist results in the store: one `checks` row per company-year and framework (a newer
check of the same framework replaces it, whatever its version), and one `check_items` row per
item for SQL questions across a market ("who misses scope 3?").

Like a rating, the whole result is kept as JSON (`StoredCheck`, the truth read back
unchanged); the readiness counts and the item rows are indexed copies written in the same
transaction. A check's fingerprint (company-year, framework id@version, input hashes) lets a
batch skip the company-years already checked with the same bundle and the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
    delete,
    func,
    select,
)
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from cnsr import __version__
from cnsr.frameworks.results import CheckSummary, StoredCheck, summary_of
from cnsr.store.schema import Base, CompanyYear, JsonType

if TYPE_CHECKING:
    from cnsr.store.repository import Store


class CheckRow(Base):
    __tablename__ = "checks"
    __table_args__ = (UniqueConstraint("company_year_id", "framework"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company_year_id: Mapped[int] = mapped_column(
        ForeignKey("company_years.id", ondelete="CASCADE"), index=True)
    framework: Mapped[str] = mapped_column(String(100), index=True)
    version: Mapped[str] = mapped_column(String(40))
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    key: Mapped[str] = mapped_column(String(300))
    year: Mapped[int] = mapped_column(Integer, index=True)
    items: Mapped[int] = mapped_column(Integer)
    met: Mapped[int] = mapped_column(Integer)
    partly: Mapped[int] = mapped_column(Integer)
    missing: Mapped[int] = mapped_column(Integer)
    share: Mapped[float] = mapped_column(Float)
    readiness: Mapped[list[dict[str, Any]]] = mapped_column(JsonType)
    cnsr_version: Mapped[str] = mapped_column(String(40))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    body: Mapped[dict[str, Any]] = mapped_column(JsonType)
    item_rows: Mapped[list[CheckItemRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True)


class CheckItemRow(Base):
    """One item of a check: its level, status and the evidence (met, partly) or the reason
    (missing) as JSON."""

    __tablename__ = "check_items"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    check_id: Mapped[int] = mapped_column(ForeignKey("checks.id", ondelete="CASCADE"),
                                          index=True)
    item: Mapped[str] = mapped_column(String(60), index=True)
    level: Mapped[str] = mapped_column(String(20))
    pillar: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(10))
    found_by: Mapped[str] = mapped_column(String(60))
    detail: Mapped[dict[str, Any]] = mapped_column(JsonType)


def write_checks(s: Session, cy: CompanyYear, checks: Sequence[tuple[StoredCheck, str]],
                 run_id: int | None) -> None:
    """Store each (check, fingerprint) for company-year `cy` in session `s`, replacing the
    company-year's earlier check of the same framework."""
    for check, fingerprint in checks:
        s.execute(delete(CheckRow).where(CheckRow.company_year_id == cy.id,
                                         CheckRow.framework == check.framework))
        items = check.result.items
        s.add(CheckRow(
            company_year_id=cy.id, framework=check.framework, version=check.version,
            fingerprint=fingerprint, key=cy.key, year=cy.year, items=len(items),
            met=sum(r.status == "met" for r in items),
            partly=sum(r.status == "partly" for r in items),
            missing=sum(r.status == "missing" for r in items), share=check.share(),
            readiness=[lv.model_dump(mode="json") for lv in check.result.readiness],
            cnsr_version=__version__, run_id=run_id, created_at=datetime.now(UTC),
            body=check.model_dump(mode="json"),
            item_rows=[CheckItemRow(
                item=r.item, level=r.level, pillar=r.pillar, status=r.status,
                found_by=r.found_by,
                detail={"evidence": [e.model_dump(mode="json") for e in r.evidence],
                        "reason": r.reason.model_dump() if r.reason else None})
                for r in items]))
    s.flush()


def load_checks(store: Store, *, key: str | None = None, cy_id: int | None = None,
                year: int | None = None, framework: str | None = None) -> list[StoredCheck]:
    """Stored checks, filtered, ordered by company-year key then framework."""
    query = select(CheckRow.body)
    for column, value in ((CheckRow.key, key), (CheckRow.company_year_id, cy_id),
                          (CheckRow.year, year), (CheckRow.framework, framework)):
        if value is not None:
            query = query.where(column == value)
    with Session(store.engine) as s:
        bodies = s.scalars(query.order_by(CheckRow.key, CheckRow.framework)).all()
    return [StoredCheck.model_validate(b) for b in bodies]


def done_check_fingerprints(store: Store) -> set[str]:
    """Fingerprints of the stored checks: a batch does not check these company-years again."""
    with Session(store.engine) as s:
        return set(s.scalars(select(CheckRow.fingerprint)))


def check_summaries(store: Store, year: int) -> list[CheckSummary]:
    """The year's stored checks in one line each (readiness, must items missing), from the
    indexed columns: no result JSON is read. Ordered by company-year key and framework."""
    query = (select(CheckRow.key, CheckRow.framework, CheckRow.share, CheckRow.readiness)
             .where(CheckRow.year == year).order_by(CheckRow.key, CheckRow.framework))
    with store.engine.connect() as conn:
        return [summary_of(r.framework, r.key, r.share, r.readiness)
                for r in conn.execute(query)]


def checks_fingerprint(store: Store, year: int) -> str:
    """Changes whenever a check of `year` is stored or replaced (a replacement is a new row):
    one aggregate over the indexed year column."""
    query = select(func.count(), func.coalesce(func.sum(CheckRow.id), 0),
                   func.coalesce(func.max(CheckRow.id), 0)).where(CheckRow.year == year)
    with store.engine.connect() as conn:
        count, total, top = conn.execute(query).one()
    return f"{count}|{total}|{top}"
