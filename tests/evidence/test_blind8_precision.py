"""Evidence precision on forms met in blind round 8 (session 12), each rated wrong before, with
text written fresh for these tests: a TCFD content index quoting the recommended disclosures,
a ranked list of material topics, a lessor's carbon-market services for its clients, a forest
sink that is neither certified nor used to offset, lessees' projects' SO2 cut, a risk that
may affect lessees read as influence, a table's "计量单位" read as metering, a planned first
inventory read as a total, and a portfolio's shares by field read as a clean-energy share."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology

from .tagged import rate_text as _rate
from .tagged import rated_points as _points


def test_a_scenario_analysis_in_prose_still_counts(tmp_path: Path,
                                                   m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "We ran a 1.5°C scenario and a current-policies scenario for our "
                           "plants; under the 1.5°C scenario a carbon price would add RMB 0.4 "
                           "billion a year to our costs by 2030.\n")
    assert _points(r)["I13.4"] > 0


def test_ecological_restoration_itself_still_counts(tmp_path: Path,
                                                    m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "公司在厂区下游实施湿地生态修复8公里，恢复水生植物群落。\n")
    assert _points(r)["I05.2"] > 0


def test_own_ets_compliance_still_counts(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "公司所属两家热电厂纳入全国碳排放权交易市场，2023年按期完成配额清缴，履约率100%。\n")
    assert _points(r)["I14.1"] > 0


def test_gwp_values_themselves_still_count(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "制冷剂逸散排放按补充量乘以GWP值计算，GWP取IPCC第五次评估报告数值。\n")
    assert _points(r)["I12.3"] > 0


def test_an_automaker_s_electric_models_still_count(tmp_path: Path,
                                                    m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "公司全年销售新能源汽车12.6万辆，推出纯电动和插电式混合动力车型共9款。\n")
    assert _points(r)["I09.2"] > 0


# Each case: a small report (its text, and the file type it is read as) and
# the ratings it must earn; the id says why.
CASES = [
    pytest.param(
        "TCFD content index\nTCFD\n"
        "recommendation Recommended disclosure Section / page\n"
        "Strategy a) Describe the climate-related risks and opportunities the "
        "organization has identified\nover the short, medium, and long term.\n"
        "Climate risks,\np.12\n"
        "c) Describe the resilience of the organization's strategy, taking into "
        "consideration\ndifferent climate-related scenarios, including a 2°C or "
        "lower scenario.\nScenario\nanalysis, p.13\n"
        "Risk management a) Describe the organization's processes for identifying "
        "and assessing climate-related\nrisks. p.13\n",
        {"I13.2": 0, "I13.4": 0}, ".txt", id="a_tcfd_content_index_is_navigation"),
    pytest.param(
        "This section answers b) Describe the impact of climate-related risks "
        "and opportunities on the organization's businesses, strategy, and "
        "financial planning. Our answer follows on the next pages.\n",
        {"I13.2": 0}, ".txt", id="tcfd_wording_quoted_in_prose_earns_nothing"),
    pytest.param(
        "经问卷调查和专家访谈，公司高度重要议题依次为：食品安全、湿地生态保护、"
        "应对气候变化、供应商管理、员工职业健康。\n",
        {"I05.2": 0, "I08.5": 0}, ".txt", id="a_ranked_list_of_material_topics_earns_nothing"),
    pytest.param(
        "公司为纳入全国碳市场的发电企业客户办理碳排放配额售后回租，以客户持有的碳排放配额"
        "作为增信，全年投放1.6亿元；公司还为分布式光伏项目开发核证自愿减排量提供融资支持。\n",
        {"I14.1": 0, "I14.2": 0}, ".txt", id="a_lessor_s_carbon_market_services_are_its_clients"),
    pytest.param(
        "基金会营造的公益林每年可吸收二氧化碳约1万吨，该碳汇未进行核证，也不用于抵消公司的排放。\n",
        {"I08.6": 0}, ".txt", id="a_sink_not_certified_nor_offset_is_no_offset_measure"),
    pytest.param(
        "公司绿色租赁项目全年发电18.2亿千瓦时，减排二氧化碳约142万吨，减排二氧化硫约360吨，"
        "上述减排量由承租人项目产生。\n",
        {"I02.1": 0, "I16.3": 0}, ".txt", id="lessees_projects_cuts_are_not_own_pollutants"),
    pytest.param(
        "钢铁和水泥行业承租人可能因碳价上升而利润下降，影响其租金支付能力。\n",
        {"I10.2": 0, "I15.1": 0}, ".txt", id="a_risk_that_may_affect_lessees_is_no_influence"),
    pytest.param(
        "| 燃料 | 消耗量 | 计量单位 | 二氧化碳排放（tCO2e） |\n|---|---|---|---|\n"
        "| 柴油 | 2,460 | 万升 | 65,928 |\n| 汽油 | 380 | 万升 | 8,740 |\n",
        {"I12.4": 0}, ".md", id="a_unit_of_measure_column_is_no_metering"),
    pytest.param(
        "公司拟于2024年开展首次温室气体盘查，摸清范围一和范围二排放底数。\n",
        {"I11.4": 0, "I11.1": 0}, ".txt", id="a_planned_first_inventory_is_no_total"),
    pytest.param(
        "| 领域 | 资产余额（亿元） | 占绿色资产比例 |\n|---|---|---|\n"
        "| 风电 | 62.4 | 41.2% |\n| 光伏 | 48.6 | 32.1% |\n",
        {"I03.5": 0}, ".md", id="a_portfolio_share_by_field_is_no_clean_energy_share"),
    pytest.param(
        "公司自有车队共有运输车辆12,480台，其中新能源车辆3,960台，占比31.7%。\n",
        {"I09.2": 0, "I03.5": 0}, ".txt", id="an_own_fleet_share_with_its_count_is_no_product"),
    pytest.param(
        "公司要求冷库设备供应商提供低GWP制冷剂方案，新建冷库采用氨制冷。\n",
        {"I12.3": 0}, ".txt", id="a_low_gwp_refrigerant_is_no_emission_factor"),
    pytest.param(
        "公司在社区门店开展垃圾分类宣传和旧衣回收活动，2023年回收旧衣物215吨。"
        "公司为环卫工人设立爱心驿站120个，捐赠防暑物资。\n",
        {"I02.3": 0}, ".txt", id="clothes_collected_from_customers_are_no_own_waste"),
    pytest.param(
        "公司绿色租赁项目全年节约标准煤约64万吨，节能量由承租人项目产生。\n",
        {"I03.4": 0}, ".txt", id="lessees_coal_savings_are_not_own_savings"),
    pytest.param(
        "燃油价格上涨和新能源车辆购置成本是公司面临的转型风险。为此，公司将加快城市配送车辆电动化。\n",
        {"I09.2": 0}, ".txt", id="electrifying_own_delivery_vans_is_no_product"),
    pytest.param(
        "自2023年起，各区域的单车油耗和新能源车辆替换率纳入区域负责人年度考核。\n",
        {"I09.2": 0}, ".txt", id="a_fleet_replacement_rate_in_appraisal_is_no_product"),
    pytest.param(
        "本公司不属于全国碳排放权交易市场的重点排放单位，未持有碳排放配额。\n",
        {"I14.1": 0}, ".txt", id="a_company_that_is_no_key_emitter_has_no_ets_coverage"),
]


@pytest.mark.parametrize(("text", "expected", "suffix"), CASES)
def test_points_of_a_small_report(tmp_path: Path, m: LoadedMethodology, text: str,
                                  expected: dict[str, float], suffix: str) -> None:
    pts = _points(_rate(tmp_path, m, text, suffix))
    assert {pid: pts[pid] for pid in expected} == expected
