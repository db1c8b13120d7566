"""Own emission figures in forms met in blind round 14 (session 18), misread or left unread
before, with text written fresh for these tests: a gas's emissions restated in CO2e ("甲烷排放4.12万吨，
折合115.4万吨二氧化碳当量") read as the company's total; an intensity per head of livestock
("100.2千克二氧化碳当量/头") read as a total of 0.1 t; a fleet's AER per deadweight tonne-nautical
mile ("gCO2/dwt-nm") read as a total; the voyages one regulation covers ("within the scope of EU
MRV") read as the fleet's total; and a PDF table whose header cells wrap, printed cell by cell
above a transposed table (years down the first column), left without its header."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.ingest.layout import Cell, Line
from cnsr.ingest.tables import FoundTable, find_tables, with_wrapped_header
from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate


@pytest.mark.parametrize("text", [
    "2023年，公司甲烷排放3.86万吨，折合108.1万吨二氧化碳当量，占范围一排放的七成。",
    "本年度氧化亚氮排放0.21万吨，折合为55.7万吨二氧化碳当量。",
    "年內甲烷逸散排放量為12.4萬噸，折合260.4萬噸二氧化碳當量。",
    "The group's nitrous oxide emissions of 1,020 t are equivalent to 270,000 tCO2e.",
    "Methane emissions were 41,200 tonnes, or about 1.15 million tCO2e.",
], ids=["methane_zh", "n2o_zh", "methane_traditional", "n2o_en", "methane_en"])
def test_a_gas_restated_in_co2e_is_no_total(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert not {e for e in _figures(_rate(tmp_path, m, text + "\n")) if e[0] == "total"}


def test_a_total_restated_stays(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "2023年公司温室气体排放总量为186.4万吨二氧化碳当量。\n"
                           "公司全年排放温室气体12.3万吨，折合二氧化碳当量12.3万吨。\n")
    assert {e[2] for e in _figures(r) if e[0] == "total"} == {1864000.0, 123000.0}


@pytest.mark.parametrize(("text", "value"), [
    ("单位生猪出栏温室气体排放为100.2千克二氧化碳当量/头，较2020年下降11.8%。", 0.1002),
    ("每头出栏肉牛温室气体排放2.31吨二氧化碳当量。", 2.31),
    ("Emissions per pig sold were 98 kg CO2e in 2023.", 0.098),
], ids=["per_head_slash", "per_head_beef_cattle", "per_pig_en"])
def test_an_intensity_per_head_is_no_total(tmp_path: Path, m: LoadedMethodology, text: str,
                                           value: float) -> None:
    got = _figures(_rate(tmp_path, m, text + "\n"))
    assert not {e for e in got if e[0] == "total"}
    assert {(e[2], e[3]) for e in got if e[0] == "intensity"} == {(value, "tCO2e/头")}


def test_aer_per_dwt_nautical_mile_is_an_intensity(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "| Indicator | Unit | 2022 | 2023 |\n"
                           "|---|---|---|---|\n"
                           "| Scope 1 GHG emissions | tCO2e | 1,208,400 | 1,196,300 |\n"
                           "| AER | gCO2/dwt-nm | 5.02 | 4.77 |\n"
                           "| EEOI | gCO2/t-nm | 9.81 | 9.40 |\n\n", ".md")
    got = _figures(r)
    assert not {e for e in got if e[0] == "total"}
    assert {e[1] for e in got if e[0] == "intensity" and e[3] == "tCO2/tkm"} == {2022, 2023}
    assert {(e[1], e[2]) for e in got if e[0] == "scope1"} == {(2022, 1208400.0), (2023, 1196300.0)}


@pytest.mark.parametrize("text", [
    "Emissions on voyages within the scope of EU MRV were 212,800 tCO2 in 2023.",
    "Voyages covered by the UK MRV emitted 18,300 tCO2 in 2023.",
    "2023年纳入欧盟MRV范围的航次二氧化碳排放为21.3万吨。",
], ids=["eu_mrv_en", "uk_mrv_en", "eu_mrv_zh"])
def test_voyages_one_regulation_covers_are_no_total(tmp_path: Path, m: LoadedMethodology,
                                                    text: str) -> None:
    assert not {e for e in _figures(_rate(tmp_path, m, text + "\n")) if e[0] == "total"}


def test_a_fleet_total_stays(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "2023年公司船队二氧化碳排放总量为352.2万吨。\n")
    assert {(e[0], e[2]) for e in _figures(r)} == {("total", 3522000.0)}


def _line(y: float, *cells: tuple[str, float, float]) -> Line:
    return Line(" ".join(c[0] for c in cells), cells[0][1], y, cells[-1][2], y + 7.5,
                tuple(Cell(*c) for c in cells) if len(cells) > 1 else ())


_BODY = [
    _line(157.3, ("2022", 56, 73), ("96.4", 184, 202), ("71.2", 250, 269), ("25.2", 320, 335)),
    _line(174.1, ("2023", 56, 73), ("92.8", 184, 202), ("69.0", 250, 269), ("23.8", 320, 335)),
]


def test_a_wrapped_header_printed_cell_by_cell_becomes_the_header() -> None:
    """Header cells that wrap over two lines, each piece its own line (a PDF prints them cell
    by cell), above a table whose first column holds the years."""
    lines = [
        _line(109.4, ("表3　排放（按年度）", 51, 170)),
        _line(129.1, ("年度", 58, 72)),
        _line(129.1, ("排放总量（万吨", 150, 203)), _line(139.7, ("CO2e）", 177, 198)),
        _line(129.1, ("范围一（万吨", 224, 269)), _line(139.7, ("CO2e）", 244, 264)),
        _line(129.1, ("范围二（万吨", 290, 336)), _line(139.7, ("CO2e）", 310, 331)),
        *_BODY,
    ]
    found = with_wrapped_header(lines, find_tables(lines))
    assert len(found) == 1 and found[0].start == 1
    assert found[0].table.rows[0] == ["年度", "排放总量（万吨CO2e）", "范围一（万吨CO2e）",
                                      "范围二（万吨CO2e）"]


@pytest.mark.parametrize("above", [
    [_line(129.1, ("单位：万吨二氧化碳当量", 150, 336))],  # a unit caption: with_captions' line
    [_line(129.1, ("排放强度下降8%", 150, 203)), _line(129.1, ("2020年", 224, 269)),
     _line(129.1, ("2025年", 290, 336))],  # figures and years: data, not a header
    [_line(129.1, ("公司持续推进节能降碳，各项指标均有改善。", 58, 336))],  # a sentence
], ids=["unit_caption", "figures", "sentence"])
def test_no_header_is_made_of_other_lines(above: list[Line]) -> None:
    lines = [*above, *_BODY]
    found = with_wrapped_header(lines, find_tables(lines))
    assert [(f.start, f.table.rows[0][0]) for f in found] == [(len(above), "2022")]
    assert isinstance(found[0], FoundTable)
