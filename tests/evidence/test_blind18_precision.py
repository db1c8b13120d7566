"""Evidence precision and stage on forms met in blind round 18 (session 21), each rated wrong
before, with text written fresh for these tests: an advertising group's campaigns for clients
("为某车企策划的“零碳通勤月”整合营销战役"), their names and the awards they won read as the agency's
carbon position, own measures and products (a marketing group put at stage 2); carbon words
quoted as words ("“低碳”“零碳”类宣传用语") read as a commitment; new-energy cars as a market trend
("新能源汽车快速普及导致成品油需求下降") read as an own fleet and a product; a course on carbon-asset
management read as carbon-asset management; CCUS named as an opportunity read as a negative-carbon
measure; a plan to sell the credits left read as a reduction target; "暂未建立…统计体系" read as an
energy total; in a table, a combined total row ("温室气体排放总量（范围一+范围二）") quoted for scope 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.assess.points import table_excerpt
from cnsr.methodology import LoadedMethodology

from .tagged import carbon_aware, points_of

# Each case: one passage and the ratings it must earn (0: not given); the id says why.
CASES = [
    # an agency's campaign for a client is the client's message
    pytest.param("本年度公司为某新能源车企策划的“零碳通勤月”整合营销战役覆盖18个城市，相关短视频播放量超过3亿次。",
                 {"I06.1": 0, "I08.4": 0, "I09.2": 0}, id="campaign_for_a_carmaker"),
    pytest.param("我们为一家饮料品牌打造的“低碳野餐节”社交媒体传播，号召年轻人自带餐具、减少一次性用品。",
                 {"I06.1": 0, "I08.4": 0, "I04.2": 0}, id="social_campaign_for_a_brand"),
    pytest.param("公司承办的“净零城市骑行赛”赛事推广项目吸引报名者3.6万人。", {"I06.1": 0, "I09.2": 0},
                 id="event_promotion_title"),
    pytest.param("其中“零碳通勤月”获第29届中国国际广告节长城奖金奖，“低碳野餐节”获金投赏银奖。", {"I06.1": 0, "I10.3": 0},
                 id="campaign_awards"),
    pytest.param("We created a social-media campaign for an EV brand that encouraged drivers to share their zero-carbon commutes.",
                 {"I06.1": 0, "I09.2": 0}, id="campaign_for_a_brand_en"),
    pytest.param("公司为工业客户提供节能改造服务，全年帮助客户减少二氧化碳排放1.2万吨。", {"I09.3": 1},
                 id="own_service_for_a_client_stays"),
    # carbon words quoted as words
    pytest.param("合规中心针对“绿色”“低碳”“碳中和”等宣传用语制定审核规则，要求提供证明材料。", {"I06.1": 0, "I07.3": 0},
                 id="quoted_claim_words"),
    pytest.param("Our legal team reviews \"carbon neutral\" and \"zero carbon\" claims in client advertisements.",
                 {"I06.1": 0}, id="quoted_claims_en"),
    # new-energy cars as a market trend
    pytest.param("新能源汽车加速普及将导致成品油需求逐步下降，公司正加快“减油增化”转型。", {"I08.4": 0, "I09.2": 0},
                 id="nev_adoption_risk"),
    pytest.param("随着新能源汽车退役动力电池逐年增加，回收行业迎来发展窗口期。", {"I08.4": 0, "I09.2": 0},
                 id="retired_nev_batteries"),
    pytest.param("The rapid adoption of electric vehicles will reduce demand for our gasoline over the next decade.",
                 {"I08.4": 0, "I09.2": 0}, id="ev_adoption_en"),
    pytest.param("公司本年度新购新能源汽车32辆用于厂区通勤，公务车新能源比例达到60%。", {"I08.4": 1},
                 id="own_fleet_nev_stays"),
    # a course on carbon-asset management
    pytest.param("公司组织各基地能源管理员参加碳资产管理专题培训，共计86人次。", {"I14.4": 0, "I10.1": 1},
                 id="carbon_asset_course"),
    pytest.param("公司设立碳资产管理部，负责配额交易和减排量开发。", {"I14.4": 1}, id="carbon_asset_body_stays"),
    # CCUS as a market opportunity
    pytest.param("We see hydrogen blending and CCUS transport as new opportunities for our pipeline network.",
                 {"I08.6": 0}, id="ccus_opportunity_en"),
    pytest.param("氢能掺输和CCUS管道将为公司带来新的发展机遇。", {"I08.6": 0}, id="ccus_opportunity_zh"),
    pytest.param("公司建成10万吨/年二氧化碳捕集装置，全年捕集并封存二氧化碳7.2万吨。", {"I08.6": 1},
                 id="ccus_built_stays"),
    # a plan to sell the credits left is no target
    pytest.param("公司当年出售减排量6.0万吨，剩余3.2万吨减排量计划于2025年交易。", {"I06.3": 0, "I06.2": 0},
                 id="credits_left_to_sell"),
    pytest.param("公司计划到2025年单位产品碳排放较2020年下降18%。", {"I06.3": 1}, id="intensity_target_stays"),
    # no energy statistics yet
    pytest.param("注：公司暂未建立覆盖全部门店的能源消耗统计体系，用电量将于以后年度披露。", {"I03.1": 0},
                 id="no_energy_statistics_yet"),
    pytest.param("本年度公司综合能源消费量为1.26万吨标准煤。", {"I03.1": 1}, id="energy_total_stays"),
    # carbon-inventory help given to others is no own MRV process
    pytest.param("公司要求核心供应商每年报送能源数据，并为其中26家供应商提供碳盘查辅导。", {"I13.1": 0},
                 id="inventory_coaching_for_suppliers"),
    pytest.param("We provided 40 small suppliers with carbon inventory training in 2023.", {"I13.1": 0},
                 id="inventory_training_for_suppliers_en"),
    pytest.param("公司每年开展温室气体盘查并经第三方核查。", {"I13.1": 1}, id="own_inventory_verified_stays"),
    pytest.param("注：上表数据依据温室气体核算体系（GHG Protocol）及地方电网排放因子计算。", {"I13.1": 0, "I12.2": 1},
                 id="calculation_note_is_no_mrv"),
    pytest.param("Note: emissions are calculated in accordance with the GHG Protocol using national grid factors.",
                 {"I13.1": 0}, id="calculation_note_is_no_mrv_en"),
    # an environmental protection policy named with 管理 before 政策 (a recall miss of the round)
    pytest.param("本集團制定《環境保護管理政策》，由可持續發展部及各廠區環保專員負責落實。", {"I01.1": 1},
                 id="env_protection_management_policy_hk"),
    pytest.param("Our Environmental Protection Policy, approved by the Board, commits every site to prevent pollution.",
                 {"I01.1": 1}, id="env_protection_policy_en"),
    pytest.param("本年度公司缴纳环境保护税126万元。", {"I01.1": 0}, id="env_protection_tax_is_no_policy"),
    pytest.param("We paid RMB 1.2 million of environmental protection tax in 2023.", {"I01.1": 0},
                 id="env_protection_tax_en"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_blind18_passage(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want


@pytest.mark.parametrize("text", [
    "公司为某新能源汽车品牌策划的“零碳出游周”整合营销战役，联动全国20个城市的车主参与。\n",
    "公司作品“低碳早午餐”获金投赏商业创意奖金奖。\n",
    "针对客户“低碳”“零碳”类宣传诉求，公司编制了环境类广告用语审核指引。\n",
    "We ran a \"Zero Carbon Weekend\" campaign for a dairy client.\n",
], ids=["campaign_for_client", "campaign_award", "quoted_claim_words", "campaign_en"])
def test_an_agencys_campaigns_are_no_position(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert not carbon_aware(tmp_path, m, text)


@pytest.mark.parametrize("text", [
    "作为营销传播集团，公司承诺2030年前实现自身运营碳中和。\n",
    "公司制定了自身碳达峰行动方案，力争2028年前实现办公运营碳达峰。\n",
    "We have committed to net zero emissions across our agencies by 2040.\n",
], ids=["agency_own_commitment", "agency_own_peak_plan", "agency_net_zero_en"])
def test_an_agencys_own_position_stays(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert carbon_aware(tmp_path, m, text)


def test_a_table_quote_passes_over_the_combined_total_row() -> None:
    """A scope 2 point quotes the scope 2 row, not "温室气体排放总量（范围一+范围二）" above it, which holds
    范围二 but is vetoed for the point (the combined total)."""
    rows = [["指标", "单位", "2022年", "2023年"],
            ["温室气体排放总量（范围一+范围二）", "万吨CO2e", "61.2", "58.4"],
            ["范围一排放", "万吨CO2e", "50.1", "48.0"],
            ["范围二排放", "万吨CO2e", "11.1", "10.4"]]
    quote = table_excerpt(rows, ["范围二"], 300, None, ["总量"], ["范围一+范围二"])
    assert quote is not None and quote.endswith("范围二排放 | 万吨CO2e | 11.1 | 10.4")
    total = table_excerpt(rows, ["总量"], 300, None, ["总量"], [])
    assert total is not None and "范围一+范围二" in total
