"""Own emission figures met in blind round 37 (session 26), misread, missed or spurious before,
with text written fresh for these tests:

- 全球 inside the name of GWP (全球增温潜势 / 全球变暖潜能值, "global warming potential") read as
  the world, so a note's own total and intensity after it were the world's (the stage fell to 2);
- an intensity per tonne of coke ("吨焦排放0.855吨二氧化碳当量") read as a total of 0.855 t;
- a gas's amount in a clause of nothing but its year after the gas's name ("甲烷按GWP 28折算，2023年
  为4.48万吨二氧化碳当量") read as the company's total;
- a table whose header holds one heading per group of the same years ("二氧化碳（万吨）" over
  2021-2023 beside "甲烷（吨）" over 2021-2023) gave no figure (its years had no unit), and the
  methane cells' plain tonnes, once they had one, were read as CO2;
- "范围一、二合计" read as scope 2 alone;
- suppliers' figure after a pronoun ("…供应商提交了数据，其范围一和范围二排放合计约…") read as own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.evidence.tables import table_text
from cnsr.methodology import LoadedMethodology
from evidence.tagged import found_figures

LEAD = "公司自2016年起开展温室气体核算。\n"
LEAD_EN = "We have accounted our greenhouse gas emissions since 2016.\n"


def _found(tmp_path: Path, m: LoadedMethodology, text: str, suffix: str = ".txt", kind: str = "own"
           ) -> set[tuple[str, int | None, float]]:
    return found_figures(tmp_path, m, text, kind, suffix)


# -- GWP is no world ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("注：甲烷按全球增温潜势（GWP）28折算，温室气体排放总量合计523.7万吨二氧化碳当量。",
     {("total", None, 5237000.0)}),
    ("氧化亚氮按全球变暖潜能值265折算后，2023年公司温室气体排放总量为18.6万吨二氧化碳当量。",
     {("total", 2023, 186000.0)}),
    ("Note: methane is converted at a global warming potential of 28; our total greenhouse gas emissions were "
     "186,400 tCO2e in 2023.", {("total", 2023, 186400.0)}),
], ids=["gwp_zh", "gwp_variant_zh", "gwp_en"])
def test_gwp_is_no_world(tmp_path: Path, m: LoadedMethodology, text: str, want: set) -> None:
    assert _found(tmp_path, m, LEAD + text) == want


@pytest.mark.parametrize("text", [
    "据国际能源署统计，2022年全球能源相关二氧化碳排放量约368亿吨。",
    "Global energy-related CO2 emissions reached 36.8 billion tonnes in 2022.",
], ids=["world_total_zh", "world_total_en"])
def test_the_world_stays_the_worlds(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert _found(tmp_path, m, LEAD + text) == set()


# -- per tonne of coke --------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("2023年吨焦排放0.855吨二氧化碳当量。", {("intensity", 2023, 0.855)}),
    ("2023年吨焦炭二氧化碳排放量为0.86吨。", {("intensity", 2023, 0.86)}),
    ("2023年公司吨焦二氧化碳排放852千克。", {("intensity", 2023, 0.852)}),
], ids=["per_tonne_of_coke", "per_tonne_jiaotan", "kilograms"])
def test_per_tonne_of_coke_is_an_intensity(tmp_path: Path, m: LoadedMethodology, text: str, want: set) -> None:
    assert _found(tmp_path, m, LEAD + text) == want


def test_coke_output_beside_the_total_is_no_denominator(tmp_path: Path, m: LoadedMethodology) -> None:
    got = _found(tmp_path, m, LEAD + "2023年公司生产焦炭612.4万吨焦炭，二氧化碳排放总量519.2万吨。")
    assert got == {("total", 2023, 5192000.0)}


# -- one gas's amount, its clause only a year ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "甲烷按全球增温潜势28折算，2023年为4.48万吨二氧化碳当量。",
    "氧化亚氮按GWP 265折算，2023年为1.2万吨二氧化碳当量。",
], ids=["methane", "nitrous_oxide"])
def test_a_gas_in_the_clause_before_makes_a_part(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert _found(tmp_path, m, LEAD + text) == set()


def test_a_total_in_a_year_clause_stays(tmp_path: Path, m: LoadedMethodology) -> None:
    got = _found(tmp_path, m, LEAD + "公司温室气体排放总量稳中有降，2023年为523.7万吨二氧化碳当量。")
    assert got == {("total", 2023, 5237000.0)}


# -- groups of the same years side by side --------------------------------------------------------

def _groups_html(first: str, second: str, unit_rows: list[tuple[str, list[str]]]) -> str:
    body = "".join("<tr><td>" + label + "</td>" + "".join(f"<td>{v}</td>" for v in values) + "</tr>"
                   for label, values in unit_rows)
    years = "".join(f"<th>{y}年</th>" for y in (2021, 2022, 2023)) * 2
    return ("<html><body><p>公司开展温室气体核算。</p><table><caption>表5　温室气体排放情况</caption>"
            f"<tr><th rowspan=\"2\">排放源</th><th colspan=\"3\">{first}</th><th colspan=\"3\">{second}</th></tr>"
            f"<tr>{years}</tr>{body}</table></body></html>")


ROWS = [("炼焦及化产工序", ["412.6", "401.8", "389.4", "1,862", "1,640", "1,415"]),
        ("外购电力（间接排放）", ["24.3", "23.5", "21.5", "—", "—", "—"]),
        ("合计", ["545.0", "533.8", "519.2", "2,076", "1,838", "1,601"])]


def test_year_groups_take_their_headings(tmp_path: Path, m: LoadedMethodology) -> None:
    got = _found(tmp_path, m, _groups_html("二氧化碳（万吨）", "甲烷（吨）", ROWS), ".html")
    assert got == {("scope2", 2021, 243000.0), ("scope2", 2022, 235000.0), ("scope2", 2023, 215000.0),
                   ("total", 2021, 5450000.0), ("total", 2022, 5338000.0), ("total", 2023, 5192000.0)}


def test_the_groups_header_as_text() -> None:
    # the text layer of a PDF prints each merged heading once, over one column of its group
    rows = [["", "", "二氧化碳（万吨）", "", "", "甲烷（吨）", ""],
            ["", "2021年", "2022年", "2023年", "2021年", "2022年", "2023年"],
            ["合计", "545.0", "533.8", "519.2", "2,076", "1,838", "1,601"]]
    lines = table_text(rows).splitlines()
    assert lines[1] == ("合计 | 二氧化碳 2021年=545.0万吨 | 二氧化碳 2022年=533.8万吨 | 二氧化碳 2023年=519.2万吨 | "
                        "甲烷 2021年=2,076吨 | 甲烷 2022年=1,838吨 | 甲烷 2023年=1,601吨")


def test_english_year_groups(tmp_path: Path, m: LoadedMethodology) -> None:
    html = ("<html><body><p>We account our greenhouse gas emissions.</p><table><caption>Table 4 Emissions</caption>"
            "<tr><th rowspan=\"2\">Source</th><th colspan=\"2\">CO2 (tonnes)</th><th colspan=\"2\">Methane (tonnes)</th></tr>"
            "<tr><th>2022</th><th>2023</th><th>2022</th><th>2023</th></tr>"
            "<tr><td>Total</td><td>86,420</td><td>81,350</td><td>312</td><td>296</td></tr></table></body></html>")
    assert _found(tmp_path, m, html, ".html") == {("total", 2022, 86420.0), ("total", 2023, 81350.0)}


def test_years_over_one_group_keep_their_reading() -> None:
    # a unit over the years of one group only is the plain two-row header it was
    rows = [["指标", "万吨二氧化碳当量", "", ""], ["", "2021年", "2022年", "2023年"], ["范围一排放", "12.1", "11.8", "11.2"]]
    assert table_text(rows).splitlines()[1] == "范围一排放 | 2021年=12.1万吨二氧化碳当量 | 2022年=11.8万吨二氧化碳当量 | 2023年=11.2万吨二氧化碳当量"


@pytest.mark.parametrize("text", [
    "2023年，公司焦炉及煤气系统甲烷排放量1,415吨。",
    "In 2023, methane emissions of our mines were 1,415 tonnes.",
], ids=["methane_tonnes_zh", "methane_tonnes_en"])
def test_a_gas_in_plain_tonnes_is_no_co2(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert _found(tmp_path, m, LEAD + text) == set()


def test_a_gas_in_co2e_stays_a_part_and_the_total_stays(tmp_path: Path, m: LoadedMethodology) -> None:
    got = _found(tmp_path, m, LEAD + "2023年公司温室气体排放总量为36.2万吨二氧化碳当量，其中甲烷排放折合4.1万吨二氧化碳当量。")
    assert got == {("total", 2023, 362000.0)}


# -- 范围一、二 ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("2023年，公司范围一、二合计排放36,734吨二氧化碳当量。", {("scope1_2", 2023, 36734.0)}),
    ("2022年范围1和2排放为41,496吨二氧化碳当量。", {("scope1_2", 2022, 41496.0)}),
    ("2023年范围一及二温室气体排放量合计为1.26万吨二氧化碳当量。", {("scope1_2", 2023, 12600.0)}),
    ("In 2023 our Scope 1 and 2 emissions totalled 36,734 tCO2e.", {("scope1_2", 2023, 36734.0)}),
], ids=["yi_er_heji", "digits", "yi_ji_er", "en"])
def test_scope_one_and_two_under_one_head(tmp_path: Path, m: LoadedMethodology, text: str, want: set) -> None:
    assert _found(tmp_path, m, LEAD + text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("2023年范围一、二、三排放合计为90,000吨二氧化碳当量。", {("total", 2023, 90000.0)}),
    ("2023年范围二排放为32,606吨二氧化碳当量。", {("scope2", 2023, 32606.0)}),
    ("2023年范围一排放为4,128吨二氧化碳当量。", {("scope1", 2023, 4128.0)}),
], ids=["three_scopes_stay_total", "scope2_stays", "scope1_stays"])
def test_other_scopes_keep_their_reading(tmp_path: Path, m: LoadedMethodology, text: str, want: set) -> None:
    assert _found(tmp_path, m, LEAD + text) == want


# -- a pronoun's subject in the clause before ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "2023年，共有168家供应商提交了数据，其范围一和范围二排放合计约68.4万吨二氧化碳当量。",
    "本行对42家授信客户开展碳盘查，其温室气体排放总量约为1,260万吨二氧化碳当量。",
    "In 2023, 168 suppliers reported data to us, and their Scope 1 and 2 emissions totalled 684,000 tCO2e.",
], ids=["suppliers_zh", "borrowers_zh", "suppliers_en"])
def test_a_pronouns_subject_decides(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert _found(tmp_path, m, LEAD + text) == set()


@pytest.mark.parametrize(("text", "want"), [
    ("公司完成2023年度碳盘查，其范围一排放为4,128吨二氧化碳当量。", {("scope1", 2023, 4128.0)}),
    ("Our plants completed their inventory, and their Scope 1 emissions were 4,128 tCO2e in 2023.",
     {("scope1", 2023, 4128.0)}),
], ids=["company_zh", "plants_en"])
def test_the_companys_pronoun_stays_own(tmp_path: Path, m: LoadedMethodology, text: str, want: set) -> None:
    assert _found(tmp_path, m, LEAD + text) == want
