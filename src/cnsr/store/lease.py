"""One batch per store at a time: a lock row with an owner and a heartbeat.

Two batches on one database used to race (SQLite: a UNIQUE error and an unfinished run;
PostgreSQL: every company-year rated twice). A batch now claims the single `batch_lock` row
before it starts; a second one is refused with a message naming the holder. The lock is
released when the batch ends, even on Ctrl-C. A run killed with SIGKILL or a power cut cannot
release it, so a lock whose pid is gone on this host, or whose heartbeat is older than the
lease (`data/limits/batch.yaml`), is taken over, and that run is marked `interrupted`.
"""

from __future__ import annotations

import os
import socket
import threading
import uuid
from datetime import UTC, datetime, timedelta
from functools import cache

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import RowMapping, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from cnsr.data_files import load_bundled
from cnsr.errors import DataError
from cnsr.store.repository import Store, StoreError
from cnsr.store.schema import BatchLock

LOCK_ID = 1


class LeaseSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    source: str
    year: int
    heartbeat_seconds: float = Field(gt=0)
    lease_seconds: float = Field(gt=0)


@cache
def lease_settings() -> LeaseSettings:
    settings = load_bundled(LeaseSettings, "cnsr.data.limits", "batch.yaml")
    if settings.lease_seconds < 3 * settings.heartbeat_seconds:
        raise DataError("data/limits/batch.yaml: lease_seconds must be at least 3 heartbeats")
    return settings


class StoreBusy(StoreError):
    """Another batch is writing this store; try again when it has finished."""

    exit_code = 75  # EX_TEMPFAIL: nothing is wrong with the input, the store is taken


class Lease:
    """The held lock: keeps its heartbeat fresh from a daemon thread until `release`."""

    def __init__(self, store: Store, owner: str, every: float) -> None:
        self.store, self.owner = store, owner
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, args=(every,), daemon=True,
                                        name="cnsr-batch-heartbeat")
        self._thread.start()

    def _beat(self, every: float) -> None:
        while not self._stop.wait(every):
            try:
                with self.store.engine.begin() as conn:
                    conn.execute(update(BatchLock).where(BatchLock.owner == self.owner)
                                 .values(heartbeat_at=_now()))
            except Exception:  # a missed beat is harmless; the lease is several beats long
                continue

    def attach(self, run_id: int) -> None:
        """Name the run that holds the lock (created only once the lock is ours, so a
        refused batch leaves no run behind and no live run is mistaken for a dead one)."""
        with self.store.engine.begin() as conn:
            conn.execute(update(BatchLock).where(BatchLock.owner == self.owner)
                         .values(run_id=run_id))

    def release(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        with self.store.engine.begin() as conn:
            conn.execute(delete(BatchLock).where(BatchLock.owner == self.owner))

    def __enter__(self) -> Lease:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def acquire(store: Store, manifest: str, settings: LeaseSettings | None = None) -> Lease:
    """Claim the store for this process or raise StoreBusy naming the batch that holds it."""
    lim = settings or lease_settings()
    owner = uuid.uuid4().hex
    for _attempt in range(3):
        now = _now()
        with store.engine.begin() as conn:
            query = select(BatchLock).where(BatchLock.id == LOCK_ID)
            if conn.dialect.name == "postgresql":
                query = query.with_for_update()
            held = conn.execute(query).first()
            mine = {"owner": owner, "run_id": None, "host": _host(), "pid": os.getpid(),
                    "manifest": manifest, "acquired_at": now, "heartbeat_at": now}
            if held is None:
                try:
                    conn.execute(insert(BatchLock).values(id=LOCK_ID, **mine))
                except IntegrityError:
                    continue  # another batch inserted first: look again
                return Lease(store, owner, lim.heartbeat_seconds)
            if _alive(held.host, held.pid, held.heartbeat_at, now, lim.lease_seconds):
                raise StoreBusy(_busy_message(held._mapping, now, lim.lease_seconds))
            taken = conn.execute(update(BatchLock).where(
                BatchLock.id == LOCK_ID, BatchLock.owner == held.owner).values(**mine))
            if taken.rowcount == 1:
                return Lease(store, owner, lim.heartbeat_seconds)
    raise StoreBusy("another batch is claiming this store at the same moment; try again")


def _alive(host: str, pid: int, heartbeat: datetime, now: datetime, lease: float) -> bool:
    if now - _aware(heartbeat) > timedelta(seconds=lease):
        return False
    if host != _host():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _busy_message(held: RowMapping, now: datetime, lease: float) -> str:
    seen = (now - _aware(held["heartbeat_at"])).total_seconds()
    started = _aware(held["acquired_at"]).strftime("%Y-%m-%d %H:%M:%S UTC")
    run = f"run {held['run_id']}" if held["run_id"] is not None else "a batch starting"
    return (f"another batch is writing this store: {run} (pid {held['pid']} on "
            f"{held['host']}, manifest {held['manifest']}, started {started}, alive {seen:.0f} s "
            f"ago). One batch per store at a time: wait for it to finish or stop it; a killed "
            f"run's lock is taken over once its process is gone (or after {lease:.0f} s "
            "without a heartbeat from another machine)")


def _aware(moment: datetime) -> datetime:
    """SQLite returns naive datetimes; they were written in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _host() -> str:
    return socket.gethostname()[:200]


def _now() -> datetime:
    return datetime.now(UTC)
