"""Known misses and misreads by kind (session 21, issue #12; docs/judging.md v1.5). Passages
written for these tests (invented companies and figures).

- A client's, issuer's or borrower's target pointed at by a demonstrative ("该企业承诺…",
  "The issuer has committed …") is theirs: no own target or plan (I06.1–I06.4, I08.1).
- Carbon-market services sold to clients ("为客户提供碳价风险管理咨询", "carbon trading desk")
  are no own carbon cost (I15.1).
- Products shown at a fair are products offered (I09.2, guide 1.5 §12.5), no own energy
  structure or retrofit (I08.2, I08.3).
- Scraps sent to others' cement kilns and an LCA's life-cycle stages are no material the
  company uses (I04.2); a material's use per product cut is (I04.2).
- A foundation's planting, a sink said not to be counted or excluded from the boundary: at
  most a mention of afforestation (I05.3, guide 1.5 §12.1).
- A KPI's appraisal weight ("权重为5%") is no figure of the intensity before it (I03.3); a
  data centre's PUE value is (I03.3), its design value not (guide §3.3).
- Sources listed in a scope's definition, no split given: a mention of a breakdown (I11.6).
- Misses: an environmental policy named or a green rule published (I01.1); savings of a
  building the company built for a client (I09.3); a named research project on low-carbon
  building (I09.4); green requirements in tenders (I08.5).
- A SASB index row split by the layout into its code and description passages is navigation.
"""

from __future__ import annotations

import pytest

from cnsr.evidence.find import find_evidence
from cnsr.evidence.navigation import navigation_passages
from cnsr.ingest.document import Document, Page, Passage
from evidence.tagged import pages_document, points

# ---- 1. others' targets -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "公司为某水泥企业发行8亿元转型债券提供承销服务。该企业承诺到2030年吨熟料碳排放较2020年下降25%。",
    "该发行人计划于2028年前实现单位发电量碳排放较2022年下降20%。",
    "上述客户提出到2030年实现碳达峰、2060年实现碳中和。",
    "该借款企业已承诺2027年前实现运营碳中和。",
    "The issuer has committed to cut its Scope 1 and 2 emissions by 42% by 2030 from a 2020 base.",
    "The borrower pledged to reach carbon neutrality by 2050.",
])
def test_a_clients_target_is_not_own(text: str) -> None:
    got = points(text)
    for p in ("I06.1", "I06.2", "I06.3", "I06.4", "I08.1"):
        assert p not in got, (p, got)


@pytest.mark.parametrize("text", [
    "公司承诺到2030年单位营业收入碳排放较2020年下降30%。",
    "本公司计划于2028年前实现运营碳达峰。",
    "We have committed to cut our Scope 1 and 2 emissions by 42% by 2030 from a 2020 base.",
])
def test_own_target_stays(text: str) -> None:
    assert points(text).get("I06.2") == 1.0


# ---- 2. carbon-market services for clients --------------------------------------------------

@pytest.mark.parametrize("text", [
    "公司期货子公司为客户提供碳价风险管理咨询。",
    "公司为14家控排企业提供碳配额回购、借碳等碳资产管理服务，全年碳配额交易量312万吨。",
    "公司取得碳排放权交易业务资格，为机构投资者提供碳金融做市服务。",
    "Our carbon trading desk offers allowance hedging and carbon price risk advisory services to clients.",
])
def test_carbon_services_for_clients_are_no_carbon_cost(text: str) -> None:
    assert "I15.1" not in points(text)


@pytest.mark.parametrize("text", [
    "2023年公司购买碳排放配额支出1,260万元。",
    "Our carbon costs for purchasing allowances were RMB 8.6 million in 2023.",
])
def test_own_carbon_cost_stays(text: str) -> None:
    assert points(text).get("I15.1") == 1.0


# ---- 3. products shown at a fair --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "公司携空气源热泵、户用光伏系统亮相2023年汉诺威工业博览会。",
    "公司在第六届进博会上展出了新一代储能系统和光伏组件。",
    "集团携氢燃料电池重卡和电动客车参展上海国际车展。",
    "At the Hannover Messe 2023 we showcased our air-source heat pumps and rooftop solar kits.",
    "We showcased our new 600 W solar modules and energy storage systems at the SNEC exhibition in Shanghai.",
    "The Group exhibited its hydrogen fuel-cell trucks and electric buses at the Auto Shanghai motor show.",
])
def test_products_shown_at_a_fair_are_products(text: str) -> None:
    got = points(text)
    assert "I08.2" not in got and "I08.3" not in got, got
    assert got.get("I09.2") == 1.0, got


@pytest.mark.parametrize("text", [
    "We installed 3.2 MW of rooftop solar panels at our Suzhou plant in 2023.",
    "公司在厂区屋顶建成分布式光伏电站2.4兆瓦，全年发电260万千瓦时。",
])
def test_own_solar_stays_energy_structure(text: str) -> None:
    assert points(text).get("I08.2") == 1.0


# ---- 4. materials: others' kilns, LCA stages, a cut per product -------------------------------

@pytest.mark.parametrize("text", [
    "叶片边角料和退役叶片经破碎后作为水泥窑协同处置的替代原料，2023年利用3,420吨。",
    "废旧模具钢送往周边水泥厂作为替代原料。",
    "Blade offcuts and retired blades are shredded and sent to partner cement kilns as alternative raw material.",
    "公司对主力机型开展全生命周期评价，边界涵盖原材料获取、零部件制造、运输、运行维护及退役回收。",
    "The LCA covers raw material extraction, manufacturing, transport, use and end-of-life recycling.",
])
def test_scraps_to_kilns_and_lca_stages_are_no_own_material(text: str) -> None:
    assert "I04.2" not in points(text)


@pytest.mark.parametrize("text", [
    "公司利用水泥窑协同处置城市污泥12万吨，替代原料及燃料。",
    "阳江工厂通过工艺优化，使每支叶片的树脂用量减少0.8吨。",
    "Process changes cut resin use per blade by 0.8 tonnes in 2023.",
])
def test_own_material_use_stays(text: str) -> None:
    assert points(text).get("I04.2") == 1.0


# ---- 5. afforestation by others, sinks not counted ---------------------------------------------

@pytest.mark.parametrize("text", [
    "基金会在河流上游实施生态公益林项目，2023年新造林3,600亩。项目林地每年可固定二氧化碳约2.5万吨，该项目碳汇不用于抵消集团的排放。",
    "慈善基金会联合地方林业部门在石漠化地区植树12万株。",
    "The Foundation also funds a tree-planting programme in Inner Mongolia, which it reports planted 410,000 saplings.",
])
def test_a_foundations_or_uncounted_sink_is_a_mention(text: str) -> None:
    assert points(text).get("I05.3") == 0.5


@pytest.mark.parametrize("text", [
    "排放数据覆盖集团及控股子公司的生产经营场所，不含公益基金会的造林项目。",
    "The inventory covers our plants, excluding the afforestation projects of the Foundation.",
])
def test_a_sink_excluded_from_the_boundary_is_none(text: str) -> None:
    assert "I05.3" not in points(text)


def test_own_site_planting_stays() -> None:
    assert points("公司在新建路段沿线绿化带植树12.6万株。").get("I05.3") == 1.0


# ---- 6. weights and PUE (I03.3) ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "公司将各基地的单位产值能耗和碳排放强度指标纳入总经理年度绩效考核，权重为5%。",
    "单位业务量能耗纳入省公司负责人考核，权重5%。",
])
def test_an_appraisal_weight_is_no_intensity(text: str) -> None:
    assert points(text).get("I03.3", 0) < 1.0


@pytest.mark.parametrize("text", [
    "2023年数据中心平均PUE由1.42降至1.36。",
    "In 2023 our average PUE improved from 1.29 to 1.24.",
    "2023年单位产值综合能耗为0.042吨标准煤/万元，较上年下降6%。",
])
def test_intensity_and_pue_values(text: str) -> None:
    assert points(text).get("I03.3") == 1.0


@pytest.mark.parametrize("text", [
    "新建数据中心设计PUE为1.35。",
    "本行新建数据中心设计电能利用效率（PUE）1.35。",
    "Our new data centre has a design PUE of 1.25.",
])
def test_a_design_pue_is_a_mention(text: str) -> None:
    assert points(text).get("I03.3") == 0.5


# ---- 7. sources listed in a definition (I11.6) ------------------------------------------------

@pytest.mark.parametrize("text", [
    "注1：范围一包括燃煤及燃气锅炉、自有车辆燃油及制冷剂逸散；生物质燃烧产生的二氧化碳不计入。",
    "Our GHG emissions were 41,860 tCO2e: Scope 1 of 16,240 tCO2e (emergency diesel generators, boilers, "
    "vehicles and SF6 leakage from switchgear) and Scope 2 of 25,620 tCO2e.",
])
def test_sources_in_a_definition_are_a_mention(text: str) -> None:
    assert points(text).get("I11.6") == 0.5


def test_a_split_by_gas_stays() -> None:
    assert points("2023年温室气体排放中，二氧化碳12.4万吨、甲烷折合0.8万吨二氧化碳当量。").get("I11.6") == 1.0


# ---- 8. misses found -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "point"), [
    ("Our Environmental Protection Policy, approved by the Board, commits us to prevent pollution.", "I01.1"),
    ("公司倡导绿色片场理念，2023年发布《绿色拍摄指引（试行）》，要求各剧组优先使用LED灯具。", "I01.1"),
    ("公司制定《环保管理规定》，明确各部门环境保护职责。", "I01.1"),
    ("经设计单位测算，公司承建的某超低能耗办公楼项目建成投用后，年可减少建筑运行碳排放约1,860吨二氧化碳。", "I09.3"),
    ("“近零能耗建筑关键技术研究”课题已完成中试。", "I09.4"),
    ("公司在集采招标文件中对混凝土、砂浆的绿色建材认证提出要求。", "I08.5"),
    ("Our tender documents require suppliers to provide certified green building materials.", "I08.5"),
])
def test_misses_found(text: str, point: str) -> None:
    assert points(text).get(point) == 1.0


@pytest.mark.parametrize(("text", "point"), [
    ("公司发布《绿色金融管理办法》，明确绿色信贷投向。", "I01.1"),
    ("公司制定《绿色施工节能管理规定》，推广以电代油。", "I01.1"),
    ("公司严格遵守《环境保护法》。", "I01.1"),
    ("公司研发中心开展新产品研究。", "I09.4"),
])
def test_near_misses_stay_out(text: str, point: str) -> None:
    assert points(text).get(point, 0) < 1.0


# ---- 9. a SASB index row split into passages ---------------------------------------------------

def _doc(texts: list[str]) -> Document:
    return Document(path="s21.pdf", sha256="0" * 64, kind="pdf", pages=[
        Page(number=1, text="\n".join(texts),
             passages=[Passage(page=1, index=i, text=t) for i, t in enumerate(texts)])])


def test_a_split_sasb_row_is_navigation() -> None:
    texts = ["SASB Content Index",
             "EM-EP-110a. 1",
             "Gross global Scope 1 emissions, percentage methane, percentage covered under emissions-limiting",
             "regulations 6",
             "EM-SV-110a. 1",
             "Total fuel consumed, percentage renewable, percentage used in on-road equipment and vehicles 6",
             "Assurance statement",
             "We were engaged to provide limited assurance on the Company's 2023 Scope 1 and Scope 2 GHG emissions."]
    nav = navigation_passages(_doc(texts))
    assert {(1, i) for i in range(1, 6)} <= nav
    assert (1, 6) not in nav and (1, 7) not in nav
    found = find_evidence([_doc(texts)])
    assert found.best("I11.1") == 0.0  # the index row names scope 1 without a figure


def test_a_code_in_prose_opens_no_row() -> None:
    texts = ["We report under SASB EM-EP-110a.1 and disclose our Scope 1 emissions below.",
             "Scope 1 emissions were 3.42 MtCO2e in 2023."]
    assert not navigation_passages(_doc(texts))


def test_a_code_alone_then_a_sentence() -> None:
    texts = ["GRI 305-1", "Our Scope 1 emissions were 3.42 MtCO2e in 2023."]
    nav = navigation_passages(_doc(texts))
    assert (1, 0) in nav and (1, 1) not in nav


def test_pages_document_helper_still_rates() -> None:
    doc = pages_document(["公司携光伏组件、储能系统等产品亮相国际能源展。"])
    assert find_evidence([doc]).best("I09.2") == 1.0
