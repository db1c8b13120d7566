"""The packaged migrations build exactly the schema the models declare, and run on open."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from cnsr.store import Store, migrate


def test_migrations_match_models(db_url: str) -> None:
    with Store.open(db_url) as store, store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), migrate.models_metadata())
    assert diff == []


def test_open_migrates_to_head_once(db_url: str) -> None:
    with Store.open(db_url) as store:
        assert migrate.current(store.engine) == migrate.head()
        tables = set(inspect(store.engine).get_table_names())
    assert {"company_years", "documents", "ratings", "indicator_scores", "evidence", "runs",
            "alembic_version"} <= tables
    with Store.open(db_url) as store:  # second open: nothing to do
        assert migrate.current(store.engine) == migrate.head()


def test_downgrade_to_base_and_back(db_url: str) -> None:
    engine = create_engine(db_url)
    migrate.upgrade(engine)
    from alembic import command

    with engine.begin() as conn:
        command.downgrade(migrate.config(conn), "base")
    assert "ratings" not in inspect(engine).get_table_names()
    migrate.upgrade(engine)
    assert "ratings" in inspect(engine).get_table_names()
    engine.dispose()
