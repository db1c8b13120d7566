"""Prior-year figures in prose (session 7, issue #12): "上年同期 / 去年同期 / 上一年度 / the previous
year / (2022: …)" date a figure report year − 1 when the report year is known, a figure
compared with it is the report year's, and "分别为" lists keep the order of the names they
follow. Passages written for these tests (invented companies and figures)."""

from __future__ import annotations

from passage_docs import make_doc

from cnsr.assess.rate import rate_documents
from cnsr.methodology.load import LoadedMethodology
from cnsr.rating import Company, Rating


def _rate(passages: list[str], m: LoadedMethodology, year: int = 2023) -> Rating:
    return rate_documents([make_doc([passages])], Company(name="示例能源", year=year), m)


def _own(r: Rating) -> set[tuple[str, int | None, float]]:
    return {(e.scope, e.year, round(e.value, 1)) for e in r.emissions if e.kind == "own"}


def _point(r: Rating, pid: str) -> float:
    return next(p.rating for i in r.indicators for p in i.points if p.point == pid)


def test_same_period_last_year_in_the_next_clause(m: LoadedMethodology) -> None:
    r = _rate(["报告期内，公司温室气体排放总量为52.4万吨二氧化碳当量，其中直接排放1.06万吨、间接排放"
               "51.3万吨；上年同期分别为55.9万吨、1.12万吨和54.8万吨。"], m)
    assert {("total", 2023, 524_000.0), ("scope1", 2023, 10_600.0), ("scope2", 2023, 513_000.0),
            ("total", 2022, 559_000.0), ("scope1", 2022, 11_200.0),
            ("scope2", 2022, 548_000.0)} <= _own(r)
    assert _point(r, "I11.5") == 0.5  # two years
    assert r.indicator("I11").trend.band != "B0"


def test_last_year_wordings(m: LoadedMethodology) -> None:
    r = _rate(["本年度范围一排放8.72万吨二氧化碳当量，范围二排放21.5万吨二氧化碳当量；去年同期分别为"
               "9.04万吨和22.9万吨。"], m, year=2024)
    assert {("scope1", 2023, 90_400.0), ("scope2", 2023, 229_000.0),
            ("scope1", 2024, 87_200.0)} <= _own(r)
    r = _rate(["公司二氧化碳排放量为14.6万吨，较上一年度的15.3万吨二氧化碳有所下降。"], m)
    assert ("total", 2022, 153_000.0) in _own(r)


def test_english_prior_year(m: LoadedMethodology) -> None:
    r = _rate(["Our Scope 1 emissions were 31,480 tCO2e (2022: 33,910 tCO2e). Total GHG emissions "
               "were 96,350 tCO2e, compared with 101,200 tCO2e in the previous year."], m)
    own = _own(r)
    assert {("scope1", 2023, 31_480.0), ("scope1", 2022, 33_910.0),
            ("total", 2023, 96_350.0), ("total", 2022, 101_200.0)} <= own
    assert _point(r, "I11.5") == 0.5


def test_without_a_report_year_nothing_is_dated(m: LoadedMethodology) -> None:
    from cnsr.evidence.quantities import extract_quantities
    text = "上年同期排放量为41.2万吨。"
    assert [x.year for x in extract_quantities(text)] == [None]
    assert [x.year for x in extract_quantities(text, report_year=2023)] == [2022]
    # a comparison with last year is a base year, not the figure's year
    found = extract_quantities("碳排放量较上年下降3.2万吨。", report_year=2023)
    assert [(x.year, x.base_year) for x in found] == [(None, 2022)]


def test_names_listed_before_respectively_keep_their_order(m: LoadedMethodology) -> None:
    r = _rate(["公司直接排放和间接排放分别为0.86万吨二氧化碳当量和27.3万吨二氧化碳当量。"], m)
    assert {("scope1", None, 8_600.0), ("scope2", None, 273_000.0)} <= _own(r)
    r = _rate(["Scope 1 and Scope 2 emissions were 12,480 and 30,260 tCO2e respectively."], m)
    assert {("scope1", None, 12_480.0), ("scope2", None, 30_260.0)} <= _own(r)


def test_scopes_sharing_one_head_noun_keep_their_order(m: LoadedMethodology) -> None:
    # "范围一、范围二温室气体排放量": the scopes share one head noun, which names nothing of
    # its own (before: three names for two amounts, so both figures were "scope 1+2")
    r = _rate(["2023年，公司范围一、范围二温室气体排放量分别为7.4万吨和3.9万吨二氧化碳当量。"], m)
    assert {("scope1", 2023, 74_000.0), ("scope2", 2023, 39_000.0)} <= _own(r)
    r = _rate(["本集团范围1及范围2碳排放分别为12,310吨和48,620吨二氧化碳当量。"], m)
    assert {("scope1", None, 12_310.0), ("scope2", None, 48_620.0)} <= _own(r)
    # a total named first keeps its own place in the list
    r = _rate(["温室气体排放总量、范围一排放量分别为11.3万吨和7.4万吨二氧化碳当量。"], m)
    assert {("total", None, 113_000.0), ("scope1", None, 74_000.0)} <= _own(r)
