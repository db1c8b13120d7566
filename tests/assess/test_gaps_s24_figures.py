"""Figures misread by kind (session 24, issue #12), with text written fresh for these tests.

- A per-employee or per-cremation unit in a unit cell or after a figure ("吨二氧化碳当量/人",
  "公噸二氧化碳當量／僱員", "tCO2e per employee", "千克二氧化碳当量/具", "兆瓦時／每具火化") is an
  intensity with its denominator (units/aliases.yaml `denominator_units`, emissions.yaml
  `denominators`); alone "人" and "具" stay a head count and a classifier.
- A year opening its clause with the base-year word right after it ("；2021年基准年排放总量为
  5.32万吨") dates the base year's own figure, not a comparison (`quantity_dates.BASE_OWN`).
- A table's only scope 3 row naming one category ("范围三：外购饲料原料（类别1）") is all the
  scope 3 the company reports; among other categories it stays a part (`emission_parts`).
- A table that runs over the page foot takes its header row back on the next page
  (`page_breaks.carry_table_header`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.evidence.quantities import extract_quantities
from cnsr.evidence.units import parse_unit
from cnsr.ingest.document import Page, Passage, Table
from cnsr.ingest.page_breaks import carry_table_header
from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures, rate_text, rated_points

# ---- per-employee and per-cremation units ---------------------------------------------------


@pytest.mark.parametrize("unit, want", [
    ("吨二氧化碳当量/人", "tCO2e/人"),
    ("公吨二氧化碳当量/雇员", "tCO2e/人"),
    ("tCO2e per employee", "tCO2e/人"),
    ("kgCO2e per employee", "tCO2e/人"),
    ("兆瓦时/每具火化", "kWh/具"),
    ("千克二氧化碳当量/具", "tCO2e/具"),
    ("立方米/人", "m3/人"),
])
def test_a_count_denominator_makes_an_intensity(unit: str, want: str) -> None:
    got = parse_unit(unit)
    assert got is not None and got.unit == want and got.dimension == "intensity", got


@pytest.mark.parametrize("text, value, unit", [
    ("2023年本集团共有员工2,146人。", 2146.0, None),
    ("全年组织职业健康检查486人次。", 486.0, None),
    ("地铁牵引能耗0.093千瓦时/人公里。", 0.093, "kWh"),   # a transport unit goes on after 人
    ("人均受训时数28.6小时/人。", 28.6, None),
])
def test_a_head_count_stays_no_intensity(text: str, value: float, unit: str | None) -> None:
    got = [(q.value, q.unit) for q in extract_quantities(text)]
    assert got[0] == (value, unit), got


_TABLES = [
    ("| 指标 | 单位 | 2022年 | 2023年 |\n|---|---|---|---|\n"
     "| 温室气体排放总量 | 吨二氧化碳当量 | 9,272 | 8,634 |\n"
     "| 排放强度 | 千克二氧化碳当量/具 | 231 | 203 |\n",
     {("intensity", 2022, 0.231, "tCO2e/具"), ("intensity", 2023, 0.203, "tCO2e/具")}),
    ("| 範圍 | 單位 | 二零二二年 | 二零二三年 |\n|---|---|---|---|\n"
     "| 總排放量 | 公噸二氧化碳當量 | 9,272 | 8,634 |\n"
     "| 排放密度 | 公噸二氧化碳當量／僱員 | 4.46 | 4.02 |\n",
     {("intensity", 2022, 4.46, "tCO2e/人"), ("intensity", 2023, 4.02, "tCO2e/人")}),
]


@pytest.mark.parametrize("text, want", _TABLES)
def test_a_count_unit_cell_gives_the_intensity(tmp_path: Path, m: LoadedMethodology, text: str,
                                               want: set[tuple[str, int, float, str]]) -> None:
    got = emission_figures(rate_text(tmp_path, m, text, ".md"))
    assert want <= got, got
    assert not [f for f in got if f[0] == "total" and f[2] < 10], got  # no intensity as a total


@pytest.mark.parametrize("text, want", [
    ("2023年本集團溫室氣體排放總量為8,634噸二氧化碳當量，每具火化排放0.203噸二氧化碳當量。",
     ("intensity", 2023, 0.203, "tCO2e/具")),
    ("2023年公司温室气体排放总量为41,287.9吨二氧化碳当量，人均碳排放量1,571.3千克/人。",
     ("intensity", 2023, 1.5713, "tCO2e/人")),
    ("In 2023 our total GHG emissions were 12,814 tCO2e, or 0.98 tCO2e per employee.",
     ("intensity", 2023, 0.98, "tCO2e/人")),
])
def test_a_per_unit_figure_in_prose_is_an_intensity(tmp_path: Path, m: LoadedMethodology, text: str,
                                                    want: tuple[str, int, float, str]) -> None:
    got = emission_figures(rate_text(tmp_path, m, text))
    assert want in got, got
    assert not [f for f in got if f[0] == "total" and f[2] < 10], got


@pytest.mark.parametrize("text", [
    "2023年火化机能源密度为0.70兆瓦时/每具火化，较上年下降3%。",
    "| 能源 | 單位 | 二零二二年 | 二零二三年 |\n|---|---|---|---|\n| 能源總耗量 | 兆瓦時 | 27,790 | 29,850 |\n"
    "| 能源密度 | 兆瓦時／每具火化 | 0.69 | 0.70 |\n",
])
def test_an_energy_intensity_per_cremation_is_the_i03_3_figure(tmp_path: Path, m: LoadedMethodology,
                                                               text: str) -> None:
    got = rated_points(rate_text(tmp_path, m, text, ".md"))
    assert got.get("I03.3") == 1.0, got


# ---- a base-year figure named at its clause's head ------------------------------------------


@pytest.mark.parametrize("text, year, value", [
    ("2023年，集团温室气体排放总量约4.86万吨二氧化碳当量；2021年基准年排放总量为5.32万吨，下降8.6%。", 2021, 53200.0),
    ("2023年公司排放总量为12.6万吨；2020年基准年度排放量为14.1万吨。", 2020, 141000.0),
    ("In 2023 emissions were 345,695 tCO2e; 2019 base-year emissions were 383,740 tCO2e.", 2019, 383740.0),
])
def test_a_base_year_figure_is_dated_the_base_year(text: str, year: int, value: float) -> None:
    got = [(q.value, q.year) for q in extract_quantities(text, report_year=2023)]
    assert (value, year) in got, got


@pytest.mark.parametrize("text", [
    "以2021年为基准年，2023年排放总量4.86万吨。",
    "较2021年基准年的5.32万吨下降8.6%。",
])
def test_a_comparison_base_year_stays(text: str) -> None:
    got = [(q.value, q.year) for q in extract_quantities(text, report_year=2023)]
    assert (48600.0, 2023) in got or (53200.0, 2021) in got, got
    assert not [y for v, y in got if v == 48600.0 and y == 2021], got


def test_a_definition_of_the_base_year_dates_no_figure() -> None:
    got = [(q.value, q.year, q.base_year) for q in extract_quantities("2021年为基准年，排放量下降12%。",
                                                                      report_year=2023)]
    assert got == [(12.0, None, 2021)], got


# ---- a table's only scope 3 row ---------------------------------------------------------------

_SCOPE3 = [
    ("| 指标（万吨二氧化碳当量） | 2022 | 2023 |\n|---|---|---|\n| 范围一排放 | 181.1 | 186.4 |\n"
     "| 范围二排放 | 39.8 | 42.6 |\n| 范围三：外购饲料原料（类别1） | 1,180 | 1,260 |\n",
     {("scope3", 2022, 11800000.0, "tCO2e"), ("scope3", 2023, 12600000.0, "tCO2e")}),
    ("| Indicator (tCO2e) | 2022 | 2023 |\n|---|---|---|\n| Scope 1 | 10,420 | 10,680 |\n"
     "| Scope 3 category 6 business travel | 8,400 | 9,140 |\n",
     {("scope3", 2022, 8400.0, "tCO2e"), ("scope3", 2023, 9140.0, "tCO2e")}),
]


@pytest.mark.parametrize("text, want", _SCOPE3)
def test_the_only_scope3_row_is_the_scope3_reported(tmp_path: Path, m: LoadedMethodology, text: str,
                                                    want: set[tuple[str, int, float, str]]) -> None:
    assert want <= emission_figures(rate_text(tmp_path, m, text, ".md"))


@pytest.mark.parametrize("text", [
    "| 范围三排放（吨二氧化碳当量） | 2022 | 2023 |\n|---|---|---|\n| 类别1：外购商品和服务 | 12,000 | 13,100 |\n"
    "| 类别6：商务差旅 | 860 | 910 |\n",
    "| Indicator (tCO2e) | 2023 |\n|---|---|\n| Scope 3 category 1 purchased goods | 12,000 |\n"
    "| Scope 3 category 6 business travel | 910 |\n",
])
def test_categories_among_others_stay_parts(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    got = emission_figures(rate_text(tmp_path, m, text, ".md"))
    assert not [f for f in got if f[0] == "scope3"], got


# ---- a table that runs over the page foot -----------------------------------------------------


def _page(number: int, *tables: list[list[str]]) -> Page:
    passages = [Passage(page=number, index=i, text=Table(rows=rows).as_text(), table=Table(rows=rows))
                for i, rows in enumerate(tables)]
    return Page(number=number, text="", passages=passages)


_HEADER = ["Property", "City", "Scope 1 (tCO2e)", "Scope 2 (tCO2e)"]


def test_a_continued_table_takes_its_header_back() -> None:
    before = _page(7, [_HEADER, ["Grand Shanghai", "Shanghai", "1,672", "4,325"]])
    after = _page(8, [["Hotel Lanzhou", "Lanzhou", "1,180", "1,963"], ["Group total", "", "66,000", "279,695"]])
    assert carry_table_header(before, after)
    table = after.passages[0].table
    assert table is not None and table.rows[0] == _HEADER and len(table.rows) == 3
    assert after.passages[0].text.startswith("Property | City")


@pytest.mark.parametrize("rows", [
    [["指标", "单位", "2022年", "2023年"], ["范围一", "吨", "1,180", "1,963"]],   # a header of its own
    [["Hotel Lanzhou", "Lanzhou", "1,180"]],                                      # another column count
])
def test_a_table_with_its_own_header_is_left_alone(rows: list[list[str]]) -> None:
    before = _page(7, [_HEADER, ["Grand Shanghai", "Shanghai", "1,672", "4,325"]])
    after = _page(8, rows)
    assert not carry_table_header(before, after)
    assert after.passages[0].table is not None and after.passages[0].table.rows == rows


def test_a_header_of_years_is_carried() -> None:
    before = _page(3, [["指标", "2022", "2023"], ["范围一排放", "181.1", "186.4"]])
    after = _page(4, [["范围二排放", "39.8", "42.6"]])
    assert carry_table_header(before, after)
    assert after.passages[0].text.startswith("指标 | 2022 | 2023\n范围二排放")
