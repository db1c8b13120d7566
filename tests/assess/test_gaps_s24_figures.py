"""Figures misread by kind (session 24, issue #12), with text written fresh for these tests.

- A per-employee or per-cremation unit in a unit cell or after a figure ("吨二氧化碳当量/人",
  "公噸二氧化碳當量／僱員", "tCO2e per employee", "千克二氧化碳当量/具", "兆瓦時／每具火化") is an
  intensity with its denominator (units/aliases.yaml `denominator_units`, emissions.yaml
  `denominators`); alone "人" and "具" stay a head count and a classifier.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.evidence.quantities import extract_quantities
from cnsr.evidence.units import parse_unit
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
