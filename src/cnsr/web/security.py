"""Security primitives of the web app: password hashing (argon2id), CSRF tokens, login
throttling and upload checks (size limit, type sniffed from magic bytes, generated names)."""

from __future__ import annotations

import base64
import hmac
import re
import secrets
import threading
import time
from collections import defaultdict, deque
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()
_DUMMY = _hasher.hash("not a password")
MIN_PASSWORD = 8


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise ValueError(f"a password needs at least {MIN_PASSWORD} characters")
    return _hasher.hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    """Constant work whether or not the user exists (a dummy hash is checked instead)."""
    try:
        return _hasher.verify(stored or _DUMMY, password) and stored is not None
    except (VerificationError, InvalidHashError):
        return False


def new_token() -> str:
    return secrets.token_urlsafe(32)


def same_token(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(str(a), str(b))


def mask_token(token: str) -> str:
    """The session's CSRF token as put in a page: XORed with a fresh random pad that goes
    with it, so no two responses carry the same bytes (pages are gzipped: a constant secret
    in a compressed body invites BREACH-style guessing)."""
    raw = token.encode()
    pad = secrets.token_bytes(len(raw))
    return base64.urlsafe_b64encode(pad + bytes(a ^ b for a, b in zip(pad, raw, strict=True))
                                    ).decode()


def unmask_token(masked: str | None) -> str | None:
    """The token a `mask_token` value carries; None when it is not one."""
    if not masked or len(masked) > 200:
        return None
    try:
        data = base64.urlsafe_b64decode(masked.encode())
        half = len(data) // 2
        if not half or len(data) != 2 * half:
            return None
        return bytes(a ^ b for a, b in zip(data[:half], data[half:], strict=True)).decode()
    except (ValueError, UnicodeError):
        return None


class Throttle:
    """Failed sign-ins counted per key over a sliding `window` (seconds); a key at its limit
    is refused until its oldest failure leaves the window. The sign-in form counts two keys:
    account + address (`limit`, 5: guessing one account from one place) and address alone
    (`address_limit`, 20: trying many accounts from one place). No key is the account alone:
    that would let anyone lock the real user out from anywhere. In memory: one app process
    (run several and each counts its own)."""

    def __init__(self, limit: int = 5, window: float = 300.0, address_limit: int = 20) -> None:
        self.limit, self.window, self.address_limit = limit, window, address_limit
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: str, t: float) -> deque[float]:
        q = self._failures[key]
        while q and q[0] <= t - self.window:
            q.popleft()
        return q

    def retry_after(self, limits: dict[str, int]) -> int:
        """Seconds to wait before another attempt (`limits`: key → its limit), 0 when
        allowed."""
        t = time.monotonic()
        with self._lock:
            waits = [q[0] + self.window - t for k, n in limits.items()
                     if len(q := self._recent(k, t)) >= n]
        return int(max(waits)) + 1 if waits else 0

    def failed(self, *keys: str) -> None:
        t = time.monotonic()
        with self._lock:
            if len(self._failures) > 10_000:  # many names tried: drop the expired ones
                for k in [k for k in self._failures if not self._recent(k, t)]:
                    del self._failures[k]
            for k in keys:
                self._recent(k, t).append(t)

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for k in keys:
                self._failures.pop(k, None)


# -- uploads ---------------------------------------------------------------------------------
ALLOWED_KINDS = ("pdf", "docx", "html", "txt")


def sniff_upload(path: Path) -> str:
    """The document kind of a saved upload, from its bytes (cnsr.ingest.sniff), never its
    name. Raises ValueError naming what the file really is when cnsr cannot read it."""
    from cnsr.ingest.sniff import HEAD_BYTES, UnsupportedKind, sniff

    with path.open("rb") as fh:
        head = fh.read(HEAD_BYTES)
    if not head:
        raise ValueError("the file is empty")
    try:
        kind = sniff(path, head)
    except UnsupportedKind as err:
        raise ValueError(f"the file is {err}") from None
    if kind not in ALLOWED_KINDS:
        raise ValueError(f"files of kind {kind} are not accepted")
    return kind


def stored_name(kind: str) -> str:
    """A generated file name: never derived from the uploaded name."""
    return f"{secrets.token_hex(16)}.{kind}"


_PATH = re.compile(r"(?<![\w.])(?:[A-Za-z]:)?[/\\](?:[^\s/\\:'\"]+[/\\])+([^\s/\\:'\"]*)")


def public_message(text: str, names: dict[str, str], upload_dir: Path) -> str:
    """An error line fit to show a user: each stored upload named by its uploaded name
    (`names`: stored file name → uploaded name) and no server path left (any other path is
    cut to its last part). The full text belongs in the server log."""
    for stored, shown in names.items():
        text = text.replace(str(upload_dir / stored), shown).replace(stored, shown)
    text = text.replace(str(upload_dir), "")
    return _PATH.sub(lambda m: m.group(1), text)
