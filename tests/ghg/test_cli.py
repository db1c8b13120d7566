"""`cnsr ghg ...` end to end through typer's runner."""

from __future__ import annotations

import json
import traceback
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cnsr.cli.ghg import app
from cnsr.ghg.demo import demo_path

runner = CliRunner()
TARGET = """\
base_year: 2022
target_year: 2030
set_year: 2023
targets:
  - {scopes: [1, 2], reduction_pct: 42}
  - {scopes: [3], reduction_pct: 25, coverage_pct: 70}
"""


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def test_template_then_fill_then_inventory(tmp_path: Path):
    out = tmp_path / "tpl.xlsx"
    assert run("template", out).exit_code == 0
    result = run("inventory", out)
    assert result.exit_code == 2
    assert "no activity rows" in result.output


def test_inventory_writes_reports(tmp_path: Path):
    result = run("inventory", demo_path(), "--out", tmp_path, "--lang", "en",
                 "--formats", "xlsx,html,png,svg")
    assert result.exit_code == 0, result.output
    assert "124,118" in result.output  # 2023 total, location-based
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["ghg-history-en.png", "ghg-history-en.svg", "ghg-inventory-en.html",
                     "ghg-inventory-en.xlsx"]


def test_inventory_json_and_options(tmp_path: Path):
    result = run("inventory", demo_path(), "--json", "--gwp", "AR6", "--grid", "national")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["options"] == {"gwp": "AR6", "grid": "national", "year_policy": "nearest",
                               "scope2_headline": "location"}
    assert any(k.startswith("grid:national:CN") for k in data["factors"])


def test_strict_years_error_is_one_line(tmp_path: Path):
    result = run("inventory", demo_path(), "--strict-years")
    assert result.exit_code == 2
    lines = [x for x in result.output.splitlines() if x.strip()]
    assert len(lines) == 1 and "sheet 'electricity'" in lines[0] and "Traceback" not in lines[0]


@pytest.mark.parametrize(("reduction", "code"), [(42, 0), (20, 1)])
def test_target_command(tmp_path: Path, reduction: int, code: int):
    target = tmp_path / "t.yaml"
    target.write_text(TARGET.replace("reduction_pct: 42", f"reduction_pct: {reduction}"),
                      encoding="utf-8")
    chart = tmp_path / "path.png"
    result = run("target", target, "--inventory", demo_path(), "--chart", chart, "--lang", "en")
    assert result.exit_code == code, result.output
    assert chart.read_bytes().startswith(b"\x89PNG")
    assert ("FAIL" in result.output) == bool(code)


def test_points_json(tmp_path: Path):
    target = tmp_path / "t.yaml"
    target.write_text(TARGET, encoding="utf-8")
    result = run("points", demo_path(), "--target", target, "--json")
    assert result.exit_code == 0, result.output
    points = json.loads(result.output)
    assert points["I11.1"]["rating"] == 1 and points["I06.2"]["rating"] == 1
    assert set(points["I11.5"]) == {"point", "rating", "zh", "en"}


def test_factors_table_prints_override_format():
    result = run("factors", "--table", "gwp")
    assert result.exit_code == 0
    assert "gwp:" in result.output and "HFC-134a" in result.output
    assert run("factors", "--table", "nope").exit_code == 2


def test_demo_command(tmp_path: Path):
    assert run("demo", tmp_path / "d.xlsx").exit_code == 0
    assert (tmp_path / "d.xlsx").exists()


def test_mounted_on_main_app():
    try:
        from cnsr.cli.main import app as main_app
    except Exception as err:  # another command group mid-edit must not fail the ghg suite
        files = [frame.filename for frame in traceback.extract_tb(err.__traceback__)]
        if any("/cnsr/ghg/" in f or f.endswith("cli/ghg.py") for f in files):
            raise
        pytest.skip(f"cnsr.cli.main not importable for a reason outside ghg: {err!r}")

    result = CliRunner().invoke(main_app, ["ghg", "--help"])
    assert result.exit_code == 0 and "inventory" in result.output
