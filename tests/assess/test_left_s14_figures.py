"""Own emission figures left from blind round 9 (session 14), with text written fresh for these
tests: a figure for a subset of the company's sites (two power plants, the plants it lists,
"所属电厂") read as the group's total, and a location-based scope 2 given in a footnote as a
condition ("若按电网平均因子计算…") read as a second scope 2 for the year."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.assess.rate import rate_documents
from cnsr.ingest import read_document
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company, Rating


def _rate(tmp_path: Path, m: LoadedMethodology, text: str) -> Rating:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return rate_documents([read_document(path)], Company(name="测试公司", year=2023), m)


def _own(r: Rating) -> set[tuple[str, int | None, float]]:
    return {(e.scope, e.year, round(e.value, 3)) for e in r.emissions if e.kind == "own"}


@pytest.mark.parametrize("text", [
    pytest.param("集团3家燃煤电厂纳入全国碳排放权交易市场，2023年完成配额清缴；三厂2023年度经核查的"
                 "排放量为2,214万吨二氧化碳。", id="zh_three_plants_verified"),
    pytest.param("公司下属两家热电厂2023年经核查的二氧化碳排放量合计为968万吨。",
                 id="zh_two_subsidiary_plants_total"),
    pytest.param("集团所属电厂2023年二氧化碳排放量为1,120万吨，均已完成履约。",
                 id="zh_the_group_s_power_plants"),
    pytest.param("Two of our cement plants emitted 1.8 Mt CO2 in 2023, verified under the "
                 "provincial ETS.", id="en_two_of_our_plants"),
])
def test_a_figure_for_some_of_the_sites_is_no_group_total(tmp_path: Path, m: LoadedMethodology,
                                                          text: str) -> None:
    assert not any(e[0] == "total" for e in _own(_rate(tmp_path, m, text)))


def test_the_group_total_beside_its_plants_stays(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "两家热电厂2023年经核查的排放量为968万吨二氧化碳。"
                           "2023年集团温室气体排放总量为2,860万吨二氧化碳当量。\n")
    assert _own(r) == {("total", 2023, 28600000.0)}


def test_every_plant_of_the_group_is_the_total(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "集团所属各厂2023年二氧化碳排放量合计为2,310万吨。\n")
    assert ("total", 2023, 23100000.0) in _own(r)


@pytest.mark.parametrize("text", [
    pytest.param("2023年范围二排放为98,400吨二氧化碳当量（购买的绿色电力按零排放计算）。\n"
                 "注2：若按电网平均因子计算，2023年范围二排放为114,820吨二氧化碳当量。\n",
                 id="zh_footnote_if_grid_average"),
    pytest.param("2023年範圍二排放為98,400公噸二氧化碳當量。\n"
                 "註2：如按照電網平均排放因子計算，2023年範圍二排放為114,820公噸二氧化碳當量。\n",
                 id="zh_hant_footnote"),
    pytest.param("Scope 2 emissions were 98,400 tCO2e in 2023. Note 2: if calculated using the "
                 "grid average factor, 2023 Scope 2 emissions would be 114,820 tCO2e.\n",
                 id="en_note_if_grid_average"),
])
def test_a_conditional_grid_basis_is_the_location_based_value(tmp_path: Path,
                                                              m: LoadedMethodology,
                                                              text: str) -> None:
    own = _own(_rate(tmp_path, m, text))
    assert ("scope2", 2023, 98400.0) in own
    assert not any(e[0] == "scope2" and e[2] == 114820.0 for e in own)


def test_a_plain_scope_2_stays_scope_2(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "按照区域电网平均排放因子核算，2023年范围二排放为98,400吨二氧化碳当量。\n")
    assert _own(r) == {("scope2", 2023, 98400.0)}
