"""Known misreads by kind read as figures (session 22, issue #12). Passages written for these
tests (invented companies and figures):

- a figure named market-based (or location-based) with no scope cue in its words ("green
  electricity with certificates is deducted in the market-based figure of 335,600 tCO2e") is
  scope 2 on that basis, the only scope stated on two bases: not a second total;
- a figure "reported separately" (biogenic CO2 of biogas burnt, the footnote split by the
  layout) is outside the own figures: no total.
"""

from __future__ import annotations

import pytest
from passage_docs import make_doc

from cnsr.assess.rate import rate_documents
from cnsr.methodology.load import LoadedMethodology
from cnsr.rating import Company, Rating


def _rate(items: list[object], m: LoadedMethodology, year: int = 2023) -> Rating:
    return rate_documents([make_doc([items])], Company(name="示例水务", year=year), m)


def _own(r: Rating) -> set[tuple[str, int | None, float]]:
    return {(e.scope, e.year, round(e.value, 2)) for e in r.emissions if e.kind == "own"}


def test_a_market_based_figure_without_a_scope_cue_is_scope2_market(m: LoadedMethodology) -> None:
    r = _rate(["Scope 2 uses the national average grid factor (location-based); green electricity with "
               "certificates is deducted in the market-based figure of 335,600 tCO2e."], m)
    got = _own(r)
    assert any(s == "scope2_market" and v == 335600.0 for s, _, v in got), got
    assert not any(s == "total" for s, _, _ in got), got


def test_the_same_in_chinese(m: LoadedMethodology) -> None:
    r = _rate(["范围二按全国电网平均排放因子计算（基于位置）；扣除绿证对应电量后，基于市场的排放量为2.86万吨二氧化碳当量。"], m)
    got = _own(r)
    assert any(s == "scope2_market" and v == 28600.0 for s, _, v in got), got
    assert not any(s == "total" for s, _, _ in got), got


def test_a_scope2_market_figure_stays(m: LoadedMethodology) -> None:
    r = _rate(["2023年范围二排放（基于市场）为2.86万吨二氧化碳当量。"], m)
    assert ("scope2_market", 2023, 28600.0) in _own(r)


def test_a_plain_total_stays_a_total(m: LoadedMethodology) -> None:
    r = _rate(["In 2023 our operational greenhouse gas emissions were 505,600 tCO2e."], m)
    assert ("total", 2023, 505600.0) in _own(r)


def test_a_figure_reported_separately_is_no_own_total(m: LoadedMethodology) -> None:
    r = _rate(["Biogas burnt in the CHP unit is biogenic and reported separately (9,800 tCO2)."], m)
    assert not any(v == 9800.0 for _, _, v in _own(r))


def test_the_same_in_chinese_reported_separately(m: LoadedMethodology) -> None:
    r = _rate(["沼气燃烧产生的二氧化碳单独报告（0.98万吨）。"], m)
    assert not any(v == 9800.0 for _, _, v in _own(r))


def test_a_gas_after_its_scope_in_prose_is_a_part(m: LoadedMethodology) -> None:
    r = _rate(["In 2023 Scope 1 emissions of 147,200 tCO2e come mostly from the treatment process: nitrous oxide "
               "(N2O) formed during nitrogen removal accounted for 88,420 tCO2e and methane (CH4) from sewers "
               "and sludge handling at our plants for 51,140 tCO2e."], m)
    got = _own(r)
    assert ("scope1", 2023, 147200.0) in got, got
    assert not any(s == "scope1" and v in (88420.0, 51140.0) for s, _, v in got), got


def test_the_same_in_chinese_a_gas_after_its_scope(m: LoadedMethodology) -> None:
    r = _rate(["2023年公司范围一排放14.72万吨二氧化碳当量，主要来自处理工艺：脱氮过程产生的氧化亚氮排放8.84万吨，"
               "污泥处理产生的甲烷排放5.11万吨。"], m)
    got = _own(r)
    assert ("scope1", 2023, 147200.0) in got, got
    assert not any(s == "scope1" and v in (88400.0, 51100.0) for s, _, v in got), got


def test_two_years_of_one_scope_stay_two_figures(m: LoadedMethodology) -> None:
    r = _rate(["公司范围一排放2022年为12.1万吨二氧化碳当量，2023年为11.6万吨二氧化碳当量。"], m)
    got = _own(r)
    assert ("scope1", 2022, 121000.0) in got, got
    assert ("scope1", 2023, 116000.0) in got, got


_SCOPE_OVER_SOURCES = [
    ["范围", "排放源", "2023年（吨二氧化碳当量）", "2022年（吨二氧化碳当量）"],
    ["范围一", "冷藏车柴油", "8,640", "8,920"],
    ["", "制冷剂泄漏", "5,212", "5,828"],
    ["", "叉车液化石油气", "186", "204"],
    ["范围二", "外购电力", "31,460", "30,120"],
    ["总排放（范围一及范围二）", "", "45,498", "45,072"],
]


def test_a_scope_cell_merged_over_source_rows_gives_no_scope_figure(m: LoadedMethodology) -> None:
    got = _own(_rate([_SCOPE_OVER_SOURCES], m))
    assert not any(s == "scope1" for s, _, _ in got), got  # no subtotal: scope 1 is not stated
    assert ("scope2", 2023, 31460.0) in got, got
    assert ("scope1_2", 2023, 45498.0) in got, got


def test_the_same_in_english_scope_over_sources(m: LoadedMethodology) -> None:
    rows = [["Scope", "Source", "2023 (tCO2e)", "2022 (tCO2e)"],
            ["Scope 1", "Diesel in reefer trucks", "8,640", "8,920"],
            ["", "Refrigerant leakage", "5,212", "5,828"],
            ["Scope 2", "Purchased electricity", "31,460", "30,120"]]
    got = _own(_rate([rows], m))
    assert not any(s == "scope1" for s, _, _ in got), got
    assert ("scope2", 2023, 31460.0) in got, got


def test_a_scope_row_with_its_source_and_no_merged_cell_stays(m: LoadedMethodology) -> None:
    rows = [["范围", "排放源", "2023年（吨二氧化碳当量）", "2022年（吨二氧化碳当量）"],
            ["范围一", "天然气及柴油燃烧", "14,038", "14,952"],
            ["范围二", "外购电力", "31,460", "30,120"]]
    got = _own(_rate([rows], m))
    assert ("scope1", 2023, 14038.0) in got, got
    assert ("scope2", 2023, 31460.0) in got, got


@pytest.mark.parametrize("label", ["合计 Total HFC", "HFC合计", "甲烷排放合计"])
def test_one_gass_total_is_a_part(m: LoadedMethodology, label: str) -> None:
    rows = [["制冷剂", "2023年（吨二氧化碳当量）", "2022年（吨二氧化碳当量）"],
            ["R404A", "3,100", "3,420"], ["R134a", "2,112", "2,408"], [label, "5,212", "5,828"]]
    got = _own(_rate([rows], m))
    assert not any(s == "total" and v == 5212.0 for s, _, v in got), got


def test_a_total_naming_several_gases_stays_a_total(m: LoadedMethodology) -> None:
    r = _rate(["2023年公司温室气体排放合计（含二氧化碳、甲烷和氧化亚氮）为46,820吨二氧化碳当量。"], m)
    assert ("total", 2023, 46820.0) in _own(r)
