"""Evidence precision on forms met in blind round 30 (session 24), each rated wrong before, with
text written fresh for these tests: a grid emission factor computing what a generator's clean
power saves the grid read as the factor of its own inventory and as its co-reduction of CO2 and
SO2 (I12.3, I16.2, I16.3; guide §3.7); the county a company sits in setting a GDP-intensity target
read as the company's target (I06.3; guide §3.5); the company's own production chain named as its
focus read as its supply chain and its influence on the industry (I08.5, I10.2); a body's remit of
"carbon asset management" read as carbon assets in the accounts (I15.2); a loan for a borrower's
sink forest and a sink said to belong to another party read as the company's own sinks (I08.6);
the rows of a bank's table of loans by use read as its own ecology and pollution work (I05.2,
I02.2); insurance written for others' wind and solar projects, farmers helped to install rooftop
PV and an installer's estimate read as the company's energy structure (I08.2); an investment
portfolio's carbon intensity monitored read as monitoring of the company's GHG data (I12.4,
I13.1); and an intensity per unit of transport written with 每 left unread (I11.4)."""

from __future__ import annotations

import pytest

from .tagged import points_of

CASES = [
    # what the company's clean generation saves the grid: no factor of its inventory, no co-reduction
    pytest.param("按照全国电网平均排放因子测算，公司全年水电和核电发电量相当于为电网减少二氧化碳排放约4,800万吨、二氧化硫0.9万吨。",
                 {"I12.3": 0, "I16.2": 0, "I16.3": 0, "I02.1": 0, "I09.3": 1}, id="grid_avoided_zh"),
    pytest.param("2023年集团风电上网电量折合减少标准煤消耗210万吨，减少二氧化碳排放560万吨、氮氧化物1,200吨。",
                 {"I16.2": 0, "I16.3": 0}, id="wind_output_avoided_zh"),
    pytest.param("Using the national grid emission factor, the electricity we generated avoided 48 million tonnes of CO2 "
                 "and 9,000 tonnes of SO2 for the grid.", {"I12.3": 0, "I16.3": 0}, id="grid_avoided_en"),
    # the company's own co-reduction and its own inventory factor stay
    pytest.param("公司完成燃煤锅炉煤改气改造，每年减少二氧化碳排放1.2万吨、二氧化硫86吨。", {"I16.3": 1}, id="own_co_reduction_stays_zh"),
    pytest.param("范围二排放采用生态环境部公布的全国电网平均排放因子0.5703 tCO2/MWh计算。", {"I12.3": 1}, id="own_factor_stays_zh"),
    # the county's target is the county's
    pytest.param("公司所在市积极推进“双碳”工作，提出到2030年全市单位GDP二氧化碳排放比2020年下降30%。", {"I06.3": 0, "I06.2": 0},
                 id="city_target_zh"),
    pytest.param("全县单位地区生产总值二氧化碳排放到2025年较2020年下降18%。", {"I06.3": 0}, id="county_target_zh"),
    pytest.param("The city where we operate aims to cut carbon emissions per unit of GDP by 25% by 2030 from 2020.",
                 {"I06.3": 0}, id="city_target_en"),
    pytest.param("公司以2022年为基准年，力争到2030年单位产品二氧化碳排放下降20%。", {"I06.3": 1}, id="own_target_stays_zh"),
    # the company's own production chain is no supply chain
    pytest.param("公司以焦化—甲醇—烯烃产业链为重点，推动二氧化碳捕集利用和节能降碳改造。", {"I08.5": 0, "I10.2": 0},
                 id="own_chain_zh"),
    pytest.param("We are focusing on our own coal-to-ammonia production chain to cut carbon emissions.", {"I08.5": 0},
                 id="own_chain_en"),
    pytest.param("公司要求主要供应商披露碳排放数据，并将低碳表现纳入供应商评价。", {"I08.5": 1}, id="supply_chain_stays_zh"),
    # carbon asset management is a remit, not a balance
    pytest.param("安全环保部下设碳资产管理科，负责温室气体核算、碳排放权交易履约和碳资产管理。", {"I15.2": 0, "I14.4": 1},
                 id="carbon_asset_remit_zh"),
    pytest.param("公司将持有的碳排放权确认为资产，年末碳排放权资产账面价值1,260万元。", {"I15.2": 1}, id="carbon_asset_booked_stays_zh"),
    # loans for a borrower's sink forest, a sink belonging to others
    pytest.param("本行向林业合作社发放林权抵押贷款2.4亿元，用于碳汇林营造。", {"I08.6": 0}, id="loan_for_sink_zh"),
    pytest.param("We granted loans of RMB 240 million to forestry cooperatives for carbon-sink plantations.", {"I08.6": 0},
                 id="loan_for_sink_en"),
    pytest.param("公司支持当地开展碳汇林建设，项目预计每年吸收二氧化碳1.2万吨，相关碳汇量归县林业局所有。", {"I08.6": 0},
                 id="sink_belongs_to_county_zh"),
    pytest.param("The sinks of the new plantations belong to the county forestry bureau.", {"I08.6": 0}, id="sink_belongs_en"),
    pytest.param("公司在矿区复垦土地植树造林3,200亩，每年吸收二氧化碳约0.8万吨，用于抵消自身排放。", {"I08.6": 1},
                 id="own_sink_stays_zh"),
    # "carbon insurance" on clients' sinks and credits: the clients' carbon assets
    pytest.param('Case: "carbon insurance" for village forests and clients\' CCER projects', {"I08.6": 0, "I14.2": 0},
                 id="carbon_insurance_title_en"),
    pytest.param("公司试点碳信用交付保险，为客户CCER项目的减排量签发提供保障。", {"I14.2": 0, "I08.6": 0}, id="credit_delivery_insurance_zh"),
    pytest.param("公司2023年购买并注销CCER 1.2万吨，用于抵消公务用车排放。", {"I14.2": 1}, id="own_ccer_stays_zh"),
    # a bank's table of loans by use: its rows are the borrowers' uses
    pytest.param("绿色贷款投向（单位：亿元）\n投向 | 2022年末 | 2023年末\n林业及生态保护 | 3.1 | 4.6\n农村污水治理 | 5.2 | 7.4",
                 {"I05.2": 0, "I02.2": 0}, id="loan_table_rows_zh"),
    pytest.param("贷款行业分布\n行业 | 2023年末余额（亿元）\n生态保护和环境治理业 | 12.6", {"I05.2": 0}, id="loan_sector_table_zh"),
    pytest.param("Green loans by use (RMB 100 million)\nUse | 2022 | 2023\nEcological protection | 3.1 | 4.6",
                 {"I05.2": 0}, id="loan_table_rows_en"),
    pytest.param("生态保护投入（单位：万元）\n项目 | 2022年 | 2023年\n矿山生态修复 | 860 | 1,120", {"I05.2": 1},
                 id="own_ecology_table_stays_zh"),
    # insurance for others' plants, farmers' rooftop PV, an installer's estimate: others' energy
    pytest.param("In 2023 we provided insurance cover for 36 GW of wind and solar projects and electric vehicle insurance for 2 million cars.",
                 {"I08.2": 0}, id="insured_plants_en"),
    pytest.param("公司全年为风电光伏项目提供财产保险保障，承保新能源车险120万辆。", {"I08.2": 0}, id="insured_plants_zh"),
    pytest.param("本行推出光伏专项贷款，帮助农户在自家屋顶安装分布式光伏。", {"I08.2": 0}, id="farmers_rooftop_pv_zh"),
    pytest.param("据光伏施工单位测算，上述屋顶电站每年发电约6,200万千瓦时。", {"I08.2": 0}, id="installer_estimate_zh"),
    pytest.param("We help farmers install rooftop solar panels through our PV loans.", {"I08.2": 0}, id="farmers_rooftop_pv_en"),
    pytest.param("公司在厂房屋顶建设分布式光伏12兆瓦，全年自发自用绿电1,360万千瓦时。", {"I08.2": 1}, id="own_rooftop_pv_stays_zh"),
    # an investment portfolio's intensity is the investees'
    pytest.param("We track the carbon intensity of our listed equity portfolio every quarter.", {"I12.4": 0, "I13.1": 0},
                 id="equity_portfolio_en"),
    pytest.param("We monitor the greenhouse gas emissions of our offices monthly through an energy data platform.", {"I12.4": 1},
                 id="own_monitoring_stays_en"),
    # a loan balance's uses named in a later clause are the borrowers'
    pytest.param("2023年末本行绿色贷款余额38.2亿元，较上年增长21%，主要投向生态农业、户用光伏和林业产业。", {"I08.2": 0, "I05.3": 0, "I15.4": 1},
                 id="loan_uses_later_clause_zh"),
    pytest.param("Green loans reached RMB 3.82 billion and went mainly to organic farming, rooftop solar and forestry.",
                 {"I08.2": 0, "I05.3": 0}, id="loan_uses_later_clause_en"),
    pytest.param("公司在矿区开展植树造林1,200亩。", {"I05.3": 1}, id="own_planting_stays_zh"),
    # a portfolio's intensity is the investees', the insured's sites are the insured's
    pytest.param("Based on investees' disclosures, the weighted average carbon intensity of the portfolio was 128 tCO2e per RMB million.",
                 {"I11.4": 0}, id="portfolio_intensity_en"),
    pytest.param("Our engineers surveyed 9,800 client sites for flood exposure and sent typhoon warning messages to policyholders.",
                 {"I13.2": 0}, id="client_site_surveys_en"),
    pytest.param("风险工程师全年查勘客户企业8,600家，并向投保农户推送台风预警信息120万条。", {"I13.2": 0}, id="client_site_surveys_zh"),
    pytest.param("极端天气可能导致公司营业网点停运，构成公司面临的实体气候风险。", {"I13.2": 1}, id="own_physical_risk_stays_zh"),
    # an intensity per unit of transport written with 每
    pytest.param("2023年公司船队每TEU运输二氧化碳排放约1.38吨，较上年下降5%。", {"I11.4": 1}, id="per_teu_zh"),
    pytest.param("公司每吨公里二氧化碳排放0.88千克。", {"I11.4": 1}, id="per_tonne_km_zh"),
    pytest.param("光伏电站每年可减少二氧化碳排放约2万吨。", {"I11.4": 0}, id="per_year_is_no_unit_zh"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_blind30_points(text: str, want: dict[str, float]) -> None:
    got = points_of(text, want)
    assert all((got[p] > 0) == (v > 0) for p, v in want.items()), got
