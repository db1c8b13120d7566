"""Navigation glued into the text of one passage, as real reports come out of extraction (no
spaces, no punctuation between cells): HKEX index rows and KPI definitions after a page
number, a stakeholder table's header with its rows, a chapter's materiality and index box,
English equivalents (session 12). Each wrong case earned a point before; each keep case names
a code or a header word inside a real disclosure and keeps its points. Text written for these
tests."""

from __future__ import annotations

import pytest

from cnsr.evidence.lexicon import load_lexicon
from cnsr.evidence.navigation import navigation_passages
from cnsr.evidence.run_in import without_run_in
from cnsr.evidence.tag import tag_passage
from cnsr.ingest.document import Document, Page, Passage

GLUED = [
    "41层面A4气候变化一般披露公司识别和应对气候相关风险的政策第41页",
    "27关键绩效指标A1.2范围一及范围二温室气体排放量及排放密度",
    "P52KPI A2.3描述所定的能源使用效益目标以及为实现目标而采取的措施",
    "利益相关方关注议题沟通方式政府部门依法纳税节能降碳政策落实专题汇报客户绿色产品服务质量满意度调查"
    "供应商绿色采购",
    "本章回应的实质性议题能源管理应对气候变化排放物管理对应联交所指标A1排放物A3环境及天然资源A4气候变化",
    "Stakeholders Key concerns Communication channels Investors Climate risk Green finance "
    "Annual general meeting",
    "This chapter responds to SDG 7 Affordable and Clean Energy SDG 12 Responsible Consumption "
    "SDG 13 Climate Action",
]
KEEP = [
    ("公司依据GRI 305-1与305-2的要求核算温室气体排放，2023年范围一排放量为12,480吨二氧化碳当量，"
     "范围二排放量为8,960吨二氧化碳当量。", {"I11.1": 1.0, "I11.2": 1.0}),
    ("A1.2 温室气体排放：2023年集团范围一温室气体排放量为12,480吨二氧化碳当量。", {"I11.1": 1.0}),
    ("我们与利益相关方保持密切沟通，了解其关注议题并通过多种沟通方式回应，全年开展节能降碳改造项目16项。",
     {"I08.3": 0.5}),
    ("公司屋顶分布式光伏全年发电1,380万千瓦时，全部自发自用，助力实现SDG 7与SDG 13。", {"I08.2": 1.0}),
    ("We report Scope 1 and Scope 2 emissions in accordance with GRI 305-1 and 305-2: 12,480 "
     "tCO2e and 8,960 tCO2e in 2023.", {"I11.4": 1.0}),
]


def _points(text: str) -> dict[str, float]:
    return {p["point"]: p["rating"] for p in tag_passage(text, load_lexicon())["points"]
            if p["rating"] > 0}


@pytest.mark.parametrize("text", GLUED, ids=["hkex-row", "kpi-definition", "kpi-after-page",
                                             "stakeholder-table", "materiality-index-box",
                                             "stakeholders-en", "sdg-en"])
def test_glued_navigation_earns_nothing(text: str) -> None:
    assert _points(text) == {}


@pytest.mark.parametrize(("text", "expected"), KEEP,
                         ids=["gri-cited", "kpi-with-figure", "header-words-in-prose",
                              "sdg-after-fact", "gri-cited-en"])
def test_codes_and_header_words_in_a_disclosure_keep_their_points(
        text: str, expected: dict[str, float]) -> None:
    points = _points(text)
    for pid, rating in expected.items():
        assert points.get(pid, 0) >= rating, points


def test_an_index_right_after_a_band_takes_the_passage() -> None:
    """The chapter slogan printed over an index page is glued before the index's title."""
    text = "携手同行共筑零碳未来附录二港交所ESG报告指引索引层面一般披露页码"
    assert not without_run_in(text).strip()
    prose = "公司2023年完成范围一和范围二排放核算。详见附录二港交所ESG报告指引索引层面A1"
    assert without_run_in(prose).startswith("公司2023年完成范围一和范围二排放核算。")


def _doc(texts: list[str]) -> Document:
    passages = [Passage(page=1, index=i, text=t) for i, t in enumerate(texts)]
    page = Page(number=1, text="\n".join(texts), passages=passages)
    return Document(path="r.pdf", sha256="0" * 64, kind="pdf", pages=[page])


def test_rows_after_a_header_passage_are_navigation() -> None:
    """A stakeholder table set as lines on a page of prose: the header line is one passage,
    each row another; the rows (short cells, no sentence, no figure) follow the header."""
    doc = _doc(["公司坚持依法合规经营，董事会下设审计委员会。",
                "利益相关方　关注议题　沟通方式",
                "政府　节能降碳　绿色发展　专题汇报",
                "客户　绿色产品　服务质量　满意度调查",
                "报告期内公司新建屋顶光伏12.6兆瓦，年发电量1,380万千瓦时。",
                "员工　职业发展　薪酬福利　职工代表大会"])
    assert navigation_passages(doc) == {(1, 2), (1, 3)}
