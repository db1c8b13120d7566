"""`cnsr ghg roadmap` and `cnsr ghg points --roadmap` end to end on the demo workbook."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from cnsr.cli.ghg import app
from cnsr.ghg.demo import demo_path

runner = CliRunner()


def _target(tmp_path: Path, pct: float) -> Path:
    path = tmp_path / "t.yaml"
    path.write_text(f"base_year: 2023\ntarget_year: 2030\nset_year: 2024\n"
                    f"targets:\n  - {{scopes: [1, 2], reduction_pct: {pct}}}\n", encoding="utf-8")
    return path


def test_roadmap_writes_workbook_and_charts(tmp_path: Path) -> None:
    out = tmp_path / "out"
    res = runner.invoke(app, ["roadmap", str(demo_path()), "--target", str(_target(tmp_path, 25)),
                              "--out", str(out), "--formats", "xlsx,png,svg", "--lang", "en"])
    assert res.exit_code == 0, res.output
    assert "The chosen measures meet the target." in res.output
    book = load_workbook(out / "ghg-roadmap-en.xlsx", read_only=True)
    assert book.sheetnames == ["summary", "measures", "pathway", "compensation", "rules"]
    ids = [row[0] for row in book["measures"].iter_rows(min_row=2, values_only=True)]
    assert ids == ["M2", "M1", "M4", "M3"]
    for name in ("pathway", "macc"):
        assert (out / f"ghg-roadmap-{name}-en.png").read_bytes()[:4] == b"\x89PNG"
        assert b"<svg" in (out / f"ghg-roadmap-{name}-en.svg").read_bytes()[:400]


def test_unreachable_target_still_writes_the_best_pathway(tmp_path: Path) -> None:
    out = tmp_path / "out"
    res = runner.invoke(app, ["roadmap", str(demo_path()), "--target", str(_target(tmp_path, 60)),
                              "--out", str(out), "--formats", "xlsx"])
    assert res.exit_code == 1
    assert "现有措施无法实现目标" in res.output
    assert (out / "ghg-roadmap-zh.xlsx").exists()


def test_bad_measures_file_is_one_line(tmp_path: Path) -> None:
    res = runner.invoke(app, ["roadmap", str(demo_path()), "--target", str(_target(tmp_path, 25)),
                              "--measures", str(tmp_path / "missing.xlsx")])
    assert res.exit_code == 2 and "file not found" in res.output


def test_points_with_roadmap(tmp_path: Path) -> None:
    res = runner.invoke(app, ["points", str(demo_path()), "--target", str(_target(tmp_path, 25)),
                              "--roadmap", "--json"])
    assert res.exit_code == 0, res.output
    points = json.loads(res.output)
    assert points["I08.1"]["rating"] == 1 and points["I08.2"]["rating"] == 1
    assert points["I14.3"]["rating"] == 1  # the inventory's own green power beats the plan's 0.5
    assert points["I14.2"]["rating"] == 0.5
