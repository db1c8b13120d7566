"""Own emission figures and layouts met in blind round 23 (session 23), misread, cut apart or
taken from others before, with text written fresh for these tests: the emissions a verification
service covered for its clients read as the company's own total (and put it in stage 3); the
embodied carbon of delivered buildings and the materials in them read as an own total; a figure
put outside the company's scopes by a clause or two after it ("上述排放均不属于本公司范围一、范围二
排放"); an intensity unit cell "tCO2e / RMB m revenue" read per yuan (12.1 t per RMB m became
121,000 t per 万元); the remainder row of a scope 3 category table read as a total;
and a two-row table header whose upper cell ("Reporting years") spans two year columns, which
joined the columns so that no figure of the table was read."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.ingest.layout import Cell, Line
from cnsr.ingest.tables import find_tables
from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate

OWN = "2023年公司温室气体排放总量为2,460吨二氧化碳当量。"
OWN_EN = " Our total GHG emissions were 2,460 tCO2e in 2023."


def _totals(tmp_path: Path, m: LoadedMethodology, text: str) -> set[float]:
    return {e[2] for e in _figures(_rate(tmp_path, m, text + "\n")) if e[0] == "total"}


@pytest.mark.parametrize("text", [
    "公司为240家重点排放单位提供温室气体排放核查服务，核查覆盖的企业排放量合计5,860万吨二氧化碳当量。",
    "年内公司碳盘查业务累计覆盖的客户排放量约1,200万吨二氧化碳当量。",
    "In 2023 the inventories we verified covered 58.6 million tCO2e of emissions at 240 emitters.",
], ids=["verification_coverage_zh", "inventory_coverage_zh", "verified_en"])
def test_emissions_a_service_covered_are_not_own(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    r = _rate(tmp_path, m, text + "\n")
    assert not _figures(r)
    assert r.stage < 3


@pytest.mark.parametrize("text", [
    "公司对年内交付的42个项目开展测算，建材生产及运输阶段的隐含碳约96万吨二氧化碳当量。" + OWN,
    "经测算，交付住宅的内含碳排放约58万吨二氧化碳当量，由建材生产企业产生。" + OWN,
    "The embodied carbon of the homes we handed over in 2023 was about 0.96 million tCO2e." + OWN_EN,
], ids=["embodied_zh", "embodied_inner_zh", "embodied_en"])
def test_embodied_carbon_is_not_own(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert _totals(tmp_path, m, text) == {2460.0}


def test_figures_put_outside_the_scopes_clauses_later(tmp_path: Path, m: LoadedMethodology) -> None:
    text = ("公司测算交付项目运行阶段排放约12万吨二氧化碳当量，该部分由业主承担，上述排放均不属于本公司范围一、范围二排放。"
            + OWN)
    assert _totals(tmp_path, m, text) == {2460.0}


def test_the_total_after_the_exclusion_stays(tmp_path: Path, m: LoadedMethodology) -> None:
    text = "上述排放不属于本公司范围一、范围二排放。公司2023年温室气体排放总量为2,460吨二氧化碳当量。"
    assert _totals(tmp_path, m, text) == {2460.0}


def test_intensity_per_rmb_m_in_a_unit_cell(tmp_path: Path, m: LoadedMethodology) -> None:
    text = "Indicator | Unit | 2022 | 2023\nGHG intensity (scope 1 and 2) | tCO2e / RMB m revenue | 9.8 | 8.4"
    got = {(e[0], e[1], e[2], e[3]) for e in _figures(_rate(tmp_path, m, text + "\n"))}
    assert ("intensity", 2023, 0.084, "tCO2e/万元") in got
    assert ("intensity", 2022, 0.098, "tCO2e/万元") in got


def test_remainder_row_of_scope3_categories_is_no_total(tmp_path: Path, m: LoadedMethodology) -> None:
    text = ("Indicator | Unit | 2022 | 2023\nScope 3 | tCO2e | 512,000 | 548,000\n"
            "Cat. 4 Upstream transportation | tCO2e | 21,000 | 23,000\nOther categories | tCO2e | 8,000 | 9,000")
    figures = _figures(_rate(tmp_path, m, text + "\n"))
    assert not {e for e in figures if e[0] == "total"}
    assert ("scope3", 2023, 548000.0, "tCO2e") in figures


def _line(cells: list[tuple[str, float]], y: float, width: float = 40.0) -> Line:
    cs = tuple(Cell(t, x, x + width) for t, x in cells)
    return Line(" ".join(t for t, _ in cells), cs[0].x0, y, cs[-1].x1, y + 10, cs)


def test_header_cell_over_two_year_columns_keeps_them_apart() -> None:
    xs = [60.0, 200.0, 260.0, 320.0, 380.0]
    lines = [
        Line("Base year Reporting years", 260, 20, 420, 30,
             (Cell("Base year", 262, 298), Cell("Reporting years", 330, 410))),
        _line([("2021", xs[2]), ("2022", xs[3]), ("2023", xs[4])], 34),
        _line([("Scope 1", xs[0]), ("tCO2e", xs[1]), ("19,960", xs[2]), ("20,820", xs[3]), ("17,460", xs[4])], 48),
        _line([("Scope 2", xs[0]), ("tCO2e", xs[1]), ("112,600", xs[2]), ("115,400", xs[3]), ("106,190", xs[4])], 62),
    ]
    [found] = find_tables(lines)
    rows = found.table.rows
    assert ["Scope 1", "tCO2e", "19,960", "20,820", "17,460"] in rows
    assert any(row[-3:] == ["2021", "2022", "2023"] for row in rows)


def test_a_wide_label_in_a_row_without_digits_is_not_taken_apart() -> None:
    # a row without digits whose cell spans one column only is a plain header: nothing changes
    xs = [60.0, 200.0, 260.0]
    lines = [
        _line([("指标", xs[0]), ("2022年", xs[1]), ("2023年", xs[2])], 20),
        _line([("范围一", xs[0]), ("8,620", xs[1]), ("8,140", xs[2])], 34),
        _line([("范围二", xs[0]), ("21,300", xs[1]), ("20,460", xs[2])], 48),
    ]
    [found] = find_tables(lines)
    assert found.table.rows[0] == ["指标", "2022年", "2023年"]
    assert found.table.rows[1] == ["范围一", "8,620", "8,140"]
