"""The expert sheet: template → filled by an analyst → scored, and every bad cell named."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from cnsr.cli.main import app
from cnsr.errors import SheetError
from cnsr.expert.layout import FIRST_DATA_ROW, KEY_ROW, RATINGS_SHEET
from cnsr.expert.score import score_sheet
from cnsr.expert.template import write_template

runner = CliRunner()

# The seed's worked example as a sheet row: a stage-1 company whose only disclosure is energy
# use at 30 % with trend B2, comparison B3, integration B4 -> I03 scores 35 % of 5 = 1.75.
WORKED = {"name": "示例能源股份有限公司", "code": "600123.SH", "industry": "D44", "size": "L",
          "year": 2023, "environmental_awareness": "Y", "carbon_awareness": "N",
          "quantified_emissions": "N", "I03.1": 1, "I03.2": 0.5, "I03:trend": "B2",
          "I03:comparison": "B3", "I03:integration": "B4"}


def _sheet(m, tmp_path: Path, rows) -> Path:
    path = tmp_path / "sheet.xlsx"
    write_template(m, path, industries=["D44", "C26"], sizes=["L", "M", "S"], rows=rows)
    return path


def _cell(path: Path, key: str, value, row: int = FIRST_DATA_ROW) -> None:
    wb = load_workbook(path)
    ws = wb[RATINGS_SHEET]
    column = next(c for c in range(1, ws.max_column + 1) if ws.cell(KEY_ROW, c).value == key)
    ws.cell(row, column, value)
    wb.save(path)


def test_template_has_keys_validation_and_instructions(m, tmp_path):
    path = _sheet(m, tmp_path, [])
    wb = load_workbook(path)
    assert wb.sheetnames[:3] == ["说明 Instructions", RATINGS_SHEET, "要点 Points"]
    ws = wb[RATINGS_SHEET]
    keys = [ws.cell(KEY_ROW, c).value for c in range(1, ws.max_column + 1)]
    assert keys[:5] == ["name", "code", "industry", "size", "year"]
    assert "I16.3" in keys and "I16:integration" in keys
    assert len([k for k in keys if "." in k]) == 68
    formulas = {dv.formula1 for dv in ws.data_validations.dataValidation}
    assert '"0,0.5,1"' in formulas and '"B0,B1,B2,B3,B4,B5"' in formulas
    assert "cnsr_industries" in formulas
    text = " ".join(str(c.value) for row in wb["说明 Instructions"].iter_rows() for c in row
                    if c.value)
    assert "cnsr score" in text and "披露要点" in text and "Disclosure points" in text


def test_worked_example_scores_through_the_sheet(m, tmp_path):
    [rating] = score_sheet(m, _sheet(m, tmp_path, [WORKED]))
    assert rating.stage == 1
    assert rating.indicator("I03").score.percent == 35
    assert rating.total == pytest.approx(1.75)
    assert rating.maximum == 16
    assert rating.provenance.produced_by == "expert"


def test_every_bad_cell_is_named(m, tmp_path):
    path = _sheet(m, tmp_path, [WORKED, dict(WORKED, name="乙公司", code="600124.SH")])
    _cell(path, "I03.1", 0.7)
    _cell(path, "I03:trend", "B7", row=FIRST_DATA_ROW + 1)
    _cell(path, "carbon_awareness", "maybe", row=FIRST_DATA_ROW + 1)
    _cell(path, "industry", "Z99")
    with pytest.raises(SheetError) as err:
        score_sheet(m, path)
    message = str(err.value)
    assert "4 problem(s)" in message
    assert f"sheet '{RATINGS_SHEET}', row {FIRST_DATA_ROW}, column" in message
    assert "I03.1" in message and "'0.7' is not a point rating" in message
    assert f"row {FIRST_DATA_ROW + 1}" in message and "'B7' is not a band" in message
    assert "'maybe' is not Y or N" in message
    assert "unknown industry code 'Z99'" in message


def test_bad_stock_code_and_missing_year(m, tmp_path):
    path = _sheet(m, tmp_path, [dict(WORKED, code="60012.SH"), dict(WORKED, year=None)])
    with pytest.raises(SheetError) as err:
        score_sheet(m, path)
    assert "six digits" in str(err.value)
    assert f"row {FIRST_DATA_ROW + 1}" in str(err.value) and "year" in str(err.value)


def test_unknown_column_key(m, tmp_path):
    path = _sheet(m, tmp_path, [WORKED])
    wb = load_workbook(path)
    wb[RATINGS_SHEET].cell(KEY_ROW, 7, "I03.9")
    wb.save(path)
    with pytest.raises(SheetError, match="unknown column key 'I03.9'.*row 3, column 'G'|row 3"):
        score_sheet(m, path)


def test_not_a_workbook(m, tmp_path):
    path = tmp_path / "ratings.xlsx"
    path.write_text("company,stage\nA,1\n", encoding="utf-8")
    with pytest.raises(SheetError, match="not a readable .xlsx workbook"):
        score_sheet(m, path)


def test_empty_sheet(m, tmp_path):
    with pytest.raises(SheetError, match="no filled rows"):
        score_sheet(m, _sheet(m, tmp_path, []))


def test_cli_score_writes_results_and_ranks_peers(m, tmp_path):
    rows = [WORKED, dict(WORKED, name="乙公司", code="600124.SH", **{"I03.2": 1}),
            dict(WORKED, name="丙化工", code="002125.SZ", industry="C26")]
    path = _sheet(m, tmp_path, rows)
    out = tmp_path / "results.xlsx"
    result = runner.invoke(app, ["score", str(path), "--out", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.output
    ws = load_workbook(out)["结果 Results"]
    table = {row[0]: row for row in ws.iter_rows(min_row=2, values_only=True)}
    # 乙公司: I03 mean 2/5 = 40 % (B2), all dims reach -> 45 % of 5 = 2.25, rank 1 of 2 in D44
    assert table["乙公司"][6] == pytest.approx(2.25)
    assert (table["乙公司"][10], table["乙公司"][11]) == (1, 2)
    assert (table[WORKED["name"]][10], table[WORKED["name"]][11]) == (2, 2)
    assert (table["丙化工"][10], table["丙化工"][11]) == (1, 1)  # C26 is its own group


def test_cli_bad_sheet_fails_cleanly_and_writes_nothing(m, tmp_path):
    path = _sheet(m, tmp_path, [WORKED])
    _cell(path, "I03.1", "yes")
    out = tmp_path / "results.xlsx"
    result = runner.invoke(app, ["score", str(path), "--out", str(out)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [path]


def test_demo_sheet_scores(m):
    demo = Path(__file__).parents[2] / "demo" / "expert-sheet.xlsx"
    ratings = score_sheet(m, demo)
    assert len(ratings) >= 6
    assert {r.stage for r in ratings} == {0, 1, 2, 3}


def test_cli_score_lists_stage_zero_without_a_score(m, tmp_path):
    """Stage 0 is 'not scored' with what stage 1 needs, never '0.00 / 0' and '0.0%'."""
    zero = dict(WORKED, name="丁材料", code="600126.SH", environmental_awareness="N",
                **{"I03.1": 0, "I03.2": 0})
    path = _sheet(m, tmp_path, [WORKED, zero])
    result = runner.invoke(app, ["score", str(path), "--out", str(tmp_path / "r.xlsx")],
                           terminal_width=200)
    assert result.exit_code == 0, result.output
    row = next(line for line in result.output.splitlines() if "丁材料" in line)
    assert "不评分" in row and "0.00 / 0" not in row and "0.0%" not in row
    assert "丁材料：进入第一阶段：环保意识需满足：环境保护意识及披露" in result.output
