"""Tables of the review workflow (migrations `0002_review`, `0003_websec`): users, overrides,
sign-offs, the audit trail, upload jobs, web sessions and review versions. Declared on the
store's `Base`, so `cnsr.store.migrate.models_metadata()` (which imports every `cnsr.store`
module) and Alembic see them; the workflow that reads and writes them is
`cnsr.store.review_workflow`."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from cnsr.store.schema import Base

_JSON = JSON().with_variant(JSONB(), "postgresql")
_TZ = DateTime(timezone=True)


class UserRow(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(_TZ)
    created_by: Mapped[str | None] = mapped_column(String(100))


class OverrideRow(Base):
    __tablename__ = "overrides"
    __table_args__ = (UniqueConstraint("company_year_id", "methodology", "target"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company_year_id: Mapped[int] = mapped_column(
        ForeignKey("company_years.id", ondelete="CASCADE"))
    methodology: Mapped[str] = mapped_column(String(200))
    target: Mapped[str] = mapped_column(String(80))
    value: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text)
    user_name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(_TZ)


class SignoffRow(Base):
    __tablename__ = "signoffs"
    __table_args__ = (UniqueConstraint("company_year_id", "methodology"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company_year_id: Mapped[int] = mapped_column(
        ForeignKey("company_years.id", ondelete="CASCADE"))
    methodology: Mapped[str] = mapped_column(String(200))
    rating_id: Mapped[int | None] = mapped_column(ForeignKey("ratings.id", ondelete="SET NULL"))
    base_fingerprint: Mapped[str] = mapped_column(String(64))
    overrides: Mapped[int] = mapped_column(Integer)
    user_name: Mapped[str] = mapped_column(String(100))
    signed_at: Mapped[datetime] = mapped_column(_TZ)
    note: Mapped[str] = mapped_column(Text)


class AuditRow(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(_TZ, index=True)
    user_name: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(30))
    key: Mapped[str | None] = mapped_column(String(300), index=True)
    methodology: Mapped[str | None] = mapped_column(String(200))
    target: Mapped[str | None] = mapped_column(String(80))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)


class JobRow(Base):
    __tablename__ = "upload_jobs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(300))
    user_name: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20))  # queued | running | done | failed
    message: Mapped[str] = mapped_column(Text)
    company: Mapped[dict[str, Any]] = mapped_column(_JSON)
    files: Mapped[list[dict[str, Any]]] = mapped_column(_JSON)
    created_at: Mapped[datetime] = mapped_column(_TZ)
    finished_at: Mapped[datetime | None] = mapped_column(_TZ)


class SessionRow(Base):
    """A signed-in web session (migration `0003_websec`). The cookie carries a random token;
    the row is keyed by its SHA-256, so a copy of the database holds no usable session.
    Signing out deletes the row; disabling a user or changing their password deletes all of
    theirs: every copy of the cookie stops working at once."""

    __tablename__ = "web_sessions"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         index=True)
    created_at: Mapped[datetime] = mapped_column(_TZ)
    expires_at: Mapped[datetime] = mapped_column(_TZ, index=True)


class ReviewVersionRow(Base):
    """The review version of a company-year under a methodology (migration `0003_websec`):
    bumped by every override, revert and sign-off, with who and when. A form carries the
    version it was rendered at; a write from an older one is refused (optimistic
    concurrency)."""

    __tablename__ = "review_versions"
    __table_args__ = (UniqueConstraint("company_year_id", "methodology"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company_year_id: Mapped[int] = mapped_column(
        ForeignKey("company_years.id", ondelete="CASCADE"))
    methodology: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer)
    changed_by: Mapped[str] = mapped_column(String(100))
    changed_at: Mapped[datetime] = mapped_column(_TZ)
    action: Mapped[str] = mapped_column(String(30))
