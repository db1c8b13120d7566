"""Evidence precision on forms met in blind round 28 (session 24), each rated wrong before, with
text written fresh for these tests: a chairman's set phrase of pressure or challenges and
opportunities side by side read as a climate opportunity (guide §2.3, background); emissions said
to be accounted under a named accounting guideline read as a carbon management system or MRV
process (guide §3.6 / §8: the standard used, I12.2); a materiality table whose caption is a list
heading with its English translation ("重要性议题 Material Topics") quoted as disclosure (guide §2.1,
navigation)."""

from __future__ import annotations

import pytest

from cnsr.evidence.navigation import navigation_passages
from cnsr.ingest.document import Document, Page, Passage

from .tagged import points_of

# Each case: one passage and the ratings it must earn (0: not given); the id says why.
OPPORTUNITY = [
    pytest.param("当前，电解铝行业已被纳入全国碳市场扩容的优先行业，节能降碳的压力与机遇并存。",
                 {"I13.3": 0}, id="pressure_and_opportunity_zh"),
    pytest.param("面对碳达峰碳中和的新形势，公司发展机遇与挑战并存。", {"I13.3": 0}, id="opportunity_and_challenge_zh"),
    pytest.param("绿色低碳转型浪潮下，行业挑战和机遇并存，我们将坚定信心、砥砺前行。", {"I13.3": 0},
                 id="challenge_and_opportunity_zh"),
    pytest.param("Decarbonisation brings both challenges and opportunities for the cement sector.", {"I13.3": 0},
                 id="challenges_and_opportunities_en"),
    pytest.param("The net-zero transition creates opportunities and challenges for carbon-intensive industries.",
                 {"I13.3": 0}, id="opportunities_and_challenges_en"),
    # a named opportunity in the same sentence stays
    pytest.param("低碳转型机遇与挑战并存，公司将抓住低碳建材需求增长的机遇。", {"I13.3": 1},
                 id="named_transition_opportunity_stays"),
    pytest.param("公司识别的气候机遇主要为新能源汽车轻量化带来的低碳铝需求增长。", {"I13.3": 1},
                 id="climate_opportunity_stays"),
    pytest.param("We see climate-related opportunities in the growing demand for low-carbon aluminium.", {"I13.3": 1},
                 id="climate_opportunity_en_stays"),
]

GUIDE_ACCOUNTING = [
    pytest.param("注1：温室气体排放依据《港口企业温室气体排放核算方法与报告指南》核算，范围一包括港作机械的燃油消耗。",
                 {"I13.1": 0, "I12.2": 1}, id="note_accounted_under_guide_zh"),
    pytest.param("公司依据《中国电解铝生产企业温室气体排放核算方法与报告指南（试行）》核算温室气体排放，范围一包括自备电厂燃煤和阳极消耗。",
                 {"I13.1": 0, "I12.2": 1}, id="accounted_under_guide_trial_zh"),
    pytest.param("本报告温室气体排放数据参照《工业其他行业企业温室气体排放核算方法与报告指南（试行）》计算。",
                 {"I13.1": 0}, id="calculated_under_guide_zh"),
    pytest.param("Emissions were calculated in accordance with the national accounting guidelines for flat glass producers.",
                 {"I13.1": 0}, id="calculated_under_guidelines_en"),
    # an MRV system, an inventory carried out under the guideline, or a regular report stays
    pytest.param("公司建立碳排放监测、报告与核查体系，每季度依据《核算方法与报告指南》开展温室气体核算。",
                 {"I13.1": 1}, id="mrv_system_stays"),
    pytest.param("公司按照《机械设备制造企业温室气体排放核算方法与报告指南（试行）》开展温室气体核算。",
                 {"I13.1": 0.5}, id="inventory_under_guide_stays"),
    pytest.param("We established a monitoring, reporting and verification system for our greenhouse gas emissions.",
                 {"I13.1": 1}, id="mrv_en_stays"),
]


@pytest.mark.parametrize(("text", "want"), OPPORTUNITY + GUIDE_ACCOUNTING)
def test_blind28_points(text: str, want: dict[str, float]) -> None:
    got = points_of(text, want)
    assert all((got[p] > 0) == (v > 0) for p, v in want.items()), got


def _doc(texts: list[str]) -> Document:
    passages = [Passage(page=1, index=i, text=t) for i, t in enumerate(texts)]
    page = Page(number=1, text="\n".join(texts), passages=passages)
    return Document(path="r.pdf", sha256="0" * 64, kind="pdf", pages=[page])


@pytest.mark.parametrize("caption", ["重要性议题 Material Topics", "实质性议题 Material Issues",
                                     "Material Topics 重要性议题"])
def test_a_bilingual_list_heading_opens_its_cells(caption: str) -> None:
    """A materiality table set as lines: its caption is a list heading with its translation, the
    header row of categories and the row of topics (cells joined by 、) follow it."""
    doc = _doc(["公司董事会下设战略与可持续发展委员会，负责审阅ESG目标及气候相关事宜。",
                caption,
                "环境 Environmental 社会 Social 管治 Governance",
                "能源管理、温室气体排放、岸电使用、大气污染防治 安全生产、员工健康、客户服务 合规经营、反腐败、信息安全",
                "2023年完成散货堆场防风抑尘网和喷淋系统改造。"])
    assert navigation_passages(doc) == {(1, 2), (1, 3)}


def test_a_heading_before_prose_is_no_list() -> None:
    """The same caption over a sentence: the sentence stays evidence."""
    doc = _doc(["重要性议题 Material Topics",
                "公司通过问卷调查识别出能源管理和温室气体排放为高度重要议题，并据此完善碳排放管理制度。"])
    assert (1, 1) not in navigation_passages(doc)
