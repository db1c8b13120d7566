"""Commands that only read the store open an existing one: a mistyped --db is an error naming
it, and no empty database is left behind (PostgreSQL URLs go to the server as they are)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cnsr.cli.common import existing_store
from cnsr.cli.main import app
from cnsr.errors import InputError

runner = CliRunner()


@pytest.mark.parametrize("args", [
    ["rank", "--db", "nosuch.sqlite"],
    ["card", "600795.SH/2023", "--out", "card.html", "--db", "nosuch.sqlite"],
    ["serve", "--db", "nosuch.sqlite"],
    ["users", "list", "--db", "nosuch.sqlite"],
    ["rank", "--db", "sqlite:///nosuch.sqlite"],
])
def test_mistyped_store_is_refused_and_not_created(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   args: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: --db {args[-1]}: no such store"), line
    assert list(tmp_path.iterdir()) == []


def test_existing_stores_and_server_urls_pass(tmp_path: Path) -> None:
    made = tmp_path / "ratings.sqlite"
    made.write_bytes(b"")
    assert existing_store(str(made)) == str(made)
    assert existing_store(f"sqlite:///{made}") == f"sqlite:///{made}"
    url = "postgresql+psycopg://analyst@db.example/cnsr"
    assert existing_store(url) == url
    (tmp_path / "folder").mkdir()
    with pytest.raises(InputError, match="folder: no such store"):
        existing_store(str(tmp_path / "folder"))


def test_a_read_only_command_reads_an_existing_store(tmp_path: Path) -> None:
    from cnsr.store import Store

    db = tmp_path / "filled.sqlite"
    Store.open(db).close()
    result = runner.invoke(app, ["rank", "--db", str(db)])
    assert result.exit_code == 2 and "no ratings to rank" in result.stderr
