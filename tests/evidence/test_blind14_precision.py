"""Evidence precision on forms met in blind round 14 (session 18), each rated wrong before, with
text written fresh for these tests: energy or carbon data monitored online ("能耗在线监测平台")
read as a pollution treatment facility; a training or a monitoring that covers all staff or all
sites under construction ("覆盖全部园区运维人员") read as a GHG inventory's boundary; an energy
intensity per output value ("万元产值综合能耗") read as the total energy use; a treatment
facility stated as absent ("None of our vessels is fitted with an exhaust gas scrubber") read as
one operated; a materiality table printed without rules, its header of levels ("高度重要
中度重要 一般重要") above a row of topics joined by 、, read as content (a supply-chain measure,
carbon training). Left unread before: training of crews or drivers on energy-efficient
operation, a company's own rules on methane ("《甲烷排放管理规定》"), environmental and restoration
spending named together ("环保及生态修复投入"), a yearly emission report verified ("emission
reports … verified by an accredited verifier")."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology

from .tagged import best_ratings, pages_document
from .tagged import points as _tag

# Each case: one passage and the ratings it must earn (0: not given); the id says why.
CASES = [
    # energy or carbon data monitored online is no pollution treatment facility
    pytest.param("所有机房部署能耗在线监测平台，对制冷和配电损耗按小时计量。", {"I02.4": 0},
                 id="energy_online_monitoring_zh"),
    pytest.param("各园区建成能源在线监测系统，实时采集空调和照明用电。", {"I02.4": 0},
                 id="energy_system_online_monitoring_zh"),
    pytest.param("公司上线碳排放在线监测模块，按月汇总各厂排放数据。", {"I02.4": 0},
                 id="carbon_online_monitoring_zh"),
    pytest.param("Every site runs an energy online monitoring platform for its chillers.", {"I02.4": 0},
                 id="energy_online_monitoring_en"),
    pytest.param("公司各厂区排放口均安装废气在线监测设备，并与生态环境部门联网。", {"I02.4": 1},
                 id="stack_online_monitoring_stays"),
    pytest.param("公司建成污染源在线监测平台，实时监控各排放口数据。", {"I02.4": 1},
                 id="pollution_source_platform_stays"),
    pytest.param("The kilns' stacks are fitted with online monitoring of SO2 and NOx.", {"I02.4": 1},
                 id="stack_online_monitoring_en_stays"),
    # coverage of people or of sites under construction is no inventory boundary
    pytest.param("全年开展节能专题培训18场，覆盖全部车间班组长和设备管理人员。", {"I12.1": 0},
                 id="training_covers_all_staff"),
    pytest.param("绿色办公宣传覆盖所有分支机构员工，倡导节约用电。", {"I12.1": 0},
                 id="campaign_covers_all_employees"),
    pytest.param("扬尘在线监测覆盖全部在建项目，裸土全部覆盖。", {"I12.1": 0},
                 id="dust_monitoring_covers_sites_under_construction"),
    pytest.param("Energy-saving training covered all of our plants' staff.", {"I12.1": 0},
                 id="training_covers_staff_en"),
    pytest.param("本次温室气体核算覆盖公司全部生产基地和办公场所。", {"I12.1": 1},
                 id="inventory_covers_all_sites_stays"),
    pytest.param("Our GHG inventory covers all our plants and offices.", {"I12.1": 1},
                 id="inventory_covers_plants_en_stays"),
    # an energy intensity per output value is no total energy use
    pytest.param("2023年，公司万元产值综合能耗为0.0326吨标准煤，同比下降5.2%。", {"I03.1": 0, "I03.3": 1},
                 id="energy_per_output_value"),
    pytest.param("万元营业收入综合能耗0.018吨标准煤，较上年下降3%。", {"I03.1": 0},
                 id="energy_per_revenue"),
    pytest.param("2023年公司综合能耗为12.6万吨标准煤。", {"I03.1": 1}, id="total_energy_stays"),
    # a treatment facility stated as absent
    pytest.param("None of our vessels is fitted with an exhaust gas scrubber.", {"I02.4": 0},
                 id="no_vessel_fitted_with_scrubber"),
    pytest.param("The two boilers are not equipped with denitrification units.", {"I02.4": 0},
                 id="boilers_not_equipped"),
    pytest.param("3台燃气锅炉均未配备脱硝设施。", {"I02.4": 0}, id="boilers_without_denitrification_zh"),
    pytest.param("厂区尚未建设污水处理设施，生活污水排入市政管网。", {"I02.4": 0},
                 id="no_wastewater_plant_zh"),
    pytest.param("All 40 vessels are fitted with exhaust gas scrubbers.", {"I02.4": 1},
                 id="vessels_fitted_with_scrubbers_stays"),
    pytest.param("公司3台锅炉均已配备脱硝设施，全年稳定运行。", {"I02.4": 1}, id="boilers_equipped_stays"),
    # left unread before: crews and drivers trained on energy-efficient operation
    pytest.param("We organised 14 crew training sessions on energy-efficient ship operation.", {"I10.1": 1},
                 id="crew_training_energy_efficient_operation"),
    pytest.param("All our seafarers completed training on energy efficiency in 2023.", {"I10.1": 1},
                 id="seafarers_trained_energy_efficiency"),
    pytest.param("公司组织船员开展节能操作培训12场，覆盖全部远洋船舶。", {"I10.1": 1},
                 id="crew_training_zh"),
    pytest.param("车队组织驾驶员参加节能驾驶培训，全年培训860人次。", {"I10.1": 1}, id="drivers_trained_zh"),
    pytest.param("We organised 14 crew training sessions on piracy and safety.", {"I10.1": 0},
                 id="crew_safety_training_is_no_carbon_training"),
    # the company's own rules on methane
    pytest.param("本集团已制定《甲烷排放管理规定》，明确各矿井瓦斯抽采利用责任。", {"I07.3": 1},
                 id="methane_rules_zh"),
    pytest.param("本集團已制定《甲烷排放管理辦法》。", {"I07.3": 1}, id="methane_rules_traditional"),
    pytest.param("We adopted a methane management policy covering all our mines in 2023.", {"I07.3": 1},
                 id="methane_policy_en"),
    pytest.param("国家出台甲烷排放控制行动方案，要求煤矿加强瓦斯抽采利用。", {"I07.3": 0},
                 id="national_methane_plan_is_no_own_rule"),
    # environmental and restoration spending named together
    pytest.param("年内环保及生态修复投入合计4.8亿元。", {"I05.1": 1}, id="env_and_restoration_spending_zh"),
    pytest.param("年內環保與生態保護投入合計1.2億元。", {"I05.1": 1},
                 id="env_and_ecology_spending_traditional"),
    pytest.param("Environmental and restoration spending totalled RMB 480 million in 2023.", {"I05.1": 1},
                 id="env_and_restoration_spending_en"),
    pytest.param("年内安全生产投入合计4.8亿元。", {"I05.1": 0}, id="safety_spending_is_no_env_spending"),
    # a yearly emission report verified
    pytest.param("Our 2023 emission reports were verified by an accredited verifier.", {"I12.5": 1},
                 id="emission_reports_verified"),
    pytest.param("The 2023 emission report on air pollutants was verified by the local bureau.", {"I12.5": 0},
                 id="pollutant_report_is_no_ghg_verification"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_blind14_passage(text: str, want: dict[str, float]) -> None:
    got = _tag(text)
    assert {p: got.get(p, 0) for p in want} == want


@pytest.mark.parametrize(("levels", "row"), [
    ("高度重要 中度重要 一般重要",
     "安全生产、职业健康、温室气体排放 供应链管理、员工培训、社区关系 反贪污、产品责任、信息安全"),
    ("高度重要 中度重要", "能源管理、应对气候变化、员工培训 供应链管理、社区公益、数据安全 客户服务"),
    ("非常重要 比较重要 一般",
     "节能降碳、废弃物管理、员工培训 绿色采购、供应商管理、社区沟通 公益慈善、知识产权、反垄断"),
], ids=["three_levels", "two_levels", "other_level_words"])
def test_materiality_levels_open_a_topic_list(levels: str, row: str, m: LoadedMethodology,
                                              tmp_path: Path) -> None:
    """A materiality table printed without rules: its header of levels and the row of topics
    joined by 、 below it are navigation, however carbon the topics sound."""
    doc = pages_document(["重要性评估", levels, row])
    got = best_ratings(doc)
    assert got.get("I08.5", 0) == 0 and got.get("I10.1", 0) == 0 and got.get("I11.4", 0) == 0


def test_a_sentence_after_levels_stays(m: LoadedMethodology, tmp_path: Path) -> None:
    """Prose after the levels is no topic cell: a training done stays a disclosure."""
    doc = pages_document(["高度重要 中度重要 一般重要",
                          "公司全年组织节能降碳专题培训12场，覆盖员工1,860人次。"])
    assert best_ratings(doc).get("I10.1", 0) == 1
