"""`cnsr batch` as a user sees it: a summary line, one line per failure, errors without tracebacks."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from batch_fakes import make_corpus
from typer.testing import CliRunner

from cnsr.cli.main import app
from cnsr.store import Store

RATER = ["--rater", "batch_fakes:fake_rate", "--workers", "2"]


def test_batch_then_resume(tmp_path: Path) -> None:
    manifest = make_corpus(tmp_path / "c", 3)
    db = tmp_path / "out.sqlite"
    result = CliRunner().invoke(app, ["batch", str(manifest), "--db", str(db), *RATER])
    assert result.exit_code == 0, result.output
    assert "rated 3, skipped 0 (already rated), failed 0 — 6 documents" in result.stdout
    again = CliRunner().invoke(app, ["batch", str(manifest), "--db", str(db), *RATER])
    assert "rated 0, skipped 3 (already rated), failed 0" in again.stdout
    with Store.open(db) as store:
        assert len(store.ratings()) == 3


def test_db_from_environment(tmp_path: Path) -> None:
    manifest = make_corpus(tmp_path / "c", 1)
    db = tmp_path / "env.sqlite"
    result = CliRunner().invoke(app, ["batch", str(manifest), *RATER], env={"CNSR_DB": str(db)})
    assert result.exit_code == 0, result.output
    assert db.exists()


def test_failure_sets_exit_code_and_prints_one_line(tmp_path: Path) -> None:
    manifest = make_corpus(tmp_path / "c", 2, bad={0: b"BAD"})
    result = CliRunner().invoke(app, ["batch", str(manifest), "--db",
                                      str(tmp_path / "s.sqlite"), *RATER])
    assert result.exit_code == 1
    assert "rated 1, skipped 0 (already rated), failed 1" in result.stdout
    assert "failed 600000.SH/2023:" in result.stderr
    assert "not a PDF (fake reader)" in result.stderr
    assert "Traceback" not in result.output


def test_bad_manifest_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,company,code,industry,size,year\na.pdf,X,600795.SH,D4,L,2023\n",
                        encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(manifest), *RATER])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "error: sheet 'm.csv', row 2, column 'industry': 'D4' is not a CSRC 2012 industry code "
        "(e.g. D44, C26 or D)")


@pytest.mark.parametrize(("args", "message"), [
    (["--scheduler", "tcp://127.0.0.1:1"], "--scheduler needs --engine dask"),
    (["--rater", "no_such_module:f"], "--rater no_such_module:f: cannot import"),
])
def test_option_errors(tmp_path: Path, args: list[str], message: str) -> None:
    manifest = make_corpus(tmp_path / "c", 1)
    result = CliRunner().invoke(app, ["batch", str(manifest), "--db",
                                      str(tmp_path / "s.sqlite"), *RATER, *args])
    assert result.exit_code == 2
    assert message in result.stderr


@pytest.mark.skipif(importlib.util.find_spec("cnsr.assess.rate") is not None,
                    reason="the document reader is available")
def test_without_reader_says_so(tmp_path: Path) -> None:
    manifest = make_corpus(tmp_path / "c", 1)
    result = CliRunner().invoke(app, ["batch", str(manifest), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 2
    assert "document reader (cnsr.assess.rate) is not available" in result.stderr


def test_symlink_loop_in_manifest_exits_2_naming_the_row(tmp_path: Path) -> None:
    """Issue #13: a loop crashed `cnsr batch` with a RuntimeError traceback and exit 1."""
    (tmp_path / "good.pdf").write_bytes(b"%PDF good")
    (tmp_path / "loop-a.pdf").symlink_to(tmp_path / "loop-b.pdf")
    (tmp_path / "loop-b.pdf").symlink_to(tmp_path / "loop-a.pdf")
    (tmp_path / "gone.pdf").symlink_to(tmp_path / "deleted.pdf")
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,company,code,industry,size,year\n"
                        "good.pdf,华东能源,600010.SH,D44,L,2023\n"
                        "loop-a.pdf,华东能源,600010.SH,D44,L,2023\n"
                        "gone.pdf,华东能源,600010.SH,D44,L,2023\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(manifest), "--db",
                                      str(tmp_path / "s.sqlite"), *RATER])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert lines[0] == "error: m.csv: 2 problems"
    assert lines[1].strip() == ("sheet 'm.csv', row 3, column 'path': document 'loop-a.pdf' is a "
                                "symbolic link loop")
    assert "row 4, column 'path': document 'gone.pdf' is a symbolic link to a missing file" \
        in lines[2]
