"""Own emission figures in forms met in blind round 10 (session 14), each misread or left unread
before, with text written fresh for these tests: a table whose unit is a row under its header
(years descending, "单位：…（强度除外）"), a row label whose unit bracket carries a footnote mark,
an intensity per GWh of product, a region's industry or a city's total read as the company's, a
product's footprint (a battery pack "is" N kgCO2e per kWh, a footprint named after the figure,
a footprint per m² of product after the clause naming it) read as the company's intensity, and a
highlights line run together ("减排…万吨单位产品碳排放…") whose own intensity was read as
avoided."""

from __future__ import annotations

from pathlib import Path

from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate


def test_a_unit_row_under_a_descending_header(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "| 指标 | 2023年 | 2022年 | 2021年 |\n|---|---|---|---|\n"
                           "| 单位：吨二氧化碳当量（强度除外） | | | |\n"
                           "| 直接排放（范围一） | 86,240 | 90,110 | 93,870 |\n"
                           "| 间接排放（范围二） | 1,204,600 | 1,187,300 | 1,150,900 |\n"
                           "| 单位业务量排放（千克二氧化碳当量/万元）注3 | 18.2 | 19.6 | 21.4 |\n",
              ".md")
    own = _figures(r)
    assert {("scope1", 2023, 86240.0, "tCO2e"), ("scope1", 2021, 93870.0, "tCO2e"),
            ("scope2", 2022, 1187300.0, "tCO2e")} <= own
    # the footnoted label keeps its own unit: an intensity, not a total in tonnes
    assert {e[0] for e in own if e[2] in (18.2, 19.6, 21.4)} == set()
    assert not any(e[0] == "total" for e in own)
    assert {e[3] for e in own if e[0] == "intensity"} == {"tCO2e/万元"}


def test_a_unit_row_under_an_ascending_header(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "| 项目 | 2022年 | 2023年 |\n|---|---|---|\n"
                           "| 单位：万吨二氧化碳 | | |\n"
                           "| 二氧化碳排放总量 | 41.6 | 39.8 |\n", ".md")
    assert ("total", 2023, 398000.0, "tCO2e") in _figures(r) \
        or ("total", 2023, 398000.0, "tCO2") in _figures(r)


def test_an_intensity_per_gwh_of_product(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "Table 2 GHG emissions (tCO2e)\n\n"
                           "| Indicator | 2022 | 2023 |\n|---|---|---|\n"
                           "| Scope 1 | 21,300 | 22,900 |\n"
                           "| Emissions per GWh of modules shipped | 31.4 | 27.2 |\n", ".md")
    own = _figures(r)
    assert ("scope1", 2023, 22900.0, "tCO2e") in own
    assert {e[3] for e in own if e[0] == "intensity"} == {"tCO2e/GWh"}


def test_a_region_s_industry_and_a_city_s_total_are_not_own(tmp_path: Path,
                                                           m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "据行业协会测算，西南地区水泥产业年碳排放约1.2亿吨。"
                           "根据官方统计，香港2021年的温室气体排放总量约为3,450万公吨二氧化碳当量。"
                           "Macau's 2021 greenhouse gas emissions were about 1.5 million tonnes CO2e.\n"
                           "本集团香港办事处2023年温室气体排放为96公吨二氧化碳当量。\n")
    assert {(e[0], e[2]) for e in _figures(r)} == {("total", 96.0)}


def test_product_footprints_are_not_own_intensities(tmp_path: Path,
                                                    m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "Our cradle-to-gate study covered two products. A home storage battery "
                           "pack is 84 kgCO2e per kWh.\n"
                           "Highlights 42 MW rooftop solar 55 kgCO2e/kWh storage cell footprint\n"
                           "公司首次向客户提供产品碳足迹估算，每平方米蜂窝纸板约0.38千克二氧化碳当量。\n"
                           "公司单位建筑面积碳排放为每平方米0.052吨二氧化碳当量。\n"
                           "Our Scope 1 emissions were 12,400 tCO2e and our operational footprint "
                           "fell 5% in 2023.\n")
    own = _figures(r)
    assert {e[0] for e in own} == {"intensity", "scope1"}
    assert {e[3] for e in own if e[0] == "intensity"} == {"tCO2e/m2"}
    assert len(own) == 2


def test_an_own_intensity_run_on_after_a_reduction(tmp_path: Path,
                                                   m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "年度亮点余热发电2,860万千瓦时减排二氧化碳2.4万吨单位产品碳排放6.85千克/平方米\n"
                           "全年减少二氧化碳排放1.6万吨、甲烷排放折合二氧化碳当量0.4万吨。\n")
    assert {e[0] for e in _figures(r)} == {"intensity"}
    assert {e[2] for e in _figures(r, "avoided")} == {24000.0, 16000.0, 4000.0}
