"""Wordings the reader misread or missed on the third round of unseen documents (session 7,
issue #12): a water pollutant's discharge mode and permitted load read as GHG figures, an
intensity cue running across a sentence end, denied cues ("未经核查", "未使用CCER"), a broker's
carbon-market business, a company's own new-energy fleet, donated photovoltaics, carbon prices
in risk statements, revenue shares, and wordings of intensity, green power, reuse, retrofits,
carbon bodies and rules. Passages written for these tests, in other words than the demo
corpus."""

from __future__ import annotations

import pytest

from .tagged import points

NOT_FOUND = [
    # a pollutant table: "间接排放" is the discharge mode, "核定排放总量" the permitted load
    ("总磷 | 间接排放 | 0.8 | 3.20 | 1.46", "I11.2"),
    ("生活污水经化粪池处理后间接排放至园区污水处理厂。", "I11.2"),
    ("氨氮核定排放总量4.5吨/年，实际排放2.1吨。", "I11.4"),
    # "重点排放单位" is an organisation, and an intensity never runs across a sentence end
    ("本厂锅炉房被列为重点排放单位。公司按月编制温室气体排放台账并报送主管部门。", "I11.4"),
    # the name of an accounting method is no emissions total
    ("分厂依照《温室气体排放核算与报告要求》编写年度报告。", "I11.4"),
    # denied cues
    ("以上排放数据未经第三方机构核查。", "I12.5"),
    ("本履约期内公司未使用核证自愿减排量抵销配额。", "I14.2"),
    ("Our emissions figures have not been independently verified.", "I12.5"),
    # a broker's or bank's carbon-market business for clients
    ("本公司去年获得碳排放权交易业务资格，为多家控排企业提供配额质押融资。", "I14.1"),
    ("子公司在区域碳市场开展CCER做市交易，全年成交56万吨。", "I14.2"),
    ("子公司在区域碳市场开展CCER做市交易，全年成交56万吨。", "I08.6"),
    ("公司研究所全年发布碳市场专题研究报告38篇。", "I14.1"),
    # the company's own new-energy fleet is neither a product for others nor a clean-energy share
    ("公司今年购置新能源汽车60辆，替换燃油车辆。", "I09.2"),
    ("配送车队中新能源货车比例已达到41%。", "I03.5"),
    # a photovoltaic plant donated to a partner village; an IPO for new-energy firms
    ("公司在定点帮扶村捐建屋顶光伏电站，年发电约35万千瓦时。", "I08.2"),
    ("投行部门为5家光伏企业提供再融资服务，募资合计41亿元。", "I08.2"),
    # a carbon price in a risk statement, an internal carbon price
    ("主要转型风险包括：碳价上涨推高自备电厂运行成本。", "I15.1"),
    ("碳交易市场扩容后，公司可能面临碳成本上升。", "I15.1"),
    ("We use an internal carbon price of USD 40 per tonne to screen new projects.", "I15.1"),
    # a share of revenue is no energy share
    ("公司加快布局风电运维和储能业务，非电业务收入比重提高到18%。", "I03.5"),
    # a verifier's name holds a green word
    ("2023年数据由某某能效技术服务有限公司进行第三方核查。", "I09.2"),
    # the authority's list, a building named for research
    ("公司被当地环境保护部门公布为2022年土壤污染重点监管单位。", "I01.1"),
    ("新建的研发大楼按绿色建筑标准设计，投资1.2亿元。", "I09.1"),
    # topics listed as material, a course on carbon markets
    ("经评估，公司的重要性议题包括数据安全、绿色金融和员工发展。", "I09.2"),
    ("公司为营业部员工举办碳市场知识培训6场。", "I14.1"),
    # a (planned) inventory is no monitoring or data management of its own
    ("公司计划于2025年完成首次温室气体盘查。", "I12.4"),
    # the CSRC box's options; a carrier's new-energy trucks required in a tender
    ("减碳措施类型：使用清洁能源发电；研发生产助于减碳的新产品", "I09.1"),
    ("干线运输招标要求承运商新能源车辆比例逐年提高，以降低运输能耗。", "I08.4"),
]


@pytest.mark.parametrize(("text", "point"), NOT_FOUND)
def test_not_the_company_or_not_real(text: str, point: str) -> None:
    assert points(text).get(point, 0) == 0


FOUND = [
    # intensities per unit of throughput or floor area
    ("单位集装箱吞吐量综合能耗为3.86吨标准煤/万标箱。", "I03.3"),
    ("门店单位营业面积用电量412千瓦时/平方米。", "I03.3"),
    # green power bought without the word 交易
    ("公司全年购买绿色电力2,400万千瓦时。", "I14.3"),
    # kitchen and produce waste made into compost or biogas
    ("门店果蔬垃圾约55%用于制作有机肥。", "I04.3"),
    # oil-to-electric retrofits of port cranes
    ("全年完成岸桥和场桥油改电36台，年节约柴油1,900吨。", "I08.3"),
    # a carbon body and carbon rules named with words between
    ("公司成立绿色低碳发展工作领导小组，由总经理任组长。", "I07.2"),
    ("2023年印发《碳排放数据统计管理办法》。", "I07.3"),
    # afforestation in words other than 植树
    ("在排土场种植乔木和灌木8.2万株，恢复林地1,500亩。", "I05.3"),
    # a response to a climate risk in the same sentence
    ("针对台风等极端天气，公司为各中转仓配备备用电源并制定应急调运预案。", "I13.5"),
    # "年度排放数据由…核查": verification of the emissions data
    ("年度排放数据由外部机构进行第三方核查。", "I12.5"),
    # allowances bought and what they cost (the cost is I15.1 even without the word 碳成本)
    ("公司通过区域碳市场购入配额52.4万吨，支出约3,180万元，按期完成清缴。", "I15.1"),
    ("We bought 0.21 Mt of allowances at an average price of RMB 82 per tonne.", "I15.1"),
    # PUE is a data centre's energy intensity
    ("新建机房的设计PUE不高于1.25。", "I03.3"),
    # a carbon-accounting service for customers; removals neutralising residual emissions
    ("本年度公司承销碳中和债券9只，金额合计63亿元。", "I09.2"),
    # measurement and reporting routines of the inventory's data are monitoring
    ("天然气低位发热量按月实测，用于核算二氧化碳排放量。", "I12.4"),
    ("各单位每月填报能源及碳排放管理系统，由总部季度覆核。", "I12.4"),
    ("Our carbon accounting software helps 2,100 small suppliers measure their footprint.", "I09.2"),
    ("Residual emissions will be neutralised with permanent carbon removals from 2035.", "I08.6"),
]


@pytest.mark.parametrize(("text", "point"), FOUND)
def test_unseen_wordings_are_read(text: str, point: str) -> None:
    assert points(text).get(point, 0) > 0


def test_a_per_unit_consumption_is_not_the_total() -> None:
    assert points("吨纯碱综合能耗降至285千克标准煤。").get("I03.1", 0) == 0
    assert points("全年综合能耗9.6万吨标准煤。").get("I03.1") == 1


def test_a_pollutant_table_cell_under_an_emissions_header_is_quantified() -> None:
    # "实际排放量=…吨" is read as an emissions figure; under a pollutant cue it is the pollutant's
    assert points("颗粒物 | 2022年实际排放量=18.6吨").get("I02.1") == 1
    assert points("化学需氧量 | 年排放量=27.9吨").get("I02.2") == 1
