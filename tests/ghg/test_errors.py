"""Bad input names the sheet, the row (as Excel shows it) and the column."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from cnsr.errors import InputError, SheetError

# Row 1 is the header and row 2 the template's example row, so the first data row is row 3.
FIRST = 3

GOOD_FUEL = {"year": 2023, "site": "A", "fuel": "柴油", "quantity": 10, "unit": "t"}
GOOD_POWER = {"year": 2023, "site": "A", "region": "江苏", "quantity": 10, "unit": "MWh"}


def _error(inventory_of, rows) -> SheetError:
    with pytest.raises(SheetError) as err:
        inventory_of(rows)
    return err.value


@pytest.mark.parametrize(("sheet", "row", "column", "words"), [
    ("fuels", {**GOOD_FUEL, "fuel": "whale oil"}, "fuel", "unknown fuel 'whale oil'"),
    ("fuels", {**GOOD_FUEL, "unit": "barrels"}, "unit", "unknown unit 'barrels'"),
    ("fuels", {**GOOD_FUEL, "unit": "MWh"}, "unit", "cannot convert 'MWh' to 't'"),
    ("fuels", {**GOOD_FUEL, "unit": "L"}, "unit", "cannot convert 'L'"),
    ("fuels", {**GOOD_FUEL, "quantity": -5}, "quantity", "negative values are not allowed"),
    ("fuels", {**GOOD_FUEL, "year": None}, "year", "missing value"),
    ("fuels", {**GOOD_FUEL, "year": "twenty"}, "year", "not a whole number"),
    ("fuels", {**GOOD_FUEL, "quantity": "lots"}, "quantity", "not a number"),
    ("fuels", {**GOOD_FUEL, "fuel": "电厂燃煤"}, "ncv", "no default NCV"),
    ("fuels", {**GOOD_FUEL, "ncv": 40}, "ncv_unit", "unit of the measured NCV"),
    ("fuels", {**GOOD_FUEL, "oxidation": 98}, "oxidation", "at most 1"),
    ("fuels", {**GOOD_FUEL, "carbon_content": 20}, "carbon_content_unit", "carbon content"),
    ("electricity", {**GOOD_POWER, "region": "Atlantis"}, "region", "unknown province"),
    ("electricity", {**GOOD_POWER, "region": "内蒙古"}, "region", "spans several grids"),
    ("electricity", {**GOOD_POWER, "unit": "t"}, "unit", "cannot convert 't' to 'MWh'"),
    ("electricity", {**GOOD_POWER, "green_power": 8, "green_certificates": 5},
     "green_certificates", "exceed purchased electricity"),
    ("electricity", {**GOOD_POWER, "quantity": -1}, "quantity", "negative"),
    ("heat", {"year": 2023, "kind": "steam", "quantity": 5, "unit": "t"}, "enthalpy",
     "enthalpy"),
    ("heat", {"year": 2023, "kind": "plasma", "quantity": 5, "unit": "GJ"}, "kind",
     "unknown heat kind"),
    ("process", {"year": 2023, "source": "x", "material": "unobtainium", "quantity": 1,
                 "unit": "t"}, "material", "unknown process material or gas"),
    ("process", {"year": 2023, "source": "x", "material": "SF6", "quantity": 1,
                 "unit": "GJ"}, "unit", "cannot convert 'GJ' to 't'"),
    ("scope3", {"year": 2023, "category": 1, "quantity": 5, "unit": "万元"}, "factor",
     "needs factor"),
    ("scope3", {"year": 2023, "category": 16, "quantity": 5, "unit": "万元", "factor": 1,
                "factor_unit": "tCO2e/万元"}, "category", "at most 15"),
    ("scope3", {"year": 2023, "category": 1, "quantity": 5, "unit": "t", "factor": 1,
                "factor_unit": "tCO2e/万元"}, "factor_unit", "does not give 'tCO2e'"),
    ("scope3", {"year": 2023, "category": 1, "quantity": 5, "unit": "t",
                "factor_id": "steel"}, "factor_id", "unknown scope 3 factor id"),
])
def test_bad_cell_is_named(inventory_of, sheet, row, column, words):
    err = _error(inventory_of, {sheet: [row]})
    assert (err.sheet, err.row, err.column) == (sheet, FIRST, column), str(err)
    assert words in str(err)
    assert str(err).startswith(f"sheet '{sheet}', row {FIRST}, column '{column}'")


def test_year_without_factor_in_strict_mode(inventory_of):
    with pytest.raises(SheetError) as err:
        inventory_of({"electricity": [{**GOOD_POWER, "year": 2035}]}, year_policy="exact")
    assert (err.value.row, err.value.column) == (FIRST, "year")
    assert "no regional grid factor for east in 2035" in str(err.value)


def test_later_rows_are_counted_as_excel_shows_them(inventory_of):
    rows = {"fuels": [GOOD_FUEL, GOOD_FUEL, {**GOOD_FUEL, "fuel": "??"}]}
    assert _error(inventory_of, rows).row == FIRST + 2


def test_missing_required_column(workbook, lib):
    from cnsr.ghg.workbook import read_activity

    path = workbook({"fuels": [GOOD_FUEL]})
    book = load_workbook(path)
    book["fuels"].delete_cols(5)  # the unit column
    book.save(path)
    with pytest.raises(SheetError) as err:
        read_activity(path)
    assert (err.value.sheet, err.value.row, err.value.column) == ("fuels", 1, "unit")


def test_empty_template_and_wrong_files(tmp_path: Path, workbook):
    from cnsr.ghg.workbook import read_activity

    with pytest.raises(InputError, match="no activity rows"):
        read_activity(workbook({}))
    with pytest.raises(InputError, match="not found"):
        read_activity(tmp_path / "nope.xlsx")
    (tmp_path / "x.txt").write_text("hi")
    with pytest.raises(InputError, match="expected an .xlsx"):
        read_activity(tmp_path / "x.txt")
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(InputError, match="cannot open workbook"):
        read_activity(bad)


def test_bad_entity_field(workbook):
    from cnsr.ghg.workbook import read_activity

    path = workbook({"fuels": [GOOD_FUEL]}, {"name": "X", "gwp": "AR9"})
    with pytest.raises(SheetError) as err:
        read_activity(path)
    assert (err.value.sheet, err.value.column) == ("entity", "value")
    assert "AR9" in str(err.value)
