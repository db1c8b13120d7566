"""Own emission figures and layouts met in blind round 16 (session 20), misread or left unread
before, with text written fresh for these tests: an industry's yearly total written "行业年…排放",
an underwriter's facilitated emissions, ships' emissions at a port's berths and a figure the
sentence puts outside the company's total, read as the company's total; a pollutant named after
its amount in an English list that opens with CO2 ("25,800 tonnes of SO2"); the sources of a
scope in brackets between its label and its figure ("直接排放（公务车辆燃油、食堂燃气）612吨");
an intensity whose unit ends in "/标准箱" in a table row's first value; the last word of an English
paragraph with no capital or descender ("total.") cut off as a smaller font; a transposed KPI
table whose year cell wraps onto two lines beside its vertically centred row."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.ingest.layout import Cell, Line, group_paragraphs
from cnsr.ingest.tables import find_tables, join_wrapped_leading
from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate


def _totals(tmp_path: Path, m: LoadedMethodology, text: str, suffix: str = ".txt") -> set[float]:
    return {e[2] for e in _figures(_rate(tmp_path, m, text + "\n", suffix=suffix)) if e[0] == "total"}


@pytest.mark.parametrize("text", [
    "我国电解铝年产量约4,100万吨，行业年二氧化碳排放约4亿吨。2023年公司温室气体排放总量为941.6万吨二氧化碳当量。",
    "水泥是高耗能产业，行业年碳排放量约12亿吨。2023年公司温室气体排放总量为941.6万吨二氧化碳当量。",
], ids=["industry_yearly_aluminium", "industry_yearly_cement"])
def test_an_industrys_yearly_total_is_not_own(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert _totals(tmp_path, m, text) == {9416000.0}


@pytest.mark.parametrize("text", [
    "公司承销债券对应的便利排放约为386万吨二氧化碳当量。2023年公司运营温室气体排放总量为6,842吨二氧化碳当量。",
    "本年度公司承销的绿色债券相关的便利性排放为52万吨二氧化碳当量，2023年公司运营温室气体排放总量为6,842吨二氧化碳当量。",
    "Facilitated emissions of the bonds we underwrote were about 3.86 million tCO2e. Our operational GHG emissions were "
    "6,842 tCO2e in 2023.",
], ids=["facilitated_zh", "facilitated_green_bonds_zh", "facilitated_en"])
def test_facilitated_emissions_are_not_own(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert _totals(tmp_path, m, text) == {6842.0}


@pytest.mark.parametrize("text", [
    "本集团首次估算其2023年在泊排放约为21.8万吨二氧化碳当量，列作范围三参考资料，不计入本集团排放总量。"
    "2023年本集团温室气体排放总量为154,680吨二氧化碳当量。",
    "靠泊船舶的温室气体排放约为21.8万吨二氧化碳当量。2023年本集团温室气体排放总量为154,680吨二氧化碳当量。",
    "We estimated them at about 218,000 tCO2e in 2023; the figure is given as reference and is not included in the "
    "Group's total. The Group's total GHG emissions were 154,680 tCO2e in 2023.",
    "Emissions of vessels at berth were about 218,000 tCO2e. The Group's total GHG emissions were 154,680 tCO2e in 2023.",
], ids=["outside_the_total_zh", "ships_at_berth_zh", "outside_the_total_en", "vessels_at_berth_en"])
def test_ships_at_berth_and_figures_outside_the_total_are_not_own(tmp_path: Path, m: LoadedMethodology,
                                                                   text: str) -> None:
    assert _totals(tmp_path, m, text) == {154680.0}


def test_a_pollutant_after_its_amount_is_no_ghg_figure(tmp_path: Path, m: LoadedMethodology) -> None:
    text = ("Compared with coal-fired generation, this avoided 99.2 million tonnes of CO2, 25,800 tonnes of SO2 and "
            "26,700 tonnes of NOx. Our operational GHG emissions in 2023 were 41,860 tCO2e.")
    assert _totals(tmp_path, m, text) == {41860.0}


@pytest.mark.parametrize(("text", "scope1"), [
    ("2023年公司运营温室气体排放总量为6,842吨二氧化碳当量，其中直接排放（公务车辆燃油、食堂燃气）612吨，外购电力间接排放6,230吨。", 612.0),
    ("2023年公司范围一排放（锅炉燃煤、车辆柴油）1,286吨，范围二排放3,410吨。", 1286.0),
], ids=["direct_with_sources", "scope1_with_fuels"])
def test_sources_in_brackets_keep_the_scope_figure(tmp_path: Path, m: LoadedMethodology, text: str,
                                                   scope1: float) -> None:
    got = _figures(_rate(tmp_path, m, text + "\n"))
    assert scope1 in {e[2] for e in got if e[0] == "scope1"}


def test_fuel_tonnes_stay_fuel(tmp_path: Path, m: LoadedMethodology) -> None:
    """A fuel outside any bracket still makes plain tonnes fuel, not emissions."""
    got = _figures(_rate(tmp_path, m, "2023年公司温室气体排放总量为6,842吨二氧化碳当量，车辆消耗燃油612吨。\n"))
    assert 612.0 not in {e[2] for e in got}


@pytest.mark.parametrize("unit", ["千克二氧化碳当量/标准箱", "kgCO2e/TEU", "千克二氧化碳当量／标准箱"],
                         ids=["per_teu_zh", "per_teu_en", "fullwidth_slash"])
def test_a_slash_unit_dates_the_first_value_of_a_row(tmp_path: Path, m: LoadedMethodology, unit: str) -> None:
    text = ("# 指标\n\n| 指标 | 单位 | 2023 | 2022 | 2021 |\n|---|---|---|---|---|\n"
            f"| 排放密度 | {unit} | 8.31 | 8.96 | 9.42 |\n")
    got = _figures(_rate(tmp_path, m, text, suffix=".md"))
    assert {(e[1], e[3]) for e in got if e[0] == "intensity"} == {
        (2023, "tCO2e/TEU"), (2022, "tCO2e/TEU"), (2021, "tCO2e/TEU")}


def _line(text: str, x0: float, y0: float, x1: float, y1: float, cells: tuple[Cell, ...] = ()) -> Line:
    return Line(text, x0, y0, x1, y1, cells)


def test_a_lowercase_last_word_stays_in_its_paragraph() -> None:
    """"total." has no capital, digit or descender: its box is lower than the line above."""
    lines = [
        _line("We estimated them for the first time at about 218,000 tCO2e in 2023; the figure is given", 51, 433, 544, 442),
        _line("as Scope 3 reference information and is not included in the Group's", 51, 447, 544, 456),
        _line("total.", 51, 460.5, 71, 467.4),
    ]
    assert [len(p) for p in group_paragraphs(lines)] == [3]


@pytest.mark.parametrize("tail", ["Targets", "目标"], ids=["capitalised_heading", "chinese_heading"])
def test_a_smaller_heading_still_breaks(tail: str) -> None:
    lines = [
        _line("During the year we raised the ground level of two yards by 0.6 m and raised", 51, 230, 544, 239),
        _line("the anchoring standard to 60 m/s.", 51, 244, 300, 253),
        _line(tail, 51, 262, 90, 268),
    ]
    assert len(group_paragraphs(lines)) == 2


def _cells(*spec: tuple[str, float, float]) -> tuple[Cell, ...]:
    return tuple(Cell(t, a, b) for t, a, b in spec)


def _transposed() -> list[Line]:
    header = _cells(("年度", 58, 78), ("柴油（吨）", 84, 126), ("外购电力（万千瓦时）", 180, 258), ("综合能耗（吨标准煤）", 351, 430))
    lines = [_line("年度 柴油（吨） 外购电力（万千瓦时） 综合能耗（吨标准煤）", 58, 132.6, 430, 140.6, header)]
    for k, (year, figures) in enumerate([("2021", ("186,420", "128,640", "452,380")),
                                         ("2022", ("179,850", "136,280", "448,960")),
                                         ("2023", ("168,640", "142,360", "441,270"))]):
        top = 150.3 + 29.1 * k
        row = _cells((figures[0], 93, 125), (figures[1], 226, 258), (figures[2], 396, 430))
        lines += [_line(year, 56, top, 74, top + 6.4), _line("年", 56, top + 10.9, 64, top + 18.7),
                  _line(" ".join(figures), 93, top + 5.8, 430, top + 13.8, row)]
    return lines


def test_a_wrapped_year_cell_beside_its_row_joins_the_row() -> None:
    lines = join_wrapped_leading(_transposed())
    tables = find_tables(lines)
    assert len(tables) == 1
    assert [row[0] for row in tables[0].table.rows] == ["年度", "2021年", "2022年", "2023年"]
    assert tables[0].table.rows[3][1:] == ["168,640", "142,360", "441,270"]


def test_short_lines_beside_prose_are_not_joined() -> None:
    """Two short lines beside a line of prose (no figure) stay as they are."""
    prose = _cells(("公司持续推进绿色施工", 93, 200), ("加强扬尘治理", 226, 300))
    lines = [_line("注", 56, 100, 64, 106), _line("一", 56, 111, 64, 118),
             _line("公司持续推进绿色施工 加强扬尘治理", 93, 105, 300, 113, prose)]
    assert join_wrapped_leading(lines) == lines
