"""UTC time for store rows. SQLite hands datetimes back naive; they were written in UTC."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    return datetime.now(UTC)


def aware(value: datetime) -> datetime:
    """`value` as an aware UTC datetime (a naive one read from SQLite was written in UTC)."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)
