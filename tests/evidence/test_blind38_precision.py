"""Evidence precision on forms met in blind round 38 (session 27), rated wrong before, with text
written fresh for these tests. Each group names the kind of wording; near misses that must keep
their points are marked "stays".

- A province's or city's plan issued, with an adverb between the region and its verb ("浙江省和杭州市
  已相继发布碳达峰实施方案"), read as the company's commitment, target year and roadmap (I06.1,
  I06.2, I08.1; guide §2.3 background).
- The company's own operating or management measures restated as CO2 ("上述营运措施共节省航空燃油约
  1.26万吨，相当于减少约3.98万吨二氧化碳排放") read as savings enabled for others (I09.3; guide §3.10).
- Managers appraised on a carbon measure ("纳入生产基地总经理的年度经营业绩考核") read as top-management
  oversight (I07.1; the sentence is I07.4's).
- A green or carbon-neutral bond the company issues read as carbon finance (I14.4; it is I15.4), and
  a guarantee insurance offered to clients for their allowance pledges read as the insurer's own
  carbon finance (I14.4; it is a service, I09.2).
- Carbon credits or emissions units to be bought read as a supply-chain measure (I08.5).

And points missed before, by kind: an allowance-trading expense (I15.1), green-certificate sales
income written in full (I15.3), allowances surrendered ("交还排放配额", I14.1), principles "supported
by the UN" that the company signs (I10.3: 联合国 is no subject there), jet fuel saved ("节省航空燃油",
I03.4), fuel-efficiency targets in pay or an appraisal (I07.4 mention)."""

from __future__ import annotations

import pytest

from .tagged import points_of

REGION_PLANS = [
    pytest.param("浙江省和杭州市已相继发布碳达峰实施方案，提出到2025年数字经济核心产业增加值占比进一步提高。",
                 {"I06.1": 0, "I06.2": 0, "I08.1": 0}, id="province_and_city_zh"),
    pytest.param("江苏省近日印发碳达峰实施方案，明确到2030年前全省二氧化碳排放达峰。",
                 {"I06.1": 0, "I06.2": 0, "I08.1": 0}, id="province_recently_zh"),
    pytest.param("公司所在的广州市已先后出台碳达峰实施方案和绿色低碳发展规划。", {"I06.1": 0, "I08.1": 0},
                 id="city_successively_zh"),
    pytest.param("廣東省已陸續發布碳達峰實施方案和能源發展規劃。", {"I06.1": 0, "I08.1": 0}, id="province_hant"),
    # the company's own plan stays
    pytest.param("公司已发布《碳达峰行动方案》，力争2028年前实现碳达峰。", {"I06.1": 1, "I06.2": 1, "I08.1": 1},
                 id="own_plan_stays"),
]


@pytest.mark.parametrize(("text", "want"), REGION_PLANS)
def test_region_plan_with_adverb_is_background(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want


OWN_MEASURES = [
    pytest.param("上述营运措施共节省航空燃油约1.26万吨，相当于减少约3.98万吨二氧化碳排放。", {"I09.3": 0, "I03.4": 1},
                 id="operating_measures_zh"),
    pytest.param("通过上述管理措施，全年节约柴油860吨，相当于减少二氧化碳排放约2,700吨。", {"I09.3": 0, "I03.4": 1},
                 id="management_measures_zh"),
    pytest.param("各项节电措施全年节约用电420万千瓦时，折合减少二氧化碳排放约2,400吨。", {"I09.3": 0},
                 id="power_saving_measures_zh"),
    pytest.param("上述營運措施共節省航空燃油約1.26萬噸，相當於減少約3.98萬噸二氧化碳排放。", {"I09.3": 0},
                 id="operating_measures_hant"),
    pytest.param("These operational measures saved about 12,600 tonnes of jet fuel in 2023, equivalent to reducing "
                 "39,800 tonnes of CO2 emissions.", {"I09.3": 0}, id="operational_measures_en"),
    # what customers save with the company's products stays savings for others
    pytest.param("公司高能效产品帮助客户节约用电18.6亿千瓦时，相当于减少二氧化碳排放约106万吨。", {"I09.3": 1},
                 id="customers_saving_stays_zh"),
    pytest.param("Our heat pumps helped customers save 1.2 billion kWh, equivalent to avoiding 680,000 tonnes of CO2.",
                 {"I09.3": 1}, id="customers_saving_stays_en"),
]


@pytest.mark.parametrize(("text", "want"), OWN_MEASURES)
def test_own_measures_restated_as_co2_are_no_saving_for_others(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want


MANAGERS_APPRAISED = [
    pytest.param("集团将单车能耗、单车碳排放和可再生电力占比纳入生产基地总经理的年度经营业绩考核，权重合计8%。",
                 {"I07.1": 0, "I07.4": 1}, id="plant_gm_zh"),
    pytest.param("公司把碳排放强度下降目标纳入各子公司负责人的绩效考核。", {"I07.1": 0, "I07.4": 1}, id="subsidiary_heads_zh"),
    pytest.param("Energy, carbon and renewable-power KPIs are linked to the performance appraisals of plant managers, "
                 "with a weight of 8%.", {"I07.1": 0, "I07.4": 1}, id="plant_managers_en"),
    # the board overseeing carbon stays
    pytest.param("董事会审议了公司碳中和路线图，并每半年听取碳排放目标进展汇报。", {"I07.1": 1}, id="board_stays_zh"),
    pytest.param("The Board's Sustainability Committee reviewed progress against our carbon targets twice in 2023.",
                 {"I07.1": 1}, id="board_stays_en"),
]


@pytest.mark.parametrize(("text", "want"), MANAGERS_APPRAISED)
def test_managers_appraised_are_no_oversight(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want


BONDS_AND_CLIENT_COVER = [
    pytest.param("2023年6月，公司发行3年期绿色中期票据（碳中和债）10亿元，募集资金全部用于风电和光伏项目建设。",
                 {"I14.4": 0, "I15.4": 1}, id="own_carbon_neutral_note_zh"),
    pytest.param("报告期内，集团成功发行碳中和公司债券15亿元，用于水电站技术改造。", {"I14.4": 0, "I15.4": 1},
                 id="own_carbon_neutral_bond_zh"),
    pytest.param("我们推出“碳排放权质押贷款保证保险”，为控排企业以其碳配额质押融资提供增信，当年承保金额3.6亿元。",
                 {"I14.4": 0, "I09.2": 1}, id="pledge_guarantee_insurance_zh"),
    # the company's own carbon-asset management stays
    pytest.param("公司设立碳资产管理中心，统一负责各电厂配额核算、交易和履约。", {"I14.4": 1}, id="own_carbon_assets_stay"),
]


@pytest.mark.parametrize(("text", "want"), BONDS_AND_CLIENT_COVER)
def test_own_bonds_and_client_cover_are_no_carbon_finance(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want


CREDITS_BOUGHT = [
    pytest.param("本集团已成立碳资产小组，研究CORSIA合资格排放单位的采购策略。", {"I08.5": 0}, id="corsia_units_zh"),
    pytest.param("公司计划采购碳信用抵销剩余的运营排放。", {"I08.5": 0}, id="credits_zh"),
    pytest.param("We have set up a carbon asset team to study the procurement of CORSIA eligible emissions units.",
                 {"I08.5": 0}, id="corsia_units_en"),
    # asking suppliers for their carbon data stays
    pytest.param("我们要求前100家供应商每年报送能源消耗和温室气体排放数据。", {"I08.5": 1}, id="suppliers_stay_zh"),
    pytest.param("We require our top 100 suppliers to report their energy use and greenhouse gas emissions every year.",
                 {"I08.5": 1}, id="suppliers_stay_en"),
]


@pytest.mark.parametrize(("text", "want"), CREDITS_BOUGHT)
def test_credits_bought_are_no_supplier_measure(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want


RECALL = [
    pytest.param("报告期内公司计入营业成本的碳排放权交易支出为1.26亿元。", {"I15.1": 1}, id="allowance_expense_zh"),
    pytest.param("全年碳排放配额购买费用合计3,860万元。", {"I15.1": 1}, id="allowance_purchase_cost_zh"),
    pytest.param("本期营业外收入中包括出售新能源项目绿色电力证书取得的收入1,862万元。", {"I15.3": 1}, id="gec_income_zh"),
    pytest.param("往返欧洲经济区的航班受欧盟碳排放交易体系规管，年内本集团就该等航班交还排放配额3.6万吨。", {"I14.1": 1},
                 id="allowances_surrendered_zh"),
    pytest.param("公司2023年按期上缴配额86.4万吨，完成全国碳市场清缴。", {"I14.1": 1}, id="allowances_handed_in_zh"),
    pytest.param("泰禾资产管理签署了联合国支持的负责任投资原则（PRI）。", {"I10.3": 1}, id="un_supported_principles_zh"),
    pytest.param("公司于2022年签署联合国发起的可持续保险原则。", {"I10.3": 1}, id="un_convened_principles_zh"),
    pytest.param("二零二三年，上述营运措施共节省航空燃油约1.26万吨。", {"I03.4": 1}, id="jet_fuel_saved_zh"),
    pytest.param("我们推行单引擎滑行，全年节省燃油3,400吨。", {"I03.4": 1}, id="fuel_saved_zh"),
    pytest.param("高级管理人员的年度浮动薪酬中，有5%与燃油效益及安全目标挂钩。", {"I07.4": 0.5}, id="fuel_efficiency_pay_zh"),
    pytest.param("公司将燃油效率指标纳入机队管理人员的年度考核。", {"I07.4": 0.5}, id="fuel_efficiency_appraisal_zh"),
    # the UN speaking stays background
    pytest.param("联合国政府间气候变化专门委员会指出，全球温升须控制在1.5℃以内。", {"I10.3": 0, "I13.2": 0},
                 id="un_speaking_stays_background"),
]


@pytest.mark.parametrize(("text", "want"), RECALL)
def test_points_missed_before(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want


EXPECTED = [
    # an expectation ("预期需要使用…碳信用") is a plan: no offset bought (I08.6 a mention at most, I14.2 nothing)
    pytest.param("在可持续航空燃料尚未普及前，我们预期需要使用高质素碳信用处理剩余排放。", {"I08.6": 0.5, "I14.2": 0},
                 id="expects_credits_zh"),
    pytest.param("在可持續航空燃料尚未普及前，我們預期需要使用高質素碳信用處理剩餘排放。", {"I08.6": 0.5, "I14.2": 0},
                 id="expects_credits_hant"),
    pytest.param("公司预期将于2026年起购买碳信用抵销剩余排放。", {"I08.6": 0.5, "I14.2": 0}, id="expects_to_buy_zh"),
]


@pytest.mark.parametrize(("text", "want"), EXPECTED)
def test_expected_offsets_are_plans(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want
