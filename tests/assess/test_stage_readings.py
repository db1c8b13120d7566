"""Carbon awareness in the forms real reports use (broad reading) and the strict reading.

Companies manage their own carbon for years before they use the words 碳达峰 / 碳中和: a GHG
inventory, carbon-market compliance, a low-carbon strategy, CO2 cut by their own projects.
The broad reading (default) counts those; the strict reading keeps only dual-carbon wording.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
from passage_docs import make_doc

from cnsr.assess.rate import assess_documents
from cnsr.methodology import LoadedMethodology
from cnsr.methodology.load import load_methodology
from cnsr.rating import Company, Provenance, build_rating

DEFAULT = Path(str(resources.files("cnsr.data").joinpath("methodology", "cnsr-default.yaml")))

ENV = [
    "公司设立安全环保部，负责环境管理制度的制定与监督检查。",
    "下属三家水泥厂均通过ISO 14001环境管理体系认证，全年未受到环保行政处罚。",
    "2016年熟料生产线颗粒物排放量为215吨，氮氧化物排放量为1,820吨。",
]

OWN_CARBON = {
    "inventory": "自2013年起，公司每年组织对各生产基地开展温室气体排放核算与碳盘查，并接受地方主管部门核查。",
    "ets": "作为湖北碳排放权交易试点的控排企业，公司按时完成2016年度碳排放配额清缴履约。",
    "ccer": "公司购买国家核证自愿减排量（CCER）1.2万吨，用于抵销部分配额缺口。",
    "strategy": "集团制定《低碳发展规划（2016—2020年）》，明确单位熟料二氧化碳排放逐年下降的要求。",
    "own_cut": "通过实施余热发电和窑炉节能改造项目，全年减少二氧化碳排放约6.8万吨。",
    "english": "We completed our third annual greenhouse gas inventory for all plants, verified by an external body.",
    "rules": "公司印发《温室气体排放管理制度》，规定各分厂排放数据的统计、报送与内部审核要求。",
    "system": "2017年公司建成碳排放数据监测、报告与核查工作机制，覆盖全部熟料生产线。",
    "body": "公司在生产技术部下设碳排放管理办公室，配备专职人员负责排放台账与数据质量。",
    "policy_en": "Our Carbon Emissions Policy assigns each plant manager responsibility for CO2 data and reduction measures.",
    # session 7: science-based targets, a renewable-electricity pledge, offsets for its own use
    "sbt": "集团已向科学碳目标倡议（SBTi）提交承诺函，计划两年内设定经核定的减排目标。",
    "sbt_en": "In 2023 the Group committed to setting near-term targets validated by the SBTi.",
    "re100": "本公司于2023年加入RE100，承诺2030年前全部生产基地实现100%可再生电力。",
    "offset": "公司购买并注销林业碳汇减排量2,600吨，抵消总部大楼当年的用电排放。",
    # session 8: CO2 its own project avoided, quantified ("相当于…", no action verb)
    "avoided": "公司利用熟料库和厂房屋顶建成光伏电站，2016年发电量412万千瓦时，相当于减排二氧化碳3,290吨。",
}

BACKGROUND = [
    "公司修订《能源管理办法》，成立节能降耗工作领导小组，推动各分厂节约用电。",
    "全国碳排放权交易市场于2021年7月启动上线交易，发电行业首批纳入。",
    "国家发展改革委印发《“十三五”控制温室气体排放工作方案》，要求到2020年单位国内生产总值二氧化碳排放比2015年下降18%。",
    "越来越多的跨国品牌加入RE100倡议，并向供应链提出使用绿色电力的要求。",
    "部分海外客户要求供应商设定科学碳目标，对行业提出了更高要求。",
    "当地林业部门大力发展林业碳汇，全市森林覆盖率超过六成。",
    "全省光伏发电量达到186亿千瓦时，相当于减少二氧化碳排放约1,480万吨。",
    # allowance prices are market news, not the company's compliance (session 8)
    "2016年湖北试点碳市场碳排放配额成交均价为每吨17.6元，较上年下降8%。",
]


def rate(m: LoadedMethodology, *pages: list[str]) -> tuple[int, dict[str, bool]]:
    a = assess_documents([make_doc(list(pages))], m)
    r = build_rating(m, Company(name="测试水泥", year=2016), a,
                     Provenance(methodology=m.label, produced_by="reader"))
    return r.stage, {k: c.met for k, c in a.criteria.items()}


@pytest.fixture(scope="module")
def strict(tmp_path_factory: pytest.TempPathFactory) -> LoadedMethodology:
    """The default methodology file with the strict reading chosen, as a user would write it."""
    text = DEFAULT.read_text(encoding="utf-8")
    assert "reading: broad}" in text
    path = tmp_path_factory.mktemp("strict") / "strict.yaml"
    path.write_text(text.replace("reading: broad}", "reading: strict}"), encoding="utf-8")
    return load_methodology(path)


@pytest.mark.parametrize("kind", sorted(OWN_CARBON))
def test_own_carbon_management_is_carbon_awareness(m: LoadedMethodology, kind: str) -> None:
    stage, crit = rate(m, ENV, [OWN_CARBON[kind]])
    assert crit["carbon_awareness"], kind
    assert stage >= 2


@pytest.mark.parametrize("kind", sorted(OWN_CARBON))
def test_strict_reading_needs_dual_carbon_words(strict: LoadedMethodology, kind: str) -> None:
    stage, crit = rate(strict, ENV, [OWN_CARBON[kind]])
    assert not crit["carbon_awareness"] and stage == 1


def test_national_policy_and_market_news_stay_background(m: LoadedMethodology) -> None:
    stage, crit = rate(m, ENV, BACKGROUND)
    assert not crit["carbon_awareness"] and stage == 1


def test_quantified_own_emissions_are_never_below_stage_3(m: LoadedMethodology,
                                                         strict: LoadedMethodology) -> None:
    # a KPI row of the company's own emissions, and nothing else about carbon
    kpi = [["指标", "单位", "2015年", "2016年"],
           ["二氧化碳排放总量", "万吨", "412.6", "398.1"]]
    a = assess_documents([make_doc([ENV, [kpi]])], m)
    assert a.criteria["quantified_emissions"].met
    assert a.criteria["carbon_awareness"].met
    assert a.criteria["carbon_awareness"].evidence[0].page == 2
    assert rate(m, ENV, [])[0] == 1
    r = build_rating(m, Company(name="测试水泥", year=2016), a,
                     Provenance(methodology=m.label, produced_by="reader"))
    assert r.stage == 3
    # the strict reading does not infer awareness from the numbers
    b = assess_documents([make_doc([ENV, [kpi]])], strict)
    assert b.criteria["quantified_emissions"].met and not b.criteria["carbon_awareness"].met


def test_awareness_evidence_names_the_sentence(m: LoadedMethodology) -> None:
    a = assess_documents([make_doc([ENV, ["公司董事会审议了年度经营计划。", OWN_CARBON["ets"]]])], m)
    ev = a.criteria["carbon_awareness"].evidence
    assert ev and ev[0].page == 2 and "履约" in ev[0].passage


@pytest.mark.parametrize("sentence", [
    "2023年，公司单位产品二氧化碳排放量为2.1吨/吨，较上年下降3.2%。",
    "In 2023 our Scope 1 and 2 emissions intensity was 58.4 kgCO2e per square metre of floor area.",
])
def test_own_emission_intensity_is_quantified(m: LoadedMethodology, sentence: str) -> None:
    stage, crit = rate(m, ENV, [sentence])
    assert crit["quantified_emissions"] and stage == 3


def test_reduction_amount_alone_is_not_quantified(m: LoadedMethodology) -> None:
    stage, crit = rate(m, ENV, [OWN_CARBON["own_cut"]])
    assert not crit["quantified_emissions"] and stage == 2
