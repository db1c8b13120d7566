"""Issue #13: nothing in an activity workbook is dropped silently. A missing or misnamed sheet,
a near-miss header, a formula without a saved value and a "#2机组" row without a year are
errors naming sheet, row and column; a sheet or column that resembles nothing is a warning that
fails with --strict."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from cnsr.cli.ghg import app
from cnsr.errors import SheetError
from cnsr.ghg.workbook import read_activity

COAL = {"year": 2023, "site": "一厂", "fuel": "柴油", "quantity": 120, "unit": "t",
        "oxidation": 0.93}
POWER = {"year": 2023, "site": "一厂", "region": "江苏", "quantity": 4200, "unit": "MWh"}


def _error(path: Path) -> SheetError:
    with pytest.raises(SheetError) as err:
        read_activity(path)
    assert "\n" not in str(err.value)
    return err.value


@pytest.mark.parametrize("title", ["燃料燃烧", "fuel"])
def test_misnamed_fuels_sheet_is_an_error(workbook, title: str) -> None:
    path = workbook({"fuels": [COAL], "electricity": [POWER]})
    book = load_workbook(path)
    book["fuels"].title = title
    book.save(path)
    err = _error(path)
    assert err.sheet == title
    assert "did you mean 'fuels'" in str(err)


def test_missing_electricity_sheet_is_an_error(workbook) -> None:
    path = workbook({"fuels": [COAL], "electricity": [POWER]})
    book = load_workbook(path)
    del book["electricity"]
    book.save(path)
    err = _error(path)
    assert err.sheet == "electricity" and "missing sheet 'electricity' (外购电力)" in str(err)


def test_near_miss_header_names_the_column_it_resembles(workbook) -> None:
    path = workbook({"fuels": [COAL], "electricity": [POWER]})
    book = load_workbook(path)
    sheet = book["fuels"]
    cell = next(c for c in sheet[1] if str(c.value).startswith("实测碳氧化率"))
    cell.value = "碳氧化率"
    book.save(path)
    err = _error(path)
    assert (err.sheet, err.row, err.column) == ("fuels", 1, cell.column_letter)
    assert "unknown header '碳氧化率'; did you mean '实测碳氧化率 / oxidation'?" in str(err)


def test_formula_without_saved_value_is_an_error(workbook) -> None:
    path = workbook({"fuels": [COAL], "electricity": [POWER]})
    book = load_workbook(path)
    sheet = book["electricity"]
    quantity = next(c.column for c in sheet[1] if str(c.value).startswith("外购电量"))
    sheet.cell(row=3, column=quantity, value="=1800+2400")  # openpyxl saves no result
    book.save(path)
    err = _error(path)
    assert (err.sheet, err.row, err.column) == ("electricity", 3, "quantity")
    assert "formula =1800+2400 has no saved value" in str(err)


def test_hash_site_without_year_is_an_error_not_a_comment(workbook) -> None:
    path = workbook({"fuels": [COAL, {**COAL, "year": None, "site": "#2机组"}],
                     "electricity": [POWER]})
    err = _error(path)
    assert (err.sheet, err.row, err.column) == ("fuels", 4, "site")
    assert "'#2机组' starts with # but the row has data and no year" in str(err)


def test_hash_site_with_year_is_data_and_examples_stay_comments(workbook) -> None:
    path = workbook({"fuels": [COAL, {**COAL, "site": "#2机组"}], "electricity": [POWER]})
    data = read_activity(path)  # the template's "# 2023" example row is still skipped
    assert [r.site for r in data.fuels] == ["一厂", "#2机组"]
    assert data.warnings == []


def test_unknown_column_warns_and_strict_fails(workbook) -> None:
    path = workbook({"fuels": [COAL], "electricity": [POWER]})
    book = load_workbook(path)
    sheet = book["electricity"]
    sheet.cell(row=1, column=sheet.max_column + 1, value="审核人")
    book.save(path)
    assert read_activity(path).warnings == [
        f"sheet 'electricity', row 1, column '{sheet.cell(row=1, column=sheet.max_column).column_letter}'"
        ": unknown header '审核人', column ignored / 表头无法识别，该列已忽略"]
    runner = CliRunner()
    relaxed = runner.invoke(app, ["inventory", str(path), "--json"])
    assert relaxed.exit_code == 0, relaxed.output
    assert "warning / 警告: sheet 'electricity'" in relaxed.stderr
    strict = runner.invoke(app, ["inventory", str(path), "--strict"])
    assert strict.exit_code == 2
    assert "1 workbook warning(s) with --strict" in strict.stderr
