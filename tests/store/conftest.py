"""The store suite runs on every store URL of `db_url` (tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cnsr.store import Store


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store.open(db_url) as opened:
        yield opened
