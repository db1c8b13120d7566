"""Wrong first evidence left, by kind (session 26, issue #12; docs/judging.md v1.5). Passages
written for these tests (invented companies and figures). Each kind has passages that lose the
wrong reading and near misses that keep their point.

- Another plant's by-product taken in as raw material, or the other industry's waste problem
  solved, is no waste the company produced (`others_waste_taken`, I02.3 none; guide §3.7, §5).
- A belief or vision in general words is no product or service (`belief_vision`, I09.2 none;
  guide §2.3).
- Operations said not yet to be covered by an ETS are no coverage (`negated_cue`, I14.1).
- Materials the company sells are its products, no materials it uses (`materials_sold`, I04.2).
- The company's own plan quoted by a bare title as its targets' frame is no national or sector plan
  (`own_plan_title`, I06.5 none; guide §3.5); a named sector or national plan beside it keeps 1.
- New-energy vehicles made, sold or served by the company's parts, or named as a market, are no
  vehicles it runs (`office_practice`, `product_market`; I08.4).
- From the fresh audits: a roadmap only drafted or reviewed by a body is a mention (§12.8); the
  emissions' sources listed with no figure are a mention of I11.6 (§5); the scope of energy or
  water statistics is no GHG boundary (I12.1, §3.6); electrification spreading as a market trend
  is no retrofit (I08.3); "our home market" is no company subject (§2.3); equipment leased to a
  clean-energy project, and the lessee running it, are no own energy supply (I08.2, §3.7).
"""

from __future__ import annotations

import pytest

from cnsr.evidence.find import find_evidence
from evidence.tagged import pages_document, points

# ---- 1. others' by-product taken in (I02.3) ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "水泥公司与邻近磷化工企业合作，年利用磷石膏18万吨替代天然石膏，缓解了周边企业固废堆存压力。",
    "基地利用赤泥12万吨作为铁质原料，解决了园区企业的固废堆存问题。",
    "公司与化工园区电石厂合作，以电石渣浆替代部分石灰石，既解决了化工固废堆存问题，又减少了石灰石开采。",
    "Carbide slag piped from a neighbouring chemical plant replaces part of our limestone, about 420,000 tonnes a year.",
    "By taking in fly ash from the nearby power plant to substitute for clay, we help solve the plant's ash storage problem.",
])
def test_others_by_product_taken_in_is_no_own_waste(text: str) -> None:
    assert "I02.3" not in points(text), points(text)


@pytest.mark.parametrize("text", [
    "公司全年产生一般工业固废5.2万吨，综合利用率98%。",
    "本年度危险废物产生量1,260吨，全部委托有资质单位处置。",
    "We generated 3,400 tonnes of non-hazardous waste in 2023, 92% of which was recycled.",
])
def test_own_waste_keeps_its_point(text: str) -> None:
    assert points(text).get("I02.3", 0) > 0, points(text)


def test_waste_taken_in_still_counts_as_material_used() -> None:
    # the veto is I02.3's alone: the raw material the company uses keeps I04.2
    got = points("基地利用赤泥12万吨作为铁质原料，解决了园区企业的固废堆存问题。")
    assert got.get("I04.2", 0) > 0, got


# ---- 2. a belief or vision (I09.2) ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "气候变化是全人类的共同挑战。我们相信，科技可以让零碳生活变得简单、有趣。",
    "我们的愿景是让零碳生活触手可及。",
    "我们坚信，数字技术能让低碳生活方式成为每个人的日常。",
])
def test_a_belief_is_no_product(text: str) -> None:
    assert "I09.2" not in points(text), points(text)


@pytest.mark.parametrize("text", [
    "我们相信每一个选择都很重要，2023年公司推出“零碳外卖”低碳服务，用户可选择无需餐具。",
    "公司推出节能家电产品23款，全年销售节能产品520万台。",
    "We launched 12 energy-efficient products in 2023, including heat pumps and smart thermostats.",
])
def test_a_product_offered_keeps_its_point(text: str) -> None:
    assert points(text).get("I09.2", 0) > 0, points(text)


# ---- 3. not yet covered by an ETS (I14.1) -----------------------------------------------------


@pytest.mark.parametrize("text", [
    "Our domestic operations are not yet covered by the national ETS.",
    "The company's plants have not yet been included in the national carbon market.",
    "公司下属电厂尚未纳入全国碳排放权交易市场。",
    "集团国内业务暂未被纳入地方碳市场。",
])
def test_not_yet_covered_is_no_coverage(text: str) -> None:
    assert "I14.1" not in points(text), points(text)


def test_a_sector_not_yet_covered_keeps_the_verification_beside_it() -> None:
    # the veto is I14.1's alone: the company's verified data in the same sentence keeps I12.5
    got = points("水泥行业尚未纳入全国碳市场，公司已按主管部门要求连续三年报送温室气体排放数据并接受核查。")
    assert "I14.1" not in got and got.get("I12.5", 0) > 0, got


@pytest.mark.parametrize("text", [
    "Our two power plants are covered by the national ETS and surrendered allowances for 2023 on time.",
    "公司下属3家电厂纳入全国碳市场，2023年度履约清缴配额412万吨。",
])
def test_covered_operations_keep_their_point(text: str) -> None:
    assert points(text).get("I14.1", 0) > 0, points(text)


# ---- 4. materials sold (I04.2) ----------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "集团将生物基可降解材料统称为“低碳材料”进行推广，2023年低碳材料销量达28.6万吨。",
    "公司全年销售再生塑料粒子12.6万吨，主要供应家电企业。",
    "2023年公司可降解材料销售量达到9.2万吨，同比增长35%。",
])
def test_materials_sold_are_no_materials_used(text: str) -> None:
    assert "I04.2" not in points(text), points(text)


@pytest.mark.parametrize("text", [
    "公司全年消耗原材料126万吨，其中再生材料占比18%。",
    "2023年公司使用再生塑料3,200吨替代原生塑料用于产品外壳。",
    "We used 4,800 tonnes of recycled plastics in our packaging in 2023.",
])
def test_materials_used_keep_their_point(text: str) -> None:
    assert points(text).get("I04.2", 0) > 0, points(text)


# ---- 5. the own plan's title (I06.5) ----------------------------------------------------------


@pytest.mark.parametrize("text", [
    "按照《碳达峰碳中和行动方案（2023—2030）》，公司以2022年为基准年，目标到2030年吨钢碳排放强度下降18%。",
    "依据《双碳工作实施方案》，公司以2021年为基准年分解了各基地的碳排放目标。",
])
def test_a_bare_own_plan_title_is_no_national_plan(text: str) -> None:
    assert "I06.5" not in points(text), points(text)


@pytest.mark.parametrize("text", [
    # a national or sector plan named before the company's own plan keeps I06.5 at 1
    "公司积极响应国家碳达峰碳中和战略部署，对标《石化化工行业碳达峰实施方案》，编制了《某某石化碳达峰行动方案（2023—2030年）》。",
    "公司对照《2030年前碳达峰行动方案》，编制了《某某发电碳达峰行动方案（2022—2030年）》，明确“三步走”路径。",
])
def test_a_named_sector_plan_beside_the_own_plan_keeps_its_point(text: str) -> None:
    assert points(text).get("I06.5") == 1, points(text)


@pytest.mark.parametrize("text", [
    "公司深入贯彻落实国家碳达峰碳中和重大决策部署，将绿色低碳发展纳入公司战略。",
    "公司深入贯彻落实党中央、国务院关于碳达峰碳中和的重大决策部署，推进绿色转型。",
])
def test_the_national_decision_written_at_length_is_the_mention(text: str) -> None:
    # guide §12.7: serving the national goals in general words is I06.5 at 0.5
    assert points(text).get("I06.5") == 0.5, points(text)


@pytest.mark.parametrize("text", [
    "公司贯彻落实国务院《2030年前碳达峰行动方案》，制定了自身减排路径。",
    "In line with the national action plan for carbon peaking before 2030, the company cut its coal use.",
])
def test_a_national_plan_keeps_its_point(text: str) -> None:
    assert points(text).get("I06.5") == 1, points(text)


# ---- 6. new-energy vehicles as products, parts or markets (I08.4) -----------------------------


@pytest.mark.parametrize("text", [
    "公司生产整车48.5万辆，销售整车48.6万辆，其中新能源汽车12.4万辆。",
    "碳化硅器件在新能源汽车主驱逆变器和充电桩中加速渗透。",
    "公司电驱产品配套新能源汽车电机控制器，全年出货86万套。",
    "Ruineng makes LFP cells and battery systems for electric vehicles and grid-scale energy storage.",
    "Copper is the metal of electrification: every electric vehicle, wind turbine and grid upgrade needs it.",
    "The company delivered 82,000 electric vehicles in 2023.",
])
def test_vehicles_as_products_or_markets_are_no_own_fleet(text: str) -> None:
    assert "I08.4" not in points(text), points(text)


@pytest.mark.parametrize("text", [
    "公司公务用车中新能源汽车占比达60%。",
    "本年新增新能源汽车12辆用于公务出行。",
    "We replaced 40 company cars with electric vehicles.",
    "Our fleet now includes 120 electric vehicles and 30 hybrid cars.",
    "In 2023 we switched our logistics fleet to electric vehicles, cutting diesel use by 18%.",
])
def test_own_fleet_keeps_its_point(text: str) -> None:
    assert points(text).get("I08.4", 0) > 0, points(text)


# ---- 7. kinds from the fresh audits ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "本集团成立净零工作小组，由执行总裁担任组长，负责制定减排路线图、统筹温室气体盘查，并定期向董事会汇报。",
    "董事会ESG委员会审阅了本集团的净零路线图、可再生电力采购方案及年度目标进展。",
    "The Board's ESG Committee reviewed the Group's net-zero roadmap and progress on annual targets.",
])
def test_a_roadmap_only_drafted_or_reviewed_is_a_mention(text: str) -> None:
    assert points(text).get("I08.1") == 0.5, points(text)


def test_the_dated_plan_is_quoted_before_an_undated_remit() -> None:
    found = find_evidence([pages_document(
        ["董事会下设战略与可持续发展委员会，负责审议公司ESG战略、碳达峰行动方案和年度报告。"],
        ["2023年公司发布《碳达峰行动方案》，分三个阶段推进：2025年前完成燃煤锅炉替代，2028年实现碳达峰。"])])
    ranked = found.points["I08.1"]
    assert [r.hit.rating for r in ranked] == [1.0, 0.5], [(r.hit.rating, r.where.raw) for r in ranked]
    assert ranked[0].where.raw.startswith("2023年公司发布"), ranked[0].where.raw


@pytest.mark.parametrize("text", [
    "董事会审议通过《碳达峰行动方案》，明确2025年前完成燃煤锅炉替代、2028年实现碳达峰。",
    "The Board approved our net-zero roadmap, which sets milestones for 2030 and 2050.",
])
def test_a_roadmap_with_its_dates_keeps_its_rating(text: str) -> None:
    assert points(text).get("I08.1") == 1, points(text)


@pytest.mark.parametrize("text", [
    "公司的温室气体排放主要包括：污水处理过程中的甲烷（CH4）和氧化亚氮（N2O）排放，以及外购电力排放。",
    "注1：排放总量包括煤矿甲烷逸散、化石燃料燃烧（含2家坑口电厂）和外购电力排放。",
])
def test_sources_listed_without_figures_are_a_mention(text: str) -> None:
    assert points(text).get("I11.6") == 0.5, points(text)


def test_a_split_with_figures_keeps_its_rating() -> None:
    got = points("公司2023年温室气体排放中，甲烷排放11.6万吨二氧化碳当量，氧化亚氮排放10.9万吨二氧化碳当量。")
    assert got.get("I11.6") == 1, got


@pytest.mark.parametrize("text", [
    "注：用电量、用水量统计范围为总行及全部营业网点；绿色贷款按人民银行专项统计口径。",
    "注：能源消耗量的统计范围为公司总部及三个生产基地，环境数据不含已出售的子公司。",
    "Note: energy and water data cover the head office and all branches.",
])
def test_energy_or_water_statistics_scope_is_no_ghg_boundary(text: str) -> None:
    assert "I12.1" not in points(text), points(text)


@pytest.mark.parametrize("text", [
    "注：温室气体排放统计范围为总行及全部营业网点。",
    "注：温室气体排放及用电量统计范围为总行及全部营业网点。",
])
def test_a_ghg_statistics_scope_keeps_its_point(text: str) -> None:
    assert points(text).get("I12.1", 0) > 0, points(text)


@pytest.mark.parametrize("text", [
    "转型风险方面，建筑电气化及热泵普及可能令居民用气需求在长期下降。",
    "Building electrification and heat pump adoption may reduce residential gas demand over the long term.",
])
def test_electrification_as_a_market_trend_is_no_retrofit(text: str) -> None:
    assert "I08.3" not in points(text), points(text)


def test_own_heat_pump_retrofit_keeps_its_point() -> None:
    got = points("公司将燃气锅炉改造为空气源热泵，年节约天然气86万立方米。")
    assert got.get("I08.3", 0) > 0, got


def test_a_nations_commitment_shaping_our_home_market_is_background() -> None:
    got = points("China's commitment to peak carbon dioxide emissions before 2030 and achieve carbon neutrality "
                 "before 2060 continues to shape the transport policies of our home market.")
    assert "I06.1" not in got and "I06.2" not in got, got


def test_our_own_commitment_keeps_its_point() -> None:
    got = points("We have committed to peak our carbon emissions before 2028 and to reach carbon neutrality by 2050.")
    assert got.get("I06.1", 0) > 0, got


# ---- 8. equipment leased to a clean-energy project (I08.2; from the audit after the fixes) ---


@pytest.mark.parametrize("text", [
    "公司为东海某海上风电场提供风机设备直租32亿元，项目装机300兆瓦，年上网电量约9.6亿千瓦时。",
    "公司为某光伏电站开展售后回租8亿元。",
    "承租人已建成光伏电站200兆瓦并投入运营。",
    "We provided finance leases of RMB 3.2 billion to an offshore wind farm in 2023.",
    "The lessee built a 300 MW wind farm with equipment we leased.",
])
def test_a_leased_project_is_no_own_energy_supply(text: str) -> None:
    assert "I08.2" not in points(text), points(text)


@pytest.mark.parametrize("text", [
    "公司在总部屋顶建成光伏120千瓦，全年发电13.2万千瓦时。",
    "公司租赁屋顶建设分布式光伏5兆瓦，全年发电580万千瓦时，全部自用。",
    "We installed 2 MW of rooftop solar at our leased warehouses in 2023.",
])
def test_own_generation_on_leased_roofs_keeps_its_point(text: str) -> None:
    assert points(text).get("I08.2", 0) > 0, points(text)
