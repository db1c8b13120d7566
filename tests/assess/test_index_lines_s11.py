"""Lines of an HKEX ESG / GRI index table on a page of prose are navigation (session 11, issue
#12 precision): an index table need not have a page of its own, and its descriptions ("描述已经
及可能会对发行人产生影响的重大气候相关事宜") name topics without disclosing them. Text written
for these tests."""

from __future__ import annotations

import pytest
from passage_docs import make_doc

from cnsr.evidence.find import find_evidence
from cnsr.evidence.navigation import navigation_passages

PROSE = [
    "本报告已经董事会审议通过，报告中的金额除特别说明外均以人民币列示。",
    "集团全年组织员工志愿服务活动36场，参与员工1,120人次。",
    "如对本报告有任何意见或建议，欢迎通过电子邮件与我们联系。",
    "本报告的中英文版本如有歧义，以中文版本为准。",
]
INDEX_LINES = [
    "A4 气候变化 一般披露 识别及应对已经及可能会对发行人产生影响的重大气候相关事宜的政策 第31页",
    "A1.1 排放物种类及相关排放数据",
    "KPI A4.1 描述已经及可能会对发行人产生影响的重大气候相关事宜，及应对行动",
    "GRI 305-1 直接（范围一）温室气体排放 P28",
]
WRAPPED = "A4.1 描述已经及可能会对发行人产生影响的重大气候相关事\n宜，及应对行动 第32页"
ENGLISH = ["KPI A4.1 Description of the significant climate-related issues which have impacted, "
           "and those which may impact, the issuer", "A1.2 Direct (Scope 1) and energy indirect "
           "(Scope 2) greenhouse gas emissions p.28"]


@pytest.mark.parametrize("lines", [INDEX_LINES[:2], INDEX_LINES[2:], [WRAPPED], ENGLISH])
def test_index_lines_after_prose_are_navigation(lines: list[str]) -> None:
    """The rest of the index on a page after four paragraphs (the page as a whole is prose)."""
    doc = make_doc([PROSE + lines])
    first = len(PROSE)
    assert navigation_passages(doc) == {(1, i) for i in range(first, first + len(lines))}
    points = find_evidence([doc]).points
    for point in ("I13.2", "I13.5", "I07.4", "I05.2", "I11.1", "I11.2"):
        assert point not in points


def test_a_coded_line_with_its_figure_stays_evidence() -> None:
    kpi = "A1.2 温室气体排放：2023年集团范围一温室气体排放量为12,480吨二氧化碳当量。"
    doc = make_doc([PROSE + [kpi]])
    assert navigation_passages(doc) == set()
    assert find_evidence([doc]).points["I11.1"][0].hit.rating == 1.0
