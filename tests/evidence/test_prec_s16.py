"""Session 16 (issue #12, precision on judged real pairs; docs/judging.md version 1.3): kinds of
wording the reader gave a point the guide says they do not carry, each read as a class of cues:

- climate action named as the agenda of a board or committee (its remit: I07.x), as the climate
  plan of a province, a city or the nation (background, others'), or inside a reputation risk
  (I13.2) is no mention of a position (I06.1, §3.5, §8). 应对气候变化 in the company's own words
  stays a mention (dropping it costs carbon recall, session 15);
- an opportunity the dual-carbon goals bring is a climate opportunity (I13.3), no commitment
  (I06.1, §3.5);
- a study session of the leadership or party committee on carbon policy is training (I10.1),
  neither a commitment (I06.1, §8: a training is neighbour) nor the board's oversight (I07.1);
- a sudden environmental incident's emergency plan, drill or risk assessment is I01.4, no
  compliance record (I01.3, §5, §10); "no environmental incident" stays a record;
- a bank's internal incentives for green lending (capital cost, transfer price, appraisal, a
  dedicated quota) are a mention of its green financing (I15.4), no product (I09.2, §10); a
  green financial bond the bank issues is its own financing (I15.4), no product (§3.7), while
  underwriting clients' green bonds stays a service;
- a KPI row or clause that says it does not apply ("不适用", "not applicable", "N/A") gives no
  point; the other clauses of its sentence keep theirs (evidence.silent_clauses);
- greenery kept as a property service for residents and a village's greening in a rural-help
  project are others' green areas (I05.3, §3.7, §8);
- the company's own water-supply pipes checked for leaks speak of the water it takes (I04.1 at
  0.5), soil and groundwater investigated or protected of pollution prevention (I02.4 at 0.5;
  §2.6, §5): these keep the other-environment recall the rule above costs;
- I01.3 at 1 needs the compliance record (violations or penalties or none, permits held,
  assessments done, discharges within standards); a commitment to obey environmental law or a
  compliance drive named is a mention (§10); law with no environmental subject gives nothing.

The company's own disclosures of the same points keep them. Every sentence here was written for
these tests."""

from __future__ import annotations

import pytest

from .tagged import points


# ---- I06.1: climate action as a body's agenda, an authority's plan or a reputation risk
@pytest.mark.parametrize("text", [
    "董事会下设战略与ESG委员会，负责审议公司应对气候变化、员工权益等可持续发展事宜。",
    "审计委员会亦参与应对气候变化等ESG事项的监督。",
    "董事会监督管理层应对气候变化的工作进展。",
    "The Board oversees the Group's approach to climate change and other ESG matters.",
])
def test_climate_action_as_a_bodys_agenda_is_no_position(text: str) -> None:
    got = points(text)
    assert "I06.1" not in got


def test_a_bodys_climate_remit_keeps_board_oversight() -> None:
    assert points("董事会监督管理层应对气候变化的工作进展。").get("I07.1") == 1.0


@pytest.mark.parametrize("text", [
    "该园区项目已被纳入所在市应对气候变化规划的示范项目清单。",
    "项目入选了省应对气候变化工作方案的重点工程。",
    "我国应对气候变化战略对重点行业提出了更高要求。",
])
def test_an_authoritys_climate_plan_is_no_position(text: str) -> None:
    assert "I06.1" not in points(text)


@pytest.mark.parametrize("text", [
    "若公司在应对气候变化方面表现不佳，可能引发声誉风险。",
    "声誉风险：投资者关注应对气候变化议题，公司减排不力将使品牌形象受损。",
    "We face reputational risk if our climate performance falls short of investor expectations.",
])
def test_a_climate_reputation_risk_is_a_risk_not_a_position(text: str) -> None:
    got = points(text)
    assert "I06.1" not in got
    assert got.get("I13.2", 0) > 0


@pytest.mark.parametrize("text", [
    "我们致力于积极应对气候变化，努力减少运营的碳足迹。",
    "公司将应对气候变化纳入发展战略，持续推进节能降碳。",
])
def test_own_climate_action_wording_stays_a_mention(text: str) -> None:
    assert points(text).get("I06.1") == 0.5


# ---- I06.1: an opportunity the dual-carbon goals bring
@pytest.mark.parametrize("text", [
    "公司积极把握双碳新机遇，拓展储能与氢能业务。",
    "面对碳达峰碳中和带来的发展机遇，集团加大新能源装备研发。",
    "We seize the opportunities that net zero brings to our equipment business.",
])
def test_a_dual_carbon_opportunity_is_an_opportunity_not_a_commitment(text: str) -> None:
    got = points(text)
    assert "I06.1" not in got
    assert got.get("I13.3", 0) > 0


@pytest.mark.parametrize("text", [
    "公司承诺2030年前实现碳达峰、2060年前实现碳中和。",
    "集团已制定自身碳达峰碳中和行动方案。",
    "We have committed to reaching net zero across our operations by 2050.",
])
def test_an_own_commitment_keeps_i06_1(text: str) -> None:
    assert points(text).get("I06.1") == 1.0


# ---- I06.1 / I07.1: a leadership study session is training
@pytest.mark.parametrize("text", [
    "集团党委理论学习中心组开展碳达峰碳中和专题学习。",
    "公司组织管理层开展双碳政策集中学习会。",
    "The Board held a study session on carbon neutrality policy.",
])
def test_a_study_session_is_training_not_commitment_or_oversight(text: str) -> None:
    got = points(text)
    assert "I06.1" not in got
    assert "I07.1" not in got
    assert got.get("I10.1", 0) > 0


@pytest.mark.parametrize("text", [
    "董事会审议通过公司碳达峰行动方案。",
    "公司党委统筹推进碳达峰碳中和工作，成立双碳工作领导小组。",
    "The Board approved our net zero roadmap and oversees climate-related risks.",
])
def test_board_oversight_of_carbon_keeps_i07_1(text: str) -> None:
    assert points(text).get("I07.1") == 1.0


def test_a_study_session_on_another_topic_earns_nothing() -> None:
    assert points("中心组集中学习了关于安全生产的重要论述。") == {}


# ---- I01.3: an environmental incident's emergency work is I01.4, no compliance record
@pytest.mark.parametrize("text", [
    "公司修订突发环境事件专项应急预案，并组织各厂开展应急演练。",
    "开展突发环境事件风险评估，识别重点环境风险源。",
    "各基地每年开展突发环境事件处置演练。",
])
def test_incident_emergency_work_is_no_compliance_record(text: str) -> None:
    got = points(text)
    assert "I01.3" not in got
    assert got.get("I01.4", 0) > 0


@pytest.mark.parametrize("text", [
    "报告期内，公司未发生突发环境事件。",
    "2023年公司未发生重大环境事件，未受到环保处罚。",
    "We recorded no environmental incidents and received no environmental penalties in 2023.",
])
def test_an_incident_record_stays_i01_3(text: str) -> None:
    assert points(text).get("I01.3", 0) > 0


def test_an_english_incident_response_plan_is_no_compliance_record() -> None:
    assert "I01.3" not in points("We updated our environmental incident response plans at all plants.")


# ---- banks: internal green-finance incentives and their own bonds
@pytest.mark.parametrize("text", [
    "降低绿色信贷经济资本成本，增加绿色金融相关的考核要求。",
    "本行对绿色贷款实行内部资金转移定价优惠，并单列绿色信贷专项额度。",
    "将绿色信贷纳入分行绩效考核，提高考核权重。",
    "We apply a lower funds transfer price to green loans for all branches.",
])
def test_internal_green_finance_incentives_are_a_financing_mention(text: str) -> None:
    got = points(text)
    assert "I09.2" not in got
    assert "I07.4" not in got
    assert got.get("I15.4") == 0.5


@pytest.mark.parametrize("text", [
    "本行发行境内首单可持续挂钩绿色金融债券，规模100亿元。",
    "2023年本行发行绿色金融债券300亿元。",
    "We issued green financial bonds of RMB 30 billion in 2023.",
])
def test_an_own_green_bond_issued_is_own_financing_not_a_product(text: str) -> None:
    got = points(text)
    assert "I09.2" not in got
    assert got.get("I15.4") == 1.0


@pytest.mark.parametrize("text", [
    "本行主承销绿色债券45只，规模820亿元。",
    "2023年本行发行绿色金融债券300亿元，承销绿色债券7亿元。",
    "本行推出碳减排挂钩贷款等绿色金融产品。",
])
def test_green_products_and_underwriting_stay_a_service(text: str) -> None:
    assert points(text).get("I09.2") == 1.0


# ---- not applicable
@pytest.mark.parametrize("text", [
    "A2.5 制成品所用包装材料的总量 不适用",
    "包装材料使用量：不适用，本集团业务不涉及包装材料",
    "危险废物产生量 不适用",
    "Total packaging material used for finished products: Not applicable",
    "Hazardous waste produced: N/A",
    "本公司並無使用大量包裝材料，故此該關鍵績效指標不適用",
    "本集团并无使用包装材料，因此A2.5不适用。",
    "We do not use packaging material, therefore KPI A2.5 is not applicable.",
])
def test_a_not_applicable_row_gives_no_point(text: str) -> None:
    assert points(text) == {}


@pytest.mark.parametrize("text, point", [
    ("本年度危险废物产生量为12.5吨，包装材料使用量不适用。", "I02.3"),
    ("Water consumption was 1.2 million m3; packaging: not applicable.", "I04.1"),
    ("该标准不适用于本公司。公司危险废物全部委托有资质单位处置。", "I02.3"),
])
def test_the_other_clauses_keep_their_points(text: str, point: str) -> None:
    assert points(text).get(point, 0) > 0


# ---- others' green areas
@pytest.mark.parametrize("text", [
    "物业服务团队为住户维护小区绿化，定期修剪园林植物。",
    "我们为业主提供园林绿化养护服务，覆盖120个项目。",
    "在帮扶村推进村庄绿化美化，新植树木2000株。",
    "Our property management teams maintain residents' greenery and landscaping.",
])
def test_greenery_kept_for_residents_or_villages_is_others(text: str) -> None:
    assert "I05.3" not in points(text)


@pytest.mark.parametrize("text", [
    "公司厂区绿化面积达12万平方米，绿化率35%。",
    "公司在矿区复垦植树造林500亩。",
])
def test_own_green_area_keeps_i05_3(text: str) -> None:
    assert points(text).get("I05.3", 0) > 0


# ---- own water pipes and soil: mentions
@pytest.mark.parametrize("text", [
    "各厂区定期检修地下供水管网，及时发现并修复渗漏。",
    "开展供水管道漏损排查，全年减少漏水约2万吨。",
    "We inspect our water supply pipes for leaks every quarter.",
])
def test_own_water_pipes_checked_for_leaks_mention_i04_1(text: str) -> None:
    assert points(text).get("I04.1") == 0.5


@pytest.mark.parametrize("text", [
    "公司开展土壤和地下水调查与监测，严防土壤地下水污染。",
    "各生产基地按要求开展土壤及地下水自行监测。",
    "We carry out soil and groundwater monitoring at all plants.",
])
def test_soil_and_groundwater_work_mentions_i02_4(text: str) -> None:
    assert points(text).get("I02.4") == 0.5


def test_an_authoritys_soil_survey_is_not_the_companys() -> None:
    assert "I02.4" not in points("政府部门开展辖区土壤污染状况调查。")


# ---- I01.3: the record at 1, a commitment at 0.5
@pytest.mark.parametrize("text", [
    "公司严格遵守环境保护法律法规，持续推进环境合规管理。",
    "我们恪守生态环境法律法规，开展环境合规检查。",
    "11家分子公司通过清洁生产审核。",
    "We comply with all applicable environmental laws and regulations.",
])
def test_a_compliance_commitment_is_a_mention(text: str) -> None:
    assert points(text).get("I01.3") == 0.5


@pytest.mark.parametrize("text", [
    "报告期内公司未发生环境违法违规事件，未受到环保行政处罚。",
    "公司各生产基地均已取得排污许可证。",
    "所有新建项目均按要求开展环境影响评价。",
    "废水和废气经处理后均实现稳定达标排放。",
    "In 2023 we received no environmental penalties.",
])
def test_a_compliance_record_stays_disclosed(text: str) -> None:
    assert points(text).get("I01.3") == 1.0


def test_law_with_no_environmental_subject_gives_no_compliance() -> None:
    assert "I01.3" not in points("公司严格遵守反腐败和劳动法律法规。")
