"""Stage classification (methodology §1), including its hard cases."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from passage_docs import make_doc

from cnsr.assess.rate import assess_documents
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company, Provenance, build_rating

ENV = [
    "公司设立环境保护委员会，制定环境管理制度。",
    "所属工厂均通过ISO 14001环境管理体系认证。",
    "全年二氧化硫排放量为86吨，氮氧化物排放量为142吨。",
    "全年综合能源消费量为12.6万吨标准煤。",
]
AWARE = "公司制定了碳达峰碳中和行动方案，力争2028年前实现碳达峰。"
QUANT = "2023年，公司温室气体排放总量为36.2万吨二氧化碳当量，其中范围一排放31.0万吨二氧化碳当量。"


def stage_of(m: LoadedMethodology, *pages: Sequence[Any]) -> tuple[int, dict[str, bool]]:
    a = assess_documents([make_doc(list(pages))], m)
    rating = build_rating(m, Company(name="测试公司", year=2023), a,
                          Provenance(methodology=m.label, produced_by="reader"))
    return rating.stage, {k: c.met for k, c in a.criteria.items()}


def test_stage_0_for_a_document_that_is_not_a_disclosure(m: LoadedMethodology) -> None:
    assert stage_of(m, ["本产品手册介绍设备的安装、调试与保修条款。", "客户服务热线：400-000-0000。"])[0] == 0
    assert stage_of(m, [])[0] == 0


def test_stage_1_environment_without_carbon_neutrality(m: LoadedMethodology) -> None:
    assert stage_of(m, ENV)[0] == 1


def test_stage_2_awareness_without_own_emissions(m: LoadedMethodology) -> None:
    assert stage_of(m, ENV, [AWARE])[0] == 2


def test_stage_3_with_own_emissions_quantified(m: LoadedMethodology) -> None:
    stage, crit = stage_of(m, ENV, [AWARE, QUANT])
    assert stage == 3 and all(crit.values())


def test_national_policy_as_background_is_not_awareness(m: LoadedMethodology) -> None:
    background = ["我国提出2030年前碳达峰、2060年前碳中和的目标。",
                  "在国家双碳战略背景下，公司主营业务保持稳定增长。",
                  "China aims to peak emissions before 2030 and reach carbon neutrality by 2060."]
    stage, crit = stage_of(m, ENV, background)
    assert stage == 1 and not crit["carbon_awareness"]


def test_english_company_commitment_is_awareness(m: LoadedMethodology) -> None:
    _, crit = stage_of(m, ENV, ["We have committed to reach net zero across our operations "
                                "by 2050."])
    assert crit["carbon_awareness"]


def test_reduction_amount_alone_is_not_quantification(m: LoadedMethodology) -> None:
    reductions = ["通过光伏发电，公司全年减少二氧化碳排放约2.1万吨。",
                  "节能改造项目累计减排二氧化碳5万吨。",
                  "Our wind farms avoided 1.2 million tonnes of CO2 emissions in 2023."]
    stage, crit = stage_of(m, ENV, [AWARE], reductions)
    assert stage == 2 and not crit["quantified_emissions"]


def test_emissions_table_quantifies(m: LoadedMethodology) -> None:
    table = [["指标", "单位", "2022年", "2023年"],
             ["温室气体排放总量", "吨二氧化碳当量", "52,100", "49,800"]]
    stage, _ = stage_of(m, ENV, [AWARE, table])
    assert stage == 3


def test_criteria_carry_evidence_with_pages(m: LoadedMethodology) -> None:
    a = assess_documents([make_doc([ENV, [AWARE], [QUANT]])], m)
    assert [e.page for e in a.criteria["carbon_awareness"].evidence] == [2]
    assert a.criteria["quantified_emissions"].evidence[0].page == 3
    assert "36.2万吨二氧化碳当量" in a.criteria["quantified_emissions"].evidence[0].quantities
    assert all(e.page == 1 for e in a.criteria["environmental_awareness"].evidence)
