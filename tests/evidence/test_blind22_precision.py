"""Points met in blind round 22 (session 23), read wrongly before, with text written fresh for
these tests: a statement that no environmental emergency occurred read as an emergency plan
(I01.4); a national inventory or monitoring system, or a trading mechanism's launch, as the
subject of a sentence read as the company's sink, monitoring and credits; a net-zero target's
reach "across our value chain" read as a supply-chain measure (I08.5). Each kind has its
near-miss that must keep its point."""

from __future__ import annotations

import pytest

from .tagged import points_of

CASES = [
    # no environmental emergency occurred: an incident record (I01.3), no emergency plan (I01.4)
    pytest.param("报告期内，公司未发生突发环境事件，未受到环保行政处罚。", {"I01.4": 0, "I01.3": 1}, id="no_incident_zh"),
    pytest.param("2023年各生产基地未发生一般及以上突发环境事件。", {"I01.4": 0}, id="no_incident_grade_zh"),
    pytest.param("全年未发生重大突发环境事件，危险废物合规处置率100%。", {"I01.4": 0}, id="no_major_incident_zh"),
    pytest.param("In 2023 there were no environmental emergencies at any of our plants.", {"I01.4": 0}, id="no_incident_en"),
    pytest.param("公司制定《突发环境事件应急预案》并报生态环境部门备案，每年组织演练。", {"I01.4": 1}, id="plan_stays_zh"),
    pytest.param("各基地均编制了突发环境事件综合应急预案。", {"I01.4": 1}, id="plan_named_stays_zh"),
    pytest.param("Every campus keeps an environmental emergency response plan and runs a drill each year.",
                 {"I01.4": 1}, id="plan_stays_en"),
    # a national inventory or monitoring system, a trading mechanism's launch: background
    pytest.param("根据第八次全国森林资源清查，我国森林覆盖率达到22.96%。", {"I05.3": 0}, id="national_inventory_zh"),
    pytest.param("《全国林业碳汇计量监测体系》和温室气体自愿减排交易机制的重启，为林业碳汇价值实现提供了制度保障。",
                 {"I05.3": 0, "I08.6": 0, "I12.4": 0, "I14.2": 0}, id="national_system_zh"),
    pytest.param("全国碳排放权交易市场的启动，为控排企业降低减排成本提供了市场化手段。",
                 {"I14.1": 0, "I14.4": 0}, id="market_launch_zh"),
    pytest.param("The relaunch of the national voluntary emission reduction trading scheme gives forestry credits a route to market.",
                 {"I05.3": 0, "I14.2": 0}, id="scheme_launch_en"),
    pytest.param("According to the national forest inventory, forest cover has reached 24%.", {"I05.3": 0},
                 id="national_inventory_en"),
    pytest.param("2023年公司在自有林地完成人工造林1.8万亩，抚育林地6.2万亩。", {"I05.3": 1}, id="own_planting_stays_zh"),
    pytest.param("公司参与全国碳排放权交易市场，按时足额完成2022年度配额清缴。", {"I14.1": 0.5}, id="company_in_market_stays_zh"),
    # a climate risk that may cut the forests' sink: a risk, no afforestation
    pytest.param("气候变暖导致极端干旱和森林火灾增多，可能造成林木损失和碳汇减少。", {"I05.3": 0, "I13.2": 1}, id="risk_to_sink_zh"),
    pytest.param("More frequent droughts may affect our plantations and reduce the carbon sink of our forests.", {"I05.3": 0},
                 id="risk_to_sink_en"),
    pytest.param("公司在自有林地新造碳汇林1.2万亩，年固碳约2万吨。", {"I05.3": 1}, id="own_sink_forest_stays_zh"),
    # a target's reach across the value chain is no supply-chain measure
    pytest.param("We aim to reach net-zero greenhouse gas emissions across our value chain by 2050.", {"I08.5": 0},
                 id="value_chain_target_en"),
    pytest.param("The group has set a goal of net zero throughout our value chain by 2045.", {"I08.5": 0},
                 id="throughout_value_chain_en"),
    pytest.param("We asked our 80 largest suppliers to report their greenhouse gas emissions and set reduction targets.",
                 {"I08.5": 1}, id="suppliers_asked_stays_en"),
    pytest.param("We work with suppliers across our value chain to cut carbon emissions in logistics.", {"I08.5": 1},
                 id="suppliers_named_stays_en"),
    pytest.param("We launched a low-carbon barley programme with 1,200 contract farmers in two provinces.", {"I08.5": 1},
                 id="contract_farmers_en"),
    pytest.param("公司与1,200户签约农户开展低碳大麦种植，推广测土配方施肥。", {"I08.5": 1}, id="contract_farmers_zh"),
    pytest.param("公司推广“公司+合作社+农户”模式，带动周边农户户均增收1.2万元。", {"I08.5": 0}, id="farmers_income_zh"),
    # a government's energy policies named as a risk driver: no internal rule
    pytest.param("Rising electricity prices and carbon costs from stricter energy policies in China are a material risk.",
                 {"I07.3": 0}, id="stricter_policies_en"),
    pytest.param("We adopted a group energy management policy that sets annual saving targets for every site.",
                 {"I07.3": 1}, id="own_energy_policy_stays_en"),
    # selected or listed as a pilot or demonstration unit: a designation, no demonstration project of its own
    pytest.param("北坡铁矿入选国家级绿色矿山试点单位。", {"I09.4": 0}, id="pilot_listed_zh"),
    pytest.param("公司下属热电厂被列为省级节能低碳示范企业。", {"I09.4": 0}, id="demo_listed_zh"),
    pytest.param("Our Tianjin plant was selected as a national green manufacturing demonstration factory.", {"I09.4": 0},
                 id="pilot_listed_en"),
    pytest.param("公司与高校合作开展二氧化碳捕集利用示范项目。", {"I09.4": 1}, id="own_demo_project_stays_zh"),
    pytest.param("We partnered with a university on a pilot project for low-carbon cement.", {"I09.4": 1},
                 id="own_pilot_project_stays_en"),
    # a scope's definition ending at a comma before the next scope or the factor: a mention of the breakdown
    pytest.param("公司依据温室气体核算体系核算排放，范围一包括应急油机和自有车辆的化石燃料燃烧，范围二为外购电力，电网排放因子采用0.5703tCO2/MWh。",
                 {"I11.6": 0.5}, id="scope_definition_comma_zh"),
    pytest.param("范围一排放中，燃煤锅炉排放8.2万吨，甲烷逸散排放1.1万吨。", {"I11.6": 1}, id="split_given_stays_zh"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_blind22_precision(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want
