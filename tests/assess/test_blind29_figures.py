"""Own emission figures met in blind round 29 (session 24), with text written fresh for these
tests: customers' combustion of the fuels a company sells (scope 3 category 11) read as the
company's own total because the company's name stands inside the clause as the seller; the
exhaust of the vehicles driving on an expressway operator's roads read as the operator's own
total; a report-style KPI table whose group rows carry the unit ("温室气体排放（单位：tCO2e）"
over "范围一 | …"), the rows under them read without a unit, also on the page after a page break
(`tests/ingest/test_blind29_group_units.py` reads the PDF)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.evidence.tables import table_text
from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate

OWN = "2023年公司温室气体排放总量为3,180吨二氧化碳当量。"
OWN_EN = " Our total GHG emissions were 3,180 tCO2e in 2023."


def _totals(tmp_path: Path, m: LoadedMethodology, text: str) -> set[float]:
    return {e[2] for e in _figures(_rate(tmp_path, m, text + "\n")) if e[0] == "total"}


@pytest.mark.parametrize("text", [
    "售出产品的使用（类别11）即客户燃烧公司销售的天然气和成品油产生的排放约为42.6百万吨二氧化碳当量。",
    "用户使用本公司生产的燃料油所产生的排放约为1,260万吨二氧化碳当量。",
    "消费者燃烧集团销售的液化石油气产生的排放约86万吨二氧化碳当量，不计入运营排放。",
    "Emissions from customers burning the fuels we sell were about 42.6 million tCO2e.",
], ids=["category11_zh", "users_fuel_zh", "consumers_lpg_zh", "customers_burning_en"])
def test_customers_burning_what_the_company_sells_are_not_own(tmp_path: Path, m: LoadedMethodology,
                                                              text: str) -> None:
    own = OWN_EN if text.isascii() else OWN
    assert _totals(tmp_path, m, text + own) == {3180.0}


@pytest.mark.parametrize("text", [
    "據估算，二零二三年在本集團路段行駛的車輛尾氣排放約為386萬噸二氧化碳，為道路使用者的排放。",
    "2023年在公司收费公路上通行的车辆排放二氧化碳约126万吨。",
    "经测算，通过公司桥梁和隧道的车辆全年排放约21万吨二氧化碳。",
    "Vehicles travelling on our expressways emitted about 3.9 million tonnes of CO2 in 2023.",
], ids=["road_users_hant", "toll_road_zh", "bridges_tunnels_zh", "vehicles_en"])
def test_vehicles_on_the_operators_roads_are_not_own(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    own = OWN_EN if text.isascii() else OWN
    assert _totals(tmp_path, m, text + own) == {3180.0}


def test_own_fuel_sales_sentence_without_customers_stays_own(tmp_path: Path, m: LoadedMethodology) -> None:
    # the near miss: the company's own refinery emissions beside the products it sells
    text = "公司销售成品油1,455万吨；2023年公司炼化企业温室气体排放总量为628万吨二氧化碳当量。"
    assert _totals(tmp_path, m, text) == {6280000.0}


def test_own_fleet_on_its_roads_stays_own(tmp_path: Path, m: LoadedMethodology) -> None:
    # the operator's own patrol vehicles are its scope 1, not road users'
    text = "2023年公司养护及巡查车辆温室气体排放总量为1,860吨二氧化碳当量。"
    assert _totals(tmp_path, m, text) == {1860.0}


@pytest.mark.parametrize(("rows", "want"), [
    ([["指标", "2022年", "2023年"], ["温室气体排放（单位：tCO2e）", "", ""], ["范围一", "32,940", "29,710"],
      ["范围二（基于市场）", "1,296,620", "1,073,690"]],
     ["2023年=29,710 tCO2e", "2023年=1,073,690 tCO2e"]),
    ([["指标", "2022年", "2023年"], ["能源（单位：MWh）", "", ""], ["外购电力", "2,586,400", "2,468,900"],
      ["单位营业收入能耗（MWh/百万元）", "23.5", "23.9"]],
     ["2023年=2,468,900 MWh", "2023年=23.9 MWh/百万元"]),
    ([["Indicator", "2022", "2023"], ["GHG emissions (unit: tCO2e)", "", ""], ["Scope 1", "1,210", "1,180"]],
     ["2023=1,180 tCO2e"]),
    ([["指标", "2022年", "2023年"], ["温室气体排放（吨二氧化碳当量）", "", ""], ["范围二", "8,620", "8,110"]],
     ["2023年=8,110吨二氧化碳当量"]),
], ids=["ghg_group_zh", "energy_group_own_unit_kept", "ghg_group_en", "title_unit_group_zh"])
def test_group_row_unit_reaches_the_rows_under_it(rows: list[list[str]], want: list[str]) -> None:
    text = table_text(rows)
    for part in want:
        assert part in text


def test_group_unit_ends_at_the_next_group() -> None:
    rows = [["指标", "2022年", "2023年"], ["温室气体排放（单位：tCO2e）", "", ""], ["范围一", "32,940", "29,710"],
            ["员工", "", ""], ["员工总数", "104,260", "98,420"]]
    text = table_text(rows)
    assert "98,420 tCO2e" not in text and "2023年=98,420" in text


def test_group_without_unit_gives_none() -> None:
    rows = [["指标", "2022年", "2023年"], ["社会绩效", "", ""], ["员工总数（人）", "104,260", "98,420"],
            ["志愿服务时长", "3.6", "4.2"]]
    text = table_text(rows)
    assert "4.2" in text and "tCO2e" not in text and "MWh" not in text


def test_quoted_row_keeps_its_group_unit() -> None:
    from cnsr.assess.points import table_excerpt

    rows = [["指标", "2022年", "2023年"], ["能源（单位：MWh）", "", ""], ["外购电力", "2,586,400", "2,468,900"],
            ["大气污染物（单位：吨）", "", ""], ["挥发性有机物（VOCs）", "172.6", "148.2"]]
    quote = table_excerpt(rows, ["挥发性有机物"], 400)
    assert quote == "指标 | 2022年 | 2023年\n大气污染物（单位：吨）\n挥发性有机物（VOCs） | 172.6 | 148.2"
    quote = table_excerpt(rows, ["外购电力"], 400)
    assert quote == "指标 | 2022年 | 2023年\n能源（单位：MWh）\n外购电力 | 2,586,400 | 2,468,900"


def test_quoted_row_under_a_group_without_unit_is_as_before() -> None:
    from cnsr.assess.points import table_excerpt

    rows = [["指标", "2022年", "2023年"], ["社会绩效", "", ""], ["员工总数（人）", "104,260", "98,420"]]
    assert table_excerpt(rows, ["员工总数"], 400) == "指标 | 2022年 | 2023年\n员工总数（人） | 104,260 | 98,420"
