"""Evidence precision on forms met in blind round 16 (session 20), each rated wrong or missed
before, with text written fresh for these tests: a national industry's aggregate reported by an
association read as the company's energy use; the proceeds of a bond a securities firm
underwrote for an issuer read as the firm's own energy structure or demonstration project; a
climate stress test of high-carbon issuers read as influence on an industry; a body whose duty
is energy saving and carbon reduction read as an environmental body; a building site's dust
(扬尘) and construction waste (建筑垃圾) not read as pollutants and waste; SO2 and NOx avoided at
others' coal plants read as the company's air emissions; an emergency drill's scenarios read as
climate scenario analysis; a cross-reference to the section "应对气候变化" read as a carbon position."""

from __future__ import annotations

import pytest

from .tagged import points as _tag

# Each case: one passage and the ratings it must earn (0: not given); the id says why.
CASES = [
    # a national industry's aggregate, or an association's statistics, is the sector's
    pytest.param("据行业协会统计，全国化纤行业2016年综合能耗约为5,300万吨标准煤，单位产品能耗较五年前下降约20%。",
                 {"I03.1": 0, "I03.3": 0}, id="association_national_industry_energy"),
    pytest.param("根据中国钢铁工业协会的数据，全国钢铁行业2023年能源消费总量约5.8亿吨标准煤。", {"I03.1": 0},
                 id="steel_association_energy"),
    pytest.param("According to the national textile industry association, the country's fibre industry consumed about "
                 "53 million tonnes of standard coal equivalent of energy in 2016.", {"I03.1": 0}, id="association_en"),
    pytest.param("2023年公司综合能源消费量为13.15万吨标准煤，较上年下降2.0%。", {"I03.1": 1}, id="own_energy_total_stays"),
    # a bond underwritten for an issuer: its proceeds and projects are the issuer's
    pytest.param("公司独家承销的某能源集团碳中和债募集资金20亿元，用于6个风电和光伏项目，项目投产后预计年发电量32亿千瓦时。",
                 {"I08.2": 0}, id="underwritten_bond_wind_solar"),
    pytest.param("我们为一家水务公司承销的5亿元绿色债券募集资金，全部用于其污水处理厂光伏发电项目，装机12兆瓦。",
                 {"I08.2": 0}, id="underwritten_bond_pv"),
    pytest.param("公司为某钢铁企业发行10亿元低碳转型债券提供承销服务，募集资金用于氢基竖炉示范项目。",
                 {"I09.4": 0}, id="underwritten_bond_demo_project"),
    pytest.param("The proceeds of the green notes we underwrote for a utility, RMB 2 billion, finance its wind farms of 400 MW.",
                 {"I08.2": 0}, id="underwritten_notes_en"),
    pytest.param("公司发行绿色债券募集资金8亿元，用于在自有物流园区屋顶建设光伏12兆瓦，年发电1,300万千瓦时。",
                 {"I08.2": 1}, id="own_green_bond_pv_stays"),
    # a stress test of high-carbon issuers is a risk analysis, not influence on an industry
    pytest.param("公司对自营债券持仓中电力、钢铁、建材等高碳行业发行人开展气候转型压力测试：在碳价升至每吨200元的情景下，"
                 "对公司自营投资组合估值影响约为1.6亿元。", {"I10.2": 0, "I13.4": 1}, id="stress_test_high_carbon_issuers"),
    pytest.param("本行对煤电、钢铁行业客户开展碳价情景分析，碳价上升将影响部分行业客户的偿债能力。", {"I10.2": 0},
                 id="scenario_on_industry_clients"),
    pytest.param("公司牵头编制《证券公司碳排放核算指南》团体标准，推动证券行业开展碳排放核算。", {"I10.2": 1},
                 id="industry_standard_stays"),
    # a body for energy saving and carbon reduction is a carbon body, not an environmental one
    pytest.param("公司成立“双碳”工作领导小组，办公室设在科技与质量部，负责统筹集团节能降碳工作。", {"I01.1": 0},
                 id="carbon_body_not_environmental"),
    pytest.param("能源管理中心负责统筹全公司能源计量和节能管理工作。", {"I01.1": 0.5}, id="energy_body_mention_stays"),
    # a building site's dust and construction waste
    pytest.param("所有在建项目落实扬尘防治措施，安装扬尘在线监测设备1,032套。", {"I02.1": 0.5}, id="site_dust_control"),
    pytest.param("2023年在建项目建筑垃圾产生量为186.4万吨，每万平方米建筑垃圾排放量为246吨。", {"I02.3": 1},
                 id="construction_waste_amount"),
    pytest.param("项目产生的工程渣土全部运至指定消纳场，全年外运渣土42万吨。", {"I02.3": 1}, id="excavated_spoil"),
    pytest.param("Construction and demolition waste from our sites totalled 1.86 million tonnes in 2023.", {"I02.3": 1},
                 id="construction_waste_en"),
    pytest.param("垃圾分类宣传周活动走进社区，志愿者发放宣传册2,000份。", {"I02.3": 0}, id="community_campaign_not_waste"),
    # pollutants avoided at others' coal plants by the company's clean power are not its air emissions
    pytest.param("Compared with coal-fired generation, this avoided 99.2 million tonnes of CO2, 25,800 tonnes of SO2 and "
                 "26,700 tonnes of NOx.", {"I02.1": 0, "I09.3": 1}, id="avoided_so2_nox_en"),
    pytest.param("公司风电、光伏全年发电量1.2亿千瓦时，相当于减少二氧化碳排放9.6万吨、二氧化硫28吨、氮氧化物31吨。",
                 {"I02.1": 0}, id="equivalent_so2_avoided_zh"),
    pytest.param("与同等规模燃煤电厂相比，公司水电站全年少排放二氧化硫1,260吨。", {"I02.1": 0}, id="versus_coal_plant_zh"),
    pytest.param("2023年公司排放二氧化硫1,286吨、氮氧化物1,742吨，较上年分别减少120吨和86吨。", {"I02.1": 1},
                 id="own_so2_reduced_stays"),
    # an emergency drill's scenarios are no climate scenario analysis
    pytest.param("In 2023 we held 4 joint off-site emergency exercises and 128 on-site drills, covering scenarios such as "
                 "loss of off-site power, typhoon and flooding.", {"I13.4": 0}, id="drill_scenarios_en"),
    pytest.param("全年开展防汛防台应急演练36次，演练场景包括台风登陆、暴雨内涝和全厂失电。", {"I13.4": 0}, id="drill_scenarios_zh"),
    pytest.param("公司按RCP 4.5和RCP 8.5情景分析海平面上升和台风加剧对沿海电站的影响。", {"I13.4": 1},
                 id="climate_scenarios_stay"),
    # a cross-reference to a section by its title is no carbon position
    pytest.param("注：2016年温室气体排放数据尚待第三方核查，见“应对气候变化”章节。", {"I06.1": 0}, id="section_ref_zh"),
    pytest.param("Note: the 2023 figures are pending verification; see the section \"Responding to Climate Change\".",
                 {"I06.1": 0}, id="section_ref_en"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_blind16_passage(text: str, want: dict[str, float]) -> None:
    got = _tag(text)
    assert {p: got.get(p, 0) for p in want} == want
