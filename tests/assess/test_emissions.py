"""Emissions as data: the GHG figures a rating carries, whose they are, and what own series add
(history point, trend band). Passages and tables are written for these tests (invented
companies and numbers)."""

from __future__ import annotations

import io

import pytest
from passage_docs import make_doc
from rich.console import Console

from cnsr.assess.rate import rate_documents
from cnsr.evidence.emission_figures import load_markers
from cnsr.methodology.load import LoadedMethodology
from cnsr.rating import Company, EmissionFigure, Rating
from cnsr.report.rating_table import rating_tables

KPI = [["指标", "单位", "2021年", "2022年", "2023年"],
       ["范围一温室气体排放量", "万吨二氧化碳当量", "86.4", "83.1", "79.5"],
       ["范围二温室气体排放量（基于市场）", "万吨二氧化碳当量", "21.7", "20.9", "22.3"],
       ["单位产品二氧化碳排放量", "t/t", "2.26", "2.18", "2.10"]]

ZH_PAGES = [
    ["2023年，本集团温室气体排放总量为101.8万吨二氧化碳当量，较上年下降2.1%。",
     "在全球气候治理加速的背景下，我国2022年二氧化碳排放总量约为114亿吨，本集团积极响应国家战略。",
     "本集团持续推进分布式光伏建设，全年光伏发电相当于减排二氧化碳3.6万吨。"],
    [KPI],
    ["单位产品二氧化碳排放量 2.1 t/t，处于同行业先进水平。",
     "公司当年售出的乘用车在使用阶段产生的二氧化碳排放约为410万吨。"],
]

BANK = ["本行2023年自身运营温室气体排放为3.52万吨二氧化碳当量，其中范围一排放0.61万吨，范围二排放2.91万吨。",
        "经测算，本行对公贷款投融资碳排放约为1,860万吨二氧化碳当量，主要集中于电力和钢铁行业。"]

EN = ["In FY2023 our Scope 1 emissions were 15,320 tCO2e and our market-based Scope 2 "
      "emissions were 8,940 tCO2e.",
      "Through on-site solar and efficiency upgrades we avoided 2,100 tCO2e in 2023.",
      "Financed emissions of our corporate loan portfolio were estimated at 2.4 MtCO2e in 2023.",
      "Vehicles sold in 2023 are expected to emit 1.3 million tCO2e over their use phase."]


def _rate(pages: list[list[object]], m: LoadedMethodology) -> Rating:
    return rate_documents([make_doc(pages)], Company(name="测试集团", year=2023), m)


def _find(r: Rating, **want: object) -> list[EmissionFigure]:
    return [e for e in r.emissions if all(getattr(e, k) == v for k, v in want.items())]


@pytest.fixture(scope="module")
def zh(m: LoadedMethodology) -> Rating:
    return _rate(ZH_PAGES, m)


def test_own_total_and_kpi_table_with_unit_cell(zh: Rating) -> None:
    total = _find(zh, scope="total", kind="own", year=2023)
    assert [e.value for e in total] == [pytest.approx(1_018_000)]
    assert total[0].unit == "tCO2e" and total[0].value_t == pytest.approx(1_018_000)
    assert total[0].evidence.page == 1 and "101.8万吨" in total[0].evidence.passage
    scope1 = _find(zh, scope="scope1", kind="own")
    assert [(e.year, e.value) for e in scope1] == [
        (2021, pytest.approx(864_000)), (2022, pytest.approx(831_000)),
        (2023, pytest.approx(795_000))]
    # the evidence is the table's header over the figure's row
    assert scope1[0].evidence.passage == (
        "指标 | 单位 | 2021年 | 2022年 | 2023年\n"
        "范围一温室气体排放量 | 万吨二氧化碳当量 | 86.4 | 83.1 | 79.5")
    assert scope1[0].evidence.page == 2 and scope1[0].label == "范围一温室气体排放量"
    market = _find(zh, scope="scope2_market")
    assert [e.year for e in market] == [2021, 2022, 2023] and market[2].value == pytest.approx(223_000)


def test_intensity_keeps_its_denominator(zh: Rating) -> None:
    intensity = _find(zh, scope="intensity", kind="own")
    assert [(e.year, e.value, e.unit) for e in intensity] == [
        (2021, 2.26, "t/t"), (2022, 2.18, "t/t"), (2023, 2.1, "t/t")]
    assert intensity[0].denominator == "t" and intensity[0].value_t is None
    # the same 2.1 t/t in a sentence without a year is the table's 2023 figure: listed once
    assert len([e for e in zh.emissions if e.value == 2.1]) == 1


def test_others_emissions_kept_apart(zh: Rating) -> None:
    sector = _find(zh, kind="sector")
    assert [(e.value, e.year) for e in sector] == [(pytest.approx(1.14e10), 2022)]
    avoided = _find(zh, kind="avoided")
    assert [e.value for e in avoided] == [pytest.approx(36_000)]
    customers = _find(zh, kind="customers")
    assert [e.value for e in customers] == [pytest.approx(4_100_000)]
    own_values = {round(e.value) for e in _find(zh, kind="own")}
    assert not own_values & {11_400_000_000, 36_000, 4_100_000}


def test_bank_financed_emissions_dwarf_its_own(m: LoadedMethodology) -> None:
    r = _rate([BANK], m)
    own = {(e.scope, round(e.value)) for e in _find(r, kind="own")}
    assert own == {("total", 35_200), ("scope1", 6_100), ("scope2", 29_100)}
    financed = _find(r, kind="financed")
    assert [(e.scope, e.value, e.year) for e in financed] == [
        ("total", pytest.approx(18_600_000), None)]


def test_english_disclosure(m: LoadedMethodology) -> None:
    r = _rate([EN], m)
    got = {(e.scope, e.kind, e.year, round(e.value)) for e in r.emissions}
    assert got == {("scope1", "own", 2023, 15_320), ("scope2_market", "own", 2023, 8_940),
                   ("total", "avoided", 2023, 2_100), ("total", "financed", 2023, 2_400_000),
                   ("total", "customers", 2023, 1_300_000)}


def test_targets_factors_and_allowances_are_not_figures(m: LoadedMethodology) -> None:
    r = _rate([["公司力争到2030年将温室气体排放总量控制在80万吨以内。",
                "外购电力排放因子采用0.5703吨二氧化碳/兆瓦时。",
                "2023年公司获得碳排放配额65万吨，已按期完成清缴。"]], m)
    assert r.emissions == []


def test_reduction_then_level(m: LoadedMethodology) -> None:
    r = _rate([["2023年公司碳排放总量较上年减少4.2万吨，为96.3万吨。",
                "Scope 1 emissions decreased by 4% to 12,400 tCO2e in 2023."]], m)
    got = {(e.scope, e.kind, round(e.value)) for e in r.emissions}
    assert got == {("total", "avoided", 42_000), ("total", "own", 963_000),
                   ("scope1", "own", 12_400)}


def test_history_point_from_own_series(m: LoadedMethodology) -> None:
    three = _rate([[KPI[:2]]], m)
    assert three.indicator("I11").points[4].point == "I11.5"
    assert three.indicator("I11").points[4].rating == 1.0
    two = _rate([[[["指标", "单位", "2022年", "2023年"],
                   ["范围一温室气体排放量", "tCO2e", "48,210", "46,905"]]]], m)
    hist = two.indicator("I11").points[4]
    assert hist.rating == 0.5 and hist.evidence and "48,210" in hist.evidence[-1].passage
    # others' figures over years are no history of the company's own emissions
    financed = _rate([["本行投融资碳排放2022年、2023年分别为1,720万吨和1,860万吨。"]], m)
    assert {e.kind for e in financed.emissions} == {"financed"}
    assert financed.indicator("I11").points[4].rating == 0.0


def test_series_across_passages_is_a_trend(m: LoadedMethodology) -> None:
    pages = [["2022年，公司范围一排放为12.8万吨二氧化碳当量。"],
             ["2023年，公司范围一排放为11.9万吨二氧化碳当量。"]]
    r = _rate(pages, m)
    trend = r.indicator("I11").trend
    assert trend.band != "B0" and "1 favourable" in trend.reason
    assert trend.evidence and trend.evidence[0].page == 2


def test_json_round_trip_and_old_bodies(zh: Rating) -> None:
    body = zh.model_dump(mode="json")
    assert body["emissions"][0]["value_t"] == body["emissions"][0]["value"]
    assert Rating.model_validate(body).emissions == zh.emissions
    del body["emissions"]
    assert Rating.model_validate(body).emissions == []


def test_rate_table_shows_an_emissions_block(zh: Rating, m: LoadedMethodology) -> None:
    out = io.StringIO()
    Console(file=out, width=160).print(rating_tables(zh, m, "zh"))
    text = out.getvalue()
    assert "排放数据" in text and "scope1" in text and "万吨二氧化碳当量" in text
    assert "减排/避免" in text


def test_markers_file_is_validated(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from cnsr.errors import DataError

    (tmp_path / "emissions.yaml").write_text("version: 1\nkinds: {own: []}\n", encoding="utf-8")
    with pytest.raises(DataError, match="emissions.yaml"):
        load_markers(tmp_path)
    assert load_markers(None).points["scope1"] == "I11.1"


LABELLED = [
    ["本集團年內溫室氣體排放總量約為26,480噸二氧化碳當量（二零二二年：27,950噸）。",
     "Scope 1 emissions: 9,870 tCO2e; Scope 2 (location-based) emissions: 16,610 tCO2e.",
     "范围二（基于市场）温室气体排放量：1.52万吨二氧化碳当量。",
     "2023年，公司万元产值二氧化碳排放量0.48吨，较上年下降3.2%。"],
]


def test_a_year_labelling_the_next_figure_does_not_date_the_one_before(
        m: LoadedMethodology) -> None:
    r = _rate(LABELLED, m)
    this_year = _find(r, kind="own", scope="total", value=pytest.approx(26_480))
    assert [e.year for e in this_year] in ([None], [2023])
    assert [e.value for e in _find(r, kind="own", scope="total", year=2022)] == [
        pytest.approx(27_950)]


def test_a_label_before_a_colon_governs_the_figure_after_it(m: LoadedMethodology) -> None:
    r = _rate(LABELLED, m)
    assert [e.value for e in _find(r, scope="scope1")] == [pytest.approx(9_870)]
    assert [e.value for e in _find(r, scope="scope2_location")] == [pytest.approx(16_610)]
    assert [e.value for e in _find(r, scope="scope2_market")] == [pytest.approx(15_200)]


def test_an_amount_per_ten_thousand_yuan_is_not_a_total(m: LoadedMethodology) -> None:
    r = _rate(LABELLED, m)
    assert not _find(r, value=pytest.approx(0.48), scope="total")


OTHERS = [
    ["公司参股的东港热电厂2023年二氧化碳排放量为318万吨，公司持股比例为35%。",
     "经统计，参与供应链减碳行动的主要供应商2023年温室气体排放合计为52.7万吨二氧化碳当量。",
     "公司所在经济开发区全年排放二氧化碳约41万吨，园区管委会正在推进集中供热改造。",
     "全球水泥行业每年排放二氧化碳约25亿吨。",
     "2023年，公司全球运营温室气体排放总量为8.35万吨二氧化碳当量。",
     "Our suppliers disclosed 0.9 million tCO2e of Scope 1 and 2 emissions to us in 2023."],
]


def test_investees_suppliers_and_regions_are_not_own(m: LoadedMethodology) -> None:
    r = _rate(OTHERS, m)
    kinds = {round(e.value_t or 0): e.kind for e in r.emissions}
    assert kinds[3_180_000] == "financed"  # a minority stake's plant
    assert kinds[527_000] == "suppliers"
    assert kinds[900_000] == "suppliers"
    assert kinds[410_000] == "sector"  # the development zone it sits in
    assert kinds[2_500_000_000] == "sector"
    # "全球运营" is the company's own operations across countries, not the world
    assert kinds[83_500] == "own"
    assert [e.value_t for e in r.emissions if e.kind == "own"] == [pytest.approx(83_500)]


@pytest.mark.parametrize("sentence", OTHERS[0][:3] + OTHERS[0][5:])
def test_someone_elses_figure_alone_neither_scores_nor_stages(m: LoadedMethodology,
                                                               sentence: str) -> None:
    r = _rate([[sentence]], m)
    assert r.stage < 3
    i11 = [p for ind in r.indicators if ind.indicator == "I11" for p in ind.points]
    assert i11 and all(p.rating == 0 for p in i11)


def test_a_long_english_label_is_cut_between_words(m: LoadedMethodology) -> None:
    r = _rate([["In the reporting year, the Company's consolidated operational greenhouse gas "
                "emissions across all of its mills (Scope 1 and 2) amounted to approximately 74,860 "
                "tonnes of CO2 equivalent."]], m)
    [fig] = _find(r, scope="scope1_2", kind="own")
    assert fig.value_t == pytest.approx(74_860)
    first = fig.label.split()[0]
    assert first in r.emissions[0].evidence.passage.split(), fig.label


@pytest.mark.parametrize(("sentence", "unit", "value"), [
    ("2023年，公司每万元营业收入二氧化碳排放量为0.27吨，同比下降5.3%。", "tCO2/万元", 0.27),
    ("2023年度本公司百万元营收碳排放为3.8吨。", "tCO2e/万元", 0.038),
    ("报告期内，全厂吨熟料二氧化碳排放812千克，优于行业基准值。", "tCO2/t", 0.812),
    ("2023年员工人均温室气体排放量为1.64吨二氧化碳当量。", "tCO2e/人", 1.64),
    ("2023年，本集团办公楼宇温室气体排放密度为每平方米0.083吨二氧化碳当量。", "tCO2e/m2", 0.083),
    ("In 2023 our operational emissions intensity was 0.052 tCO2e per square metre of "
     "floor area.", "tCO2e/m2", 0.052),
    ("In 2023, Scope 1 and 2 emissions per employee were 2.9 tCO2e.", "tCO2e/人", 2.9),
    ("Our 2023 GHG intensity was 14.6 tCO2e per RMB million of revenue.", "tCO2e/万元", 0.146),
])
def test_intensities_in_words_are_kept_with_their_unit(sentence: str, unit: str, value: float,
                                                       m: LoadedMethodology) -> None:
    r = _rate([[sentence]], m)
    figs = [e for e in r.emissions if e.kind == "own"]
    assert [(e.scope, e.unit) for e in figs] == [("intensity", unit)]
    assert figs[0].value == pytest.approx(value)
    assert r.criteria["quantified_emissions"].met


def test_an_intensity_from_one_level_to_another(m: LoadedMethodology) -> None:
    r = _rate([["吨钢二氧化碳排放由1.95吨降至1.88吨。"]], m)
    assert sorted((e.scope, e.unit, e.value) for e in r.emissions) == [
        ("intensity", "tCO2/t", pytest.approx(1.88)), ("intensity", "tCO2/t", pytest.approx(1.95))]


def test_an_intensity_whose_unit_is_not_said_is_left_out(m: LoadedMethodology) -> None:
    r = _rate([["2023年，公司碳排放强度为0.58吨，较上年有所下降。"]], m)
    assert not [e for e in r.emissions if e.kind == "own"]


def test_a_scope_numeral_glued_to_its_figure_keeps_the_scope(m: LoadedMethodology) -> None:
    # "范围一1,204吨": no space between the Chinese numeral and the figure
    r = _rate([["2023年本公司温室气体排放量为：范围一1,204吨二氧化碳当量；范围二8,950吨二氧化碳当量。"]], m)
    assert {(e.scope, e.value_t) for e in r.emissions if e.kind == "own"} == {
        ("scope1", 1_204), ("scope2", 8_950)}
