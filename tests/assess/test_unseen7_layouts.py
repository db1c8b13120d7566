"""Layouts of the third round of unseen documents (session 7, issue #12): a contents table
printed on a page that also holds the foreword (no "目录" line above it, no leaders), and an
annual report's pollutant table whose "间接排放" column and "核定排放总量" header are water
pollutants, not GHG figures. Tables written for these tests (invented companies and numbers)."""

from __future__ import annotations

from passage_docs import make_doc

from cnsr.assess.rate import rate_documents
from cnsr.evidence.find import find_evidence
from cnsr.evidence.navigation import navigation_passages
from cnsr.methodology.load import LoadedMethodology
from cnsr.rating import Company

FOREWORD = "本报告是公司发布的第四份可持续发展报告，时间范围为2023年1月1日至12月31日。"
CONTENTS_TABLE = [["致辞与治理", "01"],
                  ["绿色办公　　节能降耗 ／ 无纸化 ／ 绿色出行", "03"],
                  ["应对气候变化　　温室气体排放 ／ 气候风险", "04"],
                  ["员工与社区", "06"]]


def test_a_contents_table_without_heading_is_navigation() -> None:
    doc = make_doc([[FOREWORD, CONTENTS_TABLE]])
    assert navigation_passages(doc) == {(1, 1)}
    assert find_evidence([doc]).points.get("I08.4") is None


def test_a_two_column_kpi_table_is_not_contents() -> None:
    kpi = [["员工总数（人）", "9,046"], ["女性员工占比（%）", "41.2"], ["人均培训时长（小时）", "62"]]
    assert navigation_passages(make_doc([[kpi]])) == set()
    pages_going_back = [["应对气候变化", "12"], ["员工", "05"], ["社区", "20"]]
    assert navigation_passages(make_doc([[pages_going_back]])) == set()


POLLUTANTS = [["主要污染物", "排放方式", "排放浓度（mg/L）", "核定排放总量（吨/年）", "实际排放总量（吨）"],
              ["化学需氧量", "间接排放", "64", "18.30", "9.72"],
              ["氨氮", "间接排放", "4.1", "1.83", "0.66"]]


def test_a_pollutant_table_is_no_ghg_figure(m: LoadedMethodology) -> None:
    intro = "公司承诺力争2030年前实现自身运营碳达峰，并制定了绿色低碳发展行动方案。"
    r = rate_documents([make_doc([[intro, POLLUTANTS]])], Company(name="测试港务", year=2023), m)
    assert [e for e in r.emissions if e.kind == "own"] == []
    assert r.stage == 2


def test_a_row_is_quoted_not_the_group_label_over_it() -> None:
    from cnsr.assess.points import table_excerpt

    rows = [["指标", "单位", "2022", "2023"],
            ["能源", "", "", ""],
            ["综合能源消费量", "万吨标准煤", "12.6", "12.1"],
            ["汽油", "吨", "830", "792"]]
    assert table_excerpt(rows, ["能源", "汽油"], 300) == "指标 | 单位 | 2022 | 2023\n汽油 | 吨 | 830 | 792"


def test_a_label_column_joined_to_the_first_year_column(m: LoadedMethodology) -> None:
    # a header cell over a category and an item column: the text layer joins the item label
    # with the first year's figure ("燃油 3,840 | 3,615")
    rows = [["表2 温室气体排放（单位：吨二氧化碳当量）", ""],
            ["类别 2022年", "2023年"],
            ["制冷剂逸散 21,460", "19,870"],
            ["范围一燃油 3,840", "3,615"],
            ["范围二外购电力 88,120", "84,330"],
            ["合计 113,420", "107,815"]]
    r = rate_documents([make_doc([[rows]])], Company(name="测试超市", year=2023), m)
    own = {(e.scope, e.year): e.value for e in r.emissions if e.kind == "own"}
    assert own[("scope2", 2022)] == 88_120 and own[("scope2", 2023)] == 84_330
    assert own[("total", 2022)] == 113_420
