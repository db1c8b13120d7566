"""Session 25, lead: the TCFD framework named as what a report follows is a neighbour of
international voice (I10.3, guide 3.10), in Chinese, traditional characters and English, however
the task force is named; a TCFD supporter and a signatory of UN-convened climate principles or
alliances are international voice."""

from __future__ import annotations

import pytest

from .tagged import points_of


@pytest.mark.parametrize(("text", "expected"), [
    # the framework followed: not a voice of the company
    ("本集团参考气候相关财务信息披露工作组（TCFD）的建议，识别台风、高温及碳价上升等气候风险。",
     {"I10.3": 0}),
    ("本行参照TCFD框架，从治理、战略、风险管理、指标和目标四个方面开展气候信息披露。", {"I10.3": 0}),
    ("根據氣候相關財務信息披露工作組（TCFD）建議，本公司評估了極端天氣對航線網絡的影響。",
     {"I10.3": 0}),
    ("本报告依据香港联交所《环境、社会及管治报告指引》编制，并参考TCFD披露建议。", {"I10.3": 0}),
    ("This report was prepared with reference to the GRI Standards and the TCFD recommendations.",
     {"I10.3": 0}),
    ("Following the TCFD's framework, we assessed physical risks at our 14 ports.", {"I10.3": 0}),
    ("Our TCFD-aligned disclosure covers governance, strategy, risk management and metrics.",
     {"I10.3": 0}),
    # a supporter, a questionnaire, a signatory: the company's voice
    ("公司于2022年正式成为TCFD支持机构，并连续三年回应气候变化问卷。", {"I10.3": 1}),
    ("本集團自2021年起支持氣候相關財務信息披露工作組（TCFD）建議。", {"I10.3": 1}),
    ("本行于2020年签署联合国环境规划署金融倡议《负责任银行原则》，承诺使业务与《巴黎协定》目标保持一致。",
     {"I10.3": 1}),
    ("公司已加入《可持续保险原则》，并将气候因素纳入承保政策。", {"I10.3": 1}),
    ("In 2022 we became a signatory to the Principles for Responsible Investment.", {"I10.3": 1}),
    ("We have been an official supporter of the TCFD since 2019.", {"I10.3": 1}),
    ("The Group joined the Net-Zero Banking Alliance in 2021.", {"I10.3": 1}),
])
def test_the_tcfd_framework_followed_is_no_international_voice(
        text: str, expected: dict[str, float]) -> None:
    assert points_of(text, expected) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an inventory said not to be done yet: no MRV process to mention
    ("公司尚未对自身运营开展温室气体排放核算，计划明年聘请第三方机构开展首次碳盘查。", {"I13.1": 0}),
    ("目前本行尚未完成运营碳排放核算，相关数据将在下一份报告中披露。", {"I13.1": 0}),
    ("本集团暂未对各门店开展碳盘查。", {"I13.1": 0}),
    ("The Group has not yet carried out a greenhouse gas inventory of its offices.", {"I13.1": 0}),
    # done: a mention of the inventory process
    ("公司自2021年起每年对自身运营开展温室气体排放核算，核算范围覆盖全部生产基地。", {"I13.1": 0.5}),
    ("2023年，公司完成首次温室气体盘查，摸清范围一和范围二排放底数。", {"I13.1": 0.5}),
    ("We have compiled an annual greenhouse gas inventory of our plants since 2019.", {"I13.1": 0.5}),
])
def test_an_inventory_not_done_yet_is_no_mention(text: str, expected: dict[str, float]) -> None:
    assert points_of(text, expected) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a peak or neutrality year alone: a target year, no quantified target
    ("公司积极响应国家“双碳”战略，制定《节能降碳三年行动计划（2023—2025年）》，力争2030年前实现自身运营碳达峰。",
     {"I06.2": 1, "I06.3": 0}),
    ("本行承诺于2030年前实现自身运营碳中和，通过购买绿色电力和提高能效逐步降低排放。", {"I06.3": 0}),
    ("We commit to net-zero greenhouse gas emissions in our own operations no later than 2050.",
     {"I06.3": 0}),
    # a figure beside it: a quantified target, without its base year a mention
    ("公司提出“十四五”期间万元产值综合能耗下降10%的目标，并力争在2030年前实现碳排放达峰。",
     {"I06.3": 0.5}),
    ("以2020年为基准年，公司力争2030年单位产品碳排放强度下降25%，2050年前实现碳中和。",
     {"I06.3": 1}),
    ("We aim to cut our Scope 1 and 2 emissions by 42% from a 2021 baseline by 2030 and reach net zero by 2050.",
     {"I06.3": 1}),
])
def test_a_peak_or_neutrality_year_alone_is_no_quantified_target(
        text: str, expected: dict[str, float]) -> None:
    assert points_of(text, expected) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # credits surrendered for compliance: the carbon-market points, no offset measure
    ("公司按期完成2022年度配额清缴，其中使用国家核证自愿减排量（CCER）5.6万吨抵销，履约率100%。",
     {"I08.6": 0, "I14.2": 1}),
    ("2015年度公司实际排放548万吨，通过购买配额21万吨、使用CCER 15万吨完成履约。", {"I08.6": 0}),
    # offsets said not to be relied on
    ("公司碳中和路径以“先降能耗、再换绿电”为序，不以购买碳信用替代实际减排。", {"I08.6": 0}),
    ("These products protect clients' carbon assets; they do not offset our own emissions.",
     {"I08.6": 0}),
    # offsets bought for the company's own residual emissions, a capture plant: offset measures
    ("2023年，公司购买CCER 1.2万吨，抵消总部及各分公司办公运营的剩余排放。", {"I08.6": 1}),
    ("公司建成10万吨/年二氧化碳捕集装置，捕集的二氧化碳用于驱油。", {"I08.6": 1}),
    ("We retired 8,000 tonnes of verified carbon credits to offset our residual office emissions.",
     {"I08.6": 1}),
])
def test_credits_for_compliance_or_refused_are_no_offset_measure(
        text: str, expected: dict[str, float]) -> None:
    assert points_of(text, expected) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # fuels named as a scope's or an inventory's sources, an emission factor adopted: no consumption
    ("注：范围一含天然气、柴油、汽油燃烧及制冷剂逸散；范围二为外购电力和外购热力。", {"I03.2": 0}),
    ("排放源包括燃料燃烧、炭阳极消耗产生的过程排放，以及外购电力、热力的间接排放。", {"I03.2": 0}),
    ("注：外购电力采用生态环境部公布的全国电网平均排放因子0.5703tCO2/MWh。", {"I03.2": 0}),
    ("Emission sources include diesel for backup generators, refrigerants and purchased electricity.",
     {"I03.2": 0}),
    # consumption by type: figures of the fuels used
    ("2023年公司消耗天然气1.26亿立方米、柴油3,420吨，外购电力8.6亿千瓦时。", {"I03.2": 1}),
    ("In 2023 we used 4,300 tonnes of diesel and 12.6 GWh of purchased electricity.", {"I03.2": 1}),
])
def test_fuels_named_as_sources_are_no_consumption_by_type(
        text: str, expected: dict[str, float]) -> None:
    assert points_of(text, expected) == expected
