"""Which numbers are the company's GHG figures, in wordings met on documents the reader had not
seen (session 5, issue #12): CO2 recovered for sale, a factor in a formula, per-person and
per-tonne-kilometre intensities, an English target with its year after the figure, parts of a
total, footnote marks on the basis of scope 2. Passages and tables are written for these
tests (invented companies and numbers)."""

from __future__ import annotations

import pytest
from passage_docs import make_doc

from cnsr.assess.rate import rate_documents
from cnsr.methodology.load import LoadedMethodology
from cnsr.rating import Company, Rating


def _rate(pages: list[list[object]], m: LoadedMethodology) -> Rating:
    return rate_documents([make_doc(pages)], Company(name="测试化学", year=2023), m)


def _own(r: Rating) -> list[tuple[str, int | None, float]]:
    return [(e.scope, e.year, round(e.value, 4)) for e in r.emissions if e.kind == "own"]


def test_co2_recovered_for_sale_is_not_an_emission(m: LoadedMethodology) -> None:
    r = _rate([["公司是省碳排放权交易市场的控排企业，2023年按时足额完成配额清缴。",
                "净化工序分离出的高浓度二氧化碳经提纯后作为工业气体外售，全年回收二氧化碳4.3万吨。"]], m)
    assert _own(r) == []
    assert r.stage == 2  # carbon managed, own emissions never stated


def test_a_factor_in_a_formula_is_not_an_intensity(m: LoadedMethodology) -> None:
    r = _rate([["注：船舶燃油排放量=燃油消耗量×3.206吨二氧化碳/吨燃油，岸电按全国电网平均因子计算。"]], m)
    assert _own(r) == []


def test_per_person_and_per_tonne_km_figures_are_not_totals(m: LoadedMethodology) -> None:
    table = [["指标", "单位", "2022年", "2023年"],
             ["人均温室气体排放量", "吨", "2.61", "2.43"],
             ["吨公里二氧化碳排放", "千克", "0.71", "0.69"],
             ["二氧化碳排放", "万吨", "412.3", "436.8"]]
    r = _rate([[table]], m)
    assert sorted(_own(r)) == [("intensity", 2022, 0.0007), ("intensity", 2022, 2.61),
                               ("intensity", 2023, 0.0007), ("intensity", 2023, 2.43),
                               ("total", 2022, 4_123_000.0), ("total", 2023, 4_368_000.0)]
    assert {e.unit for e in r.emissions if e.scope == "intensity"} == {"tCO2e/人", "tCO2/吨公里"}


def test_an_intensity_falling_within_one_clause_stays_an_intensity(m: LoadedMethodology) -> None:
    r = _rate([["本年度供热量增加，但每吉焦供热对应的排放已由0.112吨降至0.104吨二氧化碳当量。"]], m)
    assert sorted((s, v) for s, _, v in _own(r)) == [("intensity", 0.104), ("intensity", 0.112)]
    assert {e.unit for e in r.emissions} == {"tCO2e/GJ"}


def test_an_english_target_with_its_year_after_the_figure(m: LoadedMethodology) -> None:
    r = _rate([["Our plan commits the mill to three steps:",
                "bring absolute Scope 1 emissions down to 96,000 tCO2e by 2030;",
                "source half of its electricity from renewables."]], m)
    assert _own(r) == []
    assert r.stage < 3


def test_parts_of_a_total_are_not_totals(m: LoadedMethodology) -> None:
    table = [["项目", "单位", "2022年", "2023年"],
             ["二氧化碳排放总量", "万吨", "128.4", "121.7"],
             ["其中：窑炉燃料燃烧", "万吨二氧化碳", "71.0", "66.2"],
             ["其中：原料分解", "万吨二氧化碳", "57.4", "55.5"]]
    r = _rate([[table]], m)
    assert sorted(_own(r)) == [("total", 2022, 1_284_000.0), ("total", 2023, 1_217_000.0)]


def test_scope2_basis_with_a_footnote_mark(m: LoadedMethodology) -> None:
    table = [["GHG emissions (tCO2e)", "FY2023", "FY2022"],
             ["Scope 2 – location-based³", "12,604", "13,115"],
             ["Scope 2 – market-based³", "9,877", "11,402"]]
    r = _rate([[table]], m)
    assert {(s, y) for s, y, _ in _own(r)} == {
        ("scope2_location", 2023), ("scope2_location", 2022),
        ("scope2_market", 2023), ("scope2_market", 2022)}
    assert pytest.approx(9_877) in [v for s, y, v in _own(r) if s == "scope2_market"]


# Session 8: prose forms of the same figures met in probes of report wording.
def _all(r: Rating) -> set[tuple[str, str, int | None, float]]:
    return {(e.scope, e.kind, e.year, round(e.value, 4)) for e in r.emissions}


def test_a_clause_of_only_another_year_repeats_the_scope(m: LoadedMethodology) -> None:
    r = _rate([["2023年，公司范围一排放量为8,760吨二氧化碳当量，2022年为9,215吨二氧化碳当量；"
                "范围二排放量为21,430吨二氧化碳当量，上年为22,980吨二氧化碳当量。"]], m)
    assert {("scope1", 2023, 8_760.0), ("scope1", 2022, 9_215.0),
            ("scope2", 2023, 21_430.0), ("scope2", 2022, 22_980.0)} == set(_own(r))


def test_the_base_years_figure_is_that_years(m: LoadedMethodology) -> None:
    r = _rate([["2023年，公司碳排放总量为31.6万吨，比2019年基准年的36.2万吨下降12.7%。",
                "单位产值碳排放较基准年（2019年）下降21%。"]], m)
    assert set(_own(r)) == {("total", 2023, 316_000.0), ("total", 2019, 362_000.0)}


def test_a_level_fallen_to_is_own_not_avoided(m: LoadedMethodology) -> None:
    r = _rate([["公司温室气体排放量由2020年的18.4万吨下降至2023年的15.9万吨。"]], m)
    assert _all(r) == {("total", "own", 2020, 184_000.0), ("total", "own", 2023, 159_000.0)}


def test_a_part_after_its_total_is_not_a_total(m: LoadedMethodology) -> None:
    r = _rate([["2023年，公司二氧化碳排放总量约15.9万吨，其中燃煤锅炉排放11.2万吨、"
                "外购电力排放4.7万吨。"]], m)
    # the boiler's part is no total, and not scope 2 (the next item's cue); purchased
    # electricity's is its scope 2
    assert set(_own(r)) == {("total", 2023, 159_000.0), ("scope2", 2023, 47_000.0)}


def test_what_a_carbon_market_covers_is_the_markets(m: LoadedMethodology) -> None:
    r = _rate([["全国碳市场第二个履约周期覆盖年二氧化碳排放量约51亿吨，纳入重点排放单位2,257家。"]], m)
    assert _own(r) == [] and r.stage < 3
    # a company whose plants are in the market states its own
    r = _rate([["公司下属4家热电厂均纳入全国碳市场，2023年二氧化碳排放量合计612万吨。"]], m)
    assert _own(r) == [("total", 2023, 6_120_000.0)]


def test_peers_targets_and_product_footprints_are_not_own(m: LoadedMethodology) -> None:
    # peers' average (the "公司" of 可比公司 is not the company), a product's life-cycle footprint
    r = _rate([["同行业可比公司平均单位营业收入碳排放强度为0.92吨二氧化碳/万元。",
                "经第三方测算，公司主要产品全生命周期碳足迹为每吨产品1.86吨二氧化碳当量。"]], m)
    assert _own(r) == [] and r.stage < 3
    # compared with peers, and the actual figure after its target, are the company's
    r = _rate([["公司单位营业收入碳排放强度低于同行业平均水平，为0.71吨二氧化碳/万元。",
                "2023年公司碳排放总量目标为不超过36万吨，实际排放33.4万吨。"]], m)
    assert {(s, round(v, 2)) for s, _, v in _own(r)} == {("intensity", 0.71),
                                                          ("total", 334_000.0)}
