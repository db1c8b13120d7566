"""Known misses and misreads by kind (session 22, issue #12; docs/judging.md v1.5). Passages
written for these tests (invented companies and figures).

- A hydrogen-blending trial in the gas a network carries is a demonstration project (I09.4), no
  own energy structure (I08.2) nor R&D spend (I09.1; guide §3.10).
- An international methane initiative joined (OGMP 2.0, OGCI) is international voice (I10.3),
  no influence on an industry (I10.2); the reporting level committed to under it is no target
  year (I06.2; a silent clause, which an English full stop now ends).
- Reclaimed water supplied to others is the company's water reused (I04.3), no material used
  (I04.2); the freshwater it saves the users is theirs (I04.1; guide §3.7). Treatment chemicals
  dosed are materials used (I04.2).
- Flood or storm-surge defences raised to a return-period standard answer a physical climate
  risk (I13.5).
- A future period leading an English sentence ("From 2024 to 2026, …") makes its figures a plan,
  as "2024—2026年，" does; a clause with no subject, date or mark of its own after a planned one
  goes on with the plan ("计划新增…，外购绿电比例提高至30%"; guide §3.8).
- Figures said not to be verified hold no verification (I13.1 at most a mention, no I12.5).
- An environmental protection tax is no environmental investment (I05.1; guide §5 I05.1, §3.3).
"""

from __future__ import annotations

import pytest

from cnsr.ingest.document import Document, Page, Passage, Table
from evidence.tagged import best_ratings, points, points_of

# ---- 1. others' or neighbouring acts -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "In 2023 we completed a 10% hydrogen-blending trial on a 38 km branch line with a research institute.",
    "We ran a pilot of 5% hydrogen blending in the city gas network of one district, together with a university.",
    "2023年，公司在一条支线上完成10%天然气掺氢输送试验，与某研究院共同开展。",
    "公司联合高校开展城镇燃气管网掺氢示范，掺氢比例达到8%。",
])
def test_a_hydrogen_blending_trial_is_no_own_energy_structure(text: str) -> None:
    got = points(text)
    assert "I08.2" not in got, got
    assert "I09.1" not in got, got
    assert got.get("I09.4") == 1.0, got


@pytest.mark.parametrize("text", [
    "2023年，公司在两座门站新建分布式光伏2.4兆瓦，年发电260万千瓦时。",
    "We installed 2.4 MW of rooftop solar at two compressor stations in 2023, generating 2.6 GWh.",
    "2023年公司外购绿色电力3,200万千瓦时，占总用电量的28%。",
])
def test_own_energy_structure_stays(text: str) -> None:
    assert points(text).get("I08.2") == 1.0


@pytest.mark.parametrize("text", [
    "We joined the Oil & Gas Methane Partnership (OGMP 2.0) in 2023.",
    "The Group became a member of OGMP 2.0 and reports its methane emissions under its framework.",
    "公司于2023年加入油气甲烷伙伴关系（OGMP 2.0）。",
    "本集团已加入OGCI倡议，定期披露甲烷排放数据。",
])
def test_an_international_methane_initiative_is_international_voice(text: str) -> None:
    got = points(text)
    assert got.get("I10.3") == 1.0, got
    assert "I10.2" not in got, got


def test_the_domestic_methane_alliance_stays_an_industry_mention() -> None:
    assert points("公司作为成员单位参与中国油气企业甲烷控排联盟工作。").get("I10.2") == 0.5


@pytest.mark.parametrize("text", [
    "We joined OGMP 2.0 in 2023, committing to Level 5 reporting by 2026.",
    "As a member of OGMP 2.0 we aim to reach Gold Standard reporting by 2025.",
    "公司加入OGMP 2.0，承诺2026年前达到第五级报告水平。",
])
def test_a_reporting_level_is_no_target_year(text: str) -> None:
    got = points(text)
    assert "I06.2" not in got, got
    assert "I06.3" not in got, got


@pytest.mark.parametrize("text", [
    "We joined OGMP 2.0 in 2023, committing to Level 5 reporting by 2026. We also committed to reach net zero operational emissions by 2050.",
    "公司加入OGMP 2.0，承诺2026年前达到第五级报告水平；公司力争2030年前实现运营碳达峰。",
])
def test_a_target_beside_a_reporting_level_stays(text: str) -> None:
    assert points(text).get("I06.2") == 1.0


def test_an_english_full_stop_ends_a_silent_clause() -> None:
    text = ("We joined OGMP 2.0 in 2023, committing to Level 5 reporting by 2026. Our 2023 Scope 1 "
            "and 2 data received limited assurance from an independent verifier under ISO 14064-3.")
    assert points(text).get("I12.5") == 1.0


@pytest.mark.parametrize("text", [
    "We supplied 126 million m³ of reclaimed water, 11.6% of the wastewater treated, to two power plants for cooling.",
    "Reclaimed water supplied to the industrial park reached 42 million m³ in 2023.",
    "2023年公司向两座电厂供应再生水1.26亿立方米，占污水处理量的11.6%。",
    "全年再生水供应量3,860万立方米，主要用于工业园区冷却和河道补水。",
])
def test_reclaimed_water_supplied_is_water_reused(text: str) -> None:
    got = points(text)
    assert got.get("I04.3") == 1.0, got
    assert "I04.2" not in got, got


@pytest.mark.parametrize("text", [
    "The power plants report that reclaimed water replaced 98 million m³ of their freshwater intake.",
    "The reclaimed water cut our customers' water withdrawals by 12 million m³.",
    "再生水替代电厂新鲜水取用9,800万立方米。",
    "据测算，再生水每年为用户节约新鲜水1,200万立方米。",
])
def test_the_freshwater_others_saved_is_theirs(text: str) -> None:
    got = points(text)
    assert "I04.1" not in got, got
    assert "I04.2" not in got, got


@pytest.mark.parametrize("text", [
    "2023年公司新鲜水取用量1,260万立方米，同比下降3.2%。",
    "Our freshwater withdrawal was 12.6 million m³ in 2023, down 3.2% year on year.",
])
def test_own_freshwater_stays(text: str) -> None:
    assert points(text).get("I04.1") == 1.0


@pytest.mark.parametrize("text", [
    "We dosed 12,600 tonnes of sodium acetate in 2023 as an external carbon source.",
    "Coagulant consumption fell by 9% after dosing was automated at five plants.",
    "2023年各污水厂投加乙酸钠1.26万吨。",
    "通过精准加药，全年絮凝剂用量同比下降9%。",
])
def test_treatment_chemicals_dosed_are_materials_used(text: str) -> None:
    assert points(text).get("I04.2") == 1.0


@pytest.mark.parametrize("text", [
    "公司识别的主要气候风险包括台风和风暴潮。公司已将罐区防潮堤加高至百年一遇标准。",
    "针对极端降雨，厂区防洪墙已加固至五十年一遇标准。",
    "We raised the sea wall of our coastal tank farm to a 1-in-100-year flood standard in 2023.",
    "The flood barriers at two plants were upgraded to withstand a 1-in-50-year event.",
])
def test_flood_defences_raised_are_a_climate_risk_response(text: str) -> None:
    assert points(text).get("I13.5") == 1.0


@pytest.mark.parametrize("text", [
    "该水库大坝按百年一遇洪水设计。",
    "The dam was designed for a 1-in-100-year flood.",
    "公司完成厂区防洪墙粉刷。",
])
def test_a_design_standard_is_no_response(text: str) -> None:
    assert "I13.5" not in points(text)


# ---- 2. plans read as acts ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "From 2024 to 2026, the share of green power purchased rises to 30% and rooftop solar grows by 10 MW.",
    "Over 2025-2027, purchased green electricity increases to 40% of our power use.",
    "Between 2024 and 2026, renewable electricity reaches 35% of the Group's consumption.",
])
def test_an_english_future_period_lead_makes_the_share_a_plan(text: str) -> None:
    got = points(text)
    assert got.get("I03.5", 0) <= 0.5, got
    assert got.get("I08.2", 0) <= 0.5, got


@pytest.mark.parametrize("text", [
    "In 2021-2023, purchased green electricity increased to 40% of our power use.",
    "In 2023, purchased green electricity reached 40% of our power use.",
])
def test_a_past_english_period_stays_a_disclosure(text: str) -> None:
    assert points(text).get("I08.2") == 1.0


def test_an_english_target_over_a_plan_period_keeps_its_target_points() -> None:
    text = "From 2024 to 2026, we will cut carbon intensity by 12% against 2020 and peak our emissions by 2028."
    assert points_of(text, {"I06.2": 1, "I06.3": 1}) == {"I06.2": 1, "I06.3": 1}


@pytest.mark.parametrize("text", [
    "公司计划新增屋顶光伏10兆瓦，外购绿电比例提高至30%。",
    "拟在三个基地建设分布式光伏12兆瓦，年发电量1,300万千瓦时。",
    "集团计划建设储能电站，可再生能源电力占比提升至45%。",
    "We plan to add 10 MW of rooftop solar at three bases, raising the share of green power to 30%.",
])
def test_a_subjectless_clause_after_a_plan_is_planned(text: str) -> None:
    got = points(text)
    assert got.get("I03.5", 0) <= 0.5, got
    assert got.get("I08.2", 0) <= 0.5, got


@pytest.mark.parametrize("text", [
    "公司计划新增屋顶光伏10兆瓦，2023年外购绿电比例已达30%。",
    "公司计划明年新增屋顶光伏10兆瓦，目前外购绿电比例为30%。",
    "集团计划扩建储能电站，本年度可再生能源电力占比达到45%。",
    "公司新增屋顶光伏10兆瓦，外购绿电比例提高至30%。",
])
def test_a_clause_with_its_own_date_or_mark_stays_done(text: str) -> None:
    assert points(text).get("I08.2") == 1.0


# ---- 4. verification said not done -----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2023年公司温室气体排放总量为4.26万吨二氧化碳当量，由公司自行核算，未经第三方核查。",
    "排放数据尚未经第三方核查，公司计划于2024年引入外部核查。",
    "上述温室气体数据尚未开展第三方核查。",
    "Our 2023 GHG emissions were calculated in-house and have not been verified by a third party.",
    "The GHG inventory was compiled without third-party verification.",
])
def test_figures_not_verified_are_no_verification(text: str) -> None:
    got = points(text)
    assert got.get("I13.1", 0) <= 0.5, got
    assert "I12.5" not in got, got


@pytest.mark.parametrize("text", [
    "公司温室气体排放数据经第三方机构核查，核查范围覆盖范围一和范围二。",
    "Our Scope 1 and 2 emissions were verified by a third party under ISO 14064-3.",
])
def test_verification_stays(text: str) -> None:
    assert points(text).get("I12.5") == 1.0


def test_an_uncertified_sink_stays_vetoed() -> None:
    assert "I08.6" not in points("该项目碳汇未经核证，也不用于抵消集团的排放。")


# ---- 5. the environmental protection tax --------------------------------------------------------


@pytest.mark.parametrize("text", [
    "本年度公司缴纳环境保护税126万元。",
    "税金及附加中，环境保护税1,862,330.00元。",
    "We paid RMB 1.2 million of environmental protection tax in 2023.",
])
def test_the_environmental_protection_tax_is_no_investment(text: str) -> None:
    assert "I05.1" not in points(text)


@pytest.mark.parametrize("text", [
    "2023年公司环保投入4.36亿元，主要用于脱硫脱硝设施改造。",
    "Our environmental protection investment was RMB 216 million in 2023.",
])
def test_environmental_investment_stays(text: str) -> None:
    assert points(text).get("I05.1") == 1.0


# ---- a clean-power share ------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "2023年清洁电力占电解用电比例为21.4%。",
    "可再生电力占比由2022年的18%提高至2023年的24%。",
    "Clean electricity accounted for 21.4% of the power used in electrolysis in 2023.",
    "The share of non-fossil power in our electricity use reached 24% in 2023.",
])
def test_a_clean_power_share_is_a_clean_share(text: str) -> None:
    assert points(text).get("I03.5") == 1.0


@pytest.mark.parametrize("text", [
    "全国清洁电力装机规模持续扩大。",
    "Clean electricity is growing fast across the country.",
])
def test_clean_power_without_a_share_is_no_share(text: str) -> None:
    assert points(text).get("I03.5", 0) < 1


# ---- 3. a table column naming each row's client ------------------------------------------------


def _table_doc(rows: list[list[str]], after: str | None = None) -> Document:
    table = Table(rows=rows)
    passages = [Passage(page=1, index=0, text=table.as_text(), table=table)]
    if after:
        passages.append(Passage(page=1, index=1, text=after))
    return Document(path="s22.pdf", sha256="0" * 64, kind="pdf", pages=[
        Page(number=1, text="\n".join(p.text for p in passages), passages=passages)])


_MRV = ("I12.1", "I12.2", "I12.4", "I12.5", "I13.1")


@pytest.mark.parametrize("rows", [
    [["序号", "项目名称", "委托方", "服务内容", "状态"],
     ["1", "某化工园区碳排放核查", "某化工集团", "碳盘查", "已完成"],
     ["2", "某钢厂温室气体排放核算", "某钢铁集团", "核算报告", "已完成"]],
    [["序号", "项目", "委托单位", "内容", "状态"],
     ["1", "某市重点企业碳排放核查", "市生态环境局", "第三方核查", "已完成"]],
    [["No.", "Project", "Client", "Service", "Status"],
     ["1", "GHG inventory and third-party verification of a chemical park", "Client A", "verification", "done"]],
])
def test_a_client_column_holds_for_every_row(rows: list[list[str]]) -> None:
    got = best_ratings(_table_doc(rows))
    for p in _MRV:
        assert got.get(p, 0) == 0, (p, got)


def test_a_table_without_a_client_column_keeps_its_rows() -> None:
    got = best_ratings(_table_doc([["年份", "事项", "状态"],
                                   ["2023", "温室气体排放数据经第三方机构核查", "已完成"]]))
    assert got.get("I12.5", 0) >= 0.5, got


def test_the_own_verification_after_the_table_stays() -> None:
    doc = _table_doc([["序号", "项目名称", "委托方", "服务内容"],
                      ["1", "某化工园区碳排放核查", "某化工集团", "碳盘查"]],
                     "公司自身温室气体排放数据经第三方机构核查，核查范围覆盖范围一和范围二。")
    assert best_ratings(doc).get("I12.5") == 1.0


# ---- 4. methane named as a metric, programme or rule --------------------------------------------


@pytest.mark.parametrize("text", [
    "We were engaged to provide limited assurance on its 2023 Scope 1 and Scope 2 GHG emissions and methane intensity.",
    "Methane intensity, defined as methane emitted over marketed gas, fell in 2023.",
    "The Low-Carbon Office coordinates the GHG inventory and the methane programme.",
    "公司对范围一和范围二温室气体排放及甲烷排放强度开展有限保证鉴证。",
    "低碳办公室统筹温室气体盘查和甲烷管理工作。",
    "We pledge to cut the methane intensity of our operated production to below 0.20% by 2030 and reduce emissions.",
])
def test_methane_named_as_a_metric_or_programme_is_no_breakdown(text: str) -> None:
    assert "I11.6" not in points(text)


@pytest.mark.parametrize("text", [
    "Methane emissions were 28.2 kt CH4 in 2023, and methane intensity fell to 0.24%.",
    "2023年甲烷排放量2.82万吨，占范围一排放的23%。",
    "Scope 1 emissions come mostly from methane (CH4) released in sludge handling.",
    "2023年单位产量温室气体排放量、甲烷排放强度同比分别下降4%和11%。",
])
def test_methane_emissions_stay_a_breakdown(text: str) -> None:
    assert points(text).get("I11.6") == 1.0


# ---- recycled material returned to the clients -------------------------------------------------


@pytest.mark.parametrize("text", [
    "公司与六家动力电池企业建立了“定向回收、原料返还”闭环合作。",
    "据客户测算，使用公司再生镍钴原料生产的三元前驱体，其产品碳足迹降低约35%。",
    "Recovered nickel and cobalt materials are returned to the battery makers under a closed-loop agreement.",
])
def test_material_returned_to_clients_is_no_own_material(text: str) -> None:
    assert "I04.2" not in points(text)


@pytest.mark.parametrize("text", [
    "2023年公司使用再生铝原料生产铝型材12万吨。",
    "公司以废旧电池8.6万吨和废钢62.4万吨为原料，再生原料使用比例达到100%。",
])
def test_own_recycled_inputs_stay(text: str) -> None:
    assert points(text).get("I04.2") == 1.0
