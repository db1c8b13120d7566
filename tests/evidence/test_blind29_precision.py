"""Evidence precision on forms met in blind round 29 (session 24), each rated wrong before, with
text written fresh for these tests: the company's own action plan cited as the frame of its
targets read as alignment with a national plan (I06.5; guide §3.5 needs a named national or
sector plan); the words 倡议 and 组织 inside the name of an initiative the company joined read as
its influence on the industry (I10.2); a materiality result ranked in tiers ("(高)…;(中)…;(低)…")
read as the topics' disclosures (guide §2.1: navigation)."""

from __future__ import annotations

import pytest

from .tagged import points_of

# Each case: one passage and the ratings it must earn (0: not given, > 0: given); the id says why.
CASES = [
    # the company's own plan as its targets' frame: no I06.5, the targets stay
    pytest.param("按照公司《碳达峰行动方案》，公司力争2026年前实现碳达峰，2030年单位产品碳排放较2020年下降20%。",
                 {"I06.5": 0, "I06.1": 1, "I06.2": 1}, id="own_plan_frame_zh"),
    pytest.param("根据集团《碳中和实施方案》，集团力争2055年前实现碳中和。", {"I06.5": 0, "I06.1": 1}, id="group_plan_frame_zh"),
    pytest.param("公司《绿色低碳发展行动方案》明确，2028年前实现运营碳达峰。", {"I06.5": 0}, id="own_plan_states_zh"),
    pytest.param("Under our Carbon Peak Action Plan, we aim to peak our emissions by 2026 and reach net zero by 2050.",
                 {"I06.5": 0, "I06.1": 1}, id="own_plan_frame_en"),
    # a national plan named stays I06.5
    pytest.param("按照国家《2030年前碳达峰行动方案》部署，公司力争2028年实现碳达峰。", {"I06.5": 1}, id="national_plan_stays_zh"),
    pytest.param("公司对标《工业领域碳达峰实施方案》，制定自身碳达峰行动方案。", {"I06.5": 1}, id="sector_plan_stays_zh"),
    # an initiative's name joined: no influence on the industry; the international voice stays
    pytest.param("公司2021年加入油气行业气候倡议组织（OGCI），持续推进甲烷泄漏检测与修复。", {"I10.2": 0, "I10.3": 1},
                 id="joined_initiative_zh"),
    pytest.param("集团2022年成为国际气候倡议组织（ICCI）成员单位，按要求报送甲烷排放数据。", {"I10.2": 0},
                 id="member_of_initiative_zh"),
    pytest.param("We joined the Oil and Gas Climate Initiative (OGCI) in 2021 and cut methane leaks at our fields.",
                 {"I10.2": 0, "I10.3": 1}, id="joined_initiative_en"),
    # the company advocating or organising stays I10.2
    pytest.param("公司倡议行业上下游企业共同减少碳排放，牵头成立绿色供应链联盟。", {"I10.2": 1}, id="own_advocacy_stays_zh"),
    # a materiality result ranked in tiers is navigation
    pytest.param("经问卷调查识别重要议题：（高）产品安全、客户服务、合规经营；（中）应对气候变化、能源管理、供应链管理；（低）生物多样性、社区公益。",
                 {"I05.2": 0, "I06.1": 0, "I08.5": 0, "I03.1": 0}, id="tiers_brackets_zh"),
    pytest.param("高：数据安全、员工权益；中：气候变化应对、能源使用、废弃物管理；低：生物多样性保护、社区投资。",
                 {"I05.2": 0, "I02.3": 0, "I03.1": 0}, id="tiers_colons_zh"),
    pytest.param("識別重要議題：（高）行車安全、服務質素；（中）應對氣候變化、能源使用；（低）生物多樣性。",
                 {"I05.2": 0, "I03.1": 0}, id="tiers_hant"),
    pytest.param("High: product quality, data privacy; Medium: climate change, energy use, supply chain; Low: biodiversity, community.",
                 {"I05.2": 0, "I03.1": 0}, id="tiers_en"),
    # a sentence with 高 / 中 in its prose stays
    pytest.param("公司碳排放强度较高：2023年单位产品排放2.1吨二氧化碳；中期将通过光伏和绿电降低排放。", {"I11.4": 1},
                 id="prose_high_stays_zh"),
    pytest.param("施工区域临近湿地，生态敏感度（高），公司制定生物多样性保护方案并设置候鸟观测点。", {"I05.2": 1},
                 id="one_tier_stays_zh"),
    # solvents named after methane are no methane (word-sense); methane and an HFC named so stay
    pytest.param("公司对甲醇、丙酮、二氯甲烷等溶剂回收套用，2023年回收溶剂1.2万吨。", {"I11.6": 0}, id="dichloromethane_zh"),
    pytest.param("三氯甲烷、溴甲烷用量较上年下降12%，硝基甲烷已停用。", {"I11.6": 0}, id="halomethanes_zh"),
    pytest.param("Dichloromethane and nitromethane are recovered by distillation and reused.", {"I11.6": 0},
                 id="dichloromethane_en"),
    pytest.param("2023年甲烷排放量为1.2万吨二氧化碳当量，占温室气体排放总量的8%。", {"I11.6": 1}, id="methane_stays_zh"),
    pytest.param("制冷剂二氟甲烷（HFC-32）逸散排放折合二氧化碳当量560吨。", {"I11.6": 1}, id="hfc32_stays_zh"),
    # loans on clients' allowances are carbon finance, no ETS coverage of the bank's own
    pytest.param("向23家发电企业发放碳排放配额质押贷款18.6亿元。", {"I14.1": 0, "I14.4": 1}, id="allowance_pledge_loans_zh"),
    pytest.param("We granted carbon emission allowance pledge loans of RMB 1.9 billion to 21 power producers.",
                 {"I14.1": 0, "I14.4": 1}, id="allowance_pledge_loans_en"),
    pytest.param("公司持有碳排放配额120万吨，按期完成2023年度清缴履约。", {"I14.1": 1}, id="own_allowances_stay_zh"),
    # a government body's requirement of a sector is background, the company's own monitoring stays
    pytest.param("国家能源局提出，2030年前油气行业要形成完善的甲烷排放监测、核算和控制体系。", {"I12.4": 0, "I13.1": 0, "I11.6": 0},
                 id="sector_required_zh"),
    pytest.param("生态环境部要求，重点排放单位应建立温室气体排放监测计划并按月报送数据。", {"I12.4": 0, "I13.1": 0},
                 id="ministry_requires_zh"),
    pytest.param("The National Energy Administration requires the industry to build methane monitoring systems by 2030.",
                 {"I12.4": 0, "I13.1": 0}, id="sector_required_en"),
    pytest.param("公司按照生态环境部要求，建立温室气体排放监测计划，每月报送排放数据。", {"I12.4": 1}, id="company_complies_stays_zh"),
    # a revenue breakdown's row is a business line, not the company's energy structure
    pytest.param("营业收入构成 | 项目 | 营业收入（亿元） | 占比\n风电场开发及发电 | 38.4 | 9.17%", {"I03.5": 0, "I08.2": 0},
                 id="revenue_breakdown_zh"),
    pytest.param("分产品营业收入：光伏发电业务12.6亿元，占比8.4%。", {"I03.5": 0, "I08.2": 0}, id="revenue_by_product_zh"),
    pytest.param("风电场开发及发电 | 营业收入=38.4亿元 | 占比=9.17% | 同比增减=26.8%", {"I03.5": 0, "I08.2": 0},
                 id="revenue_column_row_zh"),
    pytest.param("Revenue by segment: wind power generation RMB 3.8 billion, 9.2% of the total.", {"I03.5": 0, "I08.2": 0},
                 id="revenue_by_segment_en"),
    pytest.param("公司在基地屋顶建成分布式光伏38.6MW，全年自发绿电8,260万千瓦时，绿电比例达到58%。", {"I03.5": 1, "I08.2": 1},
                 id="own_green_power_stays_zh"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_blind29_points(text: str, want: dict[str, float]) -> None:
    got = points_of(text, want)
    assert all((got[p] > 0) == (v > 0) for p, v in want.items()), got
