"""The same batch on dask.distributed (a small LocalCluster) gives the same ratings."""

from __future__ import annotations

from pathlib import Path

import dask
from batch_fakes import fake_rate, make_corpus

from cnsr.batch.executors import DaskExecutor, LocalExecutor
from cnsr.batch.manifest import read_manifest
from cnsr.batch.runner import run_batch
from cnsr.methodology import LoadedMethodology
from cnsr.store import Store


def test_dask_threads_match_local_processes(tmp_path: Path, m: LoadedMethodology) -> None:
    manifest = read_manifest(make_corpus(tmp_path / "c", 6, bad={3: b"BAD"}))
    dask_exec = DaskExecutor(2, processes=False)
    try:
        assert dask_exec.workers == 2
        with Store.open(tmp_path / "dask.sqlite") as store:
            summary = run_batch(manifest, store, dask_exec, rate=fake_rate, methodology=m.label)
            assert (summary.rated, summary.failed) == (5, 1)
            again = run_batch(manifest, store, dask_exec, rate=fake_rate, methodology=m.label)
            assert (again.rated, again.skipped, again.failed) == (0, 5, 1)
    finally:
        dask_exec.close()
    local = LocalExecutor(2)
    try:
        with Store.open(tmp_path / "local.sqlite") as store:
            run_batch(manifest, store, local, rate=fake_rate, methodology=m.label)
    finally:
        local.close()
    with Store.open(tmp_path / "dask.sqlite") as a, Store.open(tmp_path / "local.sqlite") as b:
        assert a.ratings() == b.ratings()
        assert len(a.ratings()) == 5


def test_dask_worker_crash_fails_one_company_year(tmp_path: Path, m: LoadedMethodology) -> None:
    manifest = read_manifest(make_corpus(tmp_path / "c", 3, bad={0: b"CRASH"}))
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        dask_exec = DaskExecutor(2, processes=True)
        try:
            with Store.open(tmp_path / "s.sqlite") as store:
                summary = run_batch(manifest, store, dask_exec, rate=fake_rate,
                                    methodology=m.label)
        finally:
            dask_exec.close()
    assert (summary.rated, summary.failed) == (2, 1)
    assert summary.failures[0][0] == "600000.SH/2023"
    assert "workers died" in summary.failures[0][1]
