"""Shared fixtures: the bundled methodology, a way to write variants of it, and store URLs
(SQLite always, PostgreSQL when CNSR_TEST_POSTGRES_URL is set; each PostgreSQL test gets its
own schema through search_path, so tests never see each other's rows)."""

from __future__ import annotations

import copy
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
import yaml
from sqlalchemy import create_engine, text

from cnsr.methodology import LoadedMethodology, load_methodology
from cnsr.methodology.load import default_path


@pytest.fixture(scope="session", autouse=True)
def _data_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The reader's data cache (cnsr.data_cache) of this run, not the user's; subprocesses
    inherit it."""
    saved = os.environ.get("CNSR_CACHE_DIR")
    os.environ["CNSR_CACHE_DIR"] = str(tmp_path_factory.mktemp("cnsr-cache"))
    yield
    if saved is None:
        os.environ.pop("CNSR_CACHE_DIR", None)
    else:
        os.environ["CNSR_CACHE_DIR"] = saved


@pytest.fixture(scope="session")
def m() -> LoadedMethodology:
    return load_methodology()


@pytest.fixture
def methodology_variant(tmp_path: Path) -> Callable[[Callable[[dict[str, Any]], None]], Path]:
    """Write the default methodology changed by `edit` to a file and return its path."""
    base = yaml.safe_load(default_path().read_text(encoding="utf-8"))

    def make(edit: Callable[[dict[str, Any]], None]) -> Path:
        data = copy.deepcopy(base)
        edit(data)
        path = tmp_path / f"variant-{len(list(tmp_path.iterdir()))}.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        return path

    return make


POSTGRES = os.environ.get("CNSR_TEST_POSTGRES_URL")


def _postgres_url() -> Iterator[str]:
    if not POSTGRES:
        pytest.skip("CNSR_TEST_POSTGRES_URL not set")
    schema = f"cnsr_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in POSTGRES else "?"
    yield f"{POSTGRES}{sep}options={quote(f'-csearch_path={schema}')}"
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.sqlite'}"
    else:
        yield from _postgres_url()
