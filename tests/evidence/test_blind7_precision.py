"""Evidence precision on forms met in blind round 7 (session 11), each rated wrong before with
text written fresh for these tests: an annual report's definitions table (释义) naming a
subsidiary as new energy, a training course on carbon assets read as carbon-asset management,
an industry statistic in the chairman's letter read as the company's data monitoring, a
supplier screening read as the company's compliance record, and a claims "fast lane" (绿色通道)
in an insurer's disaster plan read as environmental."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology

from .tagged import rate_text as _rate
from .tagged import rated_points as _points


def test_a_course_on_carbon_assets_is_training(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "公司全年开展员工培训320期，其中开设碳资产管理和碳交易实务专题课程6期，"
                           "培训员工820人次。\n")
    assert _points(r)["I14.4"] == 0
    assert _points(r)["I10.1"] > 0


def test_carbon_asset_management_itself_still_counts(tmp_path: Path,
                                                     m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "公司设立碳资产管理公司，统一开展配额管理、CCER开发和碳排放权交易。\n")
    assert _points(r)["I14.4"] > 0


def test_own_emissions_statistics_still_count_as_monitoring(tmp_path: Path,
                                                            m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "公司建立碳排放统计台账，按月统计各工厂温室气体排放数据。\n")
    assert _points(r)["I12.4"] > 0


def test_producing_no_wastewater_discloses_no_pollutant(tmp_path: Path,
                                                        m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "公司主营互联网广告和云服务，经营过程中不产生工业废水、废气，"
                           "不属于重点排污单位。\n")
    p = _points(r)
    assert p["I02.1"] == 0 and p["I02.2"] == 0


def test_pollutant_figures_still_count(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "2023年公司废水排放量42.6万吨，化学需氧量排放18.2吨，生活污水不产生异味。\n")
    assert _points(r)["I02.2"] > 0


def test_template_subheadings_of_the_environment_section_earn_nothing(
        tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "3. 建设项目环境影响评价及其他环境保护行政许可情况\n"
                           "2. 防治污染设施的建设和运行情况\n")
    p = _points(r)
    assert p["I01.3"] == 0 and p["I02.4"] == 0


def test_the_text_under_a_template_subheading_still_counts(tmp_path: Path,
                                                           m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "3. 建设项目环境影响评价及其他环境保护行政许可情况\n"
                           "公司年产20万吨己二酸项目于2023年5月取得环评批复，各子公司均已依法取得排污许可证。\n")
    assert _points(r)["I01.3"] > 0


def test_leading_the_industry_on_carbon_still_is_influence(tmp_path: Path,
                                                           m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "公司牵头编制化工行业温室气体排放核算团体标准，组织行业内12家企业开展碳排放对标。\n")
    assert _points(r)["I10.2"] > 0


def test_fixing_carbon_in_soil_still_is_a_sink(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "公司在矿区复垦土地上种植固碳植物，年固碳量约1.2万吨。\n")
    assert _points(r)["I08.6"] > 0


# Each case: a small report (its text, and the file type it is read as) and
# the ratings it must earn; the id says why.
CASES = [
    pytest.param(
        "# 释义\n\n| 释义项 | 释义内容 |\n|---|---|\n"
        "| 本公司、公司 | 测试化工股份有限公司 |\n"
        "| 测试光伏 | 控股子公司测试光伏新能源有限公司（持股60%） |\n"
        "| 报告期 | 2023年1月1日至2023年12月31日 |\n",
        {"I08.2": 0}, ".md", id="a_definitions_table_is_navigation"),
    pytest.param(
        "据中国钢铁工业协会统计，2023年全国钢铁行业二氧化碳排放总量约18亿吨，"
        "占全国排放总量的15%左右。\n",
        {"I12.4": 0}, ".txt", id="an_industry_statistic_is_no_data_monitoring"),
    pytest.param(
        "We buy from 1,200 suppliers. New suppliers are screened on quality, "
        "labour practices and environmental permits before their first order.\n",
        {"I01.3": 0}, ".txt", id="screening_suppliers_on_permits_is_not_own_compliance"),
    pytest.param(
        "台风登陆后，公司立即启动重大灾害应急预案，开通理赔绿色通道，"
        "预付赔款1.2亿元。\n",
        {"I01.4": 0}, ".txt", id="a_claims_fast_lane_in_a_disaster_plan_is_not_environmental"),
    pytest.param(
        "在智慧城市领域，公司为某开发区管委会建设了污染源在线监测平台，"
        "接入企业排放口312个。\n",
        {"I02.4": 0}, ".txt", id="a_monitoring_system_built_for_a_client_is_not_own_treatment"),
    pytest.param(
        "在制造领域，公司为汽车零部件、新能源汽车和光伏组件企业提供生产执行系统"
        "和质量追溯软件。\n",
        {"I08.2": 0}, ".txt", id="clean_energy_clients_are_not_own_energy_structure"),
    pytest.param(
        "公司碳资产部组织各化工装置按核算指南开展温室气体排放年度核算，为化工行业纳入"
        "全国碳市场做好准备。\n",
        {"I10.2": 0}, ".txt", id="preparing_for_the_industry_joining_the_ets_is_no_influence"),
    pytest.param(
        "注：直接排放按钢铁企业核算指南核算，已扣除外供煤气和固碳产品隐含的排放。\n",
        {"I08.6": 0}, ".txt", id="carbon_fixed_in_products_is_an_accounting_term"),
]


@pytest.mark.parametrize(("text", "expected", "suffix"), CASES)
def test_points_of_a_small_report(tmp_path: Path, m: LoadedMethodology, text: str,
                                  expected: dict[str, float], suffix: str) -> None:
    pts = _points(_rate(tmp_path, m, text, suffix))
    assert {pid: pts[pid] for pid in expected} == expected
