"""Emission figures the reader misread or lost, by kind (session 18, issue #12). Passages and
tables written for these tests (invented companies and figures):

- a clause of nothing but another year after a "其中" breakdown, or after "；", repeats the head
  subject of the figures before it (the total the parts were of, else the last figure);
- a segment named as the subject of the clauses leading to a figure ("集团航空器消耗航油…，
  产生二氧化碳排放…") makes the figure that segment's, a part, not the company's total;
- a KPI table continued on the next page keeps its header when the page left only bullet dots
  under the first part, or the second look read a running head into the second part.
"""

from __future__ import annotations

import pytest
from passage_docs import make_doc

from cnsr.assess.rate import rate_documents
from cnsr.ingest.document import Table
from cnsr.ingest.tables import continue_table
from cnsr.methodology.load import LoadedMethodology
from cnsr.rating import Company, Rating


def _rate(passages: list[str], m: LoadedMethodology, year: int = 2023) -> Rating:
    return rate_documents([make_doc([passages])], Company(name="示例制造", year=year), m)


def _own(r: Rating) -> set[tuple[str, int | None, float]]:
    return {(e.scope, e.year, round(e.value, 1)) for e in r.emissions if e.kind == "own"}


@pytest.mark.parametrize("text, head, year, value", [
    ("公司2023年温室气体排放总量为4.12万吨二氧化碳当量，其中范围一0.61万吨，范围二3.51万吨，"
     "2022年为4.37万吨。", "total", 2022, 43_700.0),
    ("报告期内集团碳排放总量38.6万吨二氧化碳当量，其中直接排放9.2万吨、间接排放29.4万吨；"
     "2022年为40.3万吨。", "total", 2022, 403_000.0),
    ("本年度温室气体排放总量为12,480吨二氧化碳当量，其中范围一（天然气锅炉）2,310吨，范围二（外购"
     "电力）10,170吨；上年为13,050吨。", "total", 2022, 13_050.0),
    ("全年范围一排放1.9万吨二氧化碳当量；2022年度为2.1万吨。", "scope1", 2022, 21_000.0),
])
def test_another_year_repeats_the_head_subject(m: LoadedMethodology, text: str, head: str,
                                               year: int, value: float) -> None:
    own = _own(_rate([text], m))
    assert (head, year, value) in own
    # the parts keep the report year, and the other year is not a part's
    assert not any(y == year and v == value for s, y, v in own if s != head)


def test_without_a_breakdown_the_last_figure_is_repeated(m: LoadedMethodology) -> None:
    own = _own(_rate(["范围一排放为1.2万吨二氧化碳当量，范围二排放为3.4万吨二氧化碳当量，"
                      "2022年为3.6万吨二氧化碳当量。"], m))
    assert ("scope2", 2022, 36_000.0) in own


def test_a_sentence_after_a_semicolon_that_is_not_another_year_is_not_a_figure(
        m: LoadedMethodology) -> None:
    own = _own(_rate(["公司2023年温室气体排放总量为2.74万吨二氧化碳当量；2022年公司完成光伏改造"
                      "12项，新增装机3.1万千瓦。"], m))
    assert own == {("total", 2023, 27_400.0)}


@pytest.mark.parametrize("text", [
    "2023年，集团航空器消耗航油63.4万吨，产生二氧化碳排放199.7万吨。",
    "本年度公司国内航线机队共消耗航空煤油31.2万吨，相应排放二氧化碳98.3万吨。",
    "In 2023 our aircraft burned 412,000 tonnes of jet fuel, emitting 1.3 million tCO2.",
])
def test_a_segment_leading_the_sentence_makes_its_figure_a_part(m: LoadedMethodology,
                                                                text: str) -> None:
    assert not any(s == "total" for s, _, _ in _own(_rate([text], m)))


@pytest.mark.parametrize("text, value", [
    ("集团航空器消耗航油82.5万吨，地面车辆消耗柴油1.2万吨，合计产生二氧化碳排放264万吨。", 2_640_000.0),
    ("航空器排放二氧化碳250万吨，公司2023年温室气体排放总量为262万吨二氧化碳当量。", 2_620_000.0),
])
def test_a_total_after_a_segment_stays_the_total(m: LoadedMethodology, text: str,
                                                 value: float) -> None:
    assert any(s == "total" and v == value for s, _, v in _own(_rate([text], m)))


def test_a_running_head_atop_a_continued_table_is_passed_over() -> None:
    previous = Table(rows=[["Table 4 · Scope 3 emissions (tCO2e)", "", "", ""],
                           ["Category", "2022", "2023", "Method"],
                           ["1 Purchased goods", "81,200", "79,400", "spend-based"]])
    rest = Table(rows=[["Qingshan Motors · 2023 ESG Report", "", "", ""],
                       ["Total Scope 3", "96,300", "92,800", ""]])
    joined = continue_table(previous, rest)
    assert joined is not None and joined.rows[:2] == previous.rows[:2]
    zh_prev = Table(rows=[["指标", "单位", "2022年", "2023年"], ["范围一排放", "万吨", "8.1", "7.6"]])
    zh_rest = Table(rows=[["（续表）", "", "", ""], ["范围三排放", "万吨", "41.2", "39.9"]])
    assert continue_table(zh_prev, zh_rest) is not None
    # a new table under a lone title still is a new table
    assert continue_table(zh_prev, Table(rows=[["表5 用水情况", "", "", ""],
                                               ["指标", "单位", "2022年", "2023年"],
                                               ["取水量", "万吨", "12", "11"]])) is None


def test_bullet_dots_under_a_table_do_not_end_it() -> None:
    from cnsr.ingest.layout import Line
    from cnsr.ingest.pdf import _running
    dots = [Line("·", 300, 700 + 8 * i, 303, 706 + 8 * i) for i in range(3)]
    assert _running([*dots, Line("4", 297, 810, 303, 818)])
    assert not _running([Line("The figures above were assured by a third party and restated "
                              "where methods changed.", 52, 700, 540, 710)])
