"""Sentence readings of neighbouring topics (session 10, the evidence audit of the blind
documents d26–d54): each sentence below was read as another point, or a disclosure was not
read, before the session-10 lexicon entries. Text written for these tests."""

from __future__ import annotations

import pytest

from .tagged import points


@pytest.mark.parametrize(("text", "point", "rating"), [
    # scope 1 and scope 2 named together: their sum is a total, not either scope
    ("本公司范围一和范围二温室气体排放合计为8.64万吨二氧化碳当量，较上年下降3%。", "I11.1", 0.0),
    ("本公司范围一和范围二温室气体排放合计为8.64万吨二氧化碳当量，较上年下降3%。", "I11.2", 0.0),
    ("本公司范围一和范围二温室气体排放合计为8.64万吨二氧化碳当量，较上年下降3%。", "I11.4", 1.0),
    ("Our combined Scope 1 and 2 emissions were 52,300 tCO2e in 2023.", "I11.1", 0.0),
    ("Our combined Scope 1 and 2 emissions were 52,300 tCO2e in 2023.", "I11.2", 0.0),
    ("Our combined Scope 1 and 2 emissions were 52,300 tCO2e in 2023.", "I11.4", 1.0),
    # each scope with its own figure ("分别", "respectively") keeps both
    ("公司范围一和范围二温室气体排放分别为2.1万吨和6.5万吨二氧化碳当量。", "I11.1", 1.0),
    ("公司范围一和范围二温室气体排放分别为2.1万吨和6.5万吨二氧化碳当量。", "I11.2", 1.0),
    ("Scope 1 and Scope 2 emissions were 12,100 and 40,200 tCO2e respectively in 2023.", "I11.2", 1.0),
    # a board or committee reviewing climate risks oversees them: no risk named, no response
    ("The Audit and Risk Committee reviews climate-related risks and the progress of our "
     "decarbonisation plan every quarter.", "I13.5", 0.0),
    ("The Audit and Risk Committee reviews climate-related risks and the progress of our "
     "decarbonisation plan every quarter.", "I13.2", 0.0),
    ("董事会战略委员会每年两次审阅气候相关风险及减排目标进展。", "I13.2", 0.0),
    ("董事会战略委员会每年两次审阅气候相关风险及减排目标进展。", "I07.1", 1.0),
    # a risk named in its own words stays a risk, with its response
    ("强降雨和台风是公司港区面临的主要实体风险，公司已加高防汛堤并修订防台应急预案。", "I13.2", 1.0),
    ("强降雨和台风是公司港区面临的主要实体风险，公司已加高防汛堤并修订防台应急预案。", "I13.5", 1.0),
    # a carbon price that would raise costs is a transition risk: disclosed when costed, else
    # a mention
    ("Cement is expected to join the national trading scheme, and a carbon price would raise "
     "our clinker costs.", "I13.2", 0.5),
    ("Once cement joins the national trading scheme, a carbon price of RMB 90 per tonne would "
     "add about RMB 160 million a year to our costs.", "I13.2", 1.0),
    ("纳入全国碳市场后，碳价上涨将推高公司熟料生产成本。", "I13.2", 0.5),
    ("纳入全国碳市场后，碳价若升至每吨100元，将增加公司年生产成本约1.6亿元。", "I13.2", 1.0),
    # a market's demand named as the climate opportunity is no product of the company's
    ("Rising demand for energy-saving windows and low-carbon building materials is our largest "
     "climate-related opportunity.", "I09.2", 0.0),
    ("气候机遇方面，绿色建筑和节能服务的市场增长带来新的低碳建材需求。", "I09.2", 0.0),
    ("We launched 14 low-carbon building materials in 2023, which earned RMB 860 million in "
     "sales.", "I09.2", 1.0),
    ("公司2023年推出低碳建材产品12款，销售收入8.6亿元。", "I09.2", 1.0),
    # products that cut their users' energy are low-carbon products
    ("Our heat-pump dryers and variable-speed compressors cut the electricity used by households "
     "by about a third.", "I09.2", 1.0),
    ("公司生产的变频空调机组可降低用户用电30%以上。", "I09.2", 1.0),
    # savings the company's buildings or products give their owners: enabled for others
    ("公司开发的近零能耗公寓预计每年为住户节约空调用电约85万千瓦时。", "I09.3", 1.0),
    ("Our near-zero-energy homes save homeowners about 3.2 GWh of heating energy use each year.",
     "I09.3", 1.0),
    # energy data metered automatically: monitoring and data management of the inventory
    ("工厂能源数据由能源管理系统按小时自动采集，每月形成能耗报表。", "I12.4", 1.0),
    ("Energy data are metered at every production line and uploaded daily to the energy "
     "management platform.", "I12.4", 1.0),
    # the year of a plan to study a plan is no target year
    ("公司计划于2025年研究制定碳达峰实施方案。", "I06.2", 0.0),
    ("公司计划于2025年研究制定碳达峰实施方案。", "I06.3", 0.0),
    ("公司力争于2028年前实现碳达峰。", "I06.2", 1.0),
    # the year of a planned action, the study in a clause of its own: no target year, no roadmap
    ("公司计划2025年开展首次碳盘查，研究制定公司碳达峰行动方案。", "I06.2", 0.0),
    ("公司计划2025年开展首次碳盘查，研究制定公司碳达峰行动方案。", "I08.1", 0.5),
    ("公司正在研究制定碳中和路线图。", "I08.1", 0.5),
    ("公司计划2025年实现碳达峰，2055年前实现碳中和。", "I06.2", 1.0),
    ("公司于2023年制定了碳达峰行动方案，明确2028年前实现碳达峰。", "I08.1", 1.0),
    # 影响 as a noun (an impact) is not the company influencing an industry
    ("在极端情景下，转型风险对高碳行业客户信用质量的影响约为2%。", "I10.2", 0.0),
    ("公司通过年度供应商大会带动和影响120余家供应商开展温室气体核算。", "I10.2", 1.0),
    # water reused is reuse, not water withdrawn
    ("污水处理站出水经深度处理后回用，回用水率达到85%。", "I04.1", 0.0),
    ("污水处理站出水经深度处理后回用，回用水率达到85%。", "I04.3", 1.0),
    ("Water recycling at the plant reached 64% of total process water.", "I04.1", 0.0),
    ("Water recycling at the plant reached 64% of total process water.", "I04.3", 1.0),
    ("全厂新鲜水用量312万立方米，水重复利用率96%。", "I04.1", 1.0),
    # fresh water in a steelworks' words, and a figure between verb and noun
    ("2023年公司取新水1,520万立方米，吨钢耗新水2.1立方米。", "I04.1", 1.0),
    ("Our plants withdrew 2.7 million cubic metres of water in 2023.", "I04.1", 1.0),
    # a KPI's weight in an appraisal is no renewable share
    ("各工厂负责人的年度考核中，单位产品能耗和可再生能源电力比例合计占25%的权重。", "I03.5", 0.0),
    ("The renewable electricity share and PUE carry a weighting of 15% in the bonus of plant "
     "managers.", "I03.5", 0.0),
    ("2023年公司可再生能源电力占比达到38%。", "I03.5", 1.0),
    # the share with its base between 占 and the figure
    ("2023年，光伏和风电等绿色电力占全厂外购电量的27.5%。", "I03.5", 1.0),
    ("Renewables made up 41.5% of the electricity we used in 2023.", "I03.5", 1.0),
    # waste handed to a biomass-fuel company is that company's business
    ("稻壳和秸秆边角料全部交由当地生物质发电企业回收利用。", "I08.2", 0.0),
    # business travel named in a scope 3 list is no office measure
    ("We also estimate Scope 3 emissions from purchased goods, employee commuting and business "
     "travel at 86,000 tCO2e.", "I08.4", 0.0),
    ("We replaced 60% of business travel with video conferencing in 2023, cutting travel "
     "emissions by 1,200 tCO2e.", "I08.4", 1.0),
    # departments named by their work are no supply-chain measure
    ("公司成立碳管理办公室，成员来自生产、采购和财务部门，负责碳排放数据统计。", "I08.5", 0.0),
    ("公司绿色物流推进办公室负责车辆能耗和碳排放数据的统计。", "I08.5", 0.0),
    ("公司要求主要供应商披露碳排放数据，2023年采购低碳铝锭1.2万吨。", "I08.5", 1.0),
    # an emission factor is a parameter, not the company's emissions intensity
    ("公司按照GB/T 32150核算温室气体排放，电力排放因子采用全国电网平均排放因子0.5703吨二氧化碳/兆瓦时。",
     "I11.4", 0.5),
    ("2023年公司单位产品碳排放强度为0.82吨二氧化碳/吨，较上年下降4%。", "I11.4", 1.0),
    ("按全国电网排放因子计算，2023年公司温室气体排放总量为38.2万吨二氧化碳当量。", "I11.4", 1.0),
    # the HKEX compliance statement names pollutant kinds, discloses none of them
    ("报告期内，本集团并无发现任何严重违反有关废气及温室气体排放、向水及土地排污、有害及无害废弃物产生的"
     "法律及规例的情况。", "I02.1", 0.0),
    ("报告期内，本集团并无发现任何严重违反有关废气及温室气体排放、向水及土地排污、有害及无害废弃物产生的"
     "法律及规例的情况。", "I02.3", 0.0),
    ("报告期内，本集团并无发现任何严重违反有关废气及温室气体排放、向水及土地排污、有害及无害废弃物产生的"
     "法律及规例的情况。", "I01.3", 1.0),
    # water for green areas is no greening
    ("我们收集屋面雨水用于绿化灌溉，全年节约自来水1.2万吨。", "I05.3", 0.0),
    ("公司在厂区和周边道路开展绿化，新增绿化面积3.6万平方米，植树4,200株。", "I05.3", 1.0),
])
def test_reading(text: str, point: str, rating: float) -> None:
    assert points(text).get(point, 0.0) == rating
