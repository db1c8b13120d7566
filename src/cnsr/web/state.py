"""What every request handler shares: the store, the methodology, limits and caches."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.requests import Request

from cnsr.methodology.load import LoadedMethodology
from cnsr.store.repository import Store
from cnsr.store.review_reads import RatingCache
from cnsr.store.review_workflow import ReviewStore, User
from cnsr.web.security import Throttle
from cnsr.web.sessions import Sessions

MB = 1024 * 1024


@dataclass
class Limits:
    upload_bytes: int = 50 * MB
    """Largest accepted file."""
    upload_files: int = 10
    form_bytes: int = 64 * 1024
    """Largest request body of a form without files."""


@dataclass
class WebState:
    store: Store
    review: ReviewStore
    m: LoadedMethodology
    upload_dir: Path
    limits: Limits = field(default_factory=Limits)
    secure_cookies: bool = False
    study_ttl: float = 30.0
    user_ttl: float = 10.0
    """How long a signed-in user's account row is reused between requests. Changes made in
    the app (admin page) apply at once; `cnsr users` from another process within this time."""
    version: int = 0
    """Bumped on every write the app makes; caches keyed on it see changes at once."""
    jobs: Any = None
    throttle: Throttle = field(default_factory=Throttle)
    secret: str = ""
    """The app's secret key: signs the session cookie and derives CSRF tokens."""
    sessions: Sessions | None = None
    """Server-side sessions (`cnsr.web.sessions`), set by `create_app`."""
    origins: frozenset[str] = frozenset()
    """Origins accepted on writes besides the request's own (`CNSR_ORIGINS`)."""
    _cache: dict[Any, tuple[float, int, Any]] = field(default_factory=dict)
    _users: dict[int, tuple[float, User | None]] = field(default_factory=dict)
    ratings: RatingCache = field(default_factory=RatingCache)
    """Parsed automatic ratings by stored row (see `automatic_rating_by_id`)."""
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def changed(self) -> None:
        with self._lock:
            self.version += 1

    def cached(self, key: Any, build: Callable[[], Any]) -> Any:
        """`build()` memoised until the app writes or `study_ttl` seconds pass (a batch
        writing to the same store shows up after at most that long)."""
        now = time.monotonic()
        hit = self._cache.get(key)
        if hit and hit[1] == self.version and now - hit[0] < self.study_ttl:
            return hit[2]
        value = build()
        with self._lock:
            if len(self._cache) > 256:
                self._cache.clear()
            self._cache[key] = (now, self.version, value)
        return value


    def user(self, uid: int) -> User | None:
        """The account `uid` (None: no such user), read from the store at most every
        `user_ttl` seconds: every request checks its session's user, and this saves a query."""
        now = time.monotonic()
        hit = self._users.get(uid)
        if hit and now - hit[0] < self.user_ttl:
            return hit[1]
        found = self.review.user_by_id(uid)
        with self._lock:
            if len(self._users) > 1024:
                self._users.clear()
            self._users[uid] = (now, found)
        return found

    def users_changed(self) -> None:
        """An account was added, disabled, or changed role or password: re-read them (and
        the sessions, which a disabled user or a new password ended)."""
        with self._lock:
            self._users.clear()
        if self.sessions is not None:
            self.sessions.forget()


def state(request: Request) -> WebState:
    value: WebState = request.app.state.web
    return value
