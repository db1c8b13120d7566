"""Own emission figures in forms met in blind round 11 (session 15), each misread or left unread
before, with text written fresh for these tests: an English table title closed by its unit but
longer than a Chinese caption ("Table 4. Greenhouse gas emissions by scope (thousand tonnes
CO2e)"), a restated base-year column ("2019 base year (restated)¹") whose figures took the report
year and pushed out the report year's own column, an intensity row whose bracketed unit has a
denominator the unit table does not read ("千克二氧化碳当量/重量箱", "tCO2e/t nickel equivalent²")
read in the caption's 万吨 or not at all, and a product's footprint per unit named before the
figure ("每平方米…钢化玻璃碳足迹约为16.2千克") read as the company's intensity."""

from __future__ import annotations

from pathlib import Path

from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate


def test_a_long_english_title_and_a_restated_base_year(tmp_path: Path,
                                                       m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "Table 4. Greenhouse gas emissions by scope (thousand tonnes CO2e)\n\n"
                           "| Indicator | 2019 base year (restated)¹ | 2022 | 2023 |\n"
                           "|---|---|---|---|\n"
                           "| Scope 1 | 612 | 588 | 541 |\n"
                           "| Scope 2 (market-based) | 430 | 402 | 365 |\n"
                           "| GHG intensity (tCO2e/t nickel equivalent)² | 7.84 | 7.12 | 6.58 |\n",
              ".md")
    own = _figures(r)
    assert {("scope1", 2019, 612000.0, "tCO2e"), ("scope1", 2022, 588000.0, "tCO2e"),
            ("scope1", 2023, 541000.0, "tCO2e"),
            ("scope2_market", 2023, 365000.0, "tCO2e")} <= own
    assert {(e[1], e[3]) for e in own if e[0] == "intensity"} == {
        (2019, "tCO2e/t"), (2022, "tCO2e/t"), (2023, "tCO2e/t")}
    assert not any(e[2] in (7840.0, 7120.0, 6580.0) for e in own)


def test_a_baseline_column_in_chinese_and_english(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "| 指标 | 2020年基准年 | 2023年 |\n|---|---|---|\n"
                           "| 范围一排放（吨二氧化碳当量） | 18,420 | 16,950 |\n\n"
                           "Scope 2 emissions (tCO2e)\n\n"
                           "| Indicator | 2021 baseline | 2023 |\n|---|---|---|\n"
                           "| Scope 2 (location-based) | 9,310 | 8,870 |\n", ".md")
    own = _figures(r)
    assert {("scope1", 2020, 18420.0, "tCO2e"), ("scope1", 2023, 16950.0, "tCO2e"),
            ("scope2_location", 2021, 9310.0, "tCO2e"),
            ("scope2_location", 2023, 8870.0, "tCO2e")} <= own


def test_an_intensity_per_a_unit_of_glass_under_a_caption_unit(tmp_path: Path,
                                                                m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "表3　温室气体排放（单位：万吨二氧化碳当量）\n\n"
                           "| 指标 | 2023年 | 2022年 |\n|---|---|---|\n"
                           "| 排放总量 | 96.4 | 101.2 |\n"
                           "| 单位产品排放（千克二氧化碳当量/重量箱） | 19.7 | 21.3 |\n"
                           "| 单位产品排放（千克二氧化碳当量/标准件） | 3.2 | 3.5 |\n", ".md")
    own = _figures(r)
    assert ("total", 2023, 964000.0, "tCO2e") in own
    assert {(e[1], e[3]) for e in own if e[0] == "intensity"} == {
        (2023, "tCO2e/重量箱"), (2022, "tCO2e/重量箱")}
    # neither intensity is read in the caption's 万吨, nor as a total in kilograms
    assert {e[2] for e in own if e[0] != "intensity"} == {964000.0, 1012000.0}


def test_product_footprints_per_unit_are_not_own(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "公司完成主要产品碳足迹核算，每平方米6毫米钢化玻璃碳足迹约为16.2千克二氧化碳当量。\n"
                           "经第三方评价，每吨再生铝锭的碳足迹为0.58吨二氧化碳当量。\n"
                           "The carbon footprint of one square metre of our laminated glass is 21.5 kg "
                           "CO2e.\n"
                           "公司2023年温室气体排放总量为12.6万吨二氧化碳当量。\n")
    assert {(e[0], e[2]) for e in _figures(r)} == {("total", 126000.0)}
