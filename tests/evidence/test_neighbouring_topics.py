"""Cues shared with a neighbouring topic count only with words of their own topic.

Issue #12's audit of real reports found safety departments read as environmental policy,
workplace dust as air emissions, quality upgrades as energy retrofits, anti-corruption
conventions as an international climate voice and rural-revitalisation policy as alignment
with national carbon plans. Session 8 added, from the false positives of the real-sentence
yardstick: suppliers' records worded with the record far from the supplier, 环保处罚 read as
an environmental office, conflict minerals as materials use and fuel sold as fuel used. Each case pairs a sentence of the neighbouring topic (no point)
with one that states the environmental or carbon measure (the point). All written for these
tests.
"""

from __future__ import annotations

import pytest

from .tagged import points

# (neighbouring topic: no point, the point's own topic: the point, point)
PAIRS = [
    ("安全环保部组织各车间开展消防演练和有限空间作业检查。",
     "安全环保部负责污染物排放监测和环保设施运行管理。", "I01.1"),
    ("年内修订《安环管理责任制》，逐级签订安全生产责任书。",
     "年内修订《安环管理责任制》，把废水、废气达标排放纳入各厂考核。", "I01.1"),
    ("公司为接触粉尘岗位的员工配备劳保防护用品，每年开展职业健康体检。",
     "报告期内颗粒物排放量为18.6吨，较上年下降9%。", "I02.1"),
    ("通过技术改造，产品一次合格率提高到99.2%。",
     "通过技术改造，空压站年节电约260万千瓦时。", "I08.3"),
    ("公司主营LED照明灯具，产品销往40多个国家和地区。",
     "厂区路灯全部更换为LED灯具，年节电12万千瓦时。", "I08.3"),
    ("财务共享平台上线差旅报销模块，审批时间缩短一半。",
     "推广视频会议替代差旅出行，减少交通碳排放。", "I08.4"),
    ("车间推行CCS污染控制策略，无菌生产偏差下降三成。",
     "油田建成二氧化碳捕集与封存（CCS）示范装置。", "I08.6"),
    ("公司依据国际标准完善反商业贿赂制度。",
     "公司参与国际标准化组织碳足迹国际标准的修订工作，推动应对气候变化。", "I10.3"),
    # a supplier's certificate is the supplier's record
    ("目前已有57家核心供应商通过ISO 14001环境管理体系认证。",
     "公司下属4家工厂均通过ISO 14001环境管理体系认证。", "I01.2"),
    # a product line, an industry or a research field named after an energy source is not the
    # company's own energy supply
    ("公司推出分布式数据库产品，支撑多家银行的核心系统。",
     "在两座厂房屋顶建设分布式光伏电站，年发电约380万千瓦时。", "I08.2"),
    ("集团风电装备产业全年实现营业收入46亿元。",
     "公司自有风电装机容量新增30万千瓦。", "I08.2"),
    ("下属研究院围绕储能技术举办了三场学术沙龙。",
     "园区配套建设储能电站，提高绿电消纳比例。", "I08.2"),
    ("本行积极响应国家乡村振兴战略，发放涉农贷款86亿元。",
     "公司贯彻落实国家碳达峰行动方案，制定本企业减碳路线。", "I06.5"),
    # session 8 (real-text yardstick): a supplier's record also when it is named further on,
    # before the supplier, or after the audit that found it
    ("对合作供应商开展的年度驻厂与资质联合审核均未查出环境违规记录。",
     "公司全年未发生环境违规事件，排污许可执行报告按时提交。", "I01.3"),
    ("近三年内受过环保处罚的供应商不得进入合格供方名录。",
     "下属工厂因废水超标被处以环保处罚8万元，已完成整改。", "I01.3"),
    ("年度检查中发现供应商的原材料使用台账不全。",
     "公司全年原材料消耗总量为12.6万吨，其中再生材料占比18%。", "I04.2"),
    # 环保处罚 is a penalty, not the environmental office (环保处)
    ("公司全年未受到环保处罚。",
     "公司设立环保处，负责排污许可与环保设施运行管理。", "I01.1"),
    # conflict minerals are a human-rights matter of sourcing, not materials use
    ("生产中使用的锡、钽、钨、金等原材料均须附冲突矿产尽职调查声明。",
     "包装材料全部改用可回收纸箱，年减少塑料使用约40吨。", "I04.2"),
    ("We do not use conflict minerals as raw materials in our products.",
     "Recycled aluminium made up 35% of the raw materials we used.", "I04.2"),
    # fuel sold is a product, not the company's consumption
    ("全年销售天然气（亿立方米）38.2，同比增长6%。",
     "全年天然气消耗量为1.2亿立方米，较上年下降3%。", "I03.2"),
    ("Sales of natural gas reached 3.8 billion cubic metres, up 6% on 2022.",
     "The plant's natural gas consumption was 12 million cubic metres.", "I03.2"),
]


@pytest.mark.parametrize(("neighbour", "own", "point"), PAIRS)
def test_cue_counts_only_in_its_own_topic(neighbour: str, own: str, point: str) -> None:
    assert point not in points(neighbour), points(neighbour)
    assert points(own).get(point, 0) > 0, points(own)


def test_english_general_bodies_need_a_climate_word() -> None:
    assert "I10.3" not in points(
        "We follow the UN Global Compact principles on labour and anti-corruption.")
    assert points("As a UN Global Compact participant we report our climate "
                  "action progress each year.").get("I10.3", 0) > 0
    assert points("We responded to CDP for the third year.").get("I10.3", 0) > 0
