"""Server-side sessions of the web app over `cnsr.store.sessions`, with a short per-process
cache so that a page view costs no extra query.

The signed cookie holds only `sid`, a random token (or, before sign-in, `anon`, a random
nonce for the sign-in form's CSRF token). Which user a token belongs to, and whether it still
lives, is in the store: signing out deletes the row here and drops it from this process's
cache at once; `cnsr users` and other processes are seen within `ttl` seconds."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

from cnsr.store.repository import Store
from cnsr.store.sessions import SessionStore


class Sessions:
    def __init__(self, store: Store, lifetime: timedelta, ttl: float = 10.0) -> None:
        self.store = SessionStore(store)
        self.lifetime, self.ttl = lifetime, ttl
        self._seen: dict[str, tuple[float, int | None]] = {}
        self._lock = threading.Lock()

    def start(self, user_id: int) -> str:
        """A new session for `user_id`; the token goes in the cookie."""
        return self.store.create(user_id, self.lifetime)

    def user_id(self, token: str) -> int | None:
        """The user of a live session (cached up to `ttl` seconds), else None."""
        t = time.monotonic()
        hit = self._seen.get(token)
        if hit and t - hit[0] < self.ttl:
            return hit[1]
        found = self.store.user_id(token)
        with self._lock:
            if len(self._seen) > 4096:
                self._seen.clear()
            self._seen[token] = (t, found)
        return found

    def end(self, token: str) -> None:
        """Sign out: the row goes, and with it every copy of the cookie."""
        self.store.end(token)
        with self._lock:
            self._seen.pop(token, None)

    def forget(self) -> None:
        """Users changed (disabled, new password): look every session up again."""
        with self._lock:
            self._seen.clear()
