"""The evidence finder passage by passage, through `tag_passage` (what `cnsr tag` prints).

Passages are written for these tests in varied wording (not copied from the demo corpus):
positives must get the expected point and rating, negatives (employees, customers,
governance, charity, national policy as background) must get no environmental/carbon point.
"""

from __future__ import annotations

import pytest

from cnsr.evidence.tag import tag_passage

from .tagged import points

# (passage, point, expected rating)
POSITIVES_ZH = [
    ("本集团2022年直接温室气体排放（范围一）为86.4万吨二氧化碳当量。", "I11.1", 1),
    ("范围二排放量约为3.2万吨CO2e，主要来自外购电力。", "I11.2", 1),
    ("公司首次估算了范围三类别一（外购商品和服务）排放，约为410万吨二氧化碳当量。", "I11.3", 1),
    ("公司范围三排放尚未核算。", "I11.3", 0.5),
    ("报告期内温室气体排放总量为152.7万吨二氧化碳当量。", "I11.4", 1),
    ("单位营业收入碳排放强度为0.42吨二氧化碳/万元。", "I11.4", 1),
    ("我们测算了单位产品碳排放强度，并将持续跟踪。", "I11.4", 0.5),
    ("2020—2022年，公司温室气体排放量分别为120万吨、115万吨和110万吨二氧化碳当量。", "I11.5", 1),
    ("排放按气体种类分为二氧化碳、甲烷和氧化亚氮三类，其中甲烷占比不足1%。", "I11.6", 1),
    ("本次盘查采用运营控制权法确定组织边界，覆盖全部控股工厂。", "I12.1", 1),
    ("排放核算依据ISO 14064-1标准及《温室气体核算体系》。", "I12.2", 1),
    ("外购电力排放因子取生态环境部发布的全国电网平均值。", "I12.3", 1),
    ("各厂区建立能源与碳排放数据台账，按月监测并复核温室气体数据。", "I12.4", 1),
    ("公司2022年度温室气体排放数据经第三方机构核查并出具核查声明。", "I12.5", 1),
    ("集团设立碳达峰碳中和工作领导小组，由总经理任组长。", "I07.2", 1),
    ("董事会每年审议公司应对气候变化的工作进展。", "I07.1", 1),
    ("公司印发《碳排放管理办法》，并试行内部碳价。", "I07.3", 1),
    ("各子公司负责人的年度绩效考核纳入碳排放强度下降指标。", "I07.4", 1),
    ("公司力争于2030年前实现碳达峰，2055年前实现碳中和。", "I06.2", 1),
    ("我们承诺在运营层面实现碳中和。", "I06.1", 1),
    ("到2025年，单位产值碳排放较2020年下降18%。", "I06.3", 1),
    ("公司编制了碳达峰实施方案，明确三个阶段的重点任务和时间表。", "I08.1", 1),
    ("新建屋顶分布式光伏项目12个，装机容量合计8.6兆瓦，年发电约900万千瓦时。", "I08.2", 1),
    ("完成3台锅炉节能改造，年节约标准煤1.5万吨。", "I08.3", 1),
    ("推行无纸化办公和视频会议，减少差旅出行。", "I08.4", 1),
    ("公司要求主要供应商披露碳排放数据，并将低碳表现纳入供应商评价。", "I08.5", 1),
    ("公司与科研院所合作建设10万吨级CCUS示范项目。", "I08.6", 1),
    ("全年投入低碳技术研发经费2.3亿元，新增节能相关专利41项。", "I09.1", 1),
    ("公司为工业客户提供合同能源管理和综合能源服务。", "I09.2", 1),
    ("我们的节能改造服务帮助客户全年减少二氧化碳排放约30万吨。", "I09.3", 1),
    ("组织全体员工参加双碳知识培训，累计培训2,400人次。", "I10.1", 1),
    ("公司连续三年回复CDP气候变化问卷。", "I10.3", 1),
    ("公司持有排污许可证，报告期内未受到环保行政处罚。", "I01.3", 1),
    ("所属6家工厂通过ISO 14001环境管理体系认证。", "I01.2", 1),
    ("公司设立安全环保部，统筹环境保护管理工作。", "I01.1", 1),
    ("公司属于重点排污单位，已编制突发环境事件应急预案并备案。", "I01.4", 1),
    ("全年二氧化硫排放量为312吨，氮氧化物排放量为598吨。", "I02.1", 1),
    ("化学需氧量排放量45.2吨，氨氮排放量3.1吨。", "I02.2", 1),
    ("产生危险废物860吨，全部委托有资质单位处置。", "I02.3", 1),
    ("完成燃煤机组超低排放改造和脱硝系统升级。", "I02.4", 1),
    ("2022年综合能源消费量为86.5万吨标准煤。", "I03.1", 1),
    ("全年消耗天然气3,200万立方米、外购电力4.1亿千瓦时。", "I03.2", 1),
    ("万元产值综合能耗为0.38吨标准煤。", "I03.3", 1),
    ("清洁能源装机占比达到41.5%。", "I03.5", 1),
    ("全年取水量1,260万立方米，单位产品取水量同比下降3%。", "I04.1", 1),
    ("工业固体废物综合利用率达到98.6%。", "I04.3", 1),
    ("全年环保投入3.4亿元。", "I05.1", 1),
    ("在矿区开展生态修复，复垦土地320亩。", "I05.2", 1),
    ("组织员工义务植树5,000株，建设碳汇林200亩。", "I05.3", 1),
    ("公司将减污降碳协同增效贯穿项目全过程。", "I16.1", 1),
    ("公司纳入全国碳排放权交易市场，2022年度配额清缴履约率100%。", "I14.1", 1),
    ("出售国家核证自愿减排量（CCER）12万吨，获得收入480万元。", "I14.2", 1),
    ("全年购买绿证3,000张，对应绿色电力300万千瓦时。", "I14.3", 1),
    ("公司成立碳资产管理公司，统筹碳资产开发与交易。", "I14.4", 1),
    ("报告期内碳排放配额购买支出为2,860万元。", "I15.1", 1),
    ("发行碳中和债券15亿元，募集资金用于风电项目。", "I15.4", 1),
    ("公司识别了极端天气等实体风险和碳价上涨等转型风险。", "I13.2", 1),
    ("低碳转型为公司储能业务带来新的市场机遇。", "I13.3", 1),
    ("公司开展气候情景分析，评估碳价上涨对利润的财务影响。", "I13.4", 1),
]

POSITIVES_EN = [
    ("Our Scope 1 emissions were 412,000 tCO2e in 2023.", "I11.1", 1),
    ("Scope 2 (location-based) emissions amounted to 58,300 tCO2e.", "I11.2", 1),
    ("We have not yet quantified our Scope 3 emissions.", "I11.3", 0.5),
    ("Total GHG emissions fell to 1.9 million tonnes CO2e.", "I11.4", 1),
    ("Emissions are calculated in accordance with the GHG Protocol Corporate Standard.",
     "I12.2", 1),
    ("The inventory was verified by an independent third party with limited assurance over "
     "greenhouse gas data.", "I12.5", 1),
    ("We aim to reach net zero across our operations by 2050.", "I06.2", 1),
    ("We are committed to carbon neutrality in our own operations.", "I06.1", 1),
    ("Our Board oversees climate-related risks through its Sustainability Committee.",
     "I07.1", 1),
    ("We installed 14 MW of rooftop solar, generating 15,600 MWh of renewable electricity.",
     "I08.2", 1),
    ("Executive bonuses are linked to carbon reduction KPIs.", "I07.4", 1),
    ("We apply an internal carbon price of USD 50 per tonne to capital projects.", "I07.3", 1),
    ("Employees completed training on climate change and low-carbon operations.", "I10.1", 1),
    ("We responded to the CDP climate questionnaire for the first time.", "I10.3", 1),
    ("Total energy consumption was 2.1 million GJ.", "I03.1", 1),
    ("Water withdrawal decreased to 3.4 million m3.", "I04.1", 1),
    ("Physical risks such as floods and typhoons could disrupt our plants.", "I13.2", 1),
    ("Our data centres' PUE improved to 1.32 after cooling upgrades.", "I08.4", 1),
]

NEGATIVES = [
    "员工培训时长人均32小时，培训覆盖率100%。",
    "客户满意度达到96.5分，客户投诉处理率100%。",
    "董事会由9名董事组成，其中独立董事3名，全年召开董事会会议8次。",
    "公司向希望小学捐赠图书和学习用品，价值50万元。",
    "报告期内公司实现营业收入128亿元，同比增长6%。",
    "公司持续完善内部控制体系，未发生重大合规风险事件。",
    "Customer satisfaction reached 92 points in our annual survey.",
    "The Board held eight meetings in 2023 and approved the annual budget.",
    "We donated RMB 2 million to rural schools and supported 300 students.",
    "Employees received an average of 46 hours of training.",
    "Women made up 38% of our workforce and 25% of senior management.",
]


@pytest.mark.parametrize(("text", "point", "rating"), POSITIVES_ZH + POSITIVES_EN)
def test_positive_passages(text: str, point: str, rating: float) -> None:
    found = points(text)
    assert found.get(point) == rating, found


@pytest.mark.parametrize("text", NEGATIVES)
def test_non_environmental_passages_get_no_points(text: str) -> None:
    assert points(text) == {}


def test_training_is_carbon_training_only_when_about_low_carbon() -> None:
    assert "I10.1" not in points("员工人均培训时长32小时，覆盖全部岗位。")
    assert points("公司组织员工开展低碳知识培训，人均培训4小时。").get("I10.1") == 1


def test_reduction_amount_is_not_own_emissions() -> None:
    found = points("通过节能改造，公司全年减少二氧化碳排放约20万吨。")
    assert not any(p.startswith("I11") for p in found), found
    found = points("Our solar farms avoided 1.2 million tonnes of CO2 emissions in 2023.")
    assert not any(p.startswith("I11") for p in found), found


def test_quantitative_point_without_number_is_a_mention() -> None:
    assert points("公司高度重视温室气体排放总量控制。").get("I11.4") == 0.5
    assert points("全年温室气体排放总量为152.7万吨二氧化碳当量。").get("I11.4") == 1


def test_number_of_the_wrong_dimension_does_not_disclose() -> None:
    # a money amount is not an emissions figure
    assert points("公司范围一排放相关治理投入1,200万元。").get("I11.1") == 0.5


def test_number_belongs_to_its_own_clause() -> None:
    found = points("范围一排放量为12万吨二氧化碳当量，范围三排放尚未测算。")
    assert found["I11.1"] == 1
    assert found["I11.3"] == 0.5


def test_national_policy_as_background_is_not_the_companys_target() -> None:
    found = points("国家提出2030年前碳达峰、2060年前碳中和的目标。")
    assert "I06.1" not in found and "I06.2" not in found
    found = points("在国家双碳目标背景下，公司营业收入增长10%。")
    assert "I06.1" not in found


def test_plans_and_hedges_are_mentions_only() -> None:
    assert points("公司计划于明年开展气候情景分析。").get("I13.4") == 0.5
    assert points("公司开展了气候情景分析，评估了转型风险的财务影响。").get("I13.4") == 1
    # a target is a plan by nature: it still counts
    assert points("公司计划2028年实现碳达峰。").get("I06.2") == 1


def test_heading_alone_is_no_disclosure() -> None:
    # a mention until session 14; the judging guide reads a heading alone as navigation
    assert points("碳排放权交易").get("I14.1") is None
    assert points("绿色办公").get("I08.4") is None


def test_cjk_compatibility_characters_are_normalised() -> None:
    # Kangxi radical ⽓ (U+2F53) for 气, full-width digits and parentheses
    assert points("温室⽓体排放总量为１５２．７万吨⼆氧化碳当量。").get("I11.4") == 1


def test_latin_cues_need_word_edges() -> None:
    # "VER" (verified emission reductions) must not match inside "covers"/"over"
    assert "I14.2" not in points("The report covers all subsidiaries over the year.")


def test_tag_output_shape() -> None:
    out = tag_passage("公司2023年范围一排放量为120万吨二氧化碳当量，较上年下降5%。")
    assert out["quantitative"] is True
    assert {"raw", "value", "unit", "dimension"} <= set(out["quantities"][0])
    assert out["points"][0] == {"point": "I11.1", "indicator": "I11", "rating": 1.0,
                                "matched": ["范围一"], "quantities": ["120万吨二氧化碳当量"]}
    # a figure is more than a measured quantity: a score, a count, zero incidents
    assert tag_passage("客户满意度96分")["quantitative"] is True
    assert tag_passage("报告期内，公司未发生重大环境污染事件。")["quantitative"] is True
    assert tag_passage("全年共召开董事会会议9次，审议议案42项。")["quantitative"] is True
    # dates, index codes and section numbers are numbers, not figures
    assert tag_passage("公司持续完善客户服务体系，倾听客户声音。")["quantitative"] is False
    assert tag_passage("2023年5月，公司召开年度股东大会。")["quantitative"] is False
    assert tag_passage("A1.2 直接及能源间接温室气体排放量及密度")["quantitative"] is False



# Session 8: wordings real reports use that the lexicon missed (the real-sentence yardstick's
# misses, issue #12); written for this test
REAL_TEXT_WORDINGS = [
    # (session 14: a low-carbon transition is no peak / neutrality position, judging guide §3.5;
    # its two wordings moved to test_dual_s14.py, asserting no I06.1)
    # HKEX A4's climate-related matters, and climate factors weighed in a risk process
    ("集团每年梳理可能影响业务的气候相关事宜，并制定应对方案。", "I13.2"),
    ("授信评审把气候因素列为必查项目。", "I13.2"),
    ("The Group has a policy on identifying and addressing significant climate-related issues.",
     "I13.2"),
    ("Climate and environmental factors are part of every credit review.", "I13.2"),
    # waste, treatment, ecology and environmental policy
    ("下属水务公司全年处置市政污泥6.2万吨，全部实现无害化。", "I02.3"),
    ("水泥窑协同处置电石渣等废渣。", "I02.3"),
    ("打印耗材中的旧墨盒与硒鼓由厂家定期上门回收。", "I02.3"),
    ("各园区积极推进无废工厂建设。", "I02.3"),
    ("三座工厂的污染物治理设备全年无故障停运。", "I02.4"),
    ("两台锅炉的烟气已接入污染源在线监控平台。", "I02.4"),
    ("厂区雨水排口加装截止阀，防止事故废液造成水体污染。", "I02.2"),
    ("风电场建成后聘请高校团队对候鸟迁徙路线做了两轮生态调查。", "I05.2"),
    ("输电线路选线绕开两处生态敏感区。", "I05.2"),
    ("各工地执行文明施工规定，尽量降低施工扬尘对环境的影响。", "I01.1"),
    ("炼厂设有HSE委员会，由厂长担任主任。", "I01.1"),
    ("Our environmental procedures aim to minimise the impact of our operations on the "
     "environment.", "I01.1"),
    ("The water unit treated 62,000 tonnes of municipal sludge in 2023.", "I02.3"),
    ("We carried out ecological surveys around both quarries.", "I05.2"),
    # energy and buildings
    ("2023年各类能源总耗量折合标准煤3.6万吨。", "I03.1"),
    ("公司两台机组获评省级能效标杆机组。", "I03.4"),
    ("车间的高耗能设备年内分两批完成更换。", "I08.3"),
    ("办公楼推行随手关灯，会议室无人时自动断电。", "I08.4"),
    ("公司新建办公楼获得绿建二星标识。", "I09.2"),
    ("装修工程优先选用可再循环材料。", "I04.2"),
    # green finance
    ("子公司首期绿色公司债券获交易所受理。", "I15.4"),
    ("分行面向园区企业发放绿色节能贷1.2亿元。", "I15.4"),
]


@pytest.mark.parametrize(("text", "point"), REAL_TEXT_WORDINGS)
def test_real_text_wordings(text: str, point: str) -> None:
    assert points(text).get(point, 0) > 0, points(text)
