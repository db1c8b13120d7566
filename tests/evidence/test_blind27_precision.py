"""Evidence precision on forms met in blind round 27 (session 24), each rated wrong before, with
text written fresh for these tests: own renewable power bought read as a supply-chain measure, an
industry's coming inclusion in the ETS read as influence, an insurer's product development read as
low-carbon R&D, a CO2 table's columns by fuel read as fuel consumed, vehicles sold read as the
company's operations, a target's
coverage read as the inventory's boundary, a scope 2 left out read as its mention, and the sources
a scope "comes from" read as a breakdown (guide §2.3, §3.3, §3.6, §3.7, §3.10)."""

from __future__ import annotations

import pytest

from cnsr.evidence.find import find_evidence
from cnsr.ingest.document import Document, Page, Passage, Table

from .tagged import points_of

# Each case: one passage and the ratings it must earn (0: not given); the id says why.
CASES = [
    # own renewable power bought is energy structure, no supply-chain measure (I08.5)
    pytest.param("董事会审议通过了集团净零路线图及可再生电力采购方案。", {"I08.5": 0}, id="renewable_power_plan_zh"),
    pytest.param("公司与风电企业签署清洁能源电力购买协议，推进运营净零。", {"I08.5": 0}, id="clean_power_purchase_zh"),
    pytest.param("公司要求核心供应商在2025年前建立碳排放核算体系。", {"I08.5": 1}, id="supplier_carbon_ask_stays"),
    # an industry's coming inclusion in the ETS is the market's expansion (I10.2)
    pytest.param("建材行业预计将于明年纳入全国碳排放权交易市场，碳价上涨将推高公司成本。", {"I10.2": 0},
                 id="industry_into_ets_zh"),
    pytest.param("The steel sector is expected to be brought into the national emissions trading scheme next year.",
                 {"I10.2": 0}, id="sector_into_ets_en"),
    pytest.param("The aluminium industry is set to join the national carbon market in 2025, which may raise our costs.",
                 {"I10.2": 0}, id="industry_join_ets_en"),
    pytest.param("公司牵头组织行业协会开展低碳技术交流，推动行业减排。", {"I10.2": 1}, id="industry_influence_stays"),
    # an insurer's or bank's product development is its service (I09.1)
    pytest.param("公司设立绿色保险创新实验室，研发光伏电站、储能项目等新型风险保险产品。", {"I09.1": 0}, id="insurance_lab_zh"),
    pytest.param("本行组建专班开发碳减排挂钩的信贷产品。", {"I09.1": 0}, id="bank_credit_product_zh"),
    pytest.param("Our insurance innovation lab develops new insurance products for hydrogen and energy-storage risks.",
                 {"I09.1": 0}, id="insurance_lab_en"),
    pytest.param("公司全年研发投入3.2亿元，其中低碳技术研发占比40%，新增节能专利26项。", {"I09.1": 1}, id="own_lowcarbon_rnd_stays"),
    # vehicles sold and their use phase are the customers' (I08.4)
    pytest.param("2023年售出的12.6万辆新能源汽车在使用阶段较燃油车可减少二氧化碳排放约130万吨。", {"I08.4": 0}, id="nevs_sold_zh"),
    pytest.param("The 126,000 NEVs we sold in 2023 will avoid about 1.3 million tonnes of CO2 over their lifetime.",
                 {"I08.4": 0}, id="nevs_sold_en"),
    pytest.param("公司总部推行无纸化办公，全年节约打印纸8吨。", {"I08.4": 1}, id="own_office_stays"),
    # a target's coverage is the target's boundary, not the inventory's (I12.1)
    pytest.param("上述目标覆盖公司全部四个生产基地。", {"I12.1": 0}, id="target_coverage_zh"),
    pytest.param("The targets cover all four plants and the head office.", {"I12.1": 0}, id="target_coverage_en"),
    pytest.param("温室气体核算边界为公司全部四个生产基地及总部办公楼。", {"I12.1": 1}, id="inventory_boundary_stays"),
    pytest.param("Our GHG inventory covers all four plants and the head office.", {"I12.1": 1}, id="inventory_covers_en_stays"),
    # scope 2 said to be small and left out is no mention of it (I11.2)
    pytest.param("注：外购电力排放量较小，未计入上述排放总量。", {"I11.2": 0}, id="scope2_left_out_zh"),
    pytest.param("注：码头办公用电对应的间接排放较小，未单独列示。", {"I11.2": 0}, id="indirect_not_shown_zh"),
    pytest.param("Indirect emissions from purchased electricity are small and are not included in the figures above.",
                 {"I11.2": 0}, id="scope2_left_out_en"),
    pytest.param("范围二排放为外购电力产生的间接排放，2023年为1.8万吨二氧化碳当量。", {"I11.2": 1}, id="scope2_figure_stays"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_blind27_points(text: str, want: dict[str, float]) -> None:
    got = points_of(text, want)
    assert {p: got[p] for p in want} == want if all(v == 0 for v in want.values()) \
        else all((got[p] > 0) == (v > 0) for p, v in want.items()), got


# the sources a scope "comes from" listed, gases named by formula, no split given: a mention (I11.6 at 0.5); one main
# source ("come mostly from methane") stays a breakdown (tests/evidence/test_gaps_s22.py)
@pytest.mark.parametrize("text", [
    "Our Scope 1 emissions come from coal burned in boilers, process CO2 from calcining limestone and N2O from nitric acid production.",
    "Scope 1 emissions arise from diesel in our trucks, natural gas used in kilns and CH4 leaking from the digesters.",
], ids=["scope1_comes_from_en", "scope1_arises_from_en"])
def test_scope_sources_are_a_mention(text: str) -> None:
    assert points_of(text, {"I11.6": 0.5}) == {"I11.6": 0.5}


def test_a_split_with_figures_stays_a_disclosure() -> None:
    text = "Scope 1 emissions were 8,400 tCO2e, of which fuel combustion 5,100 tCO2e and process CO2 3,300 tCO2e."
    assert points_of(text, {"I11.6": 1}) == {"I11.6": 1}


def _table_document(rows: list[list[str]]) -> Document:
    text = Table(rows=rows).as_text()
    return Document(path="s24.pdf", sha256="0" * 64, kind="pdf", pages=[
        Page(number=1, text=text, passages=[Passage(page=1, index=0, text=text, table=Table(rows=rows))])])


# a CO2 table whose years run down and whose columns split the total by fuel (其中：天然气（万吨）):
# tonnes of CO2, no fuel consumed (I03.2); a fuel table keeps its types
def test_co2_columns_by_fuel_are_no_energy_types() -> None:
    rows = [["年份", "二氧化碳排放总量（万吨）", "其中：燃煤（万吨）", "其中：天然气（万吨）", "其中：外购电力（万吨）"],
            ["2021年", "321.6", "204.2", "98.1", "19.3"],
            ["2022年", "305.4", "176.8", "109.5", "19.1"],
            ["2023年", "288.7", "140.3", "129.9", "18.5"]]
    found = find_evidence([_table_document(rows)])
    assert found.best("I03.2") == 0


def test_fuel_columns_in_energy_units_stay_energy_types() -> None:
    rows = [["年份", "综合能耗（万吨标准煤）", "其中：天然气（万立方米）", "其中：电力（万千瓦时）"],
            ["2022年", "12.4", "8,642", "21,360"],
            ["2023年", "12.1", "9,024", "20,980"]]
    found = find_evidence([_table_document(rows)])
    assert found.best("I03.2") == 1
