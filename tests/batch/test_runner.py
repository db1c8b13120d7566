"""The resumable runner on local processes: rate, skip, re-rate changed inputs, survive failures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from batch_fakes import bug_rate, fake_rate, make_corpus

from cnsr.batch.executors import LocalExecutor, Outcome, RateFn, run_job
from cnsr.batch.manifest import read_manifest
from cnsr.batch.runner import Summary, default_rater, run_batch
from cnsr.errors import CnsrError
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company
from cnsr.store import Store


@pytest.fixture(scope="module")
def executor() -> Iterator[LocalExecutor]:
    pool = LocalExecutor(2)
    yield pool
    pool.close()


def _run(manifest: Path, db: str, executor: LocalExecutor, m: LoadedMethodology,
         rate: RateFn = fake_rate) -> Summary:
    with Store.open(db) as store:
        return run_batch(read_manifest(manifest), store, executor, rate=rate,
                         methodology=m.label)


def test_rates_then_skips_everything(tmp_path: Path, db_url: str, executor: LocalExecutor,
                                     m: LoadedMethodology) -> None:
    manifest = make_corpus(tmp_path / "c", 5)
    first = _run(manifest, db_url, executor, m)
    assert (first.rated, first.skipped, first.failed) == (5, 0, 0)
    again = _run(manifest, db_url, executor, m)
    assert (again.rated, again.skipped, again.failed) == (0, 5, 0)
    with Store.open(db_url) as store:
        ratings = store.ratings()
        assert len(ratings) == 5
        assert {d.status for d in store.documents()} == {"rated"}
        assert len(store.documents()) == 10
    direct = fake_rate(list(read_manifest(manifest).items[0].documents),
                       read_manifest(manifest).items[0].company)
    assert ratings[0] == direct


def test_changed_document_is_rated_again(tmp_path: Path, executor: LocalExecutor,
                                         m: LoadedMethodology) -> None:
    manifest = make_corpus(tmp_path / "c", 3)
    db = f"sqlite:///{tmp_path / 's.sqlite'}"
    _run(manifest, db, executor, m)
    (tmp_path / "c" / "docs" / "600001.SH-1.pdf").write_bytes(b"%PDF new edition")
    summary = _run(manifest, db, executor, m)
    assert (summary.rated, summary.skipped) == (1, 2)
    with Store.open(db) as store:
        assert len(store.ratings()) == 3


def test_bad_document_is_recorded_and_the_run_goes_on(tmp_path: Path, executor: LocalExecutor,
                                                      m: LoadedMethodology) -> None:
    manifest = make_corpus(tmp_path / "c", 4, bad={2: b"BAD bytes"})
    db = f"sqlite:///{tmp_path / 's.sqlite'}"
    summary = _run(manifest, db, executor, m)
    assert (summary.rated, summary.failed) == (3, 1)
    key, message = summary.failures[0]
    bad = str((tmp_path / "c" / "docs" / "600002.SH-0.pdf").resolve())
    assert key == "600002.SH/2023"
    assert message == f"{bad}: not a PDF (fake reader)"
    with Store.open(db) as store:
        failed = store.documents(status="failed")
        # stored relative to the manifest's folder, so a moved corpus still matches
        assert [(d.path, d.error) for d in failed] == [("docs/600002.SH-0.pdf", message)]
        assert [d.key for d in store.documents(status="pending")] == ["600002.SH/2023"]
        assert store.rating("600002.SH/2023") is None
    retry = _run(manifest, db, executor, m)  # failures are retried, the rest skipped
    assert (retry.rated, retry.skipped, retry.failed) == (0, 3, 1)


def test_a_bug_in_the_rater_is_one_line(tmp_path: Path, executor: LocalExecutor,
                                        m: LoadedMethodology) -> None:
    manifest = make_corpus(tmp_path / "c", 2)
    summary = _run(manifest, f"sqlite:///{tmp_path / 's.sqlite'}", executor, m, rate=bug_rate)
    assert summary.failed == 2
    assert summary.failures[0][1] == "internal error: ZeroDivisionError: division by zero"


def test_a_crashing_worker_fails_only_its_company_year(tmp_path: Path, m: LoadedMethodology
                                                       ) -> None:
    manifest = make_corpus(tmp_path / "c", 6, bad={1: b"CRASH"})
    pool = LocalExecutor(2)
    try:
        summary = _run(manifest, f"sqlite:///{tmp_path / 's.sqlite'}", pool, m)
    finally:
        pool.close()
    assert (summary.rated, summary.failed) == (5, 1)
    assert summary.failures == [("600001.SH/2023",
                                 "a worker process died (crash or out of memory)")]


def test_one_and_two_workers_agree(tmp_path: Path, m: LoadedMethodology,
                                   executor: LocalExecutor) -> None:
    manifest = make_corpus(tmp_path / "c", 4)
    one = LocalExecutor(1)
    try:
        _run(manifest, f"sqlite:///{tmp_path / 'one.sqlite'}", one, m)
    finally:
        one.close()
    _run(manifest, f"sqlite:///{tmp_path / 'two.sqlite'}", executor, m)
    with Store.open(tmp_path / "one.sqlite") as a, Store.open(tmp_path / "two.sqlite") as b:
        assert a.ratings() == b.ratings()


def test_run_job_never_raises(tmp_path: Path) -> None:
    company = Company(name="X", year=2023)
    outcome = run_job(fake_rate, [str(tmp_path / "none.pdf")], company)
    assert isinstance(outcome, Outcome) and outcome.rating is None
    assert outcome.error is not None and outcome.error.startswith("internal error: FileNotFound")


def test_default_rater_needs_the_reader() -> None:
    import importlib.util

    if importlib.util.find_spec("cnsr.assess.rate") is not None:
        assert callable(default_rater())
    else:
        with pytest.raises(CnsrError, match="--rater"):
            default_rater()
