"""Recall on the demo corpus (session 17), with text written fresh for these tests.

1. I01.1: a named body given the environmental (or energy) work with a comma between the body
   and its duty ("下设可持续发展部，负责统筹能源管理") is the same shape as without it
   (zh.yaml `body_env_duty`, `body_energy_duty`). A facilities body's services (canteen,
   property, building works: `facility_services`) veto the mention: energy there is a utility
   among services, no environmental body.
2. I10.2: a low-carbon programme run with farmers, suppliers or partners (`joint_programme`
   with a carbon word); partners or franchisees pushed to cut emissions together
   (`joint_reduction`; franchisees and distributors join `influence_target_s8`); practices
   that cut fertiliser promoted among the growers who supply the company, a mention
   (`farm_practice` with `supplier_growers`; farmers who buy the company's fertiliser are no
   supplying growers).
"""

from __future__ import annotations

import pytest

from .tagged import points

# ---- 1. I01.1: a body, a comma, its duty -----------------------------------------------------

@pytest.mark.parametrize("text, rating", [
    ("公司下设可持续发展部，负责统筹能源管理和节能改造工作。", 0.5),
    ("集团设立运营保障中心，负责各工厂节能项目和能耗监测。", 0.5),
    ("总部设综合管理部，统筹办公区域的能源和资源使用管理。", 0.5),
    ("各基地设设备动力部，负责本基地的环境保护和污染防治工作。", 1.0),
    ("公司设立生产技术部，牵头环境管理体系的运行和环保设施的维护。", 1.0),
])
def test_a_body_with_a_comma_before_its_duty(text: str, rating: float) -> None:
    assert points(text).get("I01.1") == rating


@pytest.mark.parametrize("text", [
    "集团总部设行政服务中心，负责各园区的基建、能源、物业和食堂管理。",
    "公司设后勤保障部，负责宿舍、保洁和能源供应等工作。",
    "Our facilities team is responsible for energy, canteens and cleaning at all campuses.",
])
def test_a_facilities_body_is_no_environmental_body(text: str) -> None:
    assert "I01.1" not in points(text)


@pytest.mark.parametrize("text", [
    "公司设财务管理部，负责编制年度预算和资金调度。",
    "客服中心，负责受理客户关于节能产品的咨询。",
    "董事会下设ESG委员会，负责审议公司ESG战略和年度报告。",
])
def test_no_environmental_duty_no_body(text: str) -> None:
    assert "I01.1" not in points(text)


@pytest.mark.parametrize("text, rating", [
    ("行政部负责办公场所能源和资源管理。", 0.5),
    ("安全环保部负责公司环境保护工作。", 1.0),
    ("The Operations Department is responsible for energy management at our plants.", 0.5),
])
def test_the_shape_without_a_comma_keeps_its_rating(text: str, rating: float) -> None:
    assert points(text).get("I01.1") == rating


# ---- 2. I10.2: programmes with the value chain, reductions together, growers' practices -------

@pytest.mark.parametrize("text", [
    "公司与600户种植户合作开展低碳种植试点。",
    "集团联合核心供应商启动绿色低碳供应链共建项目。",
    "We started a low-carbon dairy pilot with 300 farmers in Hebei.",
    "Together with our key suppliers we launched a programme to cut product carbon footprints.",
])
def test_a_low_carbon_programme_with_the_value_chain(text: str) -> None:
    assert points(text).get("I10.2") == 1.0


@pytest.mark.parametrize("text", [
    "公司带动加盟商共同减排，推广新能源配送车辆。",
    "我们推动合作伙伴协同减排。",
    "We encourage our franchisees to reduce their emissions together with us.",
])
def test_partners_pushed_to_cut_emissions_together(text: str) -> None:
    assert points(text).get("I10.2") == 1.0


@pytest.mark.parametrize("text", [
    "集团向合作种植户推广测土配方施肥技术。",
    "公司引导奶农推行秸秆还田和化肥减量。",
    "We promoted soil testing and reduced fertiliser use among our contract growers.",
])
def test_growers_practices_are_a_mention(text: str) -> None:
    assert points(text).get("I10.2") == 0.5


@pytest.mark.parametrize("text", [
    "公司化肥产品服务农户，开展测土配方施肥推广活动30场。",
    "We promote soil testing to farmers who buy our fertiliser.",
    "公司与供应商合作开展质量提升项目。",
    "本公司与客户共同减排的倡议。",
])
def test_no_influence_on_suppliers(text: str) -> None:
    assert "I10.2" not in points(text)
