"""Reading errors left from session 6 (issue #12), each a class seen on blind documents: a
carbon-market compliance period read as history, green-building certificates read as office
operations, 计划 as a noun read as a plan, a peaking year read as a quantified target, an
environmental-management certificate or a regulator read as the company's environmental
policy. Passages written for these tests (invented companies and figures)."""

from __future__ import annotations

import pytest

from .tagged import points

# -- an ETS compliance period is compliance (I14.1), not historical emissions (I11.5) ---------

ETS_PERIODS = [
    "本集团顺利完成2019-2020年度碳排放配额清缴履约，履约率100%。",
    "所属四家热电厂均已完成2021—2022年度碳排放配额清缴。",
    "公司按时完成2021～2022年碳排放权履约，未发生违约。",
    "Our two plants surrendered carbon allowances for the 2021-2022 compliance period in full.",
]


@pytest.mark.parametrize("text", ETS_PERIODS)
def test_an_allowance_period_is_compliance_not_history(text: str) -> None:
    found = points(text)
    assert "I11.5" not in found
    assert found.get("I14.1", 0) > 0


def test_a_range_of_emission_years_is_still_history() -> None:
    assert points("2021-2023年公司二氧化碳排放量分别为120万吨、115万吨和108万吨。").get("I11.5") == 1


# -- green-building certificates are low-carbon projects (I09.2), not office operations -------

GREEN_BUILDINGS = [
    "本年度共有6个住宅项目取得绿色建筑三星级标识，累计认证面积182万平方米。",
    "公司开发的滨江商业综合体获得LEED金级认证。",
    "旗下两座写字楼项目通过二星级绿色建筑评价。",
    "Three of our new residential projects achieved BREEAM Very Good ratings.",
    "Two of the logistics parks we completed this year were awarded LEED Gold certification.",
]


@pytest.mark.parametrize("text", GREEN_BUILDINGS)
def test_green_building_certificates_are_projects_not_offices(text: str) -> None:
    found = points(text)
    assert "I08.4" not in found
    assert found.get("I09.2", 0) > 0


def test_office_measures_still_count() -> None:
    assert points("总部办公楼更换LED照明并推行无纸化办公，全年节约用电12万千瓦时。").get("I08.4") == 1


# -- "将…纳入…计划" is done, not planned -------------------------------------------------------

INCLUDED_IN_PLANS = [
    ("公司将碳排放强度指标纳入年度经营计划和绩效考核。", "I07.4"),
    ("集团将碳减排指标纳入各子公司年度绩效考核计划。", "I07.4"),
    ("公司已将单位产品碳排放纳入生产计划考核，与车间负责人薪酬挂钩。", "I07.4"),
]


@pytest.mark.parametrize(("text", "point"), INCLUDED_IN_PLANS)
def test_included_in_a_plan_is_an_action_done(text: str, point: str) -> None:
    assert points(text).get(point) == 1


def test_a_real_plan_is_still_a_plan() -> None:
    assert points("公司计划于2025年开展碳排放指标考核。").get("I07.4") == 0.5


# -- a peaking / neutrality year is a target year (I06.2), not a quantified target (I06.3) ----

PEAKING_YEARS = [
    "力争2025年实现碳达峰。",
    "公司力争于2028年实现碳达峰、2055年实现碳中和。",
    "集团确保2030年前实现碳排放达峰，2060年前实现碳中和。",
    "We aim to peak our carbon emissions by 2028 and reach net zero by 2050.",
]


@pytest.mark.parametrize("text", PEAKING_YEARS)
def test_a_peaking_year_is_a_target_year_not_a_quantified_target(text: str) -> None:
    found = points(text)
    assert "I06.3" not in found
    assert found.get("I06.2") == 1


def test_a_reduction_target_is_still_quantified() -> None:
    assert points("公司力争2025年单位产值碳排放较2020年下降18%。").get("I06.3") == 1
    assert points("公司设定2030年温室气体减排目标。").get("I06.3") == 0.5


# -- permits, discharge-unit status and EMS certificates are not an environmental policy ------

NOT_POLICY = [
    "公司各厂区均为重点排污单位，已依法取得排污许可证，并通过ISO 14001环境管理体系认证。",
    "公司为水环境重点排污单位，按照环境保护部门要求公开排放信息。",
    "下属三家工厂均持有排污许可证，并取得环境管理体系证书。",
    "All four plants hold valid pollutant discharge permits and are certified to the ISO 14001 "
    "environmental management system.",
]


@pytest.mark.parametrize("text", NOT_POLICY)
def test_permit_and_certificate_are_not_policy(text: str) -> None:
    assert "I01.1" not in points(text)


def test_a_named_responsible_body_is_policy() -> None:
    assert points("本集团的环境工作由安全运营部归口管理。").get("I01.1") == 1
    assert points("公司建立了环境管理制度，由安全环保部归口管理。").get("I01.1") == 1


# -- context: a target list's lead-in, a response after its risk, a statement split by "；" ----

def hit(text: str, point: str) -> tuple[float, str] | None:
    """The point's rating and the sentence it quotes."""
    from cnsr.evidence.lexicon import load_lexicon
    from cnsr.evidence.match import analyse
    a = analyse(text, load_lexicon())
    h = a.points.get(point)
    return None if h is None else (h.rating, a.text[h.sentence[0]:h.sentence[1]])


TARGET_LISTS = [
    "以2020年为基准年，我们设定了以下目标：到2025年，单位产值碳排放下降18%；到2030年，范围一和范围二排放总量下降40%。",
    "公司以2021年为基年，制定如下减排目标：2025年单位营业收入碳排放强度降低20%；2030年降低45%。",
    "All targets below use a 2020 baseline. 2030: reduce Scope 1 and 2 emissions by 42%. "
    "2040: cut absolute Scope 3 emissions by 25%.",
    "We have set the following interim milestones, all against a 2019 baseline: "
    "2026 — lower the carbon intensity of our products by 20% per tonne.",
]


@pytest.mark.parametrize("text", TARGET_LISTS)
def test_a_target_list_takes_its_base_year_from_the_lead_in(text: str) -> None:
    found = hit(text, "I06.3")
    assert found is not None and found[0] == 1


def test_a_reduction_target_without_base_year_is_a_mention() -> None:
    # the methodology's I06.3 is a quantified target *with base year* (every label with 1 names one)
    assert points("到2025年，单位产值碳排放下降18%。").get("I06.3") == 0.5
    assert points("By 2030, we will reduce our carbon intensity by 30%.").get("I06.3") == 0.5


RESPONSES = [
    "气候风险：持续高温干旱可能导致水电出力下降、园区限电。应对措施：建设分布式光伏和储能设施，与电网签订需求响应协议。",
    "转型风险：全国碳市场配额分配逐年收紧，履约成本可能上升。应对策略：加快实施节能降碳改造，提升配额富余量。",
    "Physical risk: more frequent typhoons may disrupt operations at our coastal terminals. "
    "Response: we have raised quay walls and moved critical switchgear to higher floors.",
]


@pytest.mark.parametrize("text", RESPONSES)
def test_a_response_after_its_risk_answers_it(text: str) -> None:
    found = hit(text, "I13.5")
    assert found is not None and found[0] == 1
    assert "风险" in found[1] or "risk" in found[1]  # the risk is quoted with its response


def test_a_response_without_a_climate_risk_before_is_not_one() -> None:
    assert hit("安全风险：高处作业可能导致人员坠落。应对措施：全员配备安全带并开展专项检查。", "I13.5") is None


VERIFIED = [
    "公司2023年度环境绩效数据经第三方机构核查；核查范围覆盖范围一和范围二排放，核查结论为合理保证。",
    "本年度排放清单已委托独立第三方机构核查；核查边界为全部生产基地，涵盖范围一和范围二排放。",
]


@pytest.mark.parametrize("text", VERIFIED)
def test_a_verification_split_by_semicolon_is_one_statement(text: str) -> None:
    found = hit(text, "I12.5")
    assert found is not None and found[0] == 1
    assert "第三方" in found[1] and "范围一" in found[1]
