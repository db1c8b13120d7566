"""Own emission figures met in blind round 40 (session 27), spurious before, with text written
fresh for these tests:

- an amount "offset on their behalf" (passengers' offsets bought through an airline's app) read as
  an own total;
- customers' shipments carried on the company's aircraft ("customers' shipments on our freighters
  generated about 0.41 million tonnes of CO2") read as own: "our" inside named the carrier;
- a product's footprint per bottle or can ("每瓶全生命周期排放约352克二氧化碳当量") read as an own
  total of 0.000352 t.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology
from evidence.tagged import found_figures

LEAD = "公司自2016年起开展温室气体核算。\n"
LEAD_EN = "We have accounted our greenhouse gas emissions since 2016.\n"


def _found(tmp_path: Path, m: LoadedMethodology, text: str, kind: str = "own"
           ) -> set[tuple[str, int | None, float]]:
    return found_figures(tmp_path, m, text, kind)


@pytest.mark.parametrize("text", [
    "In 2023, 186,000 passengers took part and 21,400 tonnes of CO2 were offset on their behalf.",
    "Last year 9,600 tonnes of CO2e were offset through the scheme for our members.",
], ids=["offset_on_their_behalf", "offset_through_scheme"])
def test_an_amount_offset_is_no_own_total(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert _found(tmp_path, m, LEAD_EN + text) == set()


@pytest.mark.parametrize("text", [
    "According to the calculator, customers' shipments on our freighters generated about 0.41 million tonnes of CO2 "
    "in 2023.",
    "Shippers' cargo aboard our vessels emitted about 62,000 tonnes of CO2 in 2023.",
    "据测算，客户托运的货物在公司货机上运输产生的二氧化碳排放约41万吨。",
], ids=["customers_shipments_en", "shippers_cargo_en", "customers_cargo_zh"])
def test_customers_shipments_on_its_vehicles_are_no_own_total(tmp_path: Path, m: LoadedMethodology,
                                                              text: str) -> None:
    text = (LEAD if "客户" in text else LEAD_EN) + text
    assert _found(tmp_path, m, text) == set()
    assert _found(tmp_path, m, text, "customers")


def test_own_fleet_total_stays_own(tmp_path: Path, m: LoadedMethodology) -> None:
    got = _found(tmp_path, m, LEAD_EN + "Our Scope 1 emissions from flights on our aircraft were 7,862 thousand tonnes "
                 "of CO2e in 2023.")
    assert got == {("scope1", 2023, 7862000.0)}


@pytest.mark.parametrize("text", [
    "公司委托第三方对主销产品开展碳足迹评价：每瓶全生命周期排放约352克二氧化碳当量。",
    "经评价，330毫升罐装饮料单罐全生命周期排放约186克二氧化碳当量。",
    "按PAS 2050评价，每盒牛奶从牧场到货架的排放约为410克二氧化碳当量。",
], ids=["per_bottle", "per_can", "per_carton"])
def test_a_footprint_per_bottle_is_no_own_total(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert _found(tmp_path, m, LEAD + text) == set()


def test_own_total_beside_a_bottle_stays(tmp_path: Path, m: LoadedMethodology) -> None:
    got = _found(tmp_path, m, LEAD + "2023年，公司范围一、二排放合计约58.2万吨二氧化碳当量；每瓶产品碳足迹另行评价。")
    assert got == {("scope1_2", 2023, 582000.0)}


@pytest.mark.parametrize("text", [
    "2023年，公司范围一、二排放合计约58.2万吨二氧化碳当量，吨酒排放141千克。",
    "2023年公司吨啤酒二氧化碳排放为0.141吨。",
], ids=["per_tonne_of_beer_after_total", "per_tonne_of_beer"])
def test_per_tonne_of_beer_is_no_total(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    got = _found(tmp_path, m, LEAD + text)
    assert not any(v < 1 for _, _, v in got)
    assert ("scope1_2", 2023, 582000.0) in got or "58.2万吨" not in text
