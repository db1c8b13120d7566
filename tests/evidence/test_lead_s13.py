"""Probes by the lead in session 13 (issue #12, precision), on wording written fresh for these
tests in the shape of Hong Kong and mainland ESG reports: where emissions come from read as
an office measure, an office named alone read as one, targets the company asks its suppliers
to set read as its own, a carbon price named as "carbon pricing" or 碳定价 missed as a
transition risk, and a third party engaged "to verify" an inventory missed as verification.
Each case that loses a point has a neighbour that keeps it."""

from __future__ import annotations

import pytest

from .tagged import points


@pytest.mark.parametrize("text", [
    "Scope 2 emissions arise from electricity purchased for our offices and retail stores.",
    "Direct emissions (Scope 1) mainly arose from diesel burnt by our company vehicles and "
    "construction machinery.",
    "The Group's GHG emissions stem primarily from the electricity consumed at its offices.",
    "范围一排放主要来自公务用车和应急发电机的燃油消耗。",
    "The Group's operations consist mainly of offices in Hong Kong and Shenzhen.",
])
def test_where_emissions_come_from_is_no_office_measure(text: str) -> None:
    assert "I08.4" not in points(text)


@pytest.mark.parametrize("text", [
    "We reduced electricity use in our offices by 12% through smart lighting controls.",
    "Our offices in Shanghai and Chengdu now run on 100% renewable electricity.",
    "Emissions from company vehicles fell by 8% after we switched 40 pool cars to electric.",
    "The reduction in emissions came mainly from LED retrofits in our offices.",
    "公司推广视频会议，减少差旅碳排放。",
])
def test_what_is_done_in_offices_still_counts(text: str) -> None:
    assert points(text).get("I08.4") == 1.0


def test_an_office_as_a_department_is_no_site() -> None:
    got = points("公司成立碳达峰碳中和工作领导小组，领导小组办公室设在发展计划部，负责节能降碳工作。")
    assert "I08.4" not in got


@pytest.mark.parametrize("text", [
    "公司要求主要供应商披露碳排放并设定减排目标。",
    "公司推动20家核心供应商设定碳减排目标。",
    "We require our key suppliers to disclose their carbon emissions and set reduction targets.",
    "We encourage our tier-1 suppliers to set science-based targets for their emissions.",
])
def test_targets_asked_of_suppliers_are_theirs(text: str) -> None:
    got = points(text)
    for pid in ("I06.1", "I06.3", "I11.4"):
        assert pid not in got, pid
    assert got.get("I08.5") == 1.0  # asking them is the company's supply-chain work
    assert got.get("I10.2") == 1.0


def test_an_own_target_beside_a_request_to_suppliers_stays() -> None:
    got = points("公司设定了到2030年单位产品碳排放较2020年下降25%的目标，并要求供应商提交碳排放数据。")
    assert got.get("I06.3") == 1.0
    assert got.get("I08.5") == 1.0


@pytest.mark.parametrize("text", [
    "The introduction of carbon pricing could increase the operating costs of our cement plants.",
    "碳定价机制的引入可能增加水泥厂的运营成本。",
])
def test_carbon_pricing_raising_costs_is_a_transition_risk(text: str) -> None:
    assert points(text).get("I13.2") == 0.5  # named, not costed


@pytest.mark.parametrize("text", [
    "We engaged an independent third party to verify our 2023 greenhouse gas inventory.",
    "We appointed a third-party verifier to verify the Scope 1 and Scope 2 emissions data.",
])
def test_a_third_party_engaged_to_verify_is_verification(text: str) -> None:
    assert points(text).get("I12.5") == 1.0


def test_verifying_a_suppliers_claims_is_no_ghg_verification() -> None:
    assert "I12.5" not in points("We engaged a third party to verify the working hours reported "
                                 "by our garment suppliers.")
