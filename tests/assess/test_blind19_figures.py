"""Own emission figures and layouts met in blind round 19 (session 21), misread or left unread
before, with text written fresh for these tests: a unit in a header cell merged over the year
columns of a two-level header ("吨二氧化碳当量" over "2023年 | 2022年 | 2021年") lost when the two
header rows were read as one; clients' emissions a consultant inventoried and a zone's total found
for its plan read as the company's total; a product footprint given "per 10,000 boxes" read as
the company's total; the last line of an English paragraph made of lowercase words set lower than
the line above and cut off as a smaller font, taking "is not included in our total" away from
the figure it speaks of."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.evidence.tables import table_text
from cnsr.ingest.layout import Cell, Line, group_paragraphs
from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate


def _totals(tmp_path: Path, m: LoadedMethodology, text: str) -> set[float]:
    return {e[2] for e in _figures(_rate(tmp_path, m, text + "\n")) if e[0] == "total"}


@pytest.mark.parametrize(("group", "unit"), [
    ("吨二氧化碳当量", "吨二氧化碳当量"), ("tCO2e", "tCO2e"), ("吨二氧化碳当量 tCO2e", "吨二氧化碳当量"),
], ids=["zh_unit", "en_unit", "bilingual_unit"])
def test_a_group_unit_over_the_years_reaches_each_year(group: str, unit: str) -> None:
    rows = [["范围", "排放源", group, "", ""], ["", "", "2023年", "2022年", "2021年"],
            ["范围二", "外购电力", "31,460", "30,120", "27,880"]]
    text = table_text(rows)
    assert f"2023年=31,460{unit}" in text.replace(" ", "") .replace("tCO2e", "tCO2e") or \
        f"2023年=31,460 {unit}" in text
    assert "2021年=27,880" in text


def test_a_group_heading_that_is_no_unit_changes_nothing() -> None:
    rows = [["指标", "单位", "排放量", "", ""], ["", "", "2023年", "2022年", "2021年"],
            ["范围二排放", "吨二氧化碳当量", "31,460", "30,120", "27,880"]]
    assert "2023年=31,460吨二氧化碳当量" in table_text(rows).replace(" ", "")


def test_a_group_unit_table_gives_own_figures(tmp_path: Path, m: LoadedMethodology) -> None:
    text = ("| 范围 | 排放源 | 吨二氧化碳当量 | | |\n|---|---|---|---|---|\n| | | 2023年 | 2022年 | 2021年 |\n"
            "| 范围二 | 外购电力 | 31,460 | 30,120 | 27,880 |\n| 温室气体排放总量 | | 45,498 | 45,072 | 42,448 |\n")
    got = _figures(_rate(tmp_path, m, text, suffix=".md"))
    assert {(e[0], e[1], e[2]) for e in got if e[0] in ("scope2", "total")} >= {
        ("scope2", 2023, 31460.0), ("scope2", 2021, 27880.0), ("total", 2023, 45498.0)}


@pytest.mark.parametrize("text", [
    "公司为钢铁、化工等行业客户开展碳排放核查，覆盖客户排放量合计约3,600万吨二氧化碳当量。"
    "2023年公司温室气体排放总量为1,980吨二氧化碳当量。",
    "本年度客户碳盘查服务覆盖排放量达2,150万吨二氧化碳当量。2023年公司温室气体排放总量为1,980吨二氧化碳当量。",
    "经核算，某工业园区2022年碳排放总量为860万吨二氧化碳当量。2023年公司温室气体排放总量为1,980吨二氧化碳当量。",
    "Emissions of the clients covered by these inventory services were about 21 million tCO2e. Our own GHG emissions "
    "were 1,980 tCO2e in 2023.",
], ids=["clients_covered_zh", "clients_service_zh", "park_total_zh", "clients_en"])
def test_clients_and_zones_totals_are_not_own(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert _totals(tmp_path, m, text) == {1980.0}


@pytest.mark.parametrize("text", [
    "应客户要求，公司开展了产品碳足迹核算，结果为每万只纸盒0.96吨二氧化碳当量。2023年公司温室气体排放总量为1,980吨二氧化碳当量。",
    "公司对主力产品开展碳足迹评价，核算结果为每千个标签0.35吨二氧化碳当量。2023年公司温室气体排放总量为1,980吨二氧化碳当量。",
], ids=["per_ten_thousand_boxes", "per_thousand_labels"])
def test_a_footprint_per_thousands_of_units_is_the_products(tmp_path: Path, m: LoadedMethodology,
                                                           text: str) -> None:
    assert _totals(tmp_path, m, text) == {1980.0}


def _line(text: str, x0: float, y0: float, x1: float, y1: float, cells: tuple[Cell, ...] = ()) -> Line:
    return Line(text, x0, y0, x1, y1, cells)


@pytest.mark.parametrize("tail", ["emission and is not included in our total.", "were reported in tonnes of carbon."],
                         ids=["not_included", "reported_in"])
def test_a_lowercase_last_line_stays_in_its_paragraph(tail: str) -> None:
    """No capital, digit or descender in the last line: its box is lower than the line above."""
    lines = [
        _line("The methane from sludge sent to the city's landfill, estimated at 38,000 tCO2e, is a Scope 3", 51, 237, 538, 247),
        _line(tail, 51, 252.6, 228, 260.0),
    ]
    assert [len(p) for p in group_paragraphs(lines)] == [2]


@pytest.mark.parametrize("tail", ["Reducing emissions", "减排行动"], ids=["capitalised_heading", "chinese_heading"])
def test_a_smaller_heading_after_a_line_still_breaks(tail: str) -> None:
    lines = [
        _line("The methane from sludge sent to the city's landfill, estimated at 38,000 tCO2e, is a Scope 3", 51, 237, 538, 247),
        _line(tail, 51, 252.6, 150, 260.0),
    ]
    assert len(group_paragraphs(lines)) == 2


@pytest.mark.parametrize("text", [
    "HFC top-ups totalled 1,204 kg in 2023, or 4,310 tCO2e, down 8% from 2022. Our total GHG emissions were 45,498 tCO2e "
    "in 2023.",
    "The new routing avoids about 1,900 tonnes of food waste a year for the retailer, about 4,700 tCO2e. Our total GHG "
    "emissions were 45,498 tCO2e in 2023.",
    "Scope 1 emissions came mostly from refrigerant leaks; fuel in boilers and vehicles added 6,120 tCO2e. Our total GHG "
    "emissions were 45,498 tCO2e in 2023.",
    "外判承运商的运输排放约18,300吨二氧化碳当量（范围三），未计入上表。2023年本集团温室气体排放总量为45,498吨二氧化碳当量。",
    "Subcontracted carriers' transport, about 18,300 tCO2e (Scope 3), is not included above. Our total GHG emissions were "
    "45,498 tCO2e in 2023.",
], ids=["or_restates_a_gas", "about_restates_a_saving", "fuel_of_boilers_is_a_source", "left_out_of_table_zh",
        "left_out_of_table_en"])
def test_restatements_sources_and_figures_left_out_are_not_the_total(tmp_path: Path, m: LoadedMethodology,
                                                                     text: str) -> None:
    assert _totals(tmp_path, m, text) == {45498.0}


def test_a_total_written_after_about_stays(tmp_path: Path, m: LoadedMethodology) -> None:
    assert _totals(tmp_path, m, "In 2023 our total GHG emissions were about 45,498 tCO2e.") == {45498.0}
