"""Server-side web sessions: a random token in the cookie, its SHA-256 in `web_sessions`.

A session lives until it expires, its user signs out, or the user is disabled or gets a new
password (`ReviewStore.update_user` deletes them in the same transaction).
Deleting the row ends every copy of the cookie; the cookie itself carries nothing but the
token (no user id, no password material)."""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import sessionmaker

from cnsr.store.clock import aware, now
from cnsr.store.repository import Store
from cnsr.store.review_schema import SessionRow


def token_id(token: str) -> str:
    """The stored id of a session token: its SHA-256 (hex)."""
    return hashlib.sha256(token.encode()).hexdigest()


class SessionStore:
    """Create, look up and end web sessions in the store."""

    def __init__(self, store: Store) -> None:
        self._sessions = sessionmaker(store.engine, expire_on_commit=False)

    def create(self, user_id: int, lifetime: timedelta) -> str:
        """A new session of `user_id`; returns the token for the cookie. Expired sessions
        are purged on the way (sign-in is rare, so this costs nothing noticeable)."""
        token = secrets.token_urlsafe(32)
        t = now()
        with self._sessions.begin() as s:
            s.execute(delete(SessionRow).where(SessionRow.expires_at < t))
            s.add(SessionRow(id=token_id(token), user_id=user_id, created_at=t,
                             expires_at=t + lifetime))
        return token

    def user_id(self, token: str) -> int | None:
        """The user of a live session, None when it ended, expired or never existed."""
        with self._sessions() as s:
            row = s.execute(select(SessionRow.user_id, SessionRow.expires_at)
                            .where(SessionRow.id == token_id(token))).first()
        if row is None or aware(row.expires_at) <= now():
            return None
        return int(row.user_id)

    def end(self, token: str) -> None:
        with self._sessions.begin() as s:
            s.execute(delete(SessionRow).where(SessionRow.id == token_id(token)))

    def count(self, user_id: int) -> int:
        """Live sessions of a user (tests and the admin page)."""
        with self._sessions() as s:
            rows = s.scalars(select(SessionRow.expires_at)
                             .where(SessionRow.user_id == user_id)).all()
        t = now()
        return sum(1 for e in rows if aware(e) > t)

