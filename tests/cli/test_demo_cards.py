"""`cnsr demo` writes its report cards in worker processes: every company-year gets its card."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rank"))

from rank_factory import demo_ratings  # noqa: E402

from cnsr.cli.demo import _write_cards  # noqa: E402
from cnsr.methodology import LoadedMethodology  # noqa: E402

store_mod = pytest.importorskip("cnsr.store")


def test_cards_in_two_workers_cover_every_company_year(m: LoadedMethodology,
                                                      tmp_path: Path) -> None:
    ratings = [r for r in demo_ratings(m, companies=2) if r.company.year == 2021][:3]
    db = str(tmp_path / "demo.db")
    with store_mod.Store.open(db) as store:
        for r in ratings:
            store.save_rating(r)
    keys = sorted(r.company.key for r in ratings)
    _write_cards(db, keys, tmp_path / "cards", "en", workers=2)
    written = sorted(p.name for p in (tmp_path / "cards").iterdir())
    assert written == sorted(f"{k.replace('/', '-')}-en.pdf" for k in keys)
    for name in written:
        assert (tmp_path / "cards" / name).read_bytes()[:5] == b"%PDF-"
