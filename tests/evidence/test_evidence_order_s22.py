"""The first evidence shown, from the blind rounds' unseen state (session 22, task s22-order;
docs/reader-history.md, "The first evidence shown on unseen documents"). Kinds of passage that
name a point's topic without disclosing it were quoted first where a passage of the same rating
disclosed it: a body's remit or agenda, an appraisal KPI, a climate risk (`evidence.aside`), a
heading alone (`evidence.heading_after`). Each is ranked after the passages of the same rating;
its rating stays. All passages are written for these tests.

Relevance (BM25) decides between passages of the same rating after the tie-breakers, so each
case gives the passage of the kind the higher relevance and the earlier place in the document:
without the tie-breaker it would be quoted first.
"""

from __future__ import annotations

from functools import partial

import pytest

from cnsr.evidence.evidence_order import point_order
from cnsr.evidence.find import Ranked, find_evidence

from .tagged import pages_document


def _ranked(pid: str, first: str, second: str) -> tuple[Ranked, Ranked]:
    """The two passages' hits for `pid` (one passage a page, `first` first), `first` given
    the higher relevance."""
    found = find_evidence([pages_document([first], [second])])
    by_text = {r.where.raw: r for r in found.points.get(pid, [])}
    assert first in by_text and second in by_text, (pid, sorted(by_text))
    a, b = by_text[first], by_text[second]
    assert a.hit.rating == b.hit.rating, (a.hit.rating, b.hit.rating)
    return a._replace(relevance=max(a.relevance, b.relevance) + 1.0), b


def _quoted_first(pid: str, first: str, second: str) -> str:
    found = find_evidence([pages_document([first], [second])])
    a, b = _ranked(pid, first, second)
    key = partial(point_order(found.lexicon), pid)
    return sorted([a, b], key=key)[0].where.raw


# ---- a body's remit or agenda (body_remit): the plan, the target, the measure first ---------

REMIT = [
    # session 26 (evidence): a remit with no date is now a mention of I08.1 (roadmap_remit, guide §12.8) and ranks after
    # the plan by its rating; dated here, the remit keeps 1 and the tie-breaker is still what orders the two
    ("I08.1", "董事会下设战略与可持续发展委员会，负责审议公司ESG战略、碳达峰行动方案和2023年度报告。",
     "2023年公司发布《碳达峰行动方案》，分三个阶段推进：2025年前完成燃煤锅炉替代，2028年实现碳达峰。"),
    ("I08.1", "集团碳达峰工作领导小组每半年听取碳达峰实施方案执行情况汇报，2023年共两次。",
     "公司制定《碳达峰实施方案》，明确2025年前完成全部窑炉电能替代、2030年前实现运营碳达峰。"),
    ("I06.1", "ESG委员会负责审议公司碳中和目标及年度ESG报告。",
     "公司承诺2030年前实现自身运营碳达峰、2050年前实现碳中和。"),
    ("I08.1", "The Sustainability Committee of the Board reviews progress against the "
              "decarbonisation plan twice a year.",
     "In 2023 we adopted a decarbonisation plan: all boilers will be electrified by 2026 and "
     "emissions will peak by 2028."),
    ("I06.1", "The Board oversees our net-zero commitment and climate targets.",
     "We are committed to reaching net-zero emissions in our own operations by 2040."),
]


@pytest.mark.parametrize(("pid", "remit", "plan"), REMIT)
def test_the_plan_is_quoted_before_a_body_remit(pid: str, remit: str, plan: str) -> None:
    assert _quoted_first(pid, remit, plan) == plan


REMIT_KEPT = [
    # an adoption is the act itself, no remit ("经董事会审议通过", "审议通过"; the Board approved)
    ("I08.1", "经董事会审议通过，公司发布《碳达峰行动方案》。",
     "2023年公司发布《碳达峰行动方案》，分三个阶段推进：2025年前完成燃煤锅炉替代，2028年实现碳达峰。"),
    ("I08.1", "The Board approved our decarbonisation plan in March 2023.",
     "In 2023 we adopted a decarbonisation plan: all boilers will be electrified by 2026 and "
     "emissions will peak by 2028."),
    # on the governance and MRV points the body's remit is what the point discloses
    ("I07.1", "董事会下设战略与可持续发展委员会，负责审议公司碳达峰行动方案和气候相关目标。",
     "董事会对气候相关事项负最终责任。"),
    ("I13.1", "碳管理办公室负责组织温室气体核算、数据填报和内部核查，核查结果报领导小组。",
     "公司建立碳排放管理体系，每年开展温室气体核算并经第三方核查。"),
]


@pytest.mark.parametrize(("pid", "first", "second"), REMIT_KEPT)
def test_an_adoption_and_a_governance_point_keep_their_order(pid: str, first: str,
                                                             second: str) -> None:
    assert _quoted_first(pid, first, second) == first


# ---- an appraisal KPI (appraisal, kpi_weight): the target itself first ----------------------

APPRAISAL = [
    ("I06.4", "总经理年度绩效考核包含范围一和范围二减排目标，权重为10%。",
     "公司承诺到2030年范围一和范围二温室气体排放较2020年下降42%。"),
    ("I06.4", "Since 2022 the annual bonus of the CEO includes a Scope 1 and 2 reduction target "
              "weighted at 10%.",
     "We commit to cut absolute Scope 1 and 2 emissions by 42% by 2030 from a 2020 base year."),
]


@pytest.mark.parametrize(("pid", "kpi", "target"), APPRAISAL)
def test_the_target_is_quoted_before_an_appraisal_kpi(pid: str, kpi: str, target: str) -> None:
    assert _quoted_first(pid, kpi, target) == target


def test_appraisal_stays_first_on_the_appraisal_point() -> None:
    # I07.4 is appraisal tied to carbon: the KPI is its disclosure
    kpi = "公司将单位产品综合能耗和碳排放强度纳入各基地总经理年度绩效考核，权重为8%。"
    other = "公司建立碳排放考核制度。"
    assert _quoted_first("I07.4", kpi, other) == kpi


# ---- a climate risk (climate_risk, climate_risk_generic): the measure first -----------------

RISK = [
    ("I04.1", "实体风险：干旱影响公司取水。",
     "公司严格执行取水许可制度，在各生产基地安装取水计量设施，建立取水台账并按月统计分析。"),
    ("I08.3", "气候相关风险方面，高温天气推高空调负荷，公司通过冷水机组节能改造应对。",
     "2023年公司完成两台冷水机组节能改造。"),
    ("I03.2", "Transition risks: rising electricity prices would increase the cost of our "
              "purchased electricity.",
     "We track purchased electricity and diesel use at every site each month."),
    # (the I08.4 case moved below: since blind round 39, session 27, the risk is no hit at all)
]


@pytest.mark.parametrize(("pid", "risk", "measure"), RISK)
def test_the_measure_is_quoted_before_a_climate_risk(pid: str, risk: str, measure: str) -> None:
    assert _quoted_first(pid, risk, measure) == measure


def test_efficiency_rules_as_a_risk_are_no_operations_hit() -> None:
    # blind round 39 (session 27): rules on energy efficiency named as a transition risk
    # (efficiency_rule) are no measure of the company's (I03.4 / I08.4 none): only the measure is quoted
    risk = ("Transition risks include tighter energy-efficiency rules for data centres "
            "(PUE caps) and higher electricity prices.")
    measure = "We installed free-air cooling at our data centres, lowering PUE from 1.31 to 1.26."
    found = find_evidence([pages_document([risk], [measure])])
    assert [r.where.raw for r in found.points.get("I08.4", [])] == [measure]


def test_a_risk_stays_first_on_a_risk_point() -> None:
    risk = "Physical risks: typhoons and floods may disrupt our coastal ports and warehouses."
    other = "Heat waves and droughts are the main physical risks to our inland plants."
    assert _quoted_first("I13.2", risk, other) == risk


# ---- a heading alone (heading_after): the body it heads first --------------------------------

HEADING = [
    ("I14.4", "碳资产管理与碳交易",
     "公司统筹管理碳配额、CCER等碳资产，建立配额交易决策机制，全年开展配额交易12笔。"),
    ("I05.3", "五、厂区绿化", "公司持续开展厂区绿化，2023年新增绿化面积2.6万平方米。"),
]


@pytest.mark.parametrize(("pid", "heading", "body"), HEADING)
def test_the_body_is_quoted_before_a_heading_alone(pid: str, heading: str, body: str) -> None:
    assert _quoted_first(pid, heading, body) == body


def test_a_short_sentence_is_no_heading() -> None:
    # a sentence's punctuation (or a digit) makes a passage more than a heading
    short = "公司开展碳资产管理与碳交易。"
    body = "公司统筹管理碳配额、CCER等碳资产，建立配额交易决策机制，全年开展配额交易12笔。"
    assert _quoted_first("I14.4", short, body) == short


def test_a_passage_of_the_kind_alone_stays_the_evidence() -> None:
    # ranking only orders; a point whose only passage is a remit keeps it, and its rating
    found = find_evidence([pages_document(
        ["董事会下设战略与可持续发展委员会，负责审议公司ESG战略、碳达峰行动方案和年度报告。"])])
    ranked = found.verified("I08.1", 3)
    # session 26 (evidence): the plan named only as a body's remit, with no date, is a mention (roadmap_remit, guide §12.8)
    assert len(ranked) == 1 and ranked[0].hit.rating == 0.5
