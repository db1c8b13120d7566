"""Template layout, CSV folders, header matching, and the shipped demo file."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from cnsr.ghg.demo import ENTITY, demo_path, demo_rows, write_demo
from cnsr.ghg.inventory import compute_inventory
from cnsr.ghg.sheets import SHEETS, match_header
from cnsr.ghg.summary import year_totals
from cnsr.ghg.template import write_workbook
from cnsr.ghg.workbook import read_activity


def test_template_sheets_and_headers(tmp_path: Path, lib):
    book = load_workbook(write_workbook(tmp_path / "t.xlsx", lib))
    assert book.sheetnames[:8] == ["README", "entity", "output", "fuels", "process",
                                   "electricity", "heat", "scope3"]
    assert {"ref_fuels", "ref_regions", "ref_gases", "ref_scope3"} <= set(book.sheetnames)
    header = [c.value for c in book["fuels"][1]]
    assert header[:5] == ["年份 / year", "厂区/设施 / site", "燃料品种 / fuel", "消耗量 / quantity",
                          "单位 / unit"]


def test_headers_match_by_key_chinese_or_english():
    fuels = SHEETS["fuels"]
    for text in ("quantity", "消耗量", "Quantity", "消耗量 / quantity", "消耗量\nquantity"):
        assert match_header(fuels, text) == "quantity"
    assert match_header(fuels, "remarks") is None


def test_csv_folder_round_trip(tmp_path: Path, lib):
    folder = write_workbook(tmp_path / "csv", lib, ENTITY, demo_rows())
    xlsx = write_workbook(tmp_path / "d.xlsx", lib, ENTITY, demo_rows())
    a = compute_inventory(read_activity(folder), lib)
    b = compute_inventory(read_activity(xlsx), lib)
    assert [t.total() for t in year_totals(a)] == [t.total() for t in year_totals(b)]
    assert a.entity.name == ENTITY["name"]


def test_shipped_demo_is_current(tmp_path: Path, lib):
    fresh = compute_inventory(read_activity(write_demo(tmp_path / "demo.xlsx", lib)), lib)
    shipped = compute_inventory(read_activity(demo_path()), lib)
    assert fresh.lines == shipped.lines
    assert shipped.years == [2021, 2022, 2023]
    assert {line.kind for line in shipped.lines} == {"fuel", "fugitive", "electricity", "heat",
                                                     "scope3"}
