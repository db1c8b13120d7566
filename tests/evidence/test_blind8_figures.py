"""Own emission figures in forms met in blind round 8 (session 12), each misread before, with
text written fresh for these tests: a fleet-fuel table whose unit column ("万升") was put on its
CO2 column and whose emission factors ("2.68 kgCO2/升") were read as the company's intensities,
fuel rows above a total row read as totals, per-parcel and per-store intensities read as
totals, a forest's fixed CO2 read as the company's emissions, an English module footprint
read as the company's intensity, and a lessor's weighted average carbon intensity read as
its own."""

from __future__ import annotations

from pathlib import Path

from cnsr.methodology import LoadedMethodology

from .tagged import emission_figures as _own
from .tagged import rate_text as _rate


def test_a_fuel_table_gives_its_total_row_not_its_factors(tmp_path: Path,
                                                          m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "## 2023年车队燃料消耗与温室气体排放\n\n"
                           "| 燃料类型 | 用量 | 计量单位 | 排放因子 | 温室气体排放（tCO2e） |\n"
                           "|---|---|---|---|---|\n"
                           "| 柴油 | 3,120 | 万升 | 2.68 kgCO2/升 | 83,616 |\n"
                           "| 液化天然气 | 9,400 | 吨 | 2.75 tCO2/吨 | 25,850 |\n"
                           "| 合计（范围一） |  |  |  | 109,466 |\n", ".md")
    assert _own(r) == {("scope1", None, 109466.0, "tCO2e")}


def test_a_unit_column_still_gives_its_rows_their_unit(tmp_path: Path,
                                                       m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "| 指标 | 单位 | 2022年 | 2023年 |\n|---|---|---|---|\n"
                           "| 温室气体排放总量 | 万吨二氧化碳当量 | 12.6 | 11.9 |\n", ".md")
    assert _own(r) == {("total", 2022, 126000.0, "tCO2e"), ("total", 2023, 119000.0, "tCO2e")}


def test_a_second_part_under_a_total_row_is_no_total(tmp_path: Path,
                                                     m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "表3　温室气体排放（单位：吨二氧化碳当量）\n\n"
                           "| 项目 | 2022年 | 2023年 |\n|---|---|---|\n"
                           "| 范围一 | 8,640 | 8,910 |\n"
                           "| 其中：冷媒逸散 | 5,210 | 5,330 |\n"
                           "| 天然气燃烧 | 3,430 | 3,580 |\n"
                           "| 范围二 | 96,200 | 91,400 |\n"
                           "| 范围一和范围二合计 | 104,840 | 100,310 |\n", ".md")
    own = _own(r)
    assert ("total", 2023, 3580.0, "tCO2e") not in own
    assert {("scope1", 2023, 8910.0, "tCO2e"), ("scope2", 2023, 91400.0, "tCO2e"),
            ("scope1_2", 2023, 100310.0, "tCO2e")} <= own


def test_per_parcel_and_per_store_are_intensities(tmp_path: Path,
                                                  m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "| 指标 | 单位 | 2022年 | 2023年 |\n|---|---|---|---|\n"
                           "| 单票碳排放 | 克二氧化碳当量/票 | 61.2 | 57.4 |\n"
                           "| 单店平均排放 | 吨二氧化碳当量/店 | 842 | 815 |\n", ".md")
    own = _own(r)
    assert {e[0] for e in own} == {"intensity"}
    assert {e[3] for e in own} == {"tCO2e/票", "tCO2e/店"}


def test_co2_fixed_by_a_forest_is_no_emission(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "公益基金会在水库上游营造水源涵养林1,800亩，据测算林地每年可固定二氧化碳约"
                           "1.6万吨。2023年公司温室气体排放总量为8.4万吨二氧化碳当量。\n")
    assert _own(r) == {("total", 2023, 84000.0, "tCO2e")}


def test_a_module_footprint_in_english_is_the_product_s(tmp_path: Path,
                                                        m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "We published ISO 14067 footprints for two panel series. The footprint "
                           "of our n-type half-cut panel is 395 kg CO2e per kW, and our entry "
                           "panel is at 452 kg CO2e per kW. In 2023 our Scope 1 emissions were "
                           "41,250 tCO2e.\n")
    assert _own(r) == {("scope1", 2023, 41250.0, "tCO2e")}


def test_a_lessor_s_weighted_average_carbon_intensity_is_the_portfolio_s(
        tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "公司租赁资产加权平均碳强度为每百万元营业收入186吨二氧化碳当量。"
                           "公司自身运营温室气体排放总量为2,418吨二氧化碳当量。\n")
    assert _own(r) == {("total", None, 2418.0, "tCO2e")}
    assert any(e.kind == "financed" for e in r.emissions)
