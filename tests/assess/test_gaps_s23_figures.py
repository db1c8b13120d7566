"""Figures misread by kind (session 23, issue #12), with text written fresh for these tests.

- An energy conversion coefficient ("汽油折标系数1.4714千克标准煤/千克", "converted at 0.1229
  kgce per kWh") governs the per-unit figure after it: no energy total or intensity of the
  company's (I03.1, I03.3). A total with its basis after it stays.
- A measured PUE with a year between the word and the value ("年均PUE由2022年的1.46降至1.36",
  "PUE in 2023 was 1.32") is the intensity I03.3 asks for (guide §3.3); a design PUE is not.
- A gas's amount restated in CO2e ("HFC制冷剂补充量1,537千克，相当于5,212吨二氧化碳当量") is no
  avoided amount: 相当于 is a reduction word only when what it restates is a saving.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures, points, rate_text


@pytest.mark.parametrize("text", [
    "注：综合能耗按电力当量值及汽油折标系数1.4714千克标准煤/千克计算。",
    "注：柴油按折标准煤系数1.4571千克标准煤/千克折算，天然气按1.2143千克标准煤/立方米折算。",
    "Note: total energy is calculated with electricity converted at 0.1229 kgce per kWh.",
])
def test_a_conversion_coefficient_is_no_energy_figure(text: str) -> None:
    got = points(text)
    assert got.get("I03.1", 0) < 1.0, got
    assert got.get("I03.3", 0) < 1.0, got


@pytest.mark.parametrize("text, point", [
    ("综合能耗12.6万吨标准煤（电力按当量值折算）。", "I03.1"),
    ("2023年公司综合能源消费量3,925吨标准煤，电力折标系数按当量值0.1229千克标准煤/千瓦时。", "I03.1"),
    ("Total energy consumption was 126,000 tce, with electricity converted at 0.1229 kgce per kWh.", "I03.1"),
    ("单位产品综合能耗0.412吨标准煤/吨，电力折标系数按当量值0.1229千克标准煤/千瓦时。", "I03.3"),
])
def test_a_figure_before_its_basis_stays(text: str, point: str) -> None:
    assert points(text).get(point) == 1.0


@pytest.mark.parametrize("text", [
    "两地数据中心年均PUE由2022年的1.46降至1.36，全年节约用电约410万千瓦时。",
    "Our data centre PUE in 2023 was 1.32, down from 1.41.",
    "數據中心PUE於2023年度為1.38。",
])
def test_a_measured_pue_with_a_year_between_is_disclosed(text: str) -> None:
    assert points(text).get("I03.3") == 1.0


@pytest.mark.parametrize("text", [
    "新数据中心设计PUE为1.25。",
    "The new hall has a design PUE of 1.25 for 2025.",
])
def test_a_design_pue_is_no_measured_value(text: str) -> None:
    assert points(text).get("I03.3", 0) < 1.0


_RESTATED = [
    "2023年公司HFC制冷剂补充量1,537千克，相当于5,212吨二氧化碳当量。",
    "二零二三年HFC製冷劑補充量合共1,537千克，相當於5,212噸二氧化碳當量，較二零二二年下降10.6%。",
    "2023年公司六氟化硫泄漏量0.2吨，相当于二氧化碳当量约4,560吨。",
]


@pytest.mark.parametrize("text", _RESTATED)
def test_a_gas_restated_in_co2e_is_no_avoided_amount(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert not emission_figures(rate_text(tmp_path, m, text), "avoided")


@pytest.mark.parametrize("text, value", [
    ("每年减少食物浪费约2,400吨，相当于减少约6,000吨二氧化碳当量。", 6000.0),
    ("全年节约用电410万千瓦时，相当于3,200吨二氧化碳当量。", 3200.0),
    ("全年光伏发电1,200万千瓦时，相当于减排二氧化碳6,800吨。", 6800.0),
])
def test_a_saving_restated_stays_avoided(tmp_path: Path, m: LoadedMethodology, text: str, value: float) -> None:
    assert value in {e[2] for e in emission_figures(rate_text(tmp_path, m, text), "avoided")}


def test_a_measured_pue_a_few_words_after_its_name_is_disclosed() -> None:
    got = points("The average PUE of our self-built data centres improved from 1.29 to 1.24 in 2023.")
    assert got.get("I03.3") == 1.0, got


def test_a_pue_in_a_phased_roadmap_is_a_target() -> None:
    got = points("Our roadmap sets three phases: 2022-2025, efficiency first (PUE below 1.25 in all data centres); "
                 "2026-2030, renewables.")
    assert got.get("I03.3", 0) < 1.0, got
