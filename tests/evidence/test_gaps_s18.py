"""Known misreads by kind (session 18, issue #12; docs/judging.md v1.4). Passages written for
these tests (invented companies and figures).

- A green-finance department, branch or centre names no product: I15.4 at 0.5, and no I09.2
  from the body's name (guide §11); green finance named as a field or a line of business is a
  mention of I09.2 (0.5); the products, loans, bonds and services named keep I09.2 at 1 (§3.7).
- A lifestyle the company advocates ("倡导员工践行低碳生活") is a value, no low-carbon product
  (guide §11): no I09.2; one offered to customers keeps it.
- A national, sector, local or group standard the company helps write is influence in its
  sector (I10.2); only international standard-setting is I10.3 (guide §5, §3.10).
- Labelled points missed, by kind: an energy-mix target with its year (I08.1 mention, guide §9);
  paper, packaging and recycled inputs (I04.2); partnerships on a technology named by what it is
  (I09.4); an act named as the task of the years ahead is a plan (§3.8).
"""

from __future__ import annotations

import pytest

from evidence.tagged import points


@pytest.mark.parametrize("text", [
    "本行成立绿色金融事业部，下设绿色信贷中心。",
    "我行在湖州设立两家绿色金融专营支行。",
    "本公司设立绿色金融创新中心，由分管副行长牵头。",
    "The Bank set up a Green Finance Department in 2023.",
    "We opened two green finance branches in Huzhou and Quzhou.",
])
def test_a_green_finance_body_is_no_product(text: str) -> None:
    got = points(text)
    assert "I09.2" not in got
    assert got.get("I15.4") == 0.5


@pytest.mark.parametrize("text", [
    "本行设立绿色金融部，统筹全行绿色金融工作。",
    "本行大力发展绿色金融业务，服务实体经济转型。",
    "公司以绿色金融为抓手，支持地方产业升级。",
])
def test_green_finance_as_a_field_is_a_mention_of_products(text: str) -> None:
    assert points(text).get("I09.2") == 0.5


@pytest.mark.parametrize("text", [
    "本行推出绿色金融产品12款，覆盖光伏贷和碳排放权质押贷款。",
    "绿色金融部全年承销绿色债券8只。",
    "The Bank launched 12 green finance products for small businesses.",
    "公司为客户提供碳核算服务和能效诊断解决方案。",
])
def test_named_products_keep_the_disclosure(text: str) -> None:
    assert points(text).get("I09.2") == 1.0


@pytest.mark.parametrize("text", [
    "倡导员工践行低碳生活。",
    "公司弘扬简约适度、绿色低碳的生活方式，营造节约氛围。",
    "工会号召全体职工树立绿色消费理念。",
    "We encourage employees to adopt a low-carbon lifestyle.",
])
def test_a_lifestyle_advocated_is_no_product(text: str) -> None:
    assert "I09.2" not in points(text)


@pytest.mark.parametrize("text", [
    "通过手机银行为客户提供个人碳账户，引导客户低碳生活方式。",
    "公司为业主打造低碳社区，建成光伏车棚和充电桩。",
])
def test_a_low_carbon_offer_to_customers_stays_a_product(text: str) -> None:
    assert points(text).get("I09.2") == 1.0


@pytest.mark.parametrize("text", [
    "集团参与编写了民航行业标准《货运碳排放计算方法》。",
    "公司参与制定国家标准《水泥企业温室气体排放核算方法》。",
    "公司牵头起草团体标准《零碳工厂评价规范》，已发布实施。",
    "We helped draft a national standard on carbon accounting for data centres.",
])
def test_a_domestic_standard_is_influence_not_international_voice(text: str) -> None:
    got = points(text)
    assert got.get("I10.2") == 1.0
    assert "I10.3" not in got


@pytest.mark.parametrize("text", [
    "公司参与制定ISO 14067产品碳足迹国际标准的修订。",
    "We helped develop an ISO standard on GHG quantification for cement.",
    "公司专家参与修订IEC储能系统国际标准，推动低碳技术推广。",
])
def test_an_international_standard_stays_international_voice(text: str) -> None:
    assert points(text).get("I10.3") == 1.0


# -- labelled points missed, by kind ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "到2030年，公司可再生能源电力使用比例达到60%。",
    "力争2027年分布式光伏装机占比超过三成。",
    "Increase renewable electricity sourcing from 12% in 2022 to 70% by 2030.",
    "We aim to source 100% renewable electricity at all plants by 2035.",
])
def test_an_energy_mix_target_with_its_year_is_a_mention_of_a_roadmap(text: str) -> None:
    assert points(text).get("I08.1") == 0.5


def test_a_staged_roadmap_stays_a_disclosure_and_the_nation_no_roadmap() -> None:
    assert points("公司制定碳达峰行动方案，分三阶段推进，2025年前完成燃煤锅炉替代。").get("I08.1") == 1.0
    assert "I08.1" not in points("国家提出2030年前碳达峰、2060年前碳中和目标。")


@pytest.mark.parametrize("text", [
    "全面推行电子运单，全年减少纸质单据约2,800万张。",
    "网点推广无纸化柜面，以电子凭证替代纸质凭证约960万份。",
    "E-waybills replaced about 31 million paper waybills.",
    "电炉全年消纳废钢21.4万吨。",
    "碎玻璃配入比例达到23%。",
    "Cullet made up 27% of the furnace batch.",
    "可循环中转袋使用率98.7%，可循环快递箱循环使用1,900万次。",
    "减少一次性纸箱约1.6万吨，少用胶带约2,700万米。",
    "We cut single-use cartons by 18,000 tonnes.",
])
def test_materials_left_out_or_recycled_in_are_materials(text: str) -> None:
    assert "I04.2" in points(text)


def test_paper_in_another_sense_is_no_material() -> None:
    assert "I04.2" not in points("公司发布纸质版和电子版社会责任报告。")


@pytest.mark.parametrize("text", [
    "与高校共建电驱动系统联合实验室。",
    "与华东理工学院共建固废基胶凝材料联合实验室，降低熟料用量。",
    "与北方冶金大学共建氢冶金联合实验室，建成氢基竖炉中试线。",
    "公司在两条干线试点氢燃料电池重卡。",
    "We lead a national key R&D project on perovskite tandem cells with two universities.",
    "We partnered with a university to test hydrogen-based steelmaking.",
])
def test_a_partnership_on_a_technology_named_by_what_it_is(text: str) -> None:
    assert "I09.4" in points(text)


@pytest.mark.parametrize("text", [
    "公司采购氢燃料电池重卡20辆。",
    "We built a demonstration line with a national laboratory.",
])
def test_no_partnership_or_no_low_carbon_topic_is_no_research_partnership(text: str) -> None:
    assert "I09.4" not in points(text)


@pytest.mark.parametrize("text", [
    "推动合作伙伴共同减排，是我们未来几年最重要的功课。",
    "我们也看到，加盟商车队的排放高于自营部分，带动加盟商共同减排，是公司今后五年的首要任务。",
    "带动供应商共同降碳，是公司今后三年的重点工作。",
    "Engaging our franchisees to cut emissions together, which is our top priority for the coming years.",
    "Engaging suppliers on decarbonisation, this will be our main focus over the next three years.",
])
def test_an_act_named_as_the_task_of_the_years_ahead_is_a_plan(text: str) -> None:
    assert points(text).get("I10.2") == 0.5


@pytest.mark.parametrize("text", [
    "公司推动合作伙伴共同减排，2023年组织12家承运商完成车辆电动化改造。",
    "We engaged 40 franchisees to cut emissions together in 2023.",
])
def test_the_act_done_stays_a_disclosure(text: str) -> None:
    assert points(text).get("I10.2") == 1.0
