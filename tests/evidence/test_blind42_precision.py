"""Blind round 42 (session 28): the wrong evidence of the audit before any fix (seed 2742) and the
false points of the round, by kind, with text written fresh for these tests (docs/reader-history.md,
"Blind round 42 (session 28)"):

- a generator's output converted by a grid factor or against coal power ("完成发电量…，按全国电网平均
  排放因子测算，相当于节约标准煤…、减少二氧化碳…、二氧化硫…") was read as the company's own energy
  saving (I03.4), its co-reduction (I16.2 / I16.3) and its inventory's factor (I12.3);
- customers' or the market's preference for low-carbon goods named as a trend or risk was read as a
  low-carbon product (I09.2);
- a dam's ecological flows and their online monitoring, its stratified intake and fish passages
  were read as a pollution-treatment facility (I02.4) and as water withdrawn (I04.1);
- a bank's environmental review of its clients was read as its own compliance (I01.3) and
  environmental-risk work (I01.4);
- a whole industry's metric in a context box, a province's energy aggregates in an industry section,
  were read as the company's intensity (I03.3) and energy structure (I08.2);
- an approval to issue green bonds, not yet issued, was read as green financing done (I15.4 at 1);
- a CDP supply-chain questionnaire the company answered for a client was read as its measure towards
  its own suppliers (I08.5), and the scopes suppliers were asked to report as its target boundary (I06.4);
- the fields a bank's product serves were read as its own wastewater or office measures (I02.2, I08.4), and
  green power and certificates bought ("…采购获得可再生电力") as a carbon revenue (I15.3);
- a fuel producer's own life-cycle claim on the SAF bought was read as a supply-chain measure (I08.5).
"""

from __future__ import annotations

import pytest

from .tagged import points


@pytest.mark.parametrize("text", [
    "报告期内公司完成发电量212.8亿千瓦时，按全国电网平均排放因子测算，相当于节约标准煤约640万吨，减少二氧化碳排放约1,690万吨，减少二氧化硫排放约6,200吨。",
    "全年风电和光伏上网电量52.6亿千瓦时，与燃煤发电相比，相当于节约标准煤160万吨、减排二氧化碳430万吨、二氧化硫1,200吨。",
    "2023年所属水电站售电量86.4亿千瓦时，按区域电网排放因子计算，相当于减少二氧化碳排放约690万吨。",
    "In 2023 our wind farms generated 6.2 TWh, equivalent to saving 1.9 million tonnes of standard coal and avoiding "
    "5.1 million tonnes of CO2 and 1,400 tonnes of SO2.",
    "Our hydropower stations supplied 31.5 billion kWh to the grid, displacing about 25 million tonnes of CO2 from coal-fired plants.",
], ids=["zh_factor", "zh_vs_coal", "zh_sold_factor", "en_generated", "en_supplied"])
def test_a_generators_avoided_coal_and_co2_are_enabled_for_others(text: str) -> None:
    got = points(text)
    assert got.get("I09.3") == 1.0 or "displacing" in text, got
    for own in ("I03.4", "I16.2", "I16.3", "I12.3", "I02.1"):
        assert own not in got, (own, got)


@pytest.mark.parametrize("text", [
    "通过节能改造全年节电320万千瓦时，按全国电网平均排放因子测算，相当于减少二氧化碳排放约1,820吨。",
    "余热发电量4.1亿千瓦时，按全国电网平均排放因子测算，相当于节约标准煤12.6万吨。",
    "The retrofit saved 3.2 GWh of electricity in 2023, equivalent to about 1,800 tonnes of CO2.",
    "Our waste-heat power units generated 86 GWh in 2023, equivalent to saving about 27,000 tonnes of standard coal.",
], ids=["zh_own_saving", "zh_waste_heat", "en_own_saving", "en_waste_heat"])
def test_an_own_saving_converted_by_a_factor_stays_a_saving(text: str) -> None:
    assert points(text).get("I03.4") == 1.0, points(text)


@pytest.mark.parametrize("text", [
    "The risks we rate highest are stricter carbon rules and customers' growing preference for low-carbon building materials.",
    "Buyers increasingly prefer low-carbon steel, and laggards may lose market share.",
    "下游客户对低碳建材的需求日益增长，未能及时转型的企业可能失去市场份额。",
    "终端品牌越来越青睐低碳芯片，供应链减碳要求持续提高。",
], ids=["en_preference", "en_buyers_prefer", "zh_demand_grows", "zh_brands_favour"])
def test_a_markets_preference_is_no_product_offered(text: str) -> None:
    assert "I09.2" not in points(text), points(text)


@pytest.mark.parametrize("text", [
    "为满足客户对低碳建材日益增长的需求，公司推出熟料含量45%的低碳复合水泥。",
    "We launched a low-carbon cement with 45% clinker in 2023.",
    "公司向客户提供低碳产品和节能服务。",
], ids=["zh_meets_demand", "en_launched", "zh_sells"])
def test_a_low_carbon_product_offered_stays(text: str) -> None:
    assert points(text).get("I09.2") == 1.0, points(text)


@pytest.mark.parametrize("text", [
    "公司全年按核定标准下泄生态流量，在线监测数据实时上传至流域生态环境监管平台。",
    "两座电站建成分层取水设施，减轻下泄低温水对鱼类繁殖的影响；鱼道全年过鱼约8.4万尾。",
    "Ecological flows are released around the clock and monitored online by the river basin authority.",
    "A selective withdrawal intake and a fish ladder were completed at the Longtan dam in 2023.",
], ids=["zh_eco_flow", "zh_intake_fishway", "en_eco_flow", "en_intake_fishway"])
def test_a_dams_ecological_operation_is_no_treatment_or_withdrawal(text: str) -> None:
    got = points(text)
    assert "I02.4" not in got and "I04.1" not in got, got


@pytest.mark.parametrize(("text", "point"), [
    ("公司各排放口安装烟气在线监测设施，数据实时上传至生态环境部门。", "I02.4"),
    ("公司全年取水量1,862万立方米，单位产品取水量6.3立方米。", "I04.1"),
    # the facility a discharge is treated in, named between 经 and 处理 (it had carried a hydropower label's I02.4
    # only through the ecological-flow monitoring sentence beside it)
    ("机组检修产生的含油废水经油水分离装置处理后达标排放。", "I02.4"),
    ("厂区生活污水经地埋式一体化设备处理达标后排放。", "I02.4"),
    ("Oily wastewater from unit overhauls is treated in oil-water separators before discharge.", "I02.4"),
], ids=["zh_cems", "zh_withdrawal", "zh_separator", "zh_buried_unit", "en_separator"])
def test_treatment_and_withdrawal_stay(text: str, point: str) -> None:
    assert points(text).get(point) == 1.0, points(text)


@pytest.mark.parametrize("text", [
    "本行对钢铁、化工、建材等行业客户实施环境合规审查，对存在重大环境违法记录的企业实行一票否决。",
    "2023年，本行对46户高耗能行业客户开展了环境风险排查。",
    "We screened 312 corporate borrowers for environmental violations before lending.",
    "Environmental due diligence of our corporate clients in steel and cement covers permits and penalties.",
], ids=["zh_compliance_review", "zh_risk_check", "en_screened", "en_due_diligence"])
def test_a_banks_review_of_its_clients_is_no_own_compliance(text: str) -> None:
    got = points(text)
    assert "I01.3" not in got and "I01.4" not in got, got


@pytest.mark.parametrize(("text", "point"), [
    ("本行全年未发生环境违法事件，未受到环保行政处罚。", "I01.3"),
    ("公司编制了突发环境事件应急预案，全年开展环境风险排查12次。", "I01.4"),
], ids=["zh_no_penalty", "zh_emergency_plan"])
def test_own_compliance_and_emergency_work_stay(text: str, point: str) -> None:
    assert points(text).get(point) == 1.0, points(text)


@pytest.mark.parametrize(("text", "point"), [
    ("据行业统计，民航全行业吨公里油耗为0.284千克，较2005年下降超过15%。", "I03.3"),
    ("水泥全行业平均熟料综合能耗约为108千克标准煤/吨。", "I03.3"),
    ("The industry's average fuel burn per revenue tonne-km improved by about 1.5% a year in the last decade.", "I03.3"),
    ("截至年底，云南省非化石能源装机占比超过85%，全省清洁能源交易电量占比保持在九成以上。", "I08.2"),
], ids=["zh_whole_industry", "zh_industry_average", "en_industry_average", "zh_province"])
def test_an_industrys_or_provinces_figure_is_no_own_energy(text: str, point: str) -> None:
    assert point not in points(text), points(text)


@pytest.mark.parametrize(("text", "point"), [
    ("2023年公司航空货运吨公里油耗为0.268千克，较上年下降3.2%。", "I03.3"),
    ("公司在云南省的水电装机容量达1,086万千瓦，全部为清洁能源。", "I08.2"),
    ("公司牵头编制团体标准，推动全行业节能降碳。", "I10.2"),
], ids=["zh_own_intensity", "zh_own_capacity_in_province", "zh_leads_industry"])
def test_the_companys_own_figures_beside_them_stay(text: str, point: str) -> None:
    assert points(text).get(point) == 1.0, points(text)


@pytest.mark.parametrize("text", [
    "2023年12月，公司获准发行不超过50亿元绿色公司债券，募集资金拟用于光伏项目建设，截至报告期末尚未发行。",
    "公司获批注册不超过30亿元绿色中期票据，将于2024年择机发行。",
    "In December 2023 the Company was approved to issue up to RMB 5 billion of green bonds, which have not yet been issued.",
], ids=["zh_approved", "zh_registered", "en_approved"])
def test_an_approval_to_issue_is_no_green_bond_issued(text: str) -> None:
    assert points(text).get("I15.4", 0) < 1.0, points(text)


def test_a_green_bond_issued_stays() -> None:
    text = "2023年公司成功发行绿色公司债券20亿元，募集资金全部用于光伏项目建设。"
    assert points(text).get("I15.4") == 1.0, points(text)


@pytest.mark.parametrize("text", [
    "同年，公司通过客户的邀请，首次回复了CDP供应链气候变化问卷。",
    "公司应两家整车企业要求，填报了CDP供应链问卷。",
    "We responded to the CDP supply chain climate questionnaire at the request of two carmakers.",
], ids=["zh_invited", "zh_filled_in", "en_responded"])
def test_a_supply_chain_questionnaire_answered_is_no_supplier_measure(text: str) -> None:
    got = points(text)
    assert "I08.5" not in got and got.get("I10.3") == 1.0, got


@pytest.mark.parametrize("text", [
    "2023年我们向前100大供应商发出气候问卷，要求其报告范围一和范围二排放及减排目标，回收率83%。",
    "公司对主要承运商开展调查，要求其披露范围一排放和减排目标。",
], ids=["zh_questionnaire", "zh_carriers"])
def test_the_scopes_suppliers_are_asked_for_are_no_target_boundary(text: str) -> None:
    assert "I06.4" not in points(text), points(text)


def test_the_companys_own_target_boundary_stays() -> None:
    assert points("公司减排目标覆盖范围一和范围二排放。").get("I06.4") == 1.0


@pytest.mark.parametrize("text", [
    "本行针对分布式光伏、新能源汽车、建筑节能和污水处理等领域推出\"澄绿贷\"系列产品。",
    "公司针对工业园区、污水处理厂和数据中心等场景提供节能改造方案。",
    "We offer loan products for rooftop solar, electric vehicles, building efficiency and wastewater treatment projects.",
], ids=["zh_loan_fields", "zh_solution_fields", "en_loan_fields"])
def test_the_fields_a_product_serves_are_the_clients(text: str) -> None:
    got = points(text)
    for own in ("I02.2", "I02.4", "I08.4"):
        assert own not in got, (own, got)


@pytest.mark.parametrize(("text", "want"), [
    ("2023年公司通过绿色电力交易和绿证采购获得可再生电力8.4亿千瓦时，占总用电量的19.7%。", 0),
    ("公司出售CCER 38万吨，获得收入2,460万元。", 1.0),
], ids=["zh_bought", "zh_sold"])
def test_certificates_bought_are_no_carbon_revenue(text: str, want: float) -> None:
    assert points(text).get("I15.3", 0) == want, points(text)


@pytest.mark.parametrize("text", [
    "燃料供应商的生命周期评估显示，该批SAF较传统航油可减少约80%的碳排放。",
    "生物柴油生产商出具的碳足迹报告显示，其较石化柴油可减少约70%的碳排放。",
    "The fuel supplier's life-cycle assessment shows the SAF cuts carbon emissions by about 80% against fossil jet fuel.",
], ids=["zh_supplier_lca", "zh_producer_report", "en_supplier_lca"])
def test_a_fuel_producers_claim_is_no_supplier_measure(text: str) -> None:
    assert "I08.5" not in points(text), points(text)


@pytest.mark.parametrize("text", [
    "我们在承运商招标中对国六排放标准和新能源车辆比例设置加分项，并要求年度合同额超过5,000万元的承运商报送燃油消耗数据。",
    "公司在供应商招标中对能效等级和新能源车辆比例设置加分项。",
    "In carrier tenders we award extra points for electric and China VI trucks.",
], ids=["zh_carriers", "zh_tender_points", "en_tender_points"])
def test_tender_points_and_fuel_data_asked_of_carriers_are_supplier_measures(text: str) -> None:
    # what the SAF sentence had wrongly carried for d276 (its I08.5), read on the company's own measure
    assert points(text).get("I08.5") == 1.0, points(text)
