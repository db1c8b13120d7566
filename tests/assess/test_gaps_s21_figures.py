"""Known misreads by kind read as figures (session 21, issue #12). Passages written for these
tests (invented companies and figures):

- a total split into just a direct source and purchased electricity or heat whose figures add
  up to it ("总量61.48万吨，其中化石燃料燃烧排放48.26万吨、净购入电力排放13.22万吨") gives the
  direct source's figure as scope 1 (the national guidelines' direct / indirect split); a
  source among more parts, or parts that do not add up, stay parts (no scope 1, no total).
"""

from __future__ import annotations

from passage_docs import make_doc

from cnsr.assess.rate import rate_documents
from cnsr.methodology.load import LoadedMethodology
from cnsr.rating import Company, Rating


def _rate(items: list[object], m: LoadedMethodology, year: int = 2023) -> Rating:
    return rate_documents([make_doc([items])], Company(name="示例化纤", year=year), m)


def _own(r: Rating) -> set[tuple[str, int | None, float]]:
    return {(e.scope, e.year, round(e.value, 2)) for e in r.emissions if e.kind == "own"}


def test_direct_source_beside_purchased_electricity_is_scope1(m: LoadedMethodology) -> None:
    r = _rate(["经核查，公司2015年二氧化碳排放总量为61.48万吨，其中化石燃料燃烧排放48.26万吨、净购入电力排放13.22万吨。"], m, 2016)
    got = _own(r)
    assert ("scope1", 2015, 482600.0) in got
    assert ("scope2", 2015, 132200.0) in got
    assert ("total", 2015, 614800.0) in got


def test_the_same_split_in_english(m: LoadedMethodology) -> None:
    r = _rate(["Our 2023 emissions totalled 152,400 tCO2, of which fuel combustion 98,100 tCO2 and "
               "purchased electricity 54,300 tCO2."], m)
    got = _own(r)
    assert ("scope1", 2023, 98100.0) in got
    assert ("total", 2023, 152400.0) in got


def test_a_source_among_more_parts_stays_a_part(m: LoadedMethodology) -> None:
    r = _rate(["2023年公司温室气体排放总量为86.2万吨二氧化碳当量，其中化石燃料燃烧排放41.0万吨、"
               "工艺过程排放30.1万吨、净购入电力排放15.1万吨。"], m)
    got = _own(r)
    assert not any(s == "scope1" and v == 410000.0 for s, _, v in got)
    assert ("total", 2023, 862000.0) in got


def test_parts_that_do_not_add_up_stay_parts(m: LoadedMethodology) -> None:
    r = _rate(["2023年公司二氧化碳排放总量为70.0万吨，其中化石燃料燃烧排放40.0万吨、净购入电力排放13.0万吨。"], m)
    got = _own(r)
    assert not any(s == "scope1" for s, _, _ in got)
    assert ("total", 2023, 700000.0) in got


def test_a_source_alone_stays_a_part(m: LoadedMethodology) -> None:
    r = _rate(["2023年麻醉气体排放折合二氧化碳当量3,120吨。"], m)
    assert not any(s in ("scope1", "total") for s, _, _ in _own(r))


# ---- an emission row in mass per unit under a GHG caption ---------------------------------------

def _intensities(r: Rating) -> dict[tuple[int | None, str], float]:
    return {(e.year, e.denominator): round(e.value, 9) for e in r.emissions
            if e.kind == "own" and e.scope == "intensity"}


def test_emission_row_in_grams_per_kwh_under_a_ghg_caption(m: LoadedMethodology) -> None:
    r = _rate([[["表1 温室气体排放（吨二氧化碳当量）", "", ""],
                ["项目", "2022年", "2023年"],
                ["范围一合计", "7,100", "6,635"],
                ["排放总量", "96,440", "89,315"],
                ["单位售电量排放（克/千瓦时）", "10.4", "9.3"]]], m)
    got = {(e.year, e.unit): round(e.value, 9) for e in r.emissions
           if e.kind == "own" and e.scope == "intensity"}
    assert got == {(2022, "kgCO2e/kWh"): 0.0104, (2023, "kgCO2e/kWh"): 0.0093}
    assert ("total", 2023, 89315.0) in _own(r)


def test_the_same_row_under_a_caption_without_a_gas(m: LoadedMethodology) -> None:
    r = _rate([[["表2 污染物排放（吨）", "", ""],
                ["项目", "2022年", "2023年"],
                ["二氧化硫", "12.1", "10.4"],
                ["单位产品排放（克/吨）", "3.2", "2.9"]]], m)
    assert not _intensities(r)


def test_first_year_of_an_intensity_row_per_10000_passenger_km(m: LoadedMethodology) -> None:
    r = _rate([[["指标", "单位", "2021年", "2022年", "2023年"],
                ["温室气体排放总量", "万吨二氧化碳当量", "86.38", "89.52", "92.46"],
                ["单位客运周转量碳排放", "千克二氧化碳当量/万人公里", "7.28", "8.59", "6.58"]]], m)
    got = _intensities(r)
    assert got[(2021, "客公里")] == round(7.28e-07, 9)
    assert got[(2023, "客公里")] == round(6.58e-07, 9)
