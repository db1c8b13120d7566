"""Evidence precision on forms met in blind round 24 (session 23), each rated wrong before, with
text written fresh for these tests: a carbon market "developing in order" (交易规范发展) read as the
company's carbon rules; its own fuel saving followed by the CO2 it "correspondingly" cut read as
savings enabled for others; a public-service programme a broadcaster made and aired, named
"low-carbon life", read as a low-carbon product; a licensor offsetting a product line the company
makes read as the company's own offsets; the recycled share of the materials bought read as waste
reused; carbon paper read as a carbon word; a licensor's net-zero target read as the company's; a target
with its year and base year and no "target" word read as an intensity reported."""

from __future__ import annotations

import pytest

from .tagged import points_of

# Each case: one passage and the ratings it must earn (0: not given); the id says why.
CASES = [
    # a market or method "developing in order" names no rule of the company's
    pytest.param("海洋碳汇计量方法仍在探索，公司将推动蓝碳交易规范发展。", {"I07.3": 0}, id="trading_orderly_zh"),
    pytest.param("林业碳汇项目开发仍不成熟，需要推动碳交易规范有序开展。", {"I07.3": 0}, id="trading_orderly_2_zh"),
    pytest.param("公司制定《碳交易管理规范》，明确配额履约和交易审批流程。", {"I07.3": 1}, id="own_trading_rules_stay"),
    pytest.param("公司印发《碳排放管理办法》，明确各单位职责。", {"I07.3": 1}, id="own_carbon_rules_stay"),
    # the CO2 that follows its own fuel saving is its own cut
    pytest.param("公司建成带式输送机替代矿用卡车，每年减少柴油消耗约1.2万吨，相应减少二氧化碳排放约3.7万吨。",
                 {"I09.3": 0}, id="own_diesel_correspondingly_zh"),
    pytest.param("通过余热发电替代外购电，全年减少电力消耗2,600万千瓦时，相应减少二氧化碳排放1.5万吨。",
                 {"I09.3": 0}, id="own_power_correspondingly_zh"),
    pytest.param("Replacing 90 haul trucks with conveyors cut our diesel consumption by 12,000 tonnes, "
                 "thereby reducing CO2 emissions by 37,000 tonnes.", {"I09.3": 0}, id="own_diesel_thereby_en"),
    pytest.param("公司为客户提供节能改造服务，帮助客户年节约用电8,600万千瓦时，减少二氧化碳排放约4.9万吨。",
                 {"I09.3": 1}, id="clients_saving_stays"),
    # a programme made and aired for the public
    pytest.param("公司联合市生态环境局制作播出“低碳生活”系列公益节目36期，介绍家庭节能知识。",
                 {"I09.2": 0}, id="programme_aired_zh"),
    pytest.param("频道全年播出“绿色家园”专题节目48期，宣传垃圾分类和绿色出行。", {"I09.2": 0, "I08.4": 0.5},
                 id="topic_programme_zh"),
    pytest.param("Our channel aired a 24-episode public-service series on low-carbon living, made with the city's "
                 "environment bureau.", {"I09.2": 0}, id="public_service_series_en"),
    pytest.param("公司推出低碳产品“节能宝”智能插座，累计销售86万台。", {"I09.2": 1}, id="lowcarbon_product_stays"),
    # a licensor's offsets
    pytest.param("The licensor offsets the lifecycle emissions of the toy line we make for it with credits it buys.",
                 {"I08.6": 0}, id="licensor_offsets_en"),
    pytest.param("Our brand customer offsets the footprint of its carbon-neutral range through forestry credits.",
                 {"I08.6": 0}, id="brand_customer_offsets_en"),
    pytest.param("品牌方通过购买林业碳汇抵消该系列产品的全生命周期排放。", {"I08.6": 0}, id="brand_owner_offsets_zh"),
    pytest.param("公司购买林业碳汇1,200吨，抵消2023年年会及差旅排放。", {"I08.6": 1}, id="own_offsets_stay"),
    # carbon in another sense
    pytest.param("Our office supplies range includes carbon paper and carbonless receipt books.", {"I08.4": 0},
                 id="carbon_paper_en"),
    pytest.param("The new office chairs use a carbon fibre frame and carbon steel legs.", {"I08.4": 0},
                 id="carbon_fibre_steel_en"),
    pytest.param("We cut carbon emissions at our offices by 12% with LED lighting.", {"I08.4": 1},
                 id="office_carbon_cut_stays"),
    # a licensor's own target
    pytest.param("Our largest licensor has committed to net zero by 2040 and asks suppliers to report emissions.",
                 {"I06.1": 0, "I06.2": 0}, id="licensor_target_en"),
    pytest.param("最大的授权方已承诺2040年实现净零排放，并要求供应商报送碳排放数据。", {"I06.1": 0, "I06.2": 0},
                 id="licensor_target_zh"),
    pytest.param("We have committed to reach net zero across our own operations by 2050.", {"I06.1": 1, "I06.2": 1},
                 id="own_target_stays"),
    # a target with its year and base year is no intensity reported
    pytest.param("公司提出到2025年单位客运周转量二氧化碳排放较2020年下降15%，2030年前运营碳排放达峰。", {"I11.4": 0, "I06.3": 1},
                 id="target_with_base_year_zh"),
    pytest.param("集团力争到2026年单位产品碳排放较2021年降低12%。", {"I11.4": 0}, id="target_lizheng_zh"),
    pytest.param("公司提出到2025年单位信息流量综合能耗和碳排放较2022年分别下降20%和22%。", {"I11.4": 0, "I11.5": 0},
                 id="target_respectively_zh"),
    pytest.param("We plan to cut carbon intensity per tonne-km by 20% by 2030 from 2020 levels.", {"I11.4": 0, "I06.3": 1},
                 id="target_with_base_year_en"),
    pytest.param("2023年单位客运周转量二氧化碳排放较2020年下降15%。", {"I11.4": 0.5}, id="realised_change_stays"),
    pytest.param("2023年公司单位营业收入二氧化碳排放强度为12.4吨/百万元，较2020年下降15%。", {"I11.4": 1},
                 id="intensity_reported_stays"),
    # the recycled share of materials bought is an input
    pytest.param("Recycled plastics made up 21% of our resin purchases in 2023, up from 14%.", {"I04.3": 0, "I04.2": 1},
                 id="recycled_share_of_purchases_en"),
    pytest.param("2023年再生塑料占树脂采购量的21%，较上年提高7个百分点。", {"I04.3": 0}, id="recycled_share_of_purchases_zh"),
    pytest.param("注塑边角料全部回收利用，全年回收利用塑料废料1,480吨，综合利用率96%。", {"I04.3": 1}, id="scrap_reused_stays"),
    pytest.param("Plastic scrap reground and reused in production reached 1,480 tonnes.", {"I04.3": 1},
                 id="scrap_reused_en_stays"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_blind24_precision(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want
