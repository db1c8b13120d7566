"""Neighbouring topics and ratings on real wording (session 13, issue #12): the two largest
error classes of the judged real pairs (docs/judging.md: `neighbour`, `rating`) and the
leftovers of session 12, each by its general cause (docs/reader-history.md "Neighbouring
topics and ratings (session 13)"). Each case pairs the misleading wording with the point's own
sense, which must still be read. All sentences are written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology

from .tagged import points, rate_text

# (misleading wording, the point's own sense, point): the wording does not earn the point
NOT_EARNED = [
    # the work around a bank's green finance is no low-carbon product of its own (I09.2)
    ("本行牵头完成绿色金融支持制造业转型课题研究3项，研究成果报送监管部门。",
     "本行推出碳排放权质押贷款等绿色信贷产品，年末绿色贷款余额达到386亿元。", "I09.2"),
    ("全行配备绿色金融专员120名，各分行均设立绿色金融团队。",
     "本行推出碳排放权质押贷款等绿色信贷产品，年末绿色贷款余额达到386亿元。", "I09.2"),
    ("本行上线绿色金融数据平台，实现绿色贷款数据按日统计。",
     "本行推出碳排放权质押贷款等绿色信贷产品，年末绿色贷款余额达到386亿元。", "I09.2"),
    ("董事会审议通过本行绿色信贷发展战略，并监督高级管理层执行。",
     "本行推出碳排放权质押贷款等绿色信贷产品，年末绿色贷款余额达到386亿元。", "I09.2"),
    ("董事会审议通过本行绿色信贷发展战略，并监督高级管理层执行。",
     "本行推出碳排放权质押贷款等绿色信贷产品，年末绿色贷款余额达到386亿元。", "I15.4"),
    # a green loan received is the company's financing, not a service it offers
    ("公司新建锂电材料项目取得农业银行绿色信贷融资3亿元的批复。",
     "本行推出碳排放权质押贷款等绿色信贷产品，年末绿色贷款余额达到386亿元。", "I09.2"),
    # ... nor a demonstration project (I09.4)
    ("公司锂电材料项目作为集团首个绿色金融试点项目，已取得农业银行绿色信贷融资3亿元的批复。",
     "公司与清华大学共建低碳技术联合研究院，开展CCUS技术攻关。", "I09.4"),
    # the company's own institutes and business pacts are no research partnership (I09.4)
    ("公司加快新能源研究院建设和运营，为新业务发展提供支撑。",
     "公司与清华大学共建低碳技术联合研究院，开展CCUS技术攻关。", "I09.4"),
    ("集团与多家环保企业签署战略合作协议，共同拓展绿色产业市场。",
     "公司与中国科学院签署氢能技术研究战略合作协议，共同开发绿色制氢工艺。", "I09.4"),
    # work safety under an HSE name is no environmental policy (I01.1); since session 15 (guide §9) the
    # system itself counts for I01.1 only beside the duties or policy it sets
    ("公司持续完善HSE管理体系，开展安全生产隐患排查，全年组织应急演练46次。",
     "公司建立HSE管理体系，明确各级环保职责，对废气、废水排放实施在线监测。", "I01.1"),
    ("集团推行HSE管理体系，严格落实安全生产责任制，杜绝重大安全事故。",
     "公司建立HSE管理体系，明确各级环保职责，对废气、废水排放实施在线监测。", "I01.1"),
    # combustible dust is a safety hazard, not an air pollutant (I02.1)
    ("开展涉爆粉尘专项整治，消除粉尘爆炸隐患。",
     "2023年公司颗粒物排放量12.4吨，同比下降8%。", "I02.1"),
    # passengers' and members' offsets are theirs (I08.6, I05.3)
    ("本航空公司推出旅客自愿碳抵消服务，旅客购票时可选择购买碳汇抵消其航程产生的碳排放。",
     "公司注销2.1万吨CCER，抵消总部办公楼2023年运营产生的碳排放。", "I08.6"),
    ("本航空公司推出旅客自愿碳抵消服务，旅客购票时可选择购买碳汇抵消其航程产生的碳排放。",
     "公司在矿区复垦区植树造林320亩。", "I05.3"),
    ("我们的会员可通过积分兑换碳信用，抵消个人出行产生的碳排放。",
     "公司注销2.1万吨CCER，抵消总部办公楼2023年运营产生的碳排放。", "I08.6"),
    # a target set is no intensity reported (I11.4)
    ("公司设定以2022年为基准年的单位产值碳排放强度目标，力争到2030年下降25%。",
     "2023年公司单位产值碳排放强度为0.42吨二氧化碳当量/万元，较上年下降5%。", "I11.4"),
    ("公司制定了碳排放强度下降目标并分解到各生产基地。",
     "2023年公司单位产值碳排放强度为0.42吨二氧化碳当量/万元，较上年下降5%。", "I11.4"),
    # a province's own goal, in a sentence that also names the company (I06.1, I06.2, I06.3)
    ("公司地处的浙江省提出2030年前实现碳达峰的目标，公司积极落实省内各项节能降碳要求。",
     "公司承诺2030年前实现运营碳达峰，2060年前实现碳中和。", "I06.1"),
    ("公司地处的浙江省提出2030年前实现碳达峰的目标，公司积极落实省内各项节能降碳要求。",
     "公司承诺2030年前实现运营碳达峰，2060年前实现碳中和。", "I06.2"),
    ("江苏省提出到2025年单位地区生产总值二氧化碳排放比2020年下降19%，公司作为省内重点用能企业积极响应。",
     "公司以2020年为基准年，力争到2025年单位产品二氧化碳排放下降18%。", "I06.3"),
    # figures in a statistics table are no monitoring of them (I12.4)
    ("温室气体排放量统计表：2023年范围一排放4.2万吨二氧化碳当量。",
     "公司建立碳排放数据月度统计和台账管理制度。", "I12.4"),
    # a framework referred to is no international voice (I10.3)
    ("公司参考TCFD框架识别气候相关风险与机遇。",
     "公司于本年度正式成为TCFD支持机构。", "I10.3"),
    # energy-use efficiency is no total consumption (I03.1)
    ("公司通过余热回收和电机变频改造提高能源使用效率。",
     "2023年公司能源使用量为8.6万吨标准煤。", "I03.1"),
    # an ecological forest is planting, not biodiversity protection (I05.2)
    ("集团在库布其沙漠边缘营造生态防护林1500亩。",
     "公司对露天矿排土场开展生态修复，复垦土地120公顷。", "I05.2"),
]


@pytest.mark.parametrize(("wrong", "right", "point"), NOT_EARNED)
def test_neighbouring_wording_does_not_earn_the_point(wrong: str, right: str, point: str) -> None:
    assert point not in points(wrong), wrong
    assert points(right).get(point, 0) > 0, right


# (wording worth a mention only, the same point disclosed, point)
MENTION_ONLY = [
    # an EMS being set up is not one held (I01.2)
    ("公司积极推进各生产基地环境管理体系建设工作。",
     "公司及下属5家工厂均通过ISO 14001环境管理体系认证。", "I01.2"),
    # a commitment letter to SBTi is no validated target (I06.4)
    ("公司向SBTi递交承诺函，承诺设定科学碳目标。",
     "公司的近期减排目标已通过SBTi审核验证。", "I06.4"),
    # serving the national goal in general words names no plan (I06.5)
    ("公司全力服务国家双碳战略，积极推动绿色低碳转型。",
     "公司对照国家《2030年前碳达峰行动方案》制定本企业碳达峰实施方案。", "I06.5"),
    # a foundation the company owns planting is philanthropy (I05.3)
    ("公司所属的公益基金会在内蒙古阿拉善种植梭梭树12万株。",
     "公司在矿区复垦区植树造林320亩。", "I05.3"),
    ("集团慈善基金会联合当地林业部门开展植树造林活动，共植树3000棵。",
     "公司联合生态基金会在黄河沿岸营造碳汇林1200亩。", "I05.3"),
    # a risk-and-opportunity process run together, climate change's impact without a kind (I13.3, I13.2)
    ("本集团每年梳理一次气候相关风险机遇及其应对举措。",
     "分布式光伏和储能业务为公司带来低碳市场机遇。", "I13.3"),
    ("我们十分关注气候变化给集团各项业务带来的影响。",
     "台风、暴雨等极端天气可能导致公司沿海港区停工。", "I13.2"),
]


@pytest.mark.parametrize(("mention", "disclosed", "point"), MENTION_ONLY)
def test_a_mention_is_rated_as_one(mention: str, disclosed: str, point: str) -> None:
    assert points(mention).get(point) == 0.5, mention
    assert points(disclosed).get(point) == 1.0, disclosed


def test_a_green_product_beside_green_finance_research_still_counts() -> None:
    # the research phrase is taken out, the product in the other clause is not
    p = points("本行参与绿色金融课题研究，同时推出绿色信贷产品“碳效贷”，全年发放贷款12亿元。")
    assert p.get("I09.2", 0) > 0


def test_a_green_loan_received_is_still_the_company_s_green_financing() -> None:
    assert points("公司新建锂电材料项目取得农业银行绿色信贷融资3亿元的批复。").get("I15.4") == 1.0


ENV = ("公司已通过ISO 14001环境管理体系认证。\n"
       "2023年公司危险废物产生量326吨，全部委托有资质单位处置。\n")


def test_passengers_offsets_give_no_carbon_awareness(tmp_path: Path, m: LoadedMethodology) -> None:
    # members offsetting their own travel through the company's points scheme
    r = rate_text(tmp_path, m, ENV + "我们的会员可通过积分兑换碳信用，抵消个人出行产生的碳排放。\n")
    assert r.stage == 1
    own = rate_text(tmp_path, m, ENV + "本航空公司注销2.1万吨CCER，抵消公司地面运营产生的碳排放。\n")
    assert own.stage == 2


def test_a_sector_guideline_named_is_still_a_plan() -> None:
    # the generic national goal beside it is a mention; the named sector guideline keeps 1
    p = points("公司积极配合国家双碳目标及《钢铁行业节能降碳改造升级实施指南》的要求，推进超低排放改造。")
    assert p.get("I06.5") == 1.0
