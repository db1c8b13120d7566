"""Which point a real sentence earns (session 10, issue #12).

The sentence yardstick measures recall and false positives by topic; an audit by hand of the
(sentence, point) pairs the reader gives on real report sentences
(`scripts/sentence_point_audit.py`, docs/reader-history.md "Point precision on real sentences") found
points earned by the wrong words. Each class below pairs the misleading wording (no point) with
the point's own sense (the point). All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .tagged import points

# (misleading wording: no point, the point's own sense: the point, point)
TITLES = [
    # a cue inside the title of a rule the company obeys, a notice, a journal or an article
    ("公司严格遵守地方政府关于自然保护区和生态敏感区的专项管理规定，项目选址全部避让保护区。",
     "项目编制生态修复方案，完成矿区边坡复绿12公顷。", "I05.2"),
    ("各分公司组织学习集团《环保违法行为问责与责任追究办法》，层层压实责任。",
     "本年度各工厂均无环境违法行为，亦无因环保问题被处罚的记录。", "I01.3"),
    ("更多实践可参阅本行刊登于《现代金融》的文章《城商行低碳转型路径探析》。",
     "本行制定低碳转型路线图，明确2025年前的阶段任务和时间表。", "I08.1"),
    # the same reference once extraction lost the brackets
    ("更多内容可参阅现代金融2023年第5期城商行低碳转型路径探析",
     "本行制定低碳转型路线图，明确2025年前的阶段任务和时间表。", "I08.1"),
    ("公司严格遵守《固体废物污染环境防治法》等法律法规。",
     "全年产生危险废物326吨，全部交由有资质单位合规处置。", "I02.3"),
    ("年内公司向各工地转发关于做好秋冬季扬尘污染防治的通知。",
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
    assert points("依据《水污染防治法》，公司新建一座废水处理站，日处理能力800吨。").get("I02.4") == 1.0


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


NEIGHBOURS = [
    # a regulator issuing a rule is policy, not the company's own green finance
    ("2023年金融监管部门人民银行发布绿色金融指引，要求金融机构加大绿色信贷投放。",
     "本行绿色贷款余额达到326亿元，较年初增长28%。", "I15.4"),
    # watering green areas is water use, not afforestation
    ("回收的雨水主要用于灌溉绿化和道路冲洗。",
     "公司在矿区周边植树造林1200亩，建设碳汇林。", "I05.3"),
    ("雨水回收后主要用于园区绿化带浇灌。",
     "公司在厂区周边新增绿化面积3万平方米。", "I05.3"),
    # green power made into hydrogen is no green-certificate or green-power trading
    ("油田企业布局绿电制氢项目，建设制氢加氢一体站。",
     "公司全年通过绿电交易购买绿色电力1.2亿千瓦时。", "I14.3"),
    # a permit category ("纳入排污许可重点管理") is no compliance record
    ("表中排放量仅覆盖各基地中纳入排污许可重点管理的三家工厂。",
     "报告期内各企业均按排污许可证要求排放，未受到环保处罚。", "I01.3"),
    # the use of clean energy is no total energy consumption
    ("公司持续提高清洁能源使用比例，推进分布式光伏建设。",
     "2023年公司能源消耗总量为12.4万吨标准煤。", "I03.1"),
    # a training or seminar on the dual-carbon policy's effect on the energy structure is no
    # energy-structure measure of the company
    ("本行邀请专家开展专题培训，解读双碳政策对能源结构和产业结构的影响。",
     "公司新建屋顶光伏12兆瓦，全年光伏发电1,300万千瓦时。", "I08.2"),
]


@pytest.mark.parametrize(("other", "own", "point"), NEIGHBOURS)
def test_a_neighbouring_reading_earns_nothing(other: str, own: str, point: str) -> None:
    assert point not in points(other)
    assert points(own).get(point, 0) > 0


NO_COMMITMENT = [
    # what a transition risk may bring, a framework followed, a training or a seminar
    "随着减碳约束收紧，与低碳转型相关的政策可能导致燃油车需求下滑。",
    "本节依照TCFD框架，介绍集团应对气候变化的治理架构与策略。",
    "集团举办面向中层干部的碳达峰碳中和专题培训班，共120人参加。",
    "公司承办双碳目标下的新型电力系统研讨会，与会专家就储能技术展开交流。",
]


@pytest.mark.parametrize("text", NO_COMMITMENT)
def test_no_commitment_from_risks_frameworks_or_trainings(text: str) -> None:
    assert "I06.1" not in points(text)


def test_a_carbon_policy_that_may_bring_costs_is_a_transition_risk() -> None:
    assert points("碳排放管控政策趋严可能导致公司合规成本上升。").get("I13.2", 0) > 0


def test_tap_water_saved_is_water_use() -> None:
    assert points("空调冷凝水收集后用于浇灌绿地，一年可少用自来水1.8万立方米。").get("I04.1") == 1.0


MORE = [
    # a cue straddling words: 耗水 in 能耗水平
    ("新装备投产后公司单位产品能耗水平持续下降。",
     "2023年公司单位产品耗水量为3.2立方米，同比下降5%。", "I04.1"),
    # 关键绩效 is a KPI, 环境绩效 a performance: no appraisal tied to carbon
    ("附录二：关键绩效指标表（温室气体排放与能源）",
     "公司将碳排放强度下降目标纳入各子公司负责人年度绩效考核。", "I07.4"),
    # a wastewater or pollutant intensity is no GHG intensity
    ("2023年公司污水排放强度为1.85立方米/万元营收。",
     "2023年公司温室气体排放强度为0.42吨二氧化碳当量/万元营收。", "I11.4"),
    # money lent or underwritten that flows to clean energy is financed, not own supply
    ("公司承销的绿色债券募集资金投向清洁能源和低碳交通项目。",
     "公司在厂房屋顶建设分布式光伏电站，年发电量260万千瓦时。", "I08.2"),
    # a wind-turbine maker's product is no own energy supply
    ("公司生产的风力发电机组主要销往华北和西北的风电场。",
     "公司下属风电场全年风力发电量4.6亿千瓦时。", "I08.2"),
    # lessening what climate change does to a project is adaptation, not a reduction target
    ("公司建立极端天气预警机制，确保最大限度减少气候变化对在建工程的影响。",
     "公司力争到2030年单位产值碳排放较2020年下降30%。", "I06.3"),
    # a public campaign joined is no low-carbon product
    ("下属热电厂参与市节能协会举办的绿色低碳出行活动。",
     "公司推出低碳出行平台，用户累计减少碳排放2,000吨。", "I09.2"),
]


@pytest.mark.parametrize(("other", "own", "point"), MORE)
def test_more_misreadings_earn_nothing(other: str, own: str, point: str) -> None:
    assert point not in points(other)
    assert points(own).get(point, 0) > 0


def test_a_title_the_company_acts_on_keeps_its_words() -> None:
    # the rule names what the company then does: its monitoring plan is a GHG monitoring plan
    text = "公司按照《民用航空飞行活动二氧化碳排放监测管理暂行办法》建立排放监测计划，逐航班采集燃油数据。"
    assert points(text).get("I12.4") == 1.0
    # a GHG accounting standard followed gives the accounting its GHG context
    assert points("我们参照《温室气体核算体系》统计本部及各分公司自有职场的运营排放。").get("I12.4", 0) > 0


RUN_IN = [
    # a content index glued to the page before it
    ("员工读书会全年举办12期，参与者逾800人次。附录三GRI内容索引披露项对应章节GRI 2-1组织详情"
     "关于我们GRI 305-1直接（范围一）温室气体排放低碳运营",
     "I11.1"),
    ("附录：港交所ESG指引索引 层面 指标 所在章节 A1排放物 A1.2温室气体排放量 A2资源使用 "
     "A2.1能源消耗量",
     "I03.1"),
    # a materiality matrix flattened into its labels
    ("议题矩阵 横轴：对集团业务的重要性 纵轴：对外部相关方的重要性 客户隐私 员工成长 生态保护"
     "与生物多样性 气候行动 非常重要议题 较为重要议题",
     "I05.2"),
    ("Importance to stakeholders | Importance to the company | Product safety | Biodiversity | "
     "Climate change | Highly material topics | Moderately material topics",
     "I05.2"),
]


@pytest.mark.parametrize(("text", "point"), RUN_IN)
def test_a_run_in_index_or_matrix_earns_nothing(text: str, point: str) -> None:
    assert point not in points(text)


def test_prose_before_a_run_in_index_is_still_read() -> None:
    text = ("2023年集团直接排放（范围一）为12.6万吨二氧化碳当量。附录三GRI内容索引披露项对应章节"
            "GRI 305-1直接温室气体排放")
    assert points(text).get("I11.1") == 1.0
    # a single word "索引" in prose or a single importance phrase is no navigation
    assert points("管理层深知环境议题对长期经营的重要性，已出台生物多样性保护制度。").get(
        "I05.2", 0) > 0


def test_run_in_data_is_validated() -> None:
    from cnsr.errors import DataError
    from cnsr.evidence.run_in import load_run_in

    good = "version: 1\nsource: x\nindex: ['索引']\nmatrix: ['重要性']\nmin_matrix: 2\n"
    assert load_run_in(good).min_matrix == 2
    with pytest.raises(DataError):
        load_run_in(good.replace("['索引']", "['索(引']"))
    with pytest.raises(DataError):
        load_run_in(good.replace("min_matrix: 2", "min_matrix: 1"))


OFFERED = [
    # what the company offers customers or cities is its business, not its own measure
    ("公司为工业园区客户提供能效提升、余热利用和能源替代的整体解决方案。",
     "公司对两台空压机实施变频改造，年节电约80万千瓦时。", "I08.3"),
    ("公司为多个地级市提供餐厨垃圾收运及资源化利用服务。",
     "工厂产生的边角料全部回收再利用，年回收利用废钢2.3万吨。", "I04.3"),
    ("本行聚焦清洁能源等六大领域，为企业提供精准的绿色信贷服务。",
     "公司在厂房屋顶建设分布式光伏电站，年发电量260万千瓦时。", "I08.2"),
    ("We provide industrial customers with energy-efficiency retrofit solutions for motors "
     "and boilers.",
     "We retrofitted two boilers at our Wuxi plant, saving 1,200 tonnes of standard coal a year.",
     "I08.3"),
]


@pytest.mark.parametrize(("other", "own", "point"), OFFERED)
def test_what_the_company_offers_is_not_its_own_measure(other: str, own: str, point: str
                                                         ) -> None:
    assert point not in points(other)
    assert points(own).get(point, 0) > 0


LATE = [
    # non-methane hydrocarbons are a VOC, not methane
    ("2023年各排放口非甲烷总烃排放量为12.5吨，全部达标。",
     "2023年公司甲烷排放量为1.2万吨二氧化碳当量，占温室气体排放总量的8%。", "I11.6"),
    # green power used is energy structure; trading is when it is bought or traded
    ("各生产基地持续扩大绿电使用，绿电在用电结构中的比重逐年上升。",
     "公司全年参与绿电交易并购入绿证，共采购绿色电力1.5亿千瓦时。", "I14.3"),
    # reclaimed water used for greening is water use, not afforestation
    ("回收的再生水用于园区绿化及冲洗路面。",
     "公司在厂区周边新增绿化面积3万平方米。", "I05.3"),
    # laws named without brackets in a compliance statement
    ("我们遵守大气污染防治法、噪声污染防治法及地方相关法规。",
     "公司完成两台锅炉脱硫脱硝改造，新增布袋除尘设施。", "I02.4"),
]


@pytest.mark.parametrize(("other", "own", "point"), LATE)
def test_late_misreadings_earn_nothing(other: str, own: str, point: str) -> None:
    assert point not in points(other)
    assert points(own).get(point, 0) > 0


def test_two_content_indexes_are_navigation() -> None:
    text = ("UNGC十项原则内容索引人权劳工环境反腐败TCFD内容索引治理董事会监督气候议题战略气候风险识别"
            "与机遇")
    assert "I10.3" not in points(text)
    assert "I13.2" not in points(text)


SERVICES = [
    # a scheme offered to others, a business built on solutions, a loan to a client's project
    ("公司为宾馆、学校等提供太阳能热水供热方案。",
     "公司在厂房屋顶建设分布式光伏电站，年发电量260万千瓦时。", "I08.2"),
    ("本行以银团贷款方式参与光伏电站项目建设，满足当地居民用电需求。",
     "公司下属风电场全年风力发电量4.6亿千瓦时。", "I08.2"),
    ("公司投资布局新能源和循环经济领域。",
     "工厂将生产边角料全部回收再利用，年回收利用废钢2.3万吨。", "I04.3"),
    # carbon services sold to clients are no carbon assets of the company's own
    ("旗下数字平台为工业企业提供碳盘查、碳足迹核算和碳资产管理等服务。",
     "公司成立碳资产管理中心，统一管理下属电厂的碳配额和CCER。", "I14.4"),
]


@pytest.mark.parametrize(("other", "own", "point"), SERVICES)
def test_services_loans_and_fields_are_not_own_measures(other: str, own: str, point: str
                                                        ) -> None:
    assert point not in points(other)
    assert points(own).get(point, 0) > 0


def test_carbon_services_for_clients_are_low_carbon_services() -> None:
    assert points("旗下数字平台为工业企业提供碳盘查、碳足迹核算和碳资产管理等服务。").get("I09.2", 0) > 0


def test_a_publicity_day_is_no_ecological_work() -> None:
    assert "I05.2" not in points("公司在世界环境日和生物多样性日举办宣传活动，向员工介绍本地鸟类。")
    assert points("公司在矿区开展生态修复，完成植被恢复12公顷。").get("I05.2", 0) > 0


def test_a_rural_help_project_is_no_own_waste_or_wastewater() -> None:
    found = points("公司出资建设帮扶村人居环境整治工程，为全村修建垃圾收集点和污水管网。")
    assert "I02.3" not in found and "I02.2" not in found
    assert points("工厂生活污水经处理后达标排放，全年排放量1.2万吨。").get("I02.2", 0) > 0
