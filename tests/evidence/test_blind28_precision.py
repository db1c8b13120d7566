"""Evidence precision on forms met in blind round 28 (session 24), each rated wrong before, with
text written fresh for these tests: a chairman's set phrase of pressure or challenges and
opportunities side by side read as a climate opportunity (guide §2.3, background); emissions said
to be accounted under a named accounting guideline read as a carbon management system or MRV
process (guide §3.6 / §8: the standard used, I12.2); a supplier's forests and sinks, as the
supplier reports them, read as the company's afforestation and negative-carbon measure (guide
§3.7, §12.1); the inventory's scope listing its kinds of source rated as a full breakdown (guide
§5 I11.6: a definition listing kinds of source is a mention); a materiality table whose caption is a list
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


SUPPLIER_SINK = [
    pytest.param("据主要木片供应商披露，其合作林场的人工林年固碳量约120万吨二氧化碳，供应商已将部分林地开发为林业碳汇项目出售。",
                 {"I05.3": 0, "I08.6": 0, "I08.5": 0}, id="supplier_reports_its_sink_zh"),
    pytest.param("主要纸浆供应商营造的速生林年固碳约80万吨。", {"I05.3": 0, "I08.6": 0}, id="supplier_plantation_zh"),
    pytest.param("According to our main pulp suppliers, their plantations absorb about 1.2 million tonnes of CO2 a year in carbon sinks.",
                 {"I05.3": 0, "I08.6": 0}, id="supplier_reports_its_sink_en"),
    pytest.param("Our suppliers' forestry carbon projects removed 0.3 Mt CO2 in 2023.", {"I08.6": 0},
                 id="suppliers_projects_en"),
    # the company's own forest, or one it builds with a supplier, stays
    pytest.param("公司与供应商共建碳汇林1,200亩。", {"I05.3": 1, "I08.6": 1}, id="with_a_supplier_stays"),
    pytest.param("2023年自营林地造林更新2.6万亩，林地年固碳量约18万吨。", {"I05.3": 1, "I08.6": 1}, id="own_forest_stays"),
    pytest.param("公司要求主要供应商制定碳减排目标并披露碳排放数据。", {"I08.5": 1}, id="asking_suppliers_stays"),
]

SCOPE_LISTED = [
    pytest.param("公司对四座矿井的温室气体排放进行核算，范围包括井工开采逃逸甲烷、火炬及利用后的排放、化石燃料燃烧（范围一）和外购电力（范围二）。",
                 {"I11.6": 0.5}, id="inventory_scope_listed_zh"),
    pytest.param("Our GHG inventory covers fugitive methane, fuel combustion and purchased electricity of our four mines.",
                 {"I11.6": 0.5}, id="inventory_scope_listed_en"),
    # a split with its figures stays a disclosure
    pytest.param("2023年甲烷逃逸排放525.7万吨二氧化碳当量，燃料燃烧排放14.4万吨二氧化碳当量。", {"I11.6": 1},
                 id="split_with_figures_stays"),
]


@pytest.mark.parametrize(("text", "want"), SCOPE_LISTED)
def test_blind28_scope_listed_is_a_mention(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want


@pytest.mark.parametrize(("text", "want"), OPPORTUNITY + GUIDE_ACCOUNTING + SUPPLIER_SINK)
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
