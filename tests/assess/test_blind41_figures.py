"""Own emission figures in the wordings of blind round 41 (session 28), with text written fresh
for these tests (none copied from d265-d270 or a real report). The round's own figures were all
read right before any fix; these guard the kinds around them:

- avoided emissions of the power a generator sells beside its own small footprint;
- a bank's financed emissions (PCAF) beside its operational Scope 1 / 2;
- a refiner's totals in 百万吨二氧化碳当量 and the CO2 of the fuels it sells (others' combustion);
- a port's own total beside the ships' emissions avoided by the shore power it supplies;
- a city's port-and-ship emissions in a clause after the bureau and the city named (fixed in session 29:
  emissions.yaml `source_opening`).
"""

from __future__ import annotations

from pathlib import Path

from cnsr.methodology import LoadedMethodology
from evidence.tagged import found_figures


def _found(tmp_path: Path, m: LoadedMethodology, text: str, kind: str = "own"
           ) -> set[tuple[str, int | None, float]]:
    return found_figures(tmp_path, m, text, kind)


def test_avoided_by_power_sold_is_not_own(tmp_path: Path, m: LoadedMethodology) -> None:
    text = ("2023年公司风电和光伏上网电量64.2亿千瓦时，按全国电网平均排放因子估算，相当于减少二氧化碳排放约532万吨。\n"
            "2023年公司自身运营温室气体排放总量为18,460吨二氧化碳当量，其中范围一4,120吨、范围二14,340吨。")
    own = _found(tmp_path, m, text)
    assert ("total", 2023, 18460.0) in own
    assert all(v != 5320000.0 for _, _, v in own), own


def test_financed_emissions_are_not_own(tmp_path: Path, m: LoadedMethodology) -> None:
    text = ("We estimated the financed emissions of our corporate loans under the PCAF standard at 12.4 million tCO2e in 2023.\n"
            "Our operational Scope 1 emissions were 3,860 tCO2e and Scope 2 (market-based) emissions 28,420 tCO2e in 2023.")
    own = _found(tmp_path, m, text)
    assert any(s == "scope1" and v == 3860.0 for s, _, v in own), own
    assert all(v != 12400000.0 for _, _, v in own), own


def test_a_refiners_total_in_million_tonnes(tmp_path: Path, m: LoadedMethodology) -> None:
    text = ("2023年公司温室气体排放总量为4.26百万吨二氧化碳当量，单位原油加工量碳排放0.281吨二氧化碳/吨。\n"
            "公司全年销售成品油约860万吨，其燃烧产生的二氧化碳约2,660万吨，属于价值链下游排放，不计入公司排放总量。")
    own = _found(tmp_path, m, text)
    assert ("total", 2023, 4260000.0) in own, own
    assert all(v != 26600000.0 for _, _, v in own), own


def test_shore_power_avoided_is_not_own(tmp_path: Path, m: LoadedMethodology) -> None:
    text = ("2023年靠港船舶使用岸电供电量312万千瓦时，减少船舶二氧化碳排放约2,480吨。\n"
            "2023年公司码头运营温室气体排放总量4.36万吨二氧化碳当量，单位集装箱吞吐量排放12.9千克二氧化碳当量/TEU。")
    own = _found(tmp_path, m, text)
    assert ("total", 2023, 43600.0) in own, own
    assert all(v != 2480.0 for _, _, v in own), own


def test_a_citys_port_and_ship_emissions_are_not_own(tmp_path: Path, m: LoadedMethodology) -> None:
    text = "据市交通运输局统计，全市港口2023年能源消耗折合约48万吨标准煤，港口及船舶二氧化碳排放约152万吨。"
    assert all(v != 1520000.0 for _, _, v in _found(tmp_path, m, text))
