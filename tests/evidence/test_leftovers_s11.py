"""Wrong readings several session-11 audits reported and left (issue #12, precision): others'
emissions counted as the company's total, a total the company says it has not counted, reclaimed
water a utility supplies to others read as its own input, reused effluent read as discharged
wastewater, emissions data reported to the regulator read as a total. Passages written for these
tests; each pair holds a case that must keep its point."""

from __future__ import annotations

import pytest

from .tagged import points


@pytest.mark.parametrize(("text", "point", "rating"), [
    # financed / portfolio emissions are borrowers' and investees', not the bank's own total
    ("按照PCAF方法测算，本行2023年投融资碳排放量约为860万吨二氧化碳当量。", "I11.4", 0.0),
    ("本行对公信贷组合的温室气体排放总量为2,310万吨二氧化碳当量，以电力行业为主。", "I11.4", 0.0),
    ("In 2023 our financed GHG emissions from the corporate loan book came to 8.6 million tCO2e.",
     "I11.4", 0.0),
    # ... while the bank's own total in the same sentence keeps its point
    ("2023年本行运营温室气体排放总量为4,870吨二氧化碳当量，投融资碳排放约860万吨。", "I11.4", 1.0),
    ("Our operational GHG emissions were 4,870 tCO2e in 2023.", "I11.4", 1.0),
    # a total the company says it has not counted is not disclosed, not even mentioned
    ("本公司目前尚未开展自身温室气体排放核算，拟于明年完成总部范围一和范围二排放盘查。", "I11.4", 0.0),
    ("We have not yet measured the Group's own emissions and plan to complete a Scope 1 and 2 "
     "inventory of the head office in 2025.", "I11.4", 0.0),
    # a plan alone gives no own total either since session 23 (gaps: plan_silent, the labels rate a
    # planned total 0); scope 3 not yet quantified stays a mention
    ("公司计划于2025年首次披露温室气体排放总量。", "I11.4", 0.0),
    ("物流外包运输产生的排放属于范围三，暂未量化。", "I11.3", 0.5),
])
def test_own_totals(text: str, point: str, rating: float) -> None:
    assert points(text).get(point, 0.0) == rating


@pytest.mark.parametrize(("text", "point", "rating"), [
    # reclaimed water a water utility supplies is its product, not its recycled input (I04.2)
    ("案例：再生水替代热电厂取用江河水", "I04.2", 0.0),
    ("2023年公司再生水供应量达到4,300万立方米，同比增长12%，再生水利用持续扩大。", "I04.2", 0.0),
    ("Our reclaimed water plants supplied 43 million m3 of recycled water to the power station "
     "for cooling, replacing river water.", "I04.2", 0.0),
    # the product's name alone is no use of it (再生 inside 再生水 is no use verb)
    ("第三章 城市供水与再生水服务", "I04.2", 0.0),
    # the company's own use of reclaimed water stays its input
    ("厂区冷却塔补水使用再生水替代自来水，全年使用再生水62万吨。", "I04.2", 1.0),
    ("厂区道路洒水全部采用再生水，全年利用再生水3.1万吨。", "I04.2", 1.0),
])
def test_reclaimed_water_supplied(text: str, point: str, rating: float) -> None:
    assert points(text).get(point, 0.0) == rating


@pytest.mark.parametrize(("text", "point", "rating"), [
    # reused effluent is not discharged wastewater (I02.2) but reuse (I04.3)
    ("电镀车间的含镍废水经膜处理后全部回用于清洗工序，全年回用量8.4万吨。", "I02.2", 0.0),
    ("电镀车间的含镍废水经膜处理后全部回用于清洗工序，全年回用量8.4万吨。", "I04.3", 1.0),
    ("Process wastewater is treated on site and fully reused in the cooling system, 84,000 "
     "tonnes in 2023.", "I02.2", 0.0),
    ("Process wastewater is treated on site and fully reused in the cooling system, 84,000 "
     "tonnes in 2023.", "I04.3", 1.0),
    # that none is discharged stays a mention of discharge (without the reused amount)
    ("生活污水经处理后全部回用于厂区绿化，全年回用量2.6万吨，不外排。", "I02.2", 0.5),
    # discharged wastewater keeps its point, even when part of it is reused afterwards
    ("2023年工厂废水排放量为18.2万吨，化学需氧量排放6.3吨。", "I02.2", 1.0),
    ("全年外排废水18.2万吨，其余经处理后回用。", "I02.2", 1.0),
    ("Wastewater discharged in 2023 was 182,000 tonnes.", "I02.2", 1.0),
])
def test_reused_effluent(text: str, point: str, rating: float) -> None:
    assert points(text).get(point, 0.0) == rating


@pytest.mark.parametrize(("text", "point", "rating"), [
    # reporting emissions data to the regulator under the carbon market is GHG accounting and
    # reporting (I13.1, as the demo labels read it), not a total (I11.4)
    ("作为全国碳市场纳入企业，公司每月开展燃煤元素碳检测，按时完成年度碳排放数据报送和配额清缴。",
     "I11.4", 0.0),
    ("作为全国碳市场纳入企业，公司每月开展燃煤元素碳检测，按时完成年度碳排放数据报送和配额清缴。",
     "I13.1", 1.0),
    ("As a covered entity of the national carbon market, the plant submitted its annual emissions "
     "report to the provincial regulator on time.", "I11.4", 0.0),
    # emissions data that states a total keeps the point
    ("经第三方核查，公司2023年碳排放数据为温室气体排放总量52.6万吨二氧化碳当量。", "I11.4", 1.0),
])
def test_emissions_data_reported(text: str, point: str, rating: float) -> None:
    assert points(text).get(point, 0.0) == rating
