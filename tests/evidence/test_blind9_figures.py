"""Own emission figures in forms met in blind round 9 (session 13), each misread before, with
text written fresh for these tests: intensities per bed-day, per kilometre of toll road, per
TEU and per wafer read as totals or dropped, a figure naming one source or gas (anaesthetic
gases, enteric methane, fuel combustion under a scope row) read as a total, a restating
clause ("折合二氧化碳当量", "or about") after a reduction read as the company's emissions, and a
pollutant listed after CO2 read as avoided CO2."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology

from .tagged import emission_figures as _own
from .tagged import rate_text as _rate


@pytest.mark.parametrize(("row", "unit"), [
    pytest.param("| 每床日碳排放 | 千克二氧化碳当量/床日 | 51.3 | 47.9 |", "tCO2e/床日",
                 id="per_bed_day"),
    pytest.param("| 收费公路单位里程碳排放 | 吨二氧化碳当量/公里 | 64.2 | 60.8 |", "tCO2e/km",
                 id="per_km_of_road"),
    pytest.param("| 码头单位吞吐量碳排放 | 千克二氧化碳当量/标准箱 | 19.4 | 18.1 |", "tCO2e/TEU",
                 id="per_teu"),
    pytest.param("| GHG intensity | kgCO2e per 12-inch-equivalent wafer | 912 | 846 |",
                 "tCO2e/wafer", id="per_wafer"),
])
def test_an_intensity_per_activity_unit_is_no_total(tmp_path: Path, m: LoadedMethodology,
                                                     row: str, unit: str) -> None:
    r = _rate(tmp_path, m, "| 指标 | 单位 | 2022年 | 2023年 |\n|---|---|---|---|\n" + row + "\n",
              ".md")
    own = _own(r)
    assert own and {e[0] for e in own} == {"intensity"}
    assert {e[3] for e in own} == {unit}


def test_rows_naming_a_source_under_a_scope_row_are_parts(tmp_path: Path,
                                                          m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "表2　温室气体排放（吨二氧化碳当量）\n\n"
                           "| 类别 | 2022年 | 2023年 |\n|---|---|---|\n"
                           "| 范围一 | 284,600 | 291,300 |\n"
                           "| 　肠道发酵（甲烷） | 201,400 | 207,900 |\n"
                           "| 　燃料燃烧 | 83,200 | 83,400 |\n"
                           "| 范围二 | 96,800 | 92,100 |\n"
                           "| 范围一和范围二 | 381,400 | 383,400 |\n", ".md")
    own = _own(r)
    assert not any(e[0] == "total" for e in own)
    assert {("scope1", 2023, 291300.0, "tCO2e"), ("scope1_2", 2023, 383400.0, "tCO2e")} <= own


def test_a_gas_named_in_prose_is_a_part(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "2023年手术室麻醉气体排放折合二氧化碳当量2,640吨。"
                           "2023年集团范围一和范围二排放合计为86,420吨二氧化碳当量。\n")
    assert _own(r) == {("scope1_2", 2023, 86420.0, "tCO2e")}


def test_two_sources_named_are_their_total(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "2023年，公司燃料燃烧和外购热力产生的温室气体排放量为5.6万吨二氧化碳当量。\n")
    assert _own(r) == {("total", 2023, 56000.0, "tCO2e")}


@pytest.mark.parametrize("text", [
    pytest.param("矿井乏风氧化全年减少甲烷排放约3.2万吨，折合二氧化碳当量约90万吨。", id="zh_zhehe"),
    pytest.param("The chiller upgrades saved 42 GWh of electricity, or about 24,000 tCO2e.",
                 id="en_or_about"),
])
def test_a_restated_reduction_is_no_emission(tmp_path: Path, m: LoadedMethodology,
                                             text: str) -> None:
    r = _rate(tmp_path, m, text + "\n")
    assert _own(r) == set()
    assert any(e.kind == "avoided" for e in r.emissions)


def test_sulphur_oxides_after_co2_are_no_avoided_co2(tmp_path: Path,
                                                     m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "靠港船舶使用岸电后，减少二氧化碳排放约1.8万吨、硫氧化物约26吨。\n")
    assert {e.value for e in r.emissions if e.kind == "avoided"} == {18000.0}
