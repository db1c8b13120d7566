"""Navigation pages earn nothing; traditional-character reports earn what they disclose and
are quoted in their own characters."""

from __future__ import annotations

import pytest
from passage_docs import make_doc

from cnsr.assess.points import evidence_of
from cnsr.errors import DataError
from cnsr.evidence.find import find_evidence
from cnsr.evidence.navigation import navigation_passages
from cnsr.evidence.navigation_rules import load_navigation
from cnsr.ingest.document import Document, Page

CONTENTS = ["目录", "关于本报告 ........ 2", "董事长致辞 ........ 4",
            "应对气候变化 ........ 18", "温室气体排放管理 ........ 21",
            "节能减排与绿色运营 ........ 26", "可再生能源发展 ........ 30"]

GRI_INDEX = [
    ["GRI标准", "披露项", "报告章节", "页码"],
    ["GRI 305-1", "直接（范围一）温室气体排放", "应对气候变化", "21"],
    ["GRI 305-2", "能源间接（范围二）温室气体排放", "应对气候变化", "21"],
    ["GRI 305-5", "温室气体减排量", "节能减排", "24"],
    ["GRI 302-1", "组织内部的能源消耗量", "绿色运营", "26"],
]

HKEX_INDEX_TRADITIONAL = [
    ["層面", "關鍵績效指標", "描述", "頁碼"],
    ["A1", "A1.1", "排放物種類及相關排放數據", "P23"],
    ["A1", "A1.2", "直接（範圍1）及能源間接（範圍2）溫室氣體排放量及密度", "P23"],
    ["A1", "A1.5", "描述所訂立的排放量目標及為達到這些目標所採取的步驟", "P24"],
    ["A2", "A2.1", "按類型劃分的直接及╱或間接能源總耗量及密度", "P26"],
]

STAKEHOLDERS = [
    ["利益相关方", "关注议题", "沟通方式"],
    ["政府与监管机构", "碳达峰碳中和、节能减排、合规经营", "政策对接、专题汇报"],
    ["客户", "低碳产品、产品碳足迹", "客户走访、满意度调查"],
    ["社区", "生态保护、绿色运营", "社区开放日、志愿服务"],
]

MATERIALITY_LABELS = ["实质性议题矩阵", "应对气候变化", "节能减排", "可再生能源",
                      "生物多样性保护", "员工健康与安全", "供应链管理"]
MATERIALITY_PROSE = ("我们通过问卷调查和深度访谈收集了1,200余份利益相关方意见，识别出对公司发展"
                     "和利益相关方均高度重要的议题12项。")

DISCLOSURE = ("2023年，公司积极应对气候变化，范围一温室气体排放量为48,210吨二氧化碳当量，"
              "较上年下降2.7%；全年开展节能减排改造项目16个，节约标准煤3,200吨。")

KPI_TRADITIONAL = [
    ["指標", "單位", "2021年", "2022年", "2023年"],
    ["範圍一溫室氣體排放", "萬噸二氧化碳當量", "41.2", "40.3", "38.6"],
    ["範圍二溫室氣體排放", "萬噸二氧化碳當量", "13.9", "13.1", "12.4"],
    ["綜合能源消耗量", "萬噸標準煤", "21.5", "20.8", "19.9"],
]
PROSE_TRADITIONAL = ("本集團承諾於2030年前實現碳達峰、2060年前實現碳中和。二〇二三年，本集團透過"
                     "屋頂光伏及節能改造項目減少二氧化碳排放1,860噸，並持續開展溫室氣體盤查。")


def _nav_pages(doc: Document) -> set[int]:
    return {page for page, _ in navigation_passages(doc)}


def test_contents_page_one_passage_or_one_per_line() -> None:
    assert navigation_passages(make_doc([["\n".join(CONTENTS)]])) == {(1, 0)}
    assert len(navigation_passages(make_doc([CONTENTS]))) == len(CONTENTS)
    findings = find_evidence([make_doc([CONTENTS])])
    assert findings.points == {}
    assert findings.navigation == [("report.pdf", 1)] * len(CONTENTS)


def test_contents_without_leaders_is_known_by_its_heading() -> None:
    lines = ["目 录", "02 关于本报告", "04 董事长致辞", "18 应对气候变化", "21 温室气体排放管理",
             "26 绿色运营"]
    assert find_evidence([make_doc([lines])]).points == {}


def test_gri_index_table_is_navigation_even_without_a_heading() -> None:
    doc = make_doc([["GRI内容索引", GRI_INDEX], [GRI_INDEX[1:]]])
    assert _nav_pages(doc) == {1, 2}
    assert find_evidence([doc]).points == {}


def test_hkex_index_in_traditional_characters() -> None:
    doc = make_doc([["香港聯交所《環境、社會及管治報告指引》索引", HKEX_INDEX_TRADITIONAL]])
    assert navigation_passages(doc) == {(1, 0), (1, 1)}
    assert find_evidence([doc]).points == {}


def test_stakeholder_table_is_navigation() -> None:
    doc = make_doc([["利益相关方沟通", STAKEHOLDERS]])
    assert find_evidence([doc]).points == {}
    # the same words in a sentence of the report are disclosure
    prose = "公司高度重视应对气候变化，持续推进节能减排，积极开发低碳产品并核算产品碳足迹。"
    assert find_evidence([make_doc([[prose]])]).points


def test_materiality_labels_left_out_but_the_explaining_prose_stays() -> None:
    doc = make_doc([[*MATERIALITY_LABELS, MATERIALITY_PROSE, DISCLOSURE]])
    nav = navigation_passages(doc)
    assert nav == {(1, i) for i in range(len(MATERIALITY_LABELS))}
    findings = find_evidence([doc])
    quoted = {r.where.raw for ranked in findings.points.values() for r in ranked}
    assert quoted == {DISCLOSURE}
    assert findings.best("I11.1") == 1.0


def test_kpi_table_with_a_gri_column_is_disclosure() -> None:
    rows = [["指标", "GRI", "单位", "2022年", "2023年"],
            ["范围一温室气体排放", "305-1", "吨二氧化碳当量", "49,550", "48,210"],
            ["范围二温室气体排放", "305-2", "吨二氧化碳当量", "21,320", "20,870"]]
    doc = make_doc([["环境绩效", rows]])
    assert navigation_passages(doc) == set()
    assert find_evidence([doc]).best("I11.1") == 1.0


def test_navigation_pages_do_not_hide_the_disclosure_of_other_pages() -> None:
    doc = make_doc([CONTENTS, ["GRI内容索引", GRI_INDEX], [DISCLOSURE]])
    findings = find_evidence([doc])
    assert {r.where.page for ranked in findings.points.values() for r in ranked} == {3}
    assert findings.best("I11.1") == 1.0


def test_a_page_of_text_without_passages() -> None:
    doc = Document(path="scan.pdf", sha256="0" * 64, kind="pdf",
                   pages=[Page(number=1, text="\n".join(CONTENTS)),
                          Page(number=2, text=DISCLOSURE)])
    findings = find_evidence([doc])
    assert findings.navigation == [("scan.pdf", 1)]
    assert findings.best("I11.1") == 1.0


def test_traditional_kpi_table_rated_and_quoted_in_traditional_characters() -> None:
    findings = find_evidence([make_doc([["環境績效", KPI_TRADITIONAL]])])
    assert findings.best("I11.1") == 1.0 and findings.best("I11.2") == 1.0
    assert findings.best("I11.5") == 1.0  # three years in the row
    best = findings.points["I11.1"][0]
    assert [n.raw for n in best.hit.quantities] == ["41.2万吨二氧化碳当量", "40.3万吨二氧化碳当量",
                                                    "38.6万吨二氧化碳当量"]
    series = best.where.analysis.series[0]
    assert series.points == ((2021, 41.2), (2022, 40.3), (2023, 38.6))
    quote = evidence_of(best, findings).passage
    assert quote == ("指標 | 單位 | 2021年 | 2022年 | 2023年\n"
                     "範圍一溫室氣體排放 | 萬噸二氧化碳當量 | 41.2 | 40.3 | 38.6")


def test_traditional_prose_quoted_as_written() -> None:
    findings = find_evidence([make_doc([[PROSE_TRADITIONAL]])])
    assert findings.best("I06.2") == 1.0
    assert findings.best("I08.2") == 1.0
    for pid in ("I06.2", "I08.2"):
        assert evidence_of(findings.points[pid][0], findings).passage == PROSE_TRADITIONAL
    assert any(loc.analysis.awareness for loc in findings.passages)


def test_ocr_noisy_kpi_rows_keep_their_figures() -> None:
    rows = [["指标", "单位", "2022年", "2023年"],
            ["范围一温室气体排放", "t匚〇2e", "48,210", "46,905"],
            ["单位面积温室气体排放", "kgC〇2/m2", "71_2", "66_8"]]
    findings = find_evidence([make_doc([[rows]])])
    best = findings.points["I11.1"][0]
    assert [n.raw for n in best.hit.quantities] == ["48,210tCO2e", "46,905tCO2e"]
    labels = {s.label: s.points for s in best.where.analysis.series}
    assert labels["单位面积温室气体排放"] == ((2022, 71.2), (2023, 66.8))
    assert "t匚〇2e" in evidence_of(best, findings).passage  # quoted as scanned


def test_bad_navigation_data_is_refused() -> None:
    with pytest.raises(DataError, match="navigation.yaml"):
        load_navigation("headings: {glossary: [术语]}\n")


def test_contents_table_under_a_contents_heading_is_navigation() -> None:
    """A contents page laid out as a table: chapter titles in one column, page numbers in the
    next, no dotted leaders; a KPI table on a page with the same heading stays disclosure."""
    contents = [["一、低碳运营 低碳发展战略 / 温室气体排放管理 / 气候相关风险", "04"],
                ["二、绿色生产 污染防治 / 能源管理 / 水资源", "06"],
                ["附录一 关键绩效表", "09"]]
    kpi = [["指标", "单位", "2022年", "2023年"], ["温室气体排放总量", "万吨二氧化碳当量", "41.2", "39.8"],
           ["综合能源消费量", "万吨标准煤", "18.6", "18.1"]]
    doc = make_doc([["目录", contents], ["目录", kpi]])
    nav = navigation_passages(doc)
    assert (1, 1) in nav and (2, 1) not in nav


def test_long_traditional_passage_is_quoted_around_its_cue() -> None:
    from cnsr.assess.points import excerpt

    filler = "本集團秉持穩健經營理念，持續完善公司治理架構，加強風險管理與內部控制。" * 8
    raw = filler + "本集團範圍一溫室氣體排放量為38.6萬噸二氧化碳當量。"
    quoted = excerpt(raw, ["温室气体"], 120)
    assert quoted.startswith("…") and "溫室氣體排放量為38.6萬噸" in quoted
