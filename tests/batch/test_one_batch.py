"""Issue #13: one batch per store. A second batch is refused naming the one that holds the
store; a killed batch's lock is taken over and its run shown as interrupted; two processes
opening a fresh database do not both create the schema. SQLite and PostgreSQL."""

from __future__ import annotations

import socket
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from batch_fakes import InlineExecutor, fake_rate, make_corpus
from sqlalchemy import insert, inspect, select, update
from typer.testing import CliRunner

from cnsr.batch.manifest import read_manifest
from cnsr.batch.runner import run_batch
from cnsr.cli.main import app
from cnsr.methodology import LoadedMethodology
from cnsr.store import Store, migrate
from cnsr.store.lease import LOCK_ID, StoreBusy, acquire
from cnsr.store.schema import BatchLock, Run

RATER = ["--rater", "batch_fakes:fake_rate", "--workers", "1"]


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _batch(manifest: Path, db: str) -> object:
    return CliRunner().invoke(app, ["batch", str(manifest), "--db", db, *RATER])


def test_second_batch_is_refused_while_one_runs(tmp_path: Path, db_url: str) -> None:
    manifest = make_corpus(tmp_path / "c", 2)
    with Store.open(db_url) as store:
        lease = acquire(store, "/data/other-corpus.csv")
        holder = store.start_run("/data/other-corpus.csv", "m", "local")
        lease.attach(holder)
        try:
            result = _batch(manifest, db_url)
        finally:
            lease.release()
        assert result.exit_code == 75, result.output
        assert "Traceback" not in result.output
        line = result.stderr.strip()
        assert line.startswith(f"error: another batch is writing this store: run {holder} (pid ")
        assert "manifest /data/other-corpus.csv" in line and "One batch per store" in line
        assert store.ratings() == []
        with store.engine.connect() as conn:  # the refused run left nothing behind
            assert conn.execute(select(Run.id)).scalars().all() == [holder]
    assert _batch(manifest, db_url).exit_code == 0  # released: the next batch runs


def test_killed_batch_is_taken_over_and_shown_interrupted(tmp_path: Path, db_url: str) -> None:
    manifest = make_corpus(tmp_path / "c", 2)
    with Store.open(db_url) as store:
        killed = store.start_run(str(manifest), "m", "local")
        now = datetime.now(UTC)
        with store.engine.begin() as conn:  # what `kill -9` leaves: a lock with a dead pid
            conn.execute(insert(BatchLock).values(
                id=LOCK_ID, owner="k" * 32, run_id=killed, host=socket.gethostname(),
                pid=_dead_pid(), manifest=str(manifest), acquired_at=now, heartbeat_at=now))
    result = _batch(manifest, db_url)
    assert result.exit_code == 0, result.output
    assert (f"run {killed} (started " in result.stderr
            and "did not finish (killed or crashed)" in result.stderr)
    with Store.open(db_url) as store:
        assert [r.id for r in store.interrupted_runs()] == [killed]
        assert len(store.ratings()) == 2
        with store.engine.connect() as conn:
            assert conn.execute(select(BatchLock)).all() == []  # released at the end


def test_lock_of_another_machine_expires_with_its_heartbeat(db_url: str) -> None:
    with Store.open(db_url) as store:
        remote = store.start_run("/mnt/corpus.csv", "m", "dask")
        now = datetime.now(UTC)
        with store.engine.begin() as conn:
            conn.execute(insert(BatchLock).values(
                id=LOCK_ID, owner="r" * 32, run_id=remote, host="node-07.example", pid=1, manifest="/mnt/c.csv",
                acquired_at=now, heartbeat_at=now))
        with pytest.raises(StoreBusy, match="pid 1 on node-07.example"):
            acquire(store, "/mnt/corpus.csv")
        with store.engine.begin() as conn:
            conn.execute(update(BatchLock).values(heartbeat_at=now - timedelta(minutes=10)))
        acquire(store, "/mnt/corpus.csv").release()


def test_two_batches_at_once_one_rates_the_other_is_told(tmp_path: Path, db_url: str,
                                                         m: LoadedMethodology) -> None:
    """The issue's race (SQLite: a UNIQUE error; PostgreSQL: everything rated twice), with
    both runners started together on a fresh store."""
    manifest = read_manifest(make_corpus(tmp_path / "c", 3))

    def run(_: int) -> str:
        with Store.open(db_url) as store:
            try:
                run_batch(manifest, store, InlineExecutor(), rate=fake_rate,
                          methodology=m.label)
            except StoreBusy as err:
                return str(err)
        return "done"

    with ThreadPoolExecutor(2) as pool:
        outcomes = list(pool.map(run, range(2)))
    assert "done" in outcomes
    other = outcomes[1] if outcomes[0] == "done" else outcomes[0]
    assert other == "done" or other.startswith("another batch is writing this store")
    with Store.open(db_url) as store:
        assert len(store.ratings()) == 3
        with store.engine.connect() as conn:
            runs = conn.execute(select(Run.status, Run.rated)).all()
    assert sum(rated for _, rated in runs) == 3  # nothing rated twice
    assert {status for status, _ in runs} == {"finished"}


def test_fresh_database_opened_twice_at_once(db_url: str) -> None:
    def open_store(_: int) -> str | None:
        with Store.open(db_url) as store:
            return migrate.current(store.engine)

    with ThreadPoolExecutor(3) as pool:
        assert list(pool.map(open_store, range(3))) == [migrate.head()] * 3


def test_older_store_marks_its_unfinished_runs_interrupted(db_url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(db_url)
    migrate.upgrade(engine, "0002_review")
    with engine.begin() as conn:
        for finished in ("2025-03-01 10:00:00+00", None):
            conn.execute(text(
                "INSERT INTO runs (started_at, finished_at, manifest, methodology, cnsr_version, "
                "engine, rated, skipped, failed) VALUES ('2025-03-01 09:00:00+00', :f, "
                "'/data/a.csv', 'm', '0.9', 'local', 1, 0, 0)"), {"f": finished})
    engine.dispose()
    with Store.open(db_url) as store:
        assert "batch_lock" in inspect(store.engine).get_table_names()
        with store.engine.connect() as conn:
            statuses = conn.execute(select(Run.status).order_by(Run.id)).scalars().all()
        assert statuses == ["finished", "interrupted"]
        assert [r.id for r in store.interrupted_runs()] == [2]
