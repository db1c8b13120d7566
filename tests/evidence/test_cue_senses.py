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

from .tagged import points

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


# Session 8: a scene-setting cue sets the scene of its own words only. "…背景下", "…进程下" or
# "受…影响" close the scene; "随着…" runs on to the company named after it. Without punctuation
# (the dataset's extraction lost it) the company's own statement used to fall inside the scene.
SCENES_FOUND = [
    ("随着行业竞争日益加剧公司制定了低碳发展战略并设立碳达峰目标", "I06.1"),
    ("在国家双碳目标背景下集团编制了碳达峰行动方案", "I08.1"),
    # a climate risk is the risk itself, scene or not
    ("随着全球变暖加剧极端天气对港口作业的影响日益明显", "I13.2"),
    ("受气候变化影响夏季高温天数增多厂区制冷用电持续上升", "I13.2"),
]
SCENES_NOT_FOUND = [
    ("随着国家碳达峰碳中和工作全面推进各地陆续出台配套政策", "I06.1"),
    ("在全球新能源快速发展的进程下行业竞争格局加速重塑", "I08.2"),
    ("受原材料价格波动影响公司全年毛利率下降2个百分点", "I13.2"),
]


@pytest.mark.parametrize(("text", "point"), SCENES_FOUND)
def test_the_company_after_a_scene_is_its_own(text: str, point: str) -> None:
    assert points(text).get(point, 0) > 0, points(text)


@pytest.mark.parametrize(("text", "point"), SCENES_NOT_FOUND)
def test_the_scene_itself_earns_nothing(text: str, point: str) -> None:
    assert point not in points(text), points(text)


def test_a_comma_after_the_scene_still_works() -> None:
    found = points("在新能源快速发展的浪潮下，公司建成屋顶光伏电站，年发电量420万千瓦时。")
    assert found.get("I08.2") == 1.0


def test_an_english_scene_runs_on_to_the_company() -> None:
    scene = "Against the backdrop of China's carbon neutrality goals"
    assert points(scene + ", local governments issued new rules.") == {}
    assert points(scene + " we set a target to peak emissions by 2028.").get("I06.2") == 1.0


# Session 9 (issue #12, classes of half b's false positives, checked on half a): an energy
# source named in a list of fields with fields that are not energy is an industry the company
# invests in or researches; green finance as one item of a bank's list of topics is a topic; a
# maker's or contractor's ISO 14001 certificate is the supplier's record; a cue inside what a
# risk may lead to is no measure. Each pair: the list, the supplier or the risk (no point), the
# company's own (the point).
PAIRS_S9 = [
    ("公司产业基金重点投向新能源、半导体、生物医药等战略性新兴领域。",
     "公司在三个生产基地屋顶建成分布式光伏电站，年发电量860万千瓦时。", "I08.2"),
    ("研究院聚焦工业软件、数字化、储能等共性技术领域开展联合研究。",
     "公司在园区配置储能电站，用于削峰填谷并消纳自建光伏发电。", "I08.2"),
    ("本行组织董事参加专题培训，内容涵盖普惠金融、绿色金融、消费者权益保护等方面。",
     "截至报告期末，本行绿色贷款余额达到1250亿元，较上年增长31%。", "I15.4"),
    ("本行组织董事参加专题培训，内容涵盖普惠金融、绿色金融、消费者权益保护等方面。",
     "本行推出碳减排挂钩贷款等绿色金融产品，全年投放38亿元。", "I09.2"),
    ("一级制造商通过ISO14001环境管理体系认证的比例为93%。",
     "公司所有生产基地均已通过ISO14001环境管理体系认证。", "I01.2"),
    ("公司要求主要承包商取得环境管理体系认证，并纳入年度评价。",
     "公司依据ISO14001建立环境管理体系，并于年内通过外部审核。", "I01.2"),
    # a risk description names what may happen, not the company's measure
    ("新型节能技术快速普及，可能导致部分高耗能客户设备提前淘汰，引发信贷违约风险。",
     "公司全年完成空压机节能改造8台，年节电约150万千瓦时。", "I08.3"),
    ("新型节能技术快速普及，可能导致部分高耗能客户设备提前淘汰，引发信贷违约风险。",
     "公司全年完成空压机节能改造8台，年节电约150万千瓦时。", "I03.4"),
    ("Our venture fund invests in renewable energy, semiconductors and biomedicine sectors.",
     "We installed rooftop solar panels of 2 MW at our two plants in 2023.", "I08.2"),
    ("The board's training covered inclusive finance, green finance and consumer protection topics.",
     "Our green loan balance reached RMB 12.5 billion at the end of 2023.", "I15.4"),
]


@pytest.mark.parametrize(("other", "own", "point"), PAIRS_S9)
def test_lists_and_suppliers_earn_no_point(other: str, own: str, point: str) -> None:
    assert point not in points(other), points(other)
    assert points(own).get(point, 0) > 0, points(own)
