"""Own emission figures in forms met in blind round 12 (session 16), each misread or left unread
before, with text written fresh for these tests: a year range written with 年 on both ends
("2021年至2023年…分别为A、B和C") beside a later year on another matter, whose figures took the
range's ends and the later year; an intensity per room-night ("每间夜碳排放为25.1千克") read as
a total of 0.0251 t; and the national guidelines' row "净购入电力和热力排放" not read as scope 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate


@pytest.mark.parametrize("lead", ["2021年至2023年", "2021年到2023年", "从2021年—2023年"])
def test_a_year_range_list_beside_a_later_year(tmp_path: Path, m: LoadedMethodology,
                                                lead: str) -> None:
    r = _rate(tmp_path, m, f"{lead}，公司温室气体排放总量分别为4.36万吨、3.92万吨和4.58万吨二氧化碳"
                           "当量，2022年受停产检修影响明显偏低。\n")
    assert {(e[1], e[2]) for e in _figures(r) if e[0] == "total"} == {
        (2021, 43600.0), (2022, 39200.0), (2023, 45800.0)}


def test_a_respectively_list_keeps_its_years(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "2022年和2023年，公司温室气体排放总量分别为8.6万吨和8.1万吨二氧化碳当量。\n")
    assert {(e[1], e[2]) for e in _figures(r) if e[0] == "total"} == {
        (2022, 86000.0), (2023, 81000.0)}


def test_an_intensity_per_room_night_is_no_total(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "按入住间夜计算，2023年每间夜碳排放为22.6千克，较2021年的27.3千克下降17.2%。\n"
                           "In 2023 our emissions per occupied room night were 19.8 kgCO2e.\n"
                           "2023年每位游客碳排放约0.7千克。\n"
                           "2023年公司温室气体排放总量为3.4万吨二氧化碳当量。\n")
    own = _figures(r)
    assert {(e[1], e[2], e[3]) for e in own if e[0] == "intensity"} == {
        (2023, 0.0226, "tCO2e/间夜"), (2021, 0.0273, "tCO2e/间夜"), (2023, 0.0198, "tCO2e/间夜")}
    assert {(e[0], e[2]) for e in own if e[0] != "intensity"} == {("total", 34000.0)}


def test_net_purchased_electricity_and_heat_is_scope_2(tmp_path: Path,
                                                       m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "表2　温室气体排放情况\n\n"
                           "| 项目（单位：万吨二氧化碳） | 2021年 | 2022年 | 2023年 |\n"
                           "|---|---|---|---|\n"
                           "| 净购入电力和热力排放 | 12.4 | 11.9 | 11.2 |\n"
                           "| 排放总量 | 86.5 | 84.1 | 80.7 |\n\n"
                           "2023年净购入使用的电力、热力产生的排放为11.2万吨二氧化碳。\n"
                           "Emissions from net purchased electricity and heat were 9,820 tCO2 in "
                           "2023.\n", ".md")
    own = _figures(r)
    assert {("scope2", 2021, 124000.0, "tCO2"), ("scope2", 2022, 119000.0, "tCO2"),
            ("scope2", 2023, 112000.0, "tCO2"), ("scope2", 2023, 9820.0, "tCO2")} <= own
    assert ("total", 2023, 807000.0, "tCO2") in own
