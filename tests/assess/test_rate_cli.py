"""`cnsr rate`: documents in, a rating with evidence out; bad files reported, the rest rated."""

from __future__ import annotations

import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from cnsr.cli.main import app

CORPUS = Path(__file__).parents[2] / "demo" / "corpus"
THERMAL = CORPUS / "d06_hengyuan_thermal_2023.pdf"  # stage 1: policy only as background
runner = CliRunner()


def test_json_rating_with_evidence_pages(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    result = runner.invoke(app, ["rate", str(THERMAL), "--company", "恒源热电", "--code",
                                 "009455.SZ", "--industry", "d44", "--size", "m", "--year",
                                 "2023", "-f", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rating = json.loads(out.read_text(encoding="utf-8"))
    assert rating["stage"] == 1 and rating["maximum"] == 16
    assert rating["company"]["industry"] == "D44" and rating["company"]["size"] == "M"
    rated = [p for i in rating["indicators"] for p in i["points"] if p["rating"] > 0]
    assert rated and all(e["page"] for p in rated for e in p["evidence"])
    assert rating["provenance"]["produced_by"] == "reader"


def test_bad_file_is_reported_and_the_others_rated(tmp_path: Path) -> None:
    fake = tmp_path / "report.pdf"
    fake.write_text("404 Not Found", encoding="utf-8")
    target = tmp_path / "r.xlsx"
    result = runner.invoke(app, ["rate", str(fake), str(THERMAL), "--year", "2023",
                                 "-f", "excel", "-o", str(target)])
    assert result.exit_code == 1
    assert "named .pdf but it is not a PDF" in result.output
    assert "Traceback" not in result.output
    evidence = load_workbook(target)["证据 Evidence"]
    files = {str(row[i]) for row in evidence.iter_rows(min_row=2, values_only=True)
             for i in range(len(row)) if row[i] and str(row[i]).endswith(".pdf")}
    assert any(THERMAL.name in f for f in files) and not any("report.pdf" in f for f in files)


def test_nothing_readable_and_bad_code(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["rate", str(empty), "--year", "2023"])
    assert result.exit_code == 2 and "the file is empty" in result.output
    result = runner.invoke(app, ["rate", str(THERMAL), "--code", "12345.SH"])
    assert result.exit_code == 2 and "six digits" in result.output
