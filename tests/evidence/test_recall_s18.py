"""Recall by kind of wording on the sentence yardstick (session 18), with text written fresh
for these tests (no sentence of the labelled file is used).

1. I03.4: the energy use of a named part cut, with words between the verb and the energy word
   ("削减空压机组的电耗", "降低库房的用能需求"), efficient equipment chosen for the
   company's own use ("优先选用一级能效的空调") and its energy use metered, monitored or
   controlled ("能源管控平台", "能耗实时监测") are energy-saving measures (zh.yaml and en.yaml
   `energy_saving`), a mention without a figure. A client's or a borrower's energy cut, or the
   company helping others cut theirs, stays out (look-behinds on others, help and finance).
2. I11.4: the company's own carbon emissions said to be cut, with no figure, speak of that
   quantity (guide §2.6, §8): a mention at 0.5 (`own_ghg_cut`). A cut for others, a plan or
   aim, advocacy, finance, and a reduction amount (a figure or unit after the cut, or a figure
   just before it) are no such mention.
3. I04.3 / I04.2: used items taken back and remade ("废旧托盘回收后制成再生板材", `reuse_more`)
   are waste recycled; biodegradable packaging and plastic cut from packaging
   (`packaging_material`) are packaging materials.
4. I05.2: vegetation restored with the verb first ("恢复地表植被"), soil remediated, and the
   disturbance of land or vegetation kept down ("减少对植被的破坏") are ecological protection
   (`ecology_more`); a volunteers' clean-up stays others' act.
5. I01.3: 环境影响评估 is another name of 环评 (`env_compliance`, `compliance_record`); a bank's
   assessment of its clients' impact is the clients' (`client_violation`), in either name.
6. I13.4: a stress test written as a calculation (压力测算, 施压测算, stress calculation) is the
   same analysis (`scenario`); without a carbon or climate word it stays none.
"""

from __future__ import annotations

import pytest

from .tagged import points

# ---- 1. I03.4: energy use of a part cut, efficient equipment chosen --------------------------


@pytest.mark.parametrize("text", [
    "涂装车间加装变频器，削减空压机组的电耗。",
    "新建仓库采用外遮阳和保温屋面，降低库房的用能需求。",
    "车间照明改用LED灯具，降低照明回路的电耗。",
    "数据中心实施冷通道封闭，降低机房空调耗电量。",
    "行政楼优先选用一级能效的空调和照明灯具。",
    "设备更新时统一采用一级能效的电机和水泵。",
    "We replaced the chillers and cut the ventilation system's energy use.",
    "Our plants install energy-efficient motors and pumps when old ones are replaced.",
])
def test_a_part_s_energy_use_cut_is_an_energy_saving_mention(text: str) -> None:
    assert points(text).get("I03.4") == 0.5


@pytest.mark.parametrize("text", [
    "本行通过优惠利率引导借款企业削减其厂房电耗。",
    "我们为客户提供节能改造方案，帮助客户降低工厂的能耗。",
    "公司产品帮助用户减少家庭空调的耗电量。",
    "We help customers cut their buildings' energy use with smart controls.",
])
def test_others_energy_use_cut_is_no_saving_of_the_company(text: str) -> None:
    assert "I03.4" not in points(text)


@pytest.mark.parametrize("text", [
    "员工食堂更换了新的餐具和桌椅。",
    "公司开展员工健康体检，降低员工的职业病风险。",
    "工会为员工选购高品质的节日礼品。",
    "We reduced staff turnover through better training and pay.",
])
def test_social_text_stays_untagged(text: str) -> None:
    assert points(text) == {}


@pytest.mark.parametrize("text", [
    "公司搭建能源管控平台，覆盖全部生产基地。",
    "各厂区对主要设备实施能耗实时监测，及时发现异常。",
    "公司上线能耗在线监测系统，覆盖主要生产车间。",
    "We built an energy monitoring platform across all plants.",
])
def test_own_energy_monitored_is_energy_management(text: str) -> None:
    assert points(text).get("I03.4") == 0.5


@pytest.mark.parametrize("text", [
    "公司为客户建设能耗监测平台。",
    "We build energy monitoring platforms for our customers.",
    "员工食堂安装了新的消毒柜。",
])
def test_monitoring_built_for_customers_is_no_own_energy_management(text: str) -> None:
    assert "I03.4" not in points(text)


# ---- 2. I11.4: own emissions cut, no figure --------------------------------------------------


@pytest.mark.parametrize("text", [
    "公司推广电动叉车，削减厂内物流的碳排放。",
    "各工厂推进设备电气化改造，持续减少生产环节的温室气体排放。",
    "通过屋顶光伏和余热回收，集团持续减少自身温室气体排放。",
    "总部大楼引入楼宇智能控制，压降办公区的二氧化碳排放。",
    "We cut our carbon emissions by moving the delivery fleet to electric vans.",
    "The Group reduced its greenhouse gas emissions through on-site solar power.",
])
def test_own_emissions_cut_is_a_total_mention(text: str) -> None:
    assert points(text).get("I11.4") == 0.5


@pytest.mark.parametrize("text", [
    "我们为客户提供节能方案，帮助客户降低碳排放。",
    "本行向风电项目发放贷款，助力降低碳排放。",
    "倡导员工绿色出行，减少碳排放。",
    "公司将在未来五年内大幅降低碳排放。",
    "完成两款产品的生命周期评价，作为下一步改进设计的依据，以期削减碳排放。",
    "基金会组织志愿者植树，减少二氧化碳排放。",
    "We help customers reduce their carbon emissions.",
    "We will reduce our carbon emissions over the coming decade.",
])
def test_others_cuts_plans_and_advocacy_are_no_total_mention(text: str) -> None:
    assert "I11.4" not in points(text)


@pytest.mark.parametrize("text", [
    "公司本年度通过光伏发电减少二氧化碳排放1.2万吨。",
    "项目 | 年节电量（万千瓦时） | 年减少二氧化碳排放（吨） |",
    "公司将尾气中的二氧化碳提纯外售，全年回收3.2万吨，既减少了温室气体排放，又创造了收益。",
])
def test_a_reduction_amount_is_not_the_company_s_emissions(text: str) -> None:
    """A figure after the cut, a column header with its unit, or a figure just before the cut:
    the cut is the reduction the figure measures, not the company's total."""
    assert "I11.4" not in points(text)


@pytest.mark.parametrize("text", [
    "公司开展反腐败培训，降低廉洁风险。",
    "工会组织职工健步走，倡导低碳生活。",
])
def test_social_and_governance_text_gets_no_total_mention(text: str) -> None:
    assert "I11.4" not in points(text)


# ---- 3. I04.3 / I04.2: used items remade, packaging without plastic -----------------------------


@pytest.mark.parametrize("text", [
    "公司将废旧托盘回收后制成再生板材。",
    "报废的塑料周转箱回收后加工成再生颗粒。",
    "各网点开展废旧电池和硒鼓回收。",
    "End-of-life turbine blades were collected and recycled at a partner plant.",
    "Offcuts are collected and made into new pallets.",
])
def test_used_items_remade_are_waste_recycled(text: str) -> None:
    assert points(text).get("I04.3") == 0.5


@pytest.mark.parametrize("text", [
    "出口产品的外箱改用可降解材质包装。",
    "公司推行包装减塑，快递包装改用可降解材料。",
    "电商订单的塑料包装用量同比减少。",
    "Our courier packaging is now biodegradable.",
    "We reduced the use of plastic packaging by switching to paper trays.",
])
def test_packaging_without_plastic_is_a_packaging_material(text: str) -> None:
    assert points(text).get("I04.2") == 1.0


@pytest.mark.parametrize("text", [
    "公司为员工发放可降解塑料餐盒。",
    "社区回收站点每周开放两次。",
    "公司组织员工参观生态园区。",
])
def test_staff_and_community_text_gets_no_materials_point(text: str) -> None:
    got = points(text)
    assert "I04.2" not in got and "I04.3" not in got and "I05.2" not in got


# ---- 4. I05.2: vegetation restored, soil remediated, disturbance kept down ----------------------


@pytest.mark.parametrize("text", [
    "公司在矿区开展生态环境保护，恢复地表植被。",
    "对受污染地块开展土壤修复。",
    "管线施工严格控制作业带宽度，减轻对地表植被的破坏。",
    "We restored native vegetation on the closed quarry.",
    "The pipeline crews minimised disturbance to the surrounding land.",
])
def test_land_and_vegetation_restored_are_ecological_protection(text: str) -> None:
    assert points(text).get("I05.2", 0) > 0


def test_volunteers_restoring_a_riverbank_are_others() -> None:
    assert "I05.2" not in points("社区志愿者清理河道垃圾，恢复河岸植被。")


# ---- 5. I01.3: 环境影响评估 is 环评; a client's assessment is the client's ----------------------


@pytest.mark.parametrize("text", [
    "每个新建厂区都做过环境影响评估。",
    "所有扩建项目的环境影响评估均已获批。",
    "The plant's expansion received its environmental impact assessment approval.",
])
def test_an_environmental_impact_assessment_is_a_compliance_record(text: str) -> None:
    assert points(text).get("I01.3") == 1.0


@pytest.mark.parametrize("text", [
    "本行对授信客户开展环境影响评估。",
    "本行对授信客户开展环境影响评价。",
    "We carry out environmental impact assessments of borrowers before lending.",
])
def test_a_client_s_assessment_is_no_record_of_the_company(text: str) -> None:
    assert "I01.3" not in points(text)


# ---- 6. I13.4: a stress test written as a calculation ------------------------------------------


@pytest.mark.parametrize("text", [
    "本行建立了针对高碳行业的碳排放压力测算方法。",
    "本行对火电行业贷款开展碳价上涨的施压测算。",
    "We ran stress calculations of carbon prices on our power-sector loans.",
])
def test_a_stress_calculation_is_a_scenario_analysis(text: str) -> None:
    assert points(text).get("I13.4", 0) > 0


@pytest.mark.parametrize("text", [
    "公司对员工开展心理压力测算和疏导。",
    "We ran stress calculations on our liquidity position.",
])
def test_a_stress_calculation_without_climate_is_none(text: str) -> None:
    assert "I13.4" not in points(text)
