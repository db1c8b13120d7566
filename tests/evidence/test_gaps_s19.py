"""Known misses and misreads by kind (session 19, issue #12; docs/judging.md v1.4). Passages
written for these tests (invented companies and figures).

- A scheme named after the EU ("the EU MRV emission reports", "欧盟MRV排放报告") is no
  government speaking: the company's verified emission reports keep I12.5.
- A fuel's carbon factor named as such, or written out for marine fuels (I12.3); emissions
  calculated under a named regulation or data system (I12.2); the assets covered named by
  control, "the vessels we own or operate" (I12.1); fuel per distance sailed or driven (I03.3).
- Energy or fuel-efficiency targets in an appraisal are an I07.4 mention, as energy saving is
  (the corpus rates energy-only appraisal 0.5; guide §5).
- A study the company takes part in beside a green word, a coalition: a research partnership
  (I09.4; a feasibility study stays a plan, 0.5); drafting a standard is not one.
- A verification statement pointing back at its paragraph's data ("2023年度数据经第三方机构…
  核查") takes the GHG word of an earlier sentence about GHG accounting; not of a paragraph
  about water or waste.
"""

from __future__ import annotations

import pytest

from evidence.tagged import points


@pytest.mark.parametrize("text", [
    "Our fuel data were verified by the classification society, and the EU MRV emission reports "
    "by an accredited verifier.",
    "The EU MRV emission reports of all our vessels were verified by an accredited verifier.",
    "Emission reports under the EU ETS were verified by an independent verifier for every ship "
    "we operate.",
    "纳入欧盟MRV范围的航次排放报告经认可的核查机构核查。",
])
def test_a_scheme_named_after_the_eu_keeps_the_verification(text: str) -> None:
    assert points(text).get("I12.5") == 1.0


@pytest.mark.parametrize("text", [
    "The EU aims to be climate-neutral by 2050 and has verified emission reports since 2005.",
    "欧盟提出到2050年实现气候中和，并要求排放报告经核查。",
])
def test_the_eu_speaking_is_still_background(text: str) -> None:
    assert "I12.5" not in points(text)


@pytest.mark.parametrize("text", [
    "We use the IMO carbon factors for each fuel type to convert fuel consumption into CO2.",
    "Emissions are calculated with 3.114 t CO2 per tonne of HFO and 3.206 t CO2 per tonne of MGO.",
    "Our fleet's CO2 is derived from fuel use with a factor of 2.75 t CO2 per tonne of LNG.",
    "按各燃料类型的碳转换因子计算船舶二氧化碳排放。",
    "二氧化碳排放按每吨重油3.114吨二氧化碳计算。",
])
def test_a_fuels_carbon_factor(text: str) -> None:
    assert points(text).get("I12.3") == 1.0


def test_a_carbon_price_is_no_factor() -> None:
    assert "I12.3" not in points("The carbon price rose to EUR 90 per tonne in 2023.")


@pytest.mark.parametrize("text", [
    "We calculate CO2 emissions from fuel consumption recorded in the IMO Data Collection System "
    "and the EU MRV regulation.",
    "The Group calculates its GHG emissions following the provincial accounting guidelines for "
    "cement producers.",
    "公司依据《企业温室气体排放核算方法与报告指南》核算二氧化碳排放。",
    "公司根据《碳排放权交易管理办法》核算二氧化碳排放。",
])
def test_emissions_calculated_under_a_named_method(text: str) -> None:
    assert points(text).get("I12.2") == 1.0


def test_a_regulation_obeyed_is_no_accounting_standard() -> None:
    assert "I12.2" not in points("We comply with the EU MRV regulation on port calls.")


@pytest.mark.parametrize("text", [
    "It covers the 68 dry-bulk vessels we own or operate under bareboat charter.",
    "The inventory includes all sites the Group owns or controls in China.",
    "盘查范围涵盖公司自有或光租经营的68艘船舶。",
])
def test_assets_covered_named_by_control_are_a_boundary(text: str) -> None:
    assert points(text).get("I12.1") == 1.0


@pytest.mark.parametrize("text", [
    "We install ballast water systems on all vessels we own or operate.",
    "公司为自有车辆安装了北斗定位系统。",
])
def test_assets_named_without_coverage_are_no_boundary(text: str) -> None:
    assert "I12.1" not in points(text)


@pytest.mark.parametrize("text", [
    "In 2023 the fleet consumed 0.112 tonnes of fuel per nautical mile sailed, down from 0.118.",
    "Fuel consumption per nautical mile fell to 0.112 tonnes in 2023.",
    "Our trucks' fuel consumption per 100 km fell to 0.026 tonnes in 2023.",
    "2023年船队每海里油耗0.112吨，较上年下降5%。",
    "2023年自有车队每公里油耗0.26千克，同比下降3%。",
])
def test_fuel_per_distance_is_an_energy_intensity(text: str) -> None:
    assert points(text).get("I03.3") == 1.0


@pytest.mark.parametrize("text", [
    "Fuel efficiency targets for each vessel class are included in the annual performance review "
    "of ship managers.",
    "Energy consumption targets are part of the annual performance appraisal of plant managers.",
    "公司将节能目标完成情况纳入各子公司负责人年度绩效考核。",
    "各分厂的能耗指标按月考核。",
])
def test_energy_targets_in_an_appraisal_are_a_mention(text: str) -> None:
    assert points(text).get("I07.4") == 0.5


@pytest.mark.parametrize("text", [
    "Carbon intensity targets are included in the annual performance review of senior managers.",
    "公司将碳排放强度目标纳入管理层绩效考核。",
])
def test_carbon_targets_in_an_appraisal_stay_full(text: str) -> None:
    assert points(text).get("I07.4") == 1.0


def test_energy_targets_without_an_appraisal_are_no_appraisal() -> None:
    assert "I07.4" not in points("公司分解下达各基地节能目标，确保完成“十四五”能耗双控任务。")


@pytest.mark.parametrize("text, rating", [
    ("We are a member of the Getting to Zero Coalition and take part in a green-corridor "
     "feasibility study.", 0.5),
    ("We took part in a green hydrogen research project with two universities.", 1.0),
    ("The Company takes part in a pilot of low-carbon fuels for inland barges.", 1.0),
    ("公司参与了绿色航运走廊可行性研究。", 0.5),
    ("公司参与了光伏组件回收利用研究项目。", 1.0),
])
def test_a_study_taken_part_in_is_a_partnership(text: str, rating: float) -> None:
    assert points(text).get("I09.4") == rating


@pytest.mark.parametrize("text", [
    "集团参与行业协会绿色保险分类标准的研究起草。",
    "We took part in drafting the green finance standards of the association.",
    "Our staff took part in a study tour of the museum.",
])
def test_a_standard_drafted_or_a_plain_study_is_no_partnership(text: str) -> None:
    assert points(text).get("I09.4", 0) < 1.0


@pytest.mark.parametrize("text", [
    "集团自2021年起按照ISO 14064-1开展温室气体盘查，核算边界为集团控制的养殖场和饲料厂。范围一包括"
    "燃料燃烧及冷媒逸散。2023年度数据经第三方机构某认证公司核查并出具合理保证声明。",
    "公司2023年温室气体排放总量为12万吨二氧化碳当量，较上年下降4%。上述数据已经第三方机构核查。",
    "公司按照《温室气体核算体系》核算范围一和范围二排放。相关数据经独立第三方机构复核并出具核查报告。",
    "We have compiled our GHG inventory under the GHG Protocol since 2020, covering scope 1 and "
    "scope 2. The 2023 data were verified by an independent body.",
])
def test_a_verification_of_the_paragraphs_ghg_data(text: str) -> None:
    assert points(text).get("I12.5") == 1.0


@pytest.mark.parametrize("text", [
    "公司持续开展节水工作，2023年取水量为120万吨。2023年度数据经第三方机构核查。",
    "公司推进节能减碳工作。2023年度数据经第三方机构核查。",
    "Our waste recycling rate was 82% in 2023. The 2023 data were verified by an independent body.",
])
def test_a_verification_of_other_data_is_no_ghg_verification(text: str) -> None:
    assert points(text).get("I12.5", 0) < 1.0


@pytest.mark.parametrize("text", [
    "本行成立碳中和绿色金融服务中心，为企业提供一站式服务。",
    "本行设立碳中和金融事业部，统筹相关业务。",
    "分行挂牌成立“碳中和”金融服务中心。",
    "The Bank opened a Carbon Neutrality Green Finance Service Centre in Huzhou.",
    "We set up a Net Zero Finance Department in 2023.",
])
def test_a_body_named_after_the_goal_is_no_position(text: str) -> None:
    assert "I06.1" not in points(text)


@pytest.mark.parametrize("text", [
    "本行承诺2030年实现运营碳中和，并成立碳中和绿色金融服务中心。",
    "We are committed to carbon neutrality by 2050 and opened a green finance service centre.",
])
def test_a_position_beside_the_body_stays(text: str) -> None:
    assert points(text).get("I06.1") == 1.0


def test_a_laboratory_built_with_a_partner_keeps_its_carbon_word() -> None:
    assert points("公司与清华大学共建零碳实验室。").get("I09.4") == 1.0


@pytest.mark.parametrize("text, point", [
    ("电弧炉项目于2023年9月开工，投产后年消纳废钢约90万吨。", "I04.2"),
    ("公司光伏电站建成后年发电量约2,860万千瓦时。", "I08.2"),
    ("电机节能改造项目投运后每年可节约标准煤1.2万吨。", "I03.4"),
])
def test_what_a_plant_does_once_it_starts_is_a_plan(text: str, point: str) -> None:
    assert points(text).get(point) == 0.5


@pytest.mark.parametrize("text, point", [
    ("公司电弧炉于2022年投产后，全年消纳废钢约90万吨。", "I04.2"),
    ("公司光伏电站2023年发电2,860万千瓦时。", "I08.2"),
    ("In 2023 our electric arc furnace consumed 0.9 million tonnes of scrap steel.", "I04.2"),
])
def test_what_a_plant_did_stays_done(text: str, point: str) -> None:
    assert points(text).get(point) == 1.0


@pytest.mark.parametrize("text", [
    "集团推出“绿色航空货运”产品，客户可选择购买由可持续航空燃料减排量对应的运输服务。",
    "公司向客户提供“绿色算力”托管服务，按客户所用机柜匹配绿电。",
    "公司上线“低碳出行”服务，为乘客提供拼车和公交换乘方案。",
    "公司向客户提供的“企业碳管家”平台，帮助中小企业记录用能和计算碳排放，已签约客户3,860家。",
    "我们与两家汽车企业签订低碳钢材合作协议，向其供应热轧板卷9.6万吨。",
    "We launched a \"Green Cargo\" service that lets shippers offset the emissions of each shipment.",
    "Our platform helps 3,000 small firms calculate their carbon emissions.",
    "We sold 1.1 million vehicles, and NEVs made up 38% of our sales, up from 21%.",
    "Energy-storage systems we delivered in 2023 help grid operators store wind and solar power.",
])
def test_products_named_without_a_low_carbon_word_beside_product(text: str) -> None:
    assert points(text).get("I09.2") == 1.0


@pytest.mark.parametrize("text", [
    "公司推出“安心家园”产品，为客户提供家庭财产保障。",
    "公司采购低碳钢材用于新建厂房。",
    "我们的碳管理平台帮助公司各工厂计量用电。",
    "Electric vehicles made up 12% of our own fleet in 2023.",
    "We installed energy-storage systems at two of our own plants.",
])
def test_near_misses_are_no_product_for_others(text: str) -> None:
    assert points(text).get("I09.2", 0) < 1.0


@pytest.mark.parametrize("text", [
    "包装方面，我们推广轻量化利乐包和可回收PET瓶，全年减少塑料使用约410吨。",
    "公司开发再生涤纶（rPET）面料，2023年销量占比达到18%。",
    "Copper and precious metals recovered | t | 412 | 446",
    "We cut plastic use by 410 tonnes through lighter bottles.",
    "We developed fabrics made of recycled polyester, 18% of sales in 2023.",
])
def test_packaging_recovered_metals_and_recycled_fibre_are_materials(text: str) -> None:
    assert points(text).get("I04.2") == 1.0


@pytest.mark.parametrize("text", [
    "公司包装车间更换了灌装机。",
    "公司可回收物分类投放点覆盖全部办公楼。",
    "Our recovery plan restored operations within 48 hours.",
])
def test_near_misses_are_no_materials(text: str) -> None:
    assert "I04.2" not in points(text)
