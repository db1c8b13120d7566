"""Own figures met in blind round 46 (session 29), missed or misread before, with tables and text
written fresh for these tests:

- a unit title merged over the figure columns under the year header ("类别 | 2021年 | 2022年" over
  " | 排放量（tCO2e） | "): a grid's scope 1 / 2 rows were read without a unit (stage 2 for 3);
- a KPI appendix whose GHG header ("温室气体 | （万吨CO2e） | 2021年 …") ends a page under another
  table and whose rows open the next: the header's unit cell ("CO2e" holds a digit) made it a body
  row, so the rows took the header of the table above it, and the bracketed unit heading of the
  unit column gave the rows no unit;
- a table without ruling lines whose headings are centred and figures set right: each year heading
  lands in a column of its own, empty below, and the figures had no year;
- a parent group's total from its own report, read as the company's own total.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.evidence.tables import table_text
from cnsr.ingest.document import Table
from cnsr.ingest.layout import Cell, Line
from cnsr.ingest.tables import continue_table, header_at_foot
from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate


@pytest.mark.parametrize(("rows", "want"), [
    ([["类别", "2021年", "2022年", "2023年"], ["", "", "排放量（tCO2e）", ""],
      ["范围一（车辆燃油、SF6）", "51,360", "48,920", "45,780"]], "2023年=45,780 tCO2e"),
    ([["项目", "2022年", "2023年"], ["", "温室气体排放（万吨二氧化碳当量）", ""],
      ["范围二排放", "86.4", "82.1"]], "2023年=82.1万吨二氧化碳当量"),
    ([["Item", "2021", "2022", "2023"], ["", "Emissions (tonnes CO2e)", "", ""],
      ["Scope 1", "12,400", "11,900", "11,300"]], "2023=11,300 tonnes CO2e"),
], ids=["zh_tco2e", "zh_wan_dun", "en_tonnes"])
def test_a_unit_title_under_the_years_is_the_tables_unit(rows: list[list[str]], want: str) -> None:
    assert want in table_text(rows)


def test_a_label_row_under_the_years_stays_a_row() -> None:
    # a group row in the label column is read as a group, not as the table's unit
    text = table_text([["指标", "2022年", "2023年"], ["温室气体排放", "", ""], ["范围一", "1,200", "1,150"]])
    assert "温室气体排放" in text.splitlines()[1]


@pytest.mark.parametrize(("rows", "want", "unit_row"), [
    ([["温室气体", "（万吨CO2e）", "2021年", "2022年", "2023年"],
      ["化石燃料燃烧排放", "", "352.6", "346.1", "337.4"],
      ["吨氨二氧化碳排放强度", "吨CO2e/吨", "4.62", "4.55", "4.48"]],
     "2023年=337.4万吨CO2e", "2023年=4.48吨CO2e/吨"),
    ([["GHG emissions", "(tCO2e)", "2022", "2023"],
      ["Scope 1", "", "8,640", "8,120"],
      ["Intensity", "tCO2e/t", "0.52", "0.49"]],
     "2023=8,120 tCO2e", "2023=0.49tCO2e/t"),
], ids=["zh_appendix", "en_appendix"])
def test_a_bracketed_unit_heading_is_the_unit_of_rows_without_their_own(
        rows: list[list[str]], want: str, unit_row: str) -> None:
    text = table_text(rows)
    assert want in text and unit_row in text


def test_a_unit_heading_over_figures_is_no_unit_column() -> None:
    text = table_text([["指标", "（万吨）", "2023年"], ["煤炭", "12.5", "13.1"]])
    assert "2023年=13.1" in text and "（万吨）=12.5" not in text.replace("（万吨）=12.5万吨", "")


@pytest.mark.parametrize(("rows", "want"), [
    # headings centred, figures set right: each heading one column left of its figures
    ([["", "指标", "单位", "", "2022年", "", "2023年", ""],
      ["范围一排放", "", "", "吨", "", "28,640", "", "26,980"],
      ["单位产品排放", "", "", "千克/条", "", "13.2", "", "10.7"]],
     ["范围一排放 | 2022年=28,640吨 | 2023年=26,980吨", "单位产品排放 | 2022年=13.2千克/条 | 2023年=10.7千克/条"]),
    ([["", "Indicator", "", "2022", "", "2023"],
      ["Scope 2", "", "", "4,210", "", "3,980"]],
     ["Scope 2 | 2022=4,210 | 2023=3,980"]),
], ids=["zh_unruled", "en_unruled"])
def test_headings_one_column_off_their_figures_are_realigned(rows: list[list[str]], want: list[str]) -> None:
    lines = table_text(rows).splitlines()
    for line in want:
        assert line in lines


def test_an_aligned_table_is_left_alone() -> None:
    rows = [["指标", "单位", "2022年", "2023年"], ["范围一排放", "吨", "28,640", "26,980"]]
    assert "范围一排放 | 2022年=28,640吨 | 2023年=26,980吨" in table_text(rows).splitlines()


def _line(*cells: str, y: float = 700.0) -> Line:
    out, x = [], 50.0
    for c in cells:
        out.append(Cell(c, x, x + 8 * len(c)))
        x += 110
    return Line("  ".join(cells), 50.0, y, out[-1].x1, y + 10, tuple(out))


@pytest.mark.parametrize("head", [
    ["温室气体", "（万吨CO2e）", "2021年", "2022年", "2023年"],
    ["GHG emissions", "(tCO2e)", "2021", "2022", "2023"],
    ["用水", "（m3）", "2022年", "2023年"],
], ids=["zh_co2e", "en_co2e", "zh_m3"])
def test_a_header_whose_unit_holds_a_digit_is_carried_over_the_page_break(head: list[str]) -> None:
    lines = [_line("环保投入", "万元", "18,620", "19,840", y=640), _line(*head, y=700)]
    found = header_at_foot(lines, 1)
    assert found is not None and found[1].rows[-1] == head
    body = Table(rows=[["范围一", "", *["352.6"] * (len(head) - 2)], ["范围二", "", *["56.2"] * (len(head) - 2)]])
    joined = continue_table(found[1], body)
    assert joined is not None and joined.rows[0] == head


def test_a_row_with_a_figure_is_still_no_header_at_the_foot() -> None:
    assert header_at_foot([_line("上文。", y=600), _line("排放", "PM2.5", "2022年", "12.6", "2023年")], 0) is None


LEAD = "公司自2020年起每年开展温室气体核算。\n"


@pytest.mark.parametrize(("text", "value"), [
    ("The Parent Group, including its mining arm, reported total emissions of 33.6 million tonnes of CO2 in 2023.",
     33600000.0),
    ("Our parent company's total GHG emissions were 41.2 million tCO2e in 2023.", 41200000.0),
    ("控股股东2023年温室气体排放总量为3,360万吨二氧化碳当量。", 33600000.0),
    ("母集团2023年碳排放总量约为4,120万吨。", 41200000.0),
], ids=["en_parent_group", "en_parent_company", "zh_controlling_shareholder", "zh_parent_group"])
def test_a_parent_groups_total_is_not_own(tmp_path: Path, m: LoadedMethodology, text: str, value: float) -> None:
    own = _figures(_rate(tmp_path, m, LEAD + text + "\n"), "own")
    assert all(v != value for _, _, v, _ in own)


def test_the_companys_own_total_beside_stays(tmp_path: Path, m: LoadedMethodology) -> None:
    text = "2023年公司温室气体排放总量为2,755万吨二氧化碳当量，母公司口径排放为1,210万吨。\n"
    own = _figures(_rate(tmp_path, m, LEAD + text), "own")
    assert any(s == "total" and v == 27550000.0 for s, _, v, _ in own)
