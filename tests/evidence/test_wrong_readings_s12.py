"""Wrong readings and plans (session 12, issue #12): known wrong readings left by session 11,
plans read at the rating of a done action, and others' activity read as the company's own
(docs/reader-history.md "Wrong readings and plans (session 12)"). Each case pairs the
misleading wording with the point's own sense. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from cnsr.evidence.tag import tag_passage


def points(text: str) -> dict[str, float]:
    return {p["point"]: p["rating"] for p in tag_passage(text)["points"]}


# (misleading wording: the point is not earned, the point's own sense: it is, point)
CASES = [
    # the authority's environmental department is no body of the company's (I01.1)
    ("报告期内，本公司及下属工厂均未受到生态环境部门和环保部门的行政处罚。",
     "公司设立环保部门，配备专职环保管理人员，负责各厂区环境管理。", "I01.1"),
    ("公司按时向属地环保部门报送自行监测数据，主动接受环保局的日常监督。",
     "集团环保部负责制定年度环境保护工作计划并组织考核。", "I01.1"),
    # a province's energy figures and targets are the region's, not the company's energy use
    ("按照省级能源规划，到2025年全省非化石能源消费比重提高到22%左右，全省能源消费总量得到合理控制。",
     "2023年公司能源消费总量为12.6万吨标准煤，较上年下降3.1%。", "I03.1"),
    # a national campaign's name is no treatment facility (I02.4)
    ("公司坚决打好污染防治攻坚战，全力支持蓝天、碧水、净土三大保卫战。",
     "公司投资2,300万元新建废气处理设施，对涂装车间VOCs进行深度治理。", "I02.4"),
    # weather-index and catastrophe insurance an insurer sells covers the insured's risk (I13.2)
    ("旗下财险公司在三个产粮大省推出玉米气象指数保险，帮助种植户应对极端天气带来的减产损失。",
     "强降雨和台风等极端天气可能导致公司沿海仓储设施受损、物流中断，属于急性实体风险。", "I13.2"),
    ("我们为种植户提供巨灾保险，帮助其分散干旱、洪涝等灾害带来的损失，为农户抵御气候风险提供保障。",
     "气候相关风险方面，碳价上涨将增加公司燃料采购成本，属于转型风险。", "I13.2"),
    ("The insurer piloted a parametric crop insurance that pays out when rainfall drops below a "
     "trigger, helping farmers with extreme weather.",
     "Extreme weather such as typhoons may damage our coastal warehouses, an acute physical "
     "risk.", "I13.2"),
    # the clients' low-carbon industries are the clients' business, not the company's product
    ("本行持续加大对新能源汽车、光伏等产业链企业的信贷支持，相关行业贷款余额较年初增长31%。",
     "公司自主研发的储能电池产品2023年出货量超过2吉瓦时。", "I09.2"),
    ("公司为多家新能源汽车整车厂和光伏组件企业提供财务软件和客户关系管理系统实施服务。",
     "公司为客户提供合同能源管理服务，帮助工业客户降低用能成本。", "I09.2"),
    # reclaimed water watering the grounds is water reuse, not planting (I05.3)
    ("生活污水经处理达标后全部用于厂区绿化和道路冲洗。",
     "公司在厂区周边完成绿化种植面积1.8万平方米。", "I05.3"),
    # an accounting note is no scope mention (I11.1, I11.2)
    ("范围二排放是指企业因使用外购电力和热力而间接产生的温室气体排放。",
     "2023年公司范围二排放为4.6万吨二氧化碳当量。", "I11.2"),
    ("公司按照会计政策，将超出免费配额部分的直接排放对应支出计提为预计负债。",
     "2023年公司范围一直接排放为3.2万吨二氧化碳当量。", "I11.1"),
    # a local government's or a client's own activity is theirs, not the company's
    ("当地政府在矿区周边开展生态修复工程，复绿山体200亩。",
     "公司对露天矿排土场开展生态修复，复垦土地120公顷。", "I05.2"),
    ("客户通过采购屋顶光伏组件建设分布式电站，实现绿电自发自用。",
     "公司在厂房屋顶建设分布式光伏电站，年发电量580万千瓦时。", "I08.2"),
    # a borrower is the subject of its own clause even when the bank opens the sentence
    ("本行在贷后管理中持续跟踪，如借款人出现节能减排不达标等情况即启动预警。",
     "公司实施电机系统节能改造，年节电120万千瓦时。", "I03.4"),
    # a foundation's volunteer days are its own activities, no training of the company's staff
    ("报告期内某公益基金会共发起8场员工低碳志愿活动，带动员工参与碳中和主题宣传。",
     "公司组织全体员工参加碳排放管理专题培训，累计培训1,200人次。", "I10.1"),
    # what the company asks of its suppliers is their product, no product of its own
    ("公司鼓励供应商研发绿色产品，并在评标中对其环保产品给予加分。",
     "公司推出的节能产品获得中国节能产品认证。", "I09.2"),
]


@pytest.mark.parametrize(("other", "own", "point"), CASES)
def test_wrong_reading(other: str, own: str, point: str) -> None:
    assert point not in points(other)
    assert points(own).get(point, 0) > 0


# (a plan, the same action done, point): a plan earns a mention, the done action the point
PLANS = [
    ("公司力争年内完成二号炉烟气脱硝提标改造。", "公司完成二号炉烟气脱硝提标改造，氮氧化物排放浓度降至30毫克/立方米。", "I02.4"),
    ("公司争取于2025年底前通过ISO 14001环境管理体系认证。", "公司已通过ISO 14001环境管理体系认证。", "I01.2"),
    ("公司将确保未来新开发项目全部取得绿色建筑二星级认证。", "公司2023年竣工项目全部取得绿色建筑二星级认证。", "I09.2"),
    ("公司计划于2025年完成冷却塔节水改造，届时年节电50万千瓦时。",
     "公司完成冷却塔节能改造，年节电50万千瓦时。", "I03.4"),
    ("The plant aims to commission a 5 MW rooftop solar array in the coming years.",
     "The plant commissioned a 5 MW rooftop solar array that supplied 12% of its electricity.",
     "I08.2"),
]


@pytest.mark.parametrize(("plan", "done", "point"), PLANS)
def test_a_plan_is_a_mention(plan: str, done: str, point: str) -> None:
    assert points(plan).get(point) == 0.5
    assert points(done).get(point) == 1.0


def test_a_planned_share_is_no_share() -> None:
    # session 23 (gaps): on a result point (plan_silent) a plan gives nothing, not a mention
    assert "I03.5" not in points("预计新园区的绿电使用比例将达到65%。")
    assert points("2023年园区绿电使用比例达到65%。").get("I03.5") == 1.0


def test_an_attributive_plan_done_is_no_plan() -> None:
    # "规划建造的…已全部交付": the plan was carried out; the done action keeps its rating
    assert points("公司规划建设的屋顶光伏电站已全部并网发电，装机容量12兆瓦。").get("I08.2") == 1.0


def test_an_expected_saving_of_a_project_done_keeps_its_figure() -> None:
    # guide 1.4 §11 (session 17) reverses session 12: "预计年节约…" of a finished project is a
    # projection, partly (plan) at 1; the point stays a mention (projected_saving)
    assert points("余热回收项目已投运，预计年节约标准煤1.2万吨。").get("I03.4") == 0.5


def test_clean_energy_investment_is_a_green_investment_amount() -> None:
    # an insurer's or investor's money put into clean-energy projects is a green investment
    # amount (I15.4, demo d62), not its own energy supply (I08.2)
    p = points("年末公司保险资金投资于水电、核电等清洁能源和环保基础设施项目共计215亿元。")
    assert p.get("I15.4") == 1.0
    assert "I08.2" not in p


def test_the_company_with_a_foundation_keeps_its_planting() -> None:
    # the company acting with a foundation is still the subject: its forest counts
    assert points("公司联合生态基金会在黄河沿岸营造碳汇林300亩。").get("I05.3") == 1.0


def test_a_foundations_planting_is_a_mention() -> None:
    # a foundation's own planting is a mention at most, as the labels read it (d62)
    assert points("某生态基金会在科尔沁沙地种植樟子松防护林12万株。").get("I05.3") == 0.5


def test_a_scope_note_with_its_figure_keeps_the_point() -> None:
    # the note vetoes only a mention: the scope's figure in the same sentence counts
    assert points("范围一排放指直接排放，2023年为2.8万吨二氧化碳当量。").get("I11.1") == 1.0
