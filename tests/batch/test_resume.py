"""Kill a running `cnsr batch` with SIGKILL, start it again: every company-year is rated exactly
once and the store equals that of an uninterrupted run."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from batch_fakes import make_corpus

from cnsr.store import Store

COMPANIES = 12


def _cnsr(*args: str, delay: float = 0.0) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent), "CNSR_FAKE_DELAY": str(delay)}
    return subprocess.Popen(
        [sys.executable, "-c", "from cnsr.cli.main import app; app()", "batch", *args,
         "--workers", "2", "--rater", "batch_fakes:fake_rate"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True)


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM ratings").fetchone()[0])
    except sqlite3.OperationalError:  # table not created yet
        return 0


def _summary(stdout: str) -> tuple[int, int, int]:
    found = re.search(r"rated (\d+), skipped (\d+) \(already rated\), failed (\d+)", stdout)
    assert found, stdout
    rated, skipped, failed = (int(g) for g in found.groups())
    return rated, skipped, failed


def test_kill_and_resume(tmp_path: Path) -> None:
    manifest = make_corpus(tmp_path / "corpus", COMPANIES)
    db = tmp_path / "killed.sqlite"
    proc = _cnsr(str(manifest), "--db", str(db), delay=0.4)
    try:
        deadline = time.monotonic() + 60
        while _stored(db) < 3:
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "no rating stored within 60 s"
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
        _reap(proc)
    before = _stored(db)
    assert 3 <= before < COMPANIES

    resumed = _cnsr(str(manifest), "--db", str(db))
    out, err = resumed.communicate(timeout=120)
    assert resumed.returncode == 0, err
    assert _summary(out) == (COMPANIES - before, before, 0)

    clean = _cnsr(str(manifest), "--db", str(tmp_path / "clean.sqlite"))
    out, err = clean.communicate(timeout=120)
    assert clean.returncode == 0, err
    assert _summary(out) == (COMPANIES, 0, 0)

    with Store.open(db) as killed, Store.open(tmp_path / "clean.sqlite") as uninterrupted:
        assert killed.ratings() == uninterrupted.ratings()
        keys = [r.company.key for r in killed.ratings()]
        assert len(keys) == len(set(keys)) == COMPANIES
    with sqlite3.connect(db) as conn:
        per_run = dict(conn.execute("SELECT run_id, count(*) FROM ratings GROUP BY run_id"))
        runs = conn.execute("SELECT id, finished_at IS NULL FROM runs ORDER BY id").fetchall()
    assert per_run == {1: before, 2: COMPANIES - before}
    assert runs == [(1, 1), (2, 0)]  # the killed run never finished


def _alive(group: int) -> list[int]:
    """Processes of the group that still run (zombies waiting for a reaper do not count)."""
    alive = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            alive.append(int(stat.parent.name))
    return alive


def _reap(proc: subprocess.Popen[str]) -> None:
    """Workers of the killed parent exit on their own; make sure before the test ends."""
    deadline = time.monotonic() + 10
    while _alive(proc.pid):
        if time.monotonic() > deadline:
            os.killpg(proc.pid, signal.SIGKILL)
            raise AssertionError("worker processes outlived the killed batch by 10 s")
        time.sleep(0.1)
