"""A cue word used in another sense earns no point; in its own sense it still does.

Session 6, from the false positives of the real-sentence yardstick (issue #12): 环境 of a
business or a workplace read as the natural environment, a building's 水电 (water and power
lines) as hydropower, a work-safety emergency plan as an environmental one, a village's 饮用水
as the company's water use, a forestry authority as forestry work, 社会 inside 社会责任 as
society influenced, occupational-health 三同时 as environmental compliance, and a supplier
audit as the company's own environmental record, green products bought as low-carbon products
made. Each case pairs the other sense (no point)
with the point's own sense (the point). All sentences written for these tests.
"""

from __future__ import annotations

import pytest

from cnsr.evidence.tag import tag_passage


def points(text: str) -> dict[str, float]:
    return {p["point"]: p["rating"] for p in tag_passage(text)["points"]}


# (another sense: no point, the point's own sense: the point, point)
PAIRS = [
    ("纪检部门严肃查处违规违纪行为，着力营造风清气正的经营环境。",
     "下属工厂因厂界噪声超标被当地环境部门罚款2万元，已完成整改。", "I01.3"),
    ("公司持续优化内部控制环境，对违规审批行为实行问责。",
     "公司对两起违规排放行为进行内部通报，相关生态环境问题已全部整改。", "I01.3"),
    ("项目部两周内完成援建宿舍楼的室内外水电安装，保障工人按期入住。",
     "公司所属水电站全年发电量12.6亿千瓦时。", "I08.2"),
    ("公司修订生产安全事故应急预案，全年组织安全环保检查48次。",
     "公司修订突发环境事件应急预案，并在厂区开展危化品泄漏环境应急演练。", "I01.4"),
    ("公司出资为帮扶村铺设饮用水管道，解决了300户村民的吃水难题。",
     "全年生产用水量为86万立方米，较上年下降4%。", "I04.1"),
    ("公司的自然教育项目获评省林业局年度优秀科普案例。",
     "公司下属林场从事林业经营，年内完成森林抚育5000亩。", "I05.3"),
    ("集团在内部刊物开设社会责任专栏，宣传应对气候变化的基本知识。",
     "公司通过公众号持续向社会宣传低碳生活方式。", "I10.2"),
    ("新建车间严格执行职业病防护设施三同时制度。",
     "新建项目严格执行环境保护设施三同时制度，按期完成竣工验收。", "I01.3"),
    ("公司对供应商审核的内容涵盖节能降耗措施和固废处置情况。",
     "公司全年实施节能改造项目12项，危险废物全部交由有资质单位处置。", "I03.4"),
    ("公司对供应商审核的内容涵盖节能降耗措施和固废处置情况。",
     "公司全年实施节能改造项目12项，危险废物全部交由有资质单位处置。", "I02.3"),
    ("行政部门优先采购节能环保产品，并要求供应商提供产品合格证明。",
     "公司推出节能产品系列，全年销售高效节能空调32万台。", "I09.2"),
    ("Our offices give preference to purchasing green products and recycled paper.",
     "We launched a range of energy-efficient products and sold 120,000 units in 2023.", "I09.2"),
]


@pytest.mark.parametrize(("other", "own", "point"), PAIRS)
def test_cue_counts_only_in_its_own_sense(other: str, own: str, point: str) -> None:
    assert point not in points(other), points(other)
    assert points(own).get(point, 0) > 0, points(own)
