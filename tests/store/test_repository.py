"""The repository API, run against SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from store_factory import make_rating

from cnsr.methodology import LoadedMethodology
from cnsr.store import DocumentInput, Store
from cnsr.store.repository import StoreError, database_url, input_fingerprint
from cnsr.store.schema import EvidenceRow, IndicatorScoreRow, RatingRow


def _count(store: Store, model: type) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(model)).scalar_one())


def test_roundtrip_is_identical(store: Store, m: LoadedMethodology) -> None:
    rating = make_rating(m)
    store.save_rating(rating)
    assert store.rating("601991.SH/2023") == rating
    assert store.rating("601991.SH/2022") is None


def test_rows_copy_scores_and_evidence(store: Store, m: LoadedMethodology) -> None:
    rating = make_rating(m)
    store.save_rating(rating)
    cited = sum(len(c.evidence) for c in rating.criteria.values()) + sum(
        len(p.evidence) for i in rating.indicators for p in i.points)
    assert _count(store, IndicatorScoreRow) == len(rating.indicators)
    assert _count(store, EvidenceRow) == cited > 0
    with store.engine.connect() as conn:
        row = conn.execute(select(RatingRow.stage, RatingRow.total, RatingRow.share,
                                  RatingRow.industry, RatingRow.size, RatingRow.year)).one()
    assert tuple(row) == (rating.stage, rating.total, rating.share, "D44", "L", 2023)


def test_filters_and_order(store: Store, m: LoadedMethodology) -> None:
    store.save_rating(make_rating(m, code="600795.SH", name="国电电力", seed=2))
    store.save_rating(make_rating(m, code="601991.SH", seed=3))
    store.save_rating(make_rating(m, code="601991.SH", year=2022, seed=4))
    store.save_rating(make_rating(m, code="600019.SH", name="宝钢股份", industry="C31", seed=5))
    assert [r.company.key for r in store.ratings()] == [
        "600019.SH/2023", "600795.SH/2023", "601991.SH/2022", "601991.SH/2023"]
    assert [r.company.key for r in store.ratings(year=2023, industry="D44")] == [
        "600795.SH/2023", "601991.SH/2023"]
    assert store.ratings(industry="D44", size="S") == []
    stage = store.rating("601991.SH/2022")
    assert stage is not None
    assert "601991.SH/2022" in [r.company.key for r in store.ratings(stage=stage.stage)]


def test_new_reader_rating_replaces_only_the_reader_one(store: Store, m: LoadedMethodology
                                                        ) -> None:
    first, second = make_rating(m, seed=1), make_rating(m, seed=2, sha="b" * 64)
    reviewed = make_rating(m, seed=9)
    store.save_rating(first)
    store.save_rating(reviewed, kind="reviewed")
    store.save_rating(second)
    assert store.ratings() == [second]
    assert store.rating("601991.SH/2023", kind="reviewed") == reviewed
    assert _count(store, RatingRow) == 2
    assert _count(store, IndicatorScoreRow) == 2 * len(first.indicators)  # old rows cascaded


def test_done_fingerprints(store: Store, m: LoadedMethodology) -> None:
    rating = make_rating(m)
    store.save_rating(rating)
    expected = input_fingerprint("601991.SH/2023", m.label, ["a" * 64])
    assert store.done_fingerprints() == {expected}
    assert store.done_fingerprints(methodology="other@1") == set()
    assert store.done_fingerprints(kind="reviewed") == set()
    assert input_fingerprint("k", "m", ["1", "2"]) == input_fingerprint("k", "m", ["2", "1"])


def test_failure_then_success(store: Store, m: LoadedMethodology) -> None:
    rating = make_rating(m)
    docs = [DocumentInput(path="/c/a.pdf", sha256="a" * 64),
            DocumentInput(path="/c/b.pdf", sha256="b" * 64)]
    store.record_failure(rating.company, docs, "/c/b.pdf: encrypted PDF\ntraceback...",
                         path="/c/b.pdf")
    status = {d.path: (d.status, d.error) for d in store.documents()}
    assert status == {"/c/a.pdf": ("pending", None),
                      "/c/b.pdf": ("failed", "/c/b.pdf: encrypted PDF")}
    assert [d.path for d in store.documents(status="failed")] == ["/c/b.pdf"]
    assert store.ratings() == []
    store.save_rating(rating, documents=docs)
    assert {d.status for d in store.documents()} == {"rated"}


def test_failure_of_the_whole_company_year(store: Store, m: LoadedMethodology) -> None:
    rating = make_rating(m)
    docs = [DocumentInput(path="/c/a.pdf", sha256="a" * 64)]
    store.record_failure(rating.company, docs, "internal error: ValueError: x")
    assert [(d.status, d.error) for d in store.documents()] == [
        ("failed", "internal error: ValueError: x")]


def test_runs(store: Store) -> None:
    run = store.start_run("corpus.csv", "cnsr-default@1", "local")
    store.finish_run(run, rated=3, skipped=1, failed=1)
    assert store.start_run("corpus.csv", "cnsr-default@1", "local") == run + 1


def test_reopen_keeps_data(db_url: str, m: LoadedMethodology) -> None:
    rating = make_rating(m)
    with Store.open(db_url) as store:
        store.save_rating(rating)
    with Store.open(db_url) as store:
        assert store.ratings() == [rating]


def test_database_url(tmp_path: Path) -> None:
    assert database_url(tmp_path / "x.sqlite") == f"sqlite:///{tmp_path / 'x.sqlite'}"
    assert database_url(":memory:") == "sqlite://"
    assert database_url("postgresql+psycopg://u@h/d") == "postgresql+psycopg://u@h/d"


def test_memory_store(m: LoadedMethodology) -> None:
    with Store.open(":memory:") as store:
        store.save_rating(make_rating(m))
        assert len(store.ratings()) == 1


def test_unreachable_server_is_one_line() -> None:
    with pytest.raises(StoreError) as err:
        Store.open("postgresql+psycopg://nobody:secret@127.0.0.1:1/none?connect_timeout=2")
    message = str(err.value)
    assert "\n" not in message and "secret" not in message and "cannot open store" in message


def test_unwritable_sqlite_path_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open store"):
        Store.open(tmp_path / "missing-dir" / "x.sqlite")
