"""The database schema (SQLAlchemy 2), mirrored by the Alembic migrations in `migrations/`.

A rating is stored whole as JSON (the `Rating` model is the truth, read back unchanged) and its
peer-group and result fields are copied to indexed columns so that rankings and a web app can
filter without parsing JSON. Indicator scores and evidence rows are copies for SQL queries
(which indicators are weak across an industry, which passages were cited); they are written in
the same transaction as the rating and never read back to rebuild it.

`ratings.kind` separates the automatic rating ('reader', 'expert', 'ghg') from later human
ones ('reviewed', 'override'): one row per company-year, kind and methodology, so a review
adds a row and the automatic rating is never overwritten. Review workflow tables (reviewers,
audit trail) belong in a later migration that references `ratings.id`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Stable constraint names so migrations can alter them on SQLite (batch mode) and PostgreSQL.
NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
JsonType = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Run(Base):
    """One `cnsr batch` invocation: what it read and how it ended (for the audit trail)."""

    __tablename__ = "runs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    manifest: Mapped[str] = mapped_column(Text)
    methodology: Mapped[str] = mapped_column(String(200))
    cnsr_version: Mapped[str] = mapped_column(String(40))
    engine: Mapped[str] = mapped_column(String(40))
    rated: Mapped[int] = mapped_column(Integer, default=0)
    skipped: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(  # running | finished | interrupted (killed, crashed)
        String(20), default="running", server_default="finished")
    host: Mapped[str | None] = mapped_column(String(200))
    pid: Mapped[int | None] = mapped_column(Integer)


class BatchLock(Base):
    """The run writing the store now (at most one row, id 1): one batch per store at a time.
    A row whose pid is dead on this host, or whose heartbeat is older than the lease, belongs
    to a killed run and is taken over (cnsr/store/lease.py)."""

    __tablename__ = "batch_lock"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner: Mapped[str] = mapped_column(String(32))  # random token of the holding process
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id", ondelete="CASCADE"))
    host: Mapped[str] = mapped_column(String(200))
    pid: Mapped[int] = mapped_column(Integer)
    manifest: Mapped[str] = mapped_column(Text)
    acquired_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    heartbeat_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CompanyYear(Base):
    __tablename__ = "company_years"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    code: Mapped[str] = mapped_column(String(20), index=True)
    industry: Mapped[str] = mapped_column(String(10), index=True)
    size: Mapped[str] = mapped_column(String(10))
    year: Mapped[int] = mapped_column(Integer, index=True)
    documents: Mapped[list[DocumentRow]] = relationship(back_populates="company_year")


class DocumentRow(Base):
    """A document of a company-year, identified by content (sha256), with its last outcome."""

    __tablename__ = "documents"
    __table_args__ = (UniqueConstraint("company_year_id", "sha256"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company_year_id: Mapped[int] = mapped_column(
        ForeignKey("company_years.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(20))  # pending | rated | failed | superseded
    error: Mapped[str | None] = mapped_column(Text)
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    company_year: Mapped[CompanyYear] = relationship(back_populates="documents")


class RatingRow(Base):
    __tablename__ = "ratings"
    __table_args__ = (
        UniqueConstraint("company_year_id", "kind", "methodology"),
        Index("ix_ratings_peer", "kind", "year", "industry", "size", "stage"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company_year_id: Mapped[int] = mapped_column(
        ForeignKey("company_years.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # reader | expert | ghg | reviewed | override
    methodology: Mapped[str] = mapped_column(String(200))
    fingerprint: Mapped[str] = mapped_column(String(64), index=True)
    key: Mapped[str] = mapped_column(String(300))
    year: Mapped[int] = mapped_column(Integer)
    industry: Mapped[str] = mapped_column(String(10))
    size: Mapped[str] = mapped_column(String(10))
    stage: Mapped[int] = mapped_column(Integer)
    total: Mapped[float] = mapped_column(Float)
    maximum: Mapped[int] = mapped_column(Integer)
    share: Mapped[float] = mapped_column(Float)
    cnsr_version: Mapped[str] = mapped_column(String(40))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("runs.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    body: Mapped[dict[str, Any]] = mapped_column(JsonType)
    scores: Mapped[list[IndicatorScoreRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True)
    evidence: Mapped[list[EvidenceRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True)


class IndicatorScoreRow(Base):
    __tablename__ = "indicator_scores"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rating_id: Mapped[int] = mapped_column(
        ForeignKey("ratings.id", ondelete="CASCADE"), index=True)
    indicator: Mapped[str] = mapped_column(String(40), index=True)
    counted: Mapped[bool] = mapped_column(Boolean)
    level: Mapped[int] = mapped_column(Integer)
    percent: Mapped[int] = mapped_column(Integer)
    bonus: Mapped[int] = mapped_column(Integer)
    capped: Mapped[bool] = mapped_column(Boolean)
    score: Mapped[float] = mapped_column(Float)


class EvidenceRow(Base):
    """One cited passage: for a point (`point` set) or a dimension/criterion (`target` set)."""

    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rating_id: Mapped[int] = mapped_column(
        ForeignKey("ratings.id", ondelete="CASCADE"), index=True)
    indicator: Mapped[str | None] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(60))  # point id, dimension or criterion name
    file: Mapped[str] = mapped_column(Text)
    page: Mapped[int | None] = mapped_column(Integer)
    passage: Mapped[str] = mapped_column(Text)
    relevance: Mapped[float] = mapped_column(Float)
