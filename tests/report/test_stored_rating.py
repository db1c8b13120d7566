"""`stored_rating`: the card's rating read from the store by key, the effective one first."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.errors import InputError
from cnsr.rating import Rating

store_mod = pytest.importorskip("cnsr.store")

from cnsr.report.sources import stored_rating  # noqa: E402
from cnsr.store.review_workflow import ReviewStore  # noqa: E402


@pytest.fixture()
def db(demo: list[Rating], tmp_path: Path) -> str:
    url = str(tmp_path / "cards.db")
    with store_mod.Store.open(url) as store:
        for r in demo:
            store.save_rating(r)
    return url


def _label(demo: list[Rating]) -> str:
    return demo[0].provenance.methodology


def test_a_full_key_reads_that_year(demo: list[Rating], db: str) -> None:
    years = sorted({r.company.year for r in demo if r.company.code == "600000.SH"})
    assert len(years) >= 2  # the fixture must hold an earlier year for this to mean anything
    got = stored_rating(db, f"600000.SH/{years[0]}", methodology=_label(demo))
    assert (got.company.code, got.company.year) == ("600000.SH", years[0])


def test_a_code_alone_reads_the_latest_year(demo: list[Rating], db: str) -> None:
    latest = max(r.company.year for r in demo if r.company.code == "600000.SH")
    got = stored_rating(db, "600000.SH", methodology=_label(demo))
    assert got.company.year == latest


def test_a_name_with_a_year_is_found_through_the_year(demo: list[Rating], db: str) -> None:
    one = next(r for r in demo if r.company.code == "600000.SH")
    got = stored_rating(db, f"{one.company.name}/{one.company.year}", methodology=_label(demo))
    assert got.company.key == one.company.key


def test_an_unknown_key_names_what_the_store_has(demo: list[Rating], db: str) -> None:
    with pytest.raises(InputError, match=r"no rating for '688999.SH/2021' \(have: "):
        stored_rating(db, "688999.SH/2021", methodology=_label(demo))


def test_a_signed_off_review_is_the_effective_rating(demo: list[Rating], db: str) -> None:
    one = next(r for r in demo if r.company.code == "600000.SH" and r.stage > 0)
    reviewed = one.model_copy(update={"total": one.total - 1.0})
    with store_mod.Store.open(db) as store:
        ReviewStore(store).sign_off(reviewed, base_fingerprint="f", overrides=1, user="rev",
                                    note="checked")
    label = _label(demo)
    assert stored_rating(db, one.company.key, methodology=label).total == one.total - 1.0
    assert stored_rating(db, one.company.key, methodology=label, kind="reader").total \
        == one.total


def test_a_full_key_does_not_read_the_whole_year(demo: list[Rating], db: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A card in a store of thousands of company-years must not parse all their ratings."""
    import cnsr.report.sources as sources

    def whole_year(*_a: object, **_k: object) -> list[Rating]:
        raise AssertionError("read every rating of the year")

    monkeypatch.setattr(sources, "ratings_from_store", whole_year)
    one = demo[0]
    assert stored_rating(db, one.company.key, methodology=_label(demo)).company.key \
        == one.company.key
    with pytest.raises(AssertionError):
        stored_rating(db, one.company.code, methodology=_label(demo))
