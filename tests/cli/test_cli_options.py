"""`cnsr rate` options: checked like the batch manifest, named in one-line errors; the report
year read from the document when --year is absent; nothing but messages on stderr."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cnsr.cli.main import app

runner = CliRunner()
ESG = ("华东新材料股份有限公司\n2023年环境、社会及治理报告\n"
       "本公司制定了碳达峰行动方案，2023年范围一温室气体排放量为8.4万吨二氧化碳当量。\n")


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "huadong.txt"
    path.write_text(ESG, encoding="utf-8")
    return path


def _rate(report: Path, *options: str) -> tuple[int, str, str, dict[str, object] | None]:
    out = report.with_name("rating.json")
    out.unlink(missing_ok=True)
    result = runner.invoke(app, ["rate", str(report), "-f", "json", "-o", str(out), *options])
    rating = json.loads(out.read_text(encoding="utf-8")) if out.exists() else None
    return result.exit_code, result.stdout, result.stderr, rating


@pytest.mark.parametrize(("options", "message"), [
    (("--industry", "Z99"), "--industry: 'Z99' is not a CSRC 2012 industry code"),
    (("--industry", "D4"), "--industry: 'D4' is not a CSRC 2012 industry code"),
    (("--industry", "XYZ"), "--industry: 'XYZ' is not a CSRC 2012 industry code"),
    (("--size", "huge"), "--size: 'huge' is not a size class"),
    (("--year", "1850"), "--year: year 1850 is not between 1990 and 2100"),
    (("--year", "abc"), "--year: year 'abc' is not a whole number"),
    (("--code", "60199.SH"), "--code: stock code '60199.SH' must be six digits"),
])
def test_bad_option_is_one_line_naming_it(report: Path, options: tuple[str, ...],
                                         message: str) -> None:
    code, stdout, stderr, rating = _rate(report, *options)
    assert code == 2 and rating is None and stdout == ""
    assert stderr.startswith("error: " + message), stderr
    assert stderr.count("\n") == 1


def test_several_bad_options_are_all_named(report: Path) -> None:
    code, _, stderr, _ = _rate(report, "--industry", "Z99", "--size", "XYZ")
    assert code == 2 and "--industry: 'Z99'" in stderr and "--size: 'XYZ'" in stderr
    assert stderr.count("\n") == 1


@pytest.mark.parametrize(("typed", "stored"), [("large", "L"), ("大型", "L"), ("m", "M"),
                                               ("Small", "S")])
def test_size_words_are_stored_as_the_class(report: Path, typed: str, stored: str) -> None:
    code, _, _, rating = _rate(report, "--size", typed, "--industry", "c28", "--year", "2023")
    assert code == 0 and rating is not None
    assert rating["company"] == {"name": "huadong", "code": "", "industry": "C28",
                                 "size": stored, "year": 2023}


def test_year_is_read_from_the_document_and_said(report: Path) -> None:
    code, _, stderr, rating = _rate(report, "--lang", "en")
    assert code == 0 and rating is not None
    assert rating["company"]["year"] == 2023  # type: ignore[index]
    assert stderr == ('report year 2023: from huadong.txt p.1 "2023年环境、社会及治理报告" '
                      "(report title)\n")


def test_without_a_stated_year_last_year_is_used_with_a_note(tmp_path: Path) -> None:
    plain = tmp_path / "notes.txt"
    plain.write_text("公司建立了能源管理体系，持续推进节能降碳。\n", encoding="utf-8")
    code, _, stderr, rating = _rate(plain)
    last = datetime.date.today().year - 1
    assert code == 0 and rating is not None and rating["company"]["year"] == last  # type: ignore[index]
    assert stderr.startswith(f"报告年度 {last}：文件中未写明报告年度，按上一日历年计")
    assert stderr.count("\n") == 1


def test_given_year_wins_and_success_is_silent_on_stderr(report: Path) -> None:
    code, _, stderr, rating = _rate(report, "--year", "2024")
    assert code == 0 and rating is not None and rating["company"]["year"] == 2024  # type: ignore[index]
    assert stderr == ""


@pytest.mark.parametrize(("name", "content", "message"), [
    ("missing.pdf", None, "missing.pdf: file not found"),
    ("empty.txt", b"", "empty.txt: the file is empty"),
])
def test_unreadable_single_file_is_one_line(tmp_path: Path, name: str, content: bytes | None,
                                            message: str) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = runner.invoke(app, ["rate", str(path), "--year", "2023"])
    assert result.exit_code == 2 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], lines


def test_usage_errors_are_one_line() -> None:
    result = runner.invoke(app, ["rate", "--format", "xml", "x.txt"])
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith("error: Invalid value for '--format'") and "'xml'" in line
    assert line.endswith("(see cnsr rate --help)")
    result = runner.invoke(app, ["rat"])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert "No such command 'rat'" in result.stderr and "╭" not in result.stderr


def test_version() -> None:
    from cnsr import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout == f"cnsr {__version__}\n"
