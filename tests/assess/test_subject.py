"""The company's own name speaks for it, and the report year tells history from targets."""

from __future__ import annotations

import pytest
from passage_docs import make_doc

from cnsr.assess.rate import rate_documents
from cnsr.evidence.subject import company_names
from cnsr.methodology.load import LoadedMethodology
from cnsr.rating import Company, Rating


def _rate(sentences: list[str], m: LoadedMethodology, name: str = "华岳新材料股份有限公司",
          year: int = 2023) -> Rating:
    return rate_documents([make_doc([sentences])], Company(name=name, year=year), m)


def _own(r: Rating) -> set[tuple[str, int | None, float]]:
    return {(e.scope, e.year, round(e.value_t)) for e in r.emissions if e.kind == "own"}


def test_names_without_their_legal_form() -> None:
    assert company_names("华岳新材料股份有限公司") == ("华岳新材料股份有限公司", "华岳新材料")
    assert company_names("东岭能源集团有限公司") == ("东岭能源集团有限公司", "东岭能源")
    names = company_names("Northgate Shipping Holdings Limited")
    assert names[0] == "Northgate Shipping Holdings Limited" and "Northgate Shipping" in names
    # too short or generic to stand for the company alone
    assert company_names("中国集团") == ("中国集团",)


@pytest.mark.parametrize("sentence, name", [
    ("华岳新材料积极应对气候变化，制定了碳达峰行动方案并逐年分解到各生产基地。", "华岳新材料股份有限公司"),
    ("东岭能源坚持绿色低碳发展，已制定碳中和路线图。", "东岭能源集团有限公司"),
    ("Northgate Shipping has committed to net zero emissions across its fleet by 2050.",
     "Northgate Shipping Holdings Limited"),
])
def test_the_company_named_by_its_name_shows_carbon_awareness(sentence: str, name: str,
                                                              m: LoadedMethodology) -> None:
    r = _rate([sentence], m, name=name)
    assert r.criteria["carbon_awareness"].met
    assert r.stage >= 2


def test_another_company_named_is_not_the_subject(m: LoadedMethodology) -> None:
    r = _rate(["东岭能源积极应对气候变化，制定了碳达峰行动方案。"], m, name="华岳新材料股份有限公司")
    assert not r.criteria["carbon_awareness"].met


@pytest.mark.parametrize("sentence", [
    "到2030年，集团范围一和范围二排放量降至85万吨二氧化碳当量。",
    "公司2030年碳排放总量控制在120万吨二氧化碳当量以内。",
    "预计2025年公司二氧化碳排放量将达到152万吨。",
])
def test_a_target_or_forecast_is_not_a_disclosed_figure(sentence: str,
                                                        m: LoadedMethodology) -> None:
    r = _rate([sentence], m)
    assert _own(r) == set()
    assert not r.criteria["quantified_emissions"].met
    assert r.stage < 3


def test_the_report_year_is_history_not_a_target(m: LoadedMethodology) -> None:
    sentence = "2025年，公司范围一温室气体排放量为12.3万吨二氧化碳当量，较上年下降4.1%。"
    r = _rate([sentence], m, year=2025)
    assert ("scope1", 2025, 123000) in _own(r)
    assert r.stage == 3
    # the same words about a later year in an earlier report are a forecast
    assert _rate([sentence.replace("为", "预计为")], m, year=2023).stage < 3


def test_a_cap_target_in_english_is_carbon_awareness(m: LoadedMethodology) -> None:
    r = _rate(["By 2030, our Scope 1 and 2 emissions will be capped at 850,000 tCO2e."], m,
              name="Northgate Shipping Holdings Limited")
    assert r.criteria["carbon_awareness"].met
    assert _own(r) == set()


def test_a_future_year_of_an_older_report_is_a_target(m: LoadedMethodology) -> None:
    # "到2020年" in a 2017 report is a target (before session 8 only years from 2024 were)
    sentence = "到2020年，公司单位产品二氧化碳排放较2015年下降18%，排放总量控制在42万吨以内。"
    old = _rate([sentence], m, year=2017)
    points = {p.point: p.rating for i in old.indicators for p in i.points if p.rating > 0}
    assert points.get("I06.3") == 1.0  # a quantified reduction target with its year
    assert _own(old) == set() and old.stage < 3
    # the same sentence in a 2021 report speaks of a year gone by: no target
    later = _rate([sentence], m, year=2021)
    assert "I06.3" not in {p.point for i in later.indicators for p in i.points if p.rating > 0}
