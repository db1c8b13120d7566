"""Own emission figures and layouts met in blind round 22 (session 23), misread or not read
before, with text written fresh for these tests: a forest's carbon stock read as an own total
(a stage-2 forestry group put in stage 3) and an amount offset for visitors read as an own
total; per tonne of ore, per site and per 10,000 visits read as totals in kg or not at all;
fuel combustion and purchased electricity named together read as scope 2; and two KPI tables
stacked on one page whose header rows name years in Chinese numerals (二零二二年), read as one
table whose unit column ran into the first year's figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.ingest.layout import Cell, Line
from cnsr.ingest.tables import find_tables
from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate

OWN = "2023年公司温室气体排放总量为1,980吨二氧化碳当量。"
OWN_EN = " Our total GHG emissions were 1,980 tCO2e in 2023."


def _own(tmp_path: Path, m: LoadedMethodology, text: str) -> set[tuple[str, int | None, float, str]]:
    return _figures(_rate(tmp_path, m, text + "\n"))


@pytest.mark.parametrize("text", [
    "经第三方测算，截至2023年末公司经营林地森林碳储量约1,240万吨二氧化碳当量。",
    "公司所属林场2023年森林碳蓄积量约86万吨二氧化碳当量，林木净清除量约3.1万吨。",
    "景区2023年累计抵销游客出行排放2,460吨二氧化碳。",
    "经核算，集团2023年通过购买林业碳汇抵消了9,800吨二氧化碳当量。",
    "The carbon stock of our plantation forests was estimated at 12.4 million tCO2e at the end of 2023.",
    "Through the kiosk, visitors offset 2,460 tCO2e of travel emissions in 2023.",
], ids=["stock_zh", "stock_removal_zh", "offset_visitors_zh", "offset_bought_zh", "stock_en", "offset_en"])
def test_sinks_and_offsets_are_no_emissions(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    r = _rate(tmp_path, m, text + "\n")
    assert not _figures(r)
    assert r.stage < 3


def test_own_total_beside_a_stock_stays(tmp_path: Path, m: LoadedMethodology) -> None:
    got = _own(tmp_path, m, "公司经营林地碳储量约1,240万吨二氧化碳当量。" + OWN)
    assert got == {("total", 2023, 1980.0, "tCO2e")}


@pytest.mark.parametrize(("text", "want"), [
    ("2023年吨矿二氧化碳排放76.6千克，较上年下降3.1%。", ("intensity", 2023, 0.0766, "tCO2/t")),
    ("2023年公司吨原煤二氧化碳排放量为0.12吨。", ("intensity", 2023, 0.12, "tCO2/t")),
    ("2023年单站碳排放强度为2.02吨二氧化碳当量/站。", ("intensity", 2023, 2.02, "tCO2e/站")),
    ("2023年景區排放密度為13.7噸二氧化碳當量／萬人次遊客。", ("intensity", 2023, 0.00137, "tCO2e/人次")),
], ids=["per_tonne_ore", "per_tonne_coal", "per_site", "per_10k_visits_hant"])
def test_per_unit_of_a_miner_a_tower_and_a_scenic_area(tmp_path: Path, m: LoadedMethodology, text: str,
                                                       want: tuple[str, int, float, str]) -> None:
    got = _own(tmp_path, m, text)
    assert got == {want}


@pytest.mark.parametrize("text", [
    "2017年公司化石燃料燃烧和外购电力产生的二氧化碳排放量约为142.6万吨。",
    "经测算，2022年集团燃料燃烧及外购电力产生的二氧化碳排放量为142.6万吨。",
], ids=["and", "ji"])
def test_fuel_and_purchased_electricity_together_are_the_total(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    got = _own(tmp_path, m, text)
    assert {scope for scope, *_ in got} == {"total"}


def test_purchased_electricity_alone_stays_scope2(tmp_path: Path, m: LoadedMethodology) -> None:
    got = _own(tmp_path, m, "2023年，公司外购电力产生的二氧化碳排放量为1.2万吨。")
    assert got == {("scope2", 2023, 12000.0, "tCO2")}


def _row(texts: list[str], xs: list[float], widths: list[float], y: float) -> Line:
    cells = tuple(Cell(t, x, x + w) for t, x, w in zip(texts, xs, widths, strict=True))
    return Line(" ".join(texts), xs[0], y, xs[-1] + widths[-1], y + 9, cells)


def test_stacked_tables_with_chinese_numeral_years_stay_apart() -> None:
    # the first table's unit column is wide (long units, right-aligned), the second's narrow:
    # read as one block, the bands of the two tables' columns overlap and merge
    w1 = [120.0, 58.0, 41.0, 41.0]
    x1 = [60.0, 290.0, 395.0, 440.0]
    x2 = [60.0, 250.0, 330.0, 375.0]
    lines = [
        _row(["指標", "單位", "二零二二年", "二零二三年"], x1, [20, 16, 41, 41], 40),
        _row(["範圍一排放", "噸二氧化碳當量", "3,962", "3,218"], x1, w1, 52),
        _row(["範圍二排放", "噸二氧化碳當量", "10,846", "14,420"], x1, w1, 64),
        _row(["排放密度", "噸二氧化碳當量／萬人次遊客", "27.9", "13.7"], [60.0, 236.0, 395.0, 440.0], [60, 112, 41, 41], 76),
        _row(["指標", "單位", "二零二二年", "二零二三年"], x2, [20, 16, 41, 41], 96),
        _row(["外購電力", "兆瓦時", "19,020", "25,286"], x2, [40, 24, 41, 41], 108),
        _row(["柴油", "千升", "612", "418"], x2, [20, 16, 41, 41], 120),
    ]
    found = find_tables(lines)
    assert len(found) == 2
    assert found[0].table.rows[1] == ["範圍一排放", "噸二氧化碳當量", "3,962", "3,218"]
    assert found[1].table.rows[1] == ["外購電力", "兆瓦時", "19,020", "25,286"]
