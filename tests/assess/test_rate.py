"""Documents → Rating: evidence with pages, bands, provenance, determinism."""

from __future__ import annotations

from typing import Any

import pytest
from passage_docs import make_doc

from cnsr.assess.rate import assess_documents, rate_documents
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company, Rating

PAGES: list[list[Any]] = [
    ["公司设立安全环保部，负责环境保护管理工作。",
     "全年综合能源消费量为12.6万吨标准煤，同比下降4.2%，优于行业平均水平。",
     "万元产值综合能耗为0.21吨标准煤，较上年下降3%。",
     "公司计划2024年完成余热回收改造，预计年节约标准煤0.8万吨。"],
    ["公司制定了碳达峰行动方案，力争2028年实现碳达峰。",
     "员工人均培训时长36小时；客户满意度95分。"],
    [[["指标", "单位", "2021年", "2022年", "2023年"],
      ["范围一排放", "万吨二氧化碳当量", "33.0", "32.1", "31.0"],
      ["范围二排放", "万吨二氧化碳当量", "5.6", "5.4", "5.2"]],
     "排放数据经第三方机构核查。"],
]
COMPANY = Company(name="测试能源股份有限公司", code="600000.SH", industry="D44", year=2023)


@pytest.fixture(scope="module")
def rating(m: LoadedMethodology) -> Rating:
    return rate_documents([make_doc(PAGES)], COMPANY, m)


def test_stage_and_points(rating: Rating) -> None:
    assert rating.stage == 3
    assert rating.indicator("I11").points[0].rating == 1  # scope 1 from the table
    assert rating.indicator("I11").points[4].rating == 1  # three years of history
    assert rating.indicator("I03").points[0].rating == 1


def test_every_nonzero_point_has_evidence_with_a_page(rating: Rating) -> None:
    for ind in rating.indicators:
        for p in ind.points:
            if p.rating > 0:
                assert p.evidence and all(e.page is not None for e in p.evidence), p.point
                assert all(e.file == "report.pdf" and e.matched for e in p.evidence)


def test_employee_and_customer_passage_is_not_evidence(rating: Rating) -> None:
    for ind in rating.indicators:
        for p in ind.points:
            assert not any("客户满意度" in e.passage for e in p.evidence), p.point


def test_dimensions_from_findings(rating: Rating) -> None:
    i03 = rating.indicator("I03")
    assert i03.trend.band != "B0"  # energy and intensity down year on year: favourable
    assert i03.comparison.band != "B0"  # prior year and industry average
    assert "future plans stated" in i03.integration.reason
    i11 = rating.indicator("I11")
    assert "favourable" in i11.trend.reason and i11.trend.band != "B0"
    assert rating.indicator("I15").trend.band == "B0"


def test_provenance(rating: Rating) -> None:
    prov = rating.provenance
    assert prov.produced_by == "reader"
    assert prov.inputs == [{"file": "report.pdf", "sha256": make_doc(PAGES).sha256}]


def test_same_inputs_same_rating(m: LoadedMethodology, rating: Rating) -> None:
    again = rate_documents([make_doc(PAGES)], COMPANY, m)
    assert again.model_dump_json() == rating.model_dump_json()


def test_several_documents_are_one_company_year(m: LoadedMethodology) -> None:
    first = make_doc(PAGES[:2], path="esg.pdf")
    second = make_doc(PAGES[2:], path="annual.pdf")
    a = assess_documents([first, second], m)
    assert a.points["I11.1"].evidence[0].file == "annual.pdf"
    assert a.points["I03.1"].evidence[0].file == "esg.pdf"


def test_unfavourable_trend_is_not_rewarded(m: LoadedMethodology) -> None:
    rising = [[["指标", "单位", "2021年", "2022年", "2023年"],
               ["温室气体排放总量", "万吨二氧化碳当量", "30.0", "33.5", "37.2"]]]
    falling = [[["指标", "单位", "2021年", "2022年", "2023年"],
                ["温室气体排放总量", "万吨二氧化碳当量", "37.2", "33.5", "30.0"]]]
    up = assess_documents([make_doc([rising])], m).dimensions["I11"]["trend"]
    down = assess_documents([make_doc([falling])], m).dimensions["I11"]["trend"]
    assert m.spec.band_rank(down.band) > m.spec.band_rank(up.band)
    assert "1 unfavourable" in up.reason


def test_an_english_report_is_a_partial_international_voice(m: LoadedMethodology) -> None:
    english = make_doc([["Our environmental management system is certified to ISO 14001 and "
                         "our plants hold valid discharge permits for all outlets. " * 4]],
                       path="en.pdf")
    chinese = make_doc([["公司所属工厂均通过ISO 14001环境管理体系认证。"]], path="zh.pdf")
    assert assess_documents([english], m).points["I10.3"].rating == 0.5
    assert assess_documents([chinese], m).points["I10.3"].rating == 0
