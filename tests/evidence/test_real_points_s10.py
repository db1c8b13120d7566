"""Which point a real sentence earns (session 10, issue #12).

The sentence yardstick measures recall and false positives by topic; an audit by hand of the
(sentence, point) pairs the reader gives on real report sentences
(`scripts/sentence_point_audit.py`, docs/reader.md "Point precision on real sentences") found
points earned by the wrong words. Each class below pairs the misleading wording (no point) with
the point's own sense (the point). All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from cnsr.evidence.tag import tag_passage


def points(text: str) -> dict[str, float]:
    return {p["point"]: p["rating"] for p in tag_passage(text)["points"]}


# (misleading wording: no point, the point's own sense: the point, point)
TITLES = [
    # a cue inside the title of a rule the company obeys, a notice, a journal or an article
    ("公司严格遵守地方政府关于自然保护区和生态敏感区的专项管理规定，项目选址全部避让保护区。",
     "项目编制生态修复方案，完成矿区边坡复绿12公顷。", "I05.2"),
    ("下属电厂学习传达集团环境违法违规事件调查与责任追究办法，明确各级人员职责。",
     "报告期内公司未发生环境违法违规事件，未受到环保行政处罚。", "I01.3"),
    ("更多实践可参阅本行刊登于《现代金融》的文章《城商行低碳转型路径探析》。",
     "本行制定低碳转型路线图，明确2025年前的阶段任务和时间表。", "I08.1"),
    ("公司严格遵守《固体废物污染环境防治法》等法律法规。",
     "全年产生危险废物326吨，全部交由有资质单位合规处置。", "I02.3"),
    ("2023年公司转发了关于加强扬尘污染防治工作的通知。",
     "公司完成两台锅炉脱硫脱硝改造，新增布袋除尘设施。", "I02.4"),
    ("The Company complies with the Measures for the Administration of Hazardous Waste "
     "Permits.",
     "The Company disposed of 1,200 tonnes of hazardous waste through licensed contractors.",
     "I02.3"),
]


@pytest.mark.parametrize(("other", "own", "point"), TITLES)
def test_a_title_earns_nothing(other: str, own: str, point: str) -> None:
    assert point not in points(other)
    assert points(own).get(point, 0) > 0


def test_titles_that_disclose_keep_their_points() -> None:
    # the company's own emergency plan and carbon rules are named by their titles, a national
    # plan by its own: those points are disclosed by the title
    assert points("公司依据《突发环境事件应急预案》每年开展环境应急演练。").get("I01.4") == 1.0
    assert points("公司依据《碳排放管理办法》开展碳排放数据报送。").get("I07.3") == 1.0
    assert points("公司贯彻落实《2030年前碳达峰行动方案》，制定本集团碳达峰实施方案。").get(
        "I06.5", 0) > 0
    # a wastewater station is a treatment facility even when a law is named beside it
    assert points("公司按照《水污染防治法》要求，投资建设废水站升级改造工程。").get("I02.4") == 1.0


WELFARE = [
    # a foundation's or a public-welfare project's activities are philanthropy
    ("集团公益基金会联合高校发起社区近零碳行动，推动居民践行低碳生活，助力实现碳中和。",
     "集团承诺于2030年前实现运营碳达峰，2055年前实现碳中和。", "I06.1"),
    ("公司志愿者走进帮扶村开展垃圾分类宣讲，协助村民清运生活垃圾。",
     "公司下属工厂全年产生一般固体废物1.2万吨，综合利用率98%。", "I02.3"),
    ("公司资助的公益项目在景区试点餐厨废弃物就地资源化处理。",
     "工厂将生产边角料全部回收再利用，年回收利用废钢2.3万吨。", "I04.3"),
    ("The Group's Green Future Foundation ran a zero-carbon campaign with local schools to "
     "support carbon neutrality.",
     "The Group is committed to achieving carbon neutrality in its operations by 2050.",
     "I06.1"),
]


@pytest.mark.parametrize(("other", "own", "point"), WELFARE)
def test_philanthropy_is_not_the_companys_own(other: str, own: str, point: str) -> None:
    assert point not in points(other)
    assert points(own).get(point, 0) > 0


def test_tree_planting_by_volunteers_stays_a_carbon_sink() -> None:
    # the methodology scores trees planted as sinks whoever plants them
    assert points("公司组织员工志愿者在黄河沿岸植树造林200亩，建设碳汇林。").get("I05.3", 0) > 0
