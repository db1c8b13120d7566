"""Evidence precision on forms met in blind round 13 (session 17), each rated wrong or left
unread before, with text written fresh for these tests: "并无发生任何…违反环保法律法规" (a 发生 between
the negation and the breach) not read as a compliance record; electricity saved written 节省用电,
a coal rate per unit of output that fell and a waste-heat power station not read as energy
saving; steam saved with 约 before its figure left unread; jet fuel used by an airline not read as
energy by type; a charity fund (慈善基金 / 公益基金) planting trees read as the company's own
afforestation; a site described as away from nature reserves read as biodiversity
protection; a fuel's factor written out ("按每吨航油3.15吨二氧化碳计算") not read as an emission factor;
a share of a site's electricity met by solar ("满足货站用电的23%") not read as a clean-energy share;
the sites a GHG inventory covers ("核算，覆盖两家自有工厂、物流中心…") not read as its boundary; an
energy type named as a source of emissions ("范围二为外购电力和外购蒸汽", "外购电力间接排放约占3%") read as
energy by type; and a type's row under an energy total ("其中：电力 | …", "of which electricity
262 GWh") left a mention."""

from __future__ import annotations

import pytest

from .tagged import points as _tag

# Each case: one passage and the ratings it must earn (0: not given); the id says why.
CASES = [
    # compliance record: a 发生 between the negation and the breach
    pytest.param("年內本集團並無發生任何嚴重違反環保法律法規的事件。", {"I01.3": 1},
                 id="no_breach_occurred_traditional"),
    pytest.param("报告期内，公司未发生违反环境保护法律法规的行为。", {"I01.3": 1},
                 id="no_breach_occurred"),
    pytest.param("本集团于年内并无发生任何重大违反有关废气及温室气体排放的法律及规例的情况。", {"I01.3": 1},
                 id="no_breach_of_emission_rules"),
    pytest.param("During the year the Group recorded no incidents of non-compliance with environmental "
                 "laws and regulations.", {"I01.3": 1}, id="no_incidents_of_non_compliance_en"),
    pytest.param("报告期内，公司未发生违反劳动法律法规的事件。", {"I01.3": 0}, id="labour_law_is_no_env_record"),
    pytest.param("全年未发生重大安全生产事故。", {"I01.3": 0}, id="safety_is_no_env_record"),
    # energy saving: 节省用电, a unit rate that fell, a waste-heat power station
    pytest.param("年內我們完成冷庫變頻壓縮機改造，全年節省用電約1,180兆瓦時。", {"I03.4": 1},
                 id="electricity_saved_traditional"),
    pytest.param("公司对空压站实施变频改造，年节省电量约320万千瓦时。", {"I03.4": 1},
                 id="electricity_saved_by_compressors"),
    pytest.param("二号窑完成篦冷机改造后，吨熟料标准煤耗下降3.6千克。", {"I03.4": 1},
                 id="coal_rate_per_tonne_fell"),
    pytest.param("公司各基地余热电站全年发电3.86亿千瓦时。", {"I03.4": 1}, id="waste_heat_power_station"),
    pytest.param("After the cooler upgrade, coal consumption per tonne of clinker fell by 3.6 kg.",
                 {"I03.4": 1}, id="coal_rate_fell_en"),
    pytest.param("Our waste-heat power stations generated 386 GWh of electricity in 2023.", {"I03.4": 1},
                 id="waste_heat_power_station_en"),
    pytest.param("电厂两台燃气-蒸汽联合循环机组各配置一台余热锅炉。", {"I03.4": 0},
                 id="a_ccgt_boiler_is_no_saving"),
    # steam saved with an approximation word before the figure
    pytest.param("硫化工序以氮气硫化替代蒸汽硫化，全年节约蒸汽约6.8万吨。", {"I03.4": 1},
                 id="steam_saved_about"),
    pytest.param("冷凝水回收改造后，车间全年节约用蒸汽近2万吨。", {"I03.4": 1}, id="steam_saved_nearly"),
    pytest.param("Nitrogen curing saved about 68,000 tonnes of steam in 2023.", {"I03.4": 1},
                 id="steam_saved_about_en"),
    # jet fuel used by an airline is energy by type
    pytest.param("2023年，集团航空器消耗航油82.5万吨。", {"I03.2": 1}, id="jet_fuel_used"),
    pytest.param("航油消耗量 | 2022年=76.3万吨 | 2023年=82.5万吨", {"I03.2": 1}, id="jet_fuel_row"),
    pytest.param("In 2023 our fleet consumed 0.83 million tonnes of jet fuel.", {"I03.2": 1},
                 id="jet_fuel_used_en"),
    pytest.param("机场航油公司负责为各航空公司提供加油服务。", {"I03.2": 0}, id="a_fuel_supplier_is_no_use"),
    # a charity fund planting trees is a foundation's act: a mention at most (the corpus's reading)
    pytest.param("“锦裳公益基金”在新疆阿克苏资助当地种植防护林约200亩。", {"I05.3": 0.5},
                 id="a_public_welfare_fund_planting"),
    pytest.param("瑞熙慈善基金年內資助「綠色校園」計劃，於山區學校種植樹木約3,000棵。", {"I05.3": 0.5},
                 id="a_charity_fund_planting_traditional"),
    pytest.param("The Group's charity fund funded the planting of 3,000 trees at rural schools.",
                 {"I05.3": 0.5}, id="a_charity_fund_planting_en"),  # a mention (guide 1.5 §12.1; was 0 under §3.7)
    pytest.param("公司坚持边开采边治理，全年完成矿山复绿38公顷，种植乔灌木12.5万株。", {"I05.3": 1},
                 id="own_mine_greening_stays"),
    # a site described as away from nature is no protection by the company, but it is the
    # company's statement on biodiversity: a mention (guide §2 step 6; judged so in seeds
    # 1201-1601, session 17 merge)
    pytest.param("物流中心均位于工业区内，未邻近自然保护区。", {"I05.2": 0.5}, id="not_near_a_reserve"),
    pytest.param("本集團業務對環境及天然資源並無重大影響，各倉庫均不位於生態保護紅線內。", {"I05.2": 0.5},
                 id="not_inside_a_red_line_traditional"),
    pytest.param("公司厂区不涉及自然保护区、饮用水源保护区等生态敏感区。", {"I05.2": 0.5},
                 id="no_sensitive_area"),
    pytest.param("None of our sites are located in or adjacent to protected areas.", {"I05.2": 0},
                 id="not_near_protected_areas_en"),
    pytest.param("矿区毗邻湿地保护区，公司设置野生动物通道4处并开展候鸟监测。", {"I05.2": 1},
                 id="protection_beside_a_reserve_stays"),
    pytest.param("公司全年完成矿山生态修复38公顷。", {"I05.2": 1}, id="restoration_stays"),
    # a fuel's emission factor written out
    pytest.param("2023年，集团航空器消耗航油82.5万吨，产生二氧化碳排放260.0万吨（按每吨航油3.15吨二氧化碳计算）。",
                 {"I12.3": 1}, id="factor_per_tonne_of_jet_fuel"),
    pytest.param("车队柴油排放按每升柴油2.63千克二氧化碳折算。", {"I12.3": 1}, id="factor_per_litre_of_diesel"),
    pytest.param("Aircraft emissions are calculated at 3.16 tonnes of CO2 per tonne of jet fuel.",
                 {"I12.3": 1}, id="factor_per_tonne_of_fuel_en"),
    pytest.param("每吨产品消耗标准煤0.42吨。", {"I12.3": 0}, id="a_unit_energy_use_is_no_factor"),
    # a share of a site's electricity met by own solar
    pytest.param("国际货站屋顶光伏装机容量5.2兆瓦，2023年发电590万千瓦时，满足货站用电的23%。", {"I03.5": 1},
                 id="solar_meets_a_share_of_use"),
    pytest.param("园区分布式光伏全年发电1,200万千瓦时，可满足园区用电需求的约31%。", {"I03.5": 1},
                 id="solar_meets_a_share_of_demand"),
    pytest.param("Rooftop solar generated 5.9 GWh in 2023, meeting 23% of the terminal's electricity demand.",
                 {"I03.5": 1}, id="solar_meets_a_share_en"),
    pytest.param("公司产品可满足客户90%以上的定制需求。", {"I03.5": 0}, id="customers_needs_are_no_energy"),
    # the sites a GHG inventory covers
    pytest.param("温室气体排放按行业核算指南核算，覆盖两家自有工厂、物流中心、总部办公楼和直营门店。", {"I12.1": 1},
                 id="inventory_covers_sites"),
    pytest.param("本年度温室气体盘查涵盖公司全部生产基地及办公场所。", {"I12.1": 1}, id="inventory_covers_all_bases"),
    pytest.param("Our GHG inventory covers all our plants, warehouses and offices in China and Vietnam.",
                 {"I12.1": 1}, id="inventory_covers_sites_en"),
    pytest.param("公司门店覆盖全国31个省份，会员人数达到862万人。", {"I12.1": 0}, id="a_store_network_is_no_boundary"),
    # an energy type named as a source of emissions is accounting, no energy use by type
    pytest.param("公司核算三个生产基地的温室气体排放，范围一主要为燃气锅炉和厂内车辆，范围二为外购电力和外购蒸汽。",
                 {"I03.2": 0}, id="scope_defined_by_its_sources"),
    pytest.param("其中，过程排放约占62%，燃料燃烧排放约占35%，外购电力间接排放约占3%。", {"I03.2": 0},
                 id="emissions_split_by_source"),
    pytest.param("注：地面运营排放包括货站、仓库和车辆的燃料燃烧及外购电力排放。", {"I03.2": 0},
                 id="emissions_include_sources_note"),
    pytest.param("Scope 1 includes natural gas for paint lines and diesel for forklifts.", {"I03.2": 0},
                 id="scope_defined_by_its_sources_en"),
    pytest.param("公司外购电力3,200万千瓦时，范围二排放主要来自外购电力。", {"I03.2": 1},
                 id="a_type_figure_beside_the_source_stays"),
    # a type's row or clause under an energy total
    pytest.param("其中：电力 | 2022年=93,740吨标准煤 | 2023年=88,160吨标准煤", {"I03.2": 1},
                 id="of_which_electricity_row"),
    pytest.param("2023年综合能源消费量15.4万吨标准煤，其中天然气3.7万吨标准煤。", {"I03.2": 1},
                 id="of_which_gas_clause"),
    pytest.param("Total energy use was 1,104 TJ, of which electricity 262 GWh.", {"I03.2": 1},
                 id="of_which_electricity_en"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_blind13_passage(text: str, want: dict[str, float]) -> None:
    got = _tag(text)
    assert {p: got.get(p, 0) for p in want} == want
