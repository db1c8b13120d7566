"""Run the packaged Alembic migrations from code, so an installed cnsr needs no alembic.ini.

`Store.open` calls `upgrade` every time: a new database gets the whole schema, an older one the
missing revisions, a current one nothing (one SELECT of `alembic_version`).

Developers add a revision with
`python -m cnsr.store.migrate revision "message" --db sqlite:///scratch.sqlite`.
"""

from __future__ import annotations

import argparse
import time
from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, MetaData, text
from sqlalchemy.exc import OperationalError


def models_metadata() -> MetaData:
    """The metadata of every table model: schema.py and any store module adding tables (e.g.
    review_schema.py), imported here so autogenerate and the schema test see them all."""
    import importlib
    import pkgutil

    import cnsr.store
    from cnsr.store.schema import Base

    for info in pkgutil.iter_modules(cnsr.store.__path__):
        if info.name not in ("migrate", "migrations"):
            importlib.import_module(f"cnsr.store.{info.name}")
    return Base.metadata


def config(connection: Connection | None = None, url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location",
                        str(resources.files("cnsr.store").joinpath("migrations")))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    cfg.attributes["connection"] = connection
    return cfg


def head() -> str | None:
    return ScriptDirectory.from_config(config()).get_current_head()


def current(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


MIGRATION_LOCK = 0x636E7372  # "cnsr": the PostgreSQL advisory lock key of schema changes


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database to `revision` unless it is there already.

    Two processes opening a fresh database at once (two batches, a batch and the web app)
    must not both create the schema: on PostgreSQL the migration runs under a transaction-
    level advisory lock and re-reads the revision once it holds it; SQLite serialises the
    writers itself (the second waits on the database lock, then finds the schema current)."""
    for attempt in range(LOCKED_RETRIES):
        try:
            return _upgrade(engine, revision)
        except OperationalError as err:  # SQLite: a connection set up (WAL) while another
            # creates the schema can get "database is locked" at once, busy timeout or not
            if engine.dialect.name != "sqlite" or "locked" not in str(err) \
                    or attempt == LOCKED_RETRIES - 1:
                raise
            time.sleep(0.1 * (attempt + 1))


LOCKED_RETRIES = 8


def _upgrade(engine: Engine, revision: str) -> None:
    if revision == "head" and current(engine) == head():
        return
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
        elif conn.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # take the write lock before reading
        if revision == "head" and MigrationContext.configure(conn).get_current_revision() \
                == head():
            return
        command.upgrade(config(conn), revision)


def _main() -> None:
    from sqlalchemy import create_engine

    parser = argparse.ArgumentParser(description="cnsr store migrations (developers)")
    sub = parser.add_subparsers(dest="action", required=True)
    rev = sub.add_parser("revision", help="autogenerate a revision against an up-to-date db")
    rev.add_argument("message")
    rev.add_argument("--db", required=True)
    sub.add_parser("sql", help="print the DDL for PostgreSQL").add_argument("--db", required=True)
    args = parser.parse_args()
    if args.action == "sql":
        command.upgrade(config(url=args.db), "head", sql=True)
        return
    engine = create_engine(args.db)
    upgrade(engine)
    with engine.begin() as conn:
        command.revision(config(conn), message=args.message, autogenerate=True)


if __name__ == "__main__":
    _main()
