"""Evidence precision on forms met in blind round 23 (session 23), each rated wrong before, with
text written fresh for these tests: a verification or certification company's services for
emitters (and the company named as such a service body) read as its own MRV, verification and
ETS duty; clients helped to surrender their allowances read as the company's own compliance;
materials or sectors entering the carbon market, seen as a cost risk or a sales opportunity,
read as the company's own ETS coverage; suppliers asked to explain their energy, methane and
restoration read as the company's own restoration and gas breakdown; an emissions-reporting
requirement the company's exports will face read as a mention of its own total; a lessor's
green-lease appraisal and fund prices read as carbon appraisal; leases for lessees' solar plants
read as the company's own energy structure; a client's allowances taken as a leased asset read
as the company's own ETS allowances; the standard and boundary of a planned first inventory read
as in use; a share of the certificates a service company issued read as a clean-energy share."""

from __future__ import annotations

import pytest

from .tagged import points_of

# Each case: one passage and the ratings it must earn (0: not given); the id says why.
CASES = [
    # verification, inventory and footprint services for emitters and authorities
    pytest.param("报告期内，公司为12个地市生态环境部门和240家重点排放单位提供温室气体排放核查服务。",
                 {"I13.1": 0, "I12.5": 0, "I14.1": 0}, id="verification_for_emitters_zh"),
    pytest.param("公司为86家出口企业提供产品碳足迹评价服务，出具评价报告112份。",
                 {"I13.1": 0, "I12.5": 0}, id="footprint_service_zh"),
    pytest.param("本公司是省生态环境厅遴选的温室气体排放核查技术服务机构之一。",
                 {"I13.1": 0, "I12.5": 0}, id="named_as_service_body_zh"),
    pytest.param("In 2023 we provided GHG verification services to 240 emitters and four provincial authorities.",
                 {"I13.1": 0, "I12.5": 0, "I14.1": 0}, id="verification_for_emitters_en"),
    pytest.param("公司委托第三方机构按ISO 14064-3对本公司2023年温室气体排放开展核查并出具核查声明。",
                 {"I12.5": 1}, id="own_verification_stays"),
    # clients helped to surrender allowances
    pytest.param("碳资产团队协助客户全部按期完成2021—2022年度配额清缴履约，全年代理成交量560万吨。",
                 {"I14.1": 0}, id="clients_surrender_zh"),
    pytest.param("Our carbon desk helped 28 clients surrender their allowances on time for the 2022 compliance year.",
                 {"I14.1": 0}, id="clients_surrender_en"),
    pytest.param("公司燃煤电厂纳入全国碳排放权交易市场，2023年按期完成2021—2022年度配额清缴。",
                 {"I14.1": 0.5}, id="own_compliance_stays"),
    # materials or sectors entering the carbon market
    pytest.param("钢材、水泥等高耗能建材纳入全国碳排放权交易市场后，建材采购成本可能上升。",
                 {"I14.1": 0}, id="materials_enter_ets_zh"),
    pytest.param("随着电解铝、化工行业逐步纳入碳市场，公司检测设备需求有望增长。",
                 {"I14.1": 0}, id="sectors_enter_ets_zh"),
    pytest.param("The extension of the national carbon market to steel and cement will raise demand for our monitoring systems.",
                 {"I14.1": 0}, id="market_extended_en"),
    # suppliers asked to explain their own energy, methane and restoration
    pytest.param("公司首次要求主要矿石供应商说明开采环节的能源消耗、甲烷管理和生态修复情况。",
                 {"I05.2": 0, "I11.6": 0, "I08.5": 1}, id="suppliers_explain_zh"),
    pytest.param("We asked our main ore suppliers to explain their energy use, methane management and land restoration at the mines.",
                 {"I05.2": 0, "I11.6": 0}, id="suppliers_explain_en"),
    # a reporting duty the exports will face
    pytest.param("欧盟碳边境调节机制实施后，公司出口欧洲的钢制品将面临碳排放数据申报要求。",
                 {"I11.4": 0}, id="reporting_duty_zh"),
    pytest.param("From 2026 our aluminium exports to the EU will face CBAM embedded emissions reporting requirements.",
                 {"I11.4": 0}, id="reporting_duty_en"),
    # a carbon-asset business or the market's growth named as an opportunity
    pytest.param("机遇：全国碳市场扩容带来的碳资产服务需求，将为公司带来新的业务增长点。",
                 {"I14.4": 0, "I14.1": 0}, id="opportunity_growth_point_zh"),
    pytest.param("Opportunity: demand for carbon-asset services will become a new growth driver for our business.",
                 {"I14.4": 0}, id="opportunity_growth_driver_en"),
    pytest.param("公司设立碳资产管理部，统筹配额、CCER等碳资产的管理与交易。",
                 {"I14.4": 1}, id="own_carbon_assets_stay"),
    pytest.param("第三方机构为本公司提供温室气体排放核查服务，并出具核查声明。",
                 {"I12.5": 1}, id="verified_for_the_company_stays"),
    # a planned first inventory: its standard and boundary are the plan's
    pytest.param("公司计划于2024年委托第三方机构，参照ISO 14064-1标准开展首次温室气体盘查，盘查范围为总部及全部门店。",
                 {"I12.1": 0.5, "I12.2": 0.5}, id="planned_inventory_zh"),
    pytest.param("We will engage a consultant in 2024 to conduct our first GHG inventory, following ISO 14064-1, covering all offices.",
                 {"I12.2": 0.5}, id="planned_inventory_en"),
    pytest.param("公司于2023年委托第三方机构，参照ISO 14064-1标准开展首次温室气体盘查，盘查范围为总部及全部门店。",
                 {"I12.1": 1, "I12.2": 1}, id="inventory_done_stays"),
    # a share of the certificates a service company issued
    pytest.param("2023年颁发产品碳足迹证书268张，其中动力电池、光伏组件类证书占比45%。",
                 {"I03.5": 0}, id="certificate_share_zh"),
    pytest.param("In 2023, 45% of the certificates we issued were for solar modules and batteries.",
                 {"I03.5": 0}, id="certificate_share_en"),
    pytest.param("公司屋顶光伏发电量占总用电量的比例为12%。", {"I03.5": 1}, id="own_clean_share_stays"),
    # a lessor's green-lease incentives
    pytest.param("公司将绿色租赁投放纳入各业务部门年度考核，并对绿色项目给予内部资金价格优惠。",
                 {"I07.4": 0}, id="green_lease_appraisal_zh"),
    pytest.param("Green leasing volumes are part of each business unit's appraisal.",
                 {"I07.4": 0}, id="green_lease_appraisal_en"),
    pytest.param("公司将单位产值碳排放强度纳入各子公司负责人年度绩效考核。",
                 {"I07.4": 1}, id="own_carbon_appraisal_stays"),
    # leases for lessees' plants
    pytest.param("公司为农户的分布式光伏电站提供融资租赁服务，承租人光伏电站年发电量约3.6亿千瓦时。",
                 {"I08.2": 0}, id="lessees_pv_zh"),
    pytest.param("We provide leasing for our lessees' rooftop solar plants, which generated 360 GWh in 2023.",
                 {"I08.2": 0}, id="lessees_pv_en"),
    pytest.param("公司在总部屋顶建成分布式光伏0.8兆瓦，年发电量86万千瓦时。",
                 {"I08.2": 1}, id="own_pv_stays"),
    # a client's allowances as the leased asset
    pytest.param("公司落地首笔碳排放配额售后回租业务，以某热电企业持有的全国碳市场配额为租赁物，提供融资4,000万元。",
                 {"I14.1": 0}, id="allowance_leaseback_zh"),
    pytest.param("We closed our first sale-and-leaseback of a power producer's carbon allowances, providing RMB 40 million.",
                 {"I14.1": 0}, id="allowance_leaseback_en"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_blind23_precision(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want
