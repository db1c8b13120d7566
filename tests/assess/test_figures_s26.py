"""Own figures not read, by kind (session 26, issue #12 item 2 "Emissions as data"), with text
written fresh for these tests (invented companies and figures).

A part of a scope ("其中：工艺排放", "of which: process (calcination)", a source row under a total
row, a gas in brackets after its scope) was dropped by design until session 26: the figures
list held totals, scopes and intensities only. It is now kept as kind "part", with `scope` the
scope it is a part of: the row above for a marked part ("其中" / "of which"), the figure before it
in its sentence, the total row of its table, else the scope its own words name. A part is never
an own figure: no scope, total or series takes it in, and the rating's points do not move.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology
from cnsr.rating import Rating
from evidence.tagged import emission_figures, rate_text


def _parts(r: Rating) -> set[tuple[str, int | None, float, str]]:
    return emission_figures(r, "part")


# ---- a marked part under its scope's row ------------------------------------------------------

ZH_TABLE = ("温室气体排放（单位：万吨二氧化碳当量）\n\n"
            "| 指标 | 2021年 | 2022年 | 2023年 |\n|---|---|---|---|\n"
            "| 范围一 | 612.4 | 598.7 | 571.2 |\n"
            "| 其中：工艺过程排放 | 188.6 | 180.3 | 176.9 |\n"
            "| 范围二 | 84.2 | 86.1 | 82.7 |\n"
            "| 合计 | 696.6 | 684.8 | 653.9 |\n")
EN_TABLE = ("Greenhouse gas emissions ('000 tonnes CO2e)\n\n"
            "| Indicator | 2021 | 2022 | 2023 |\n|---|---|---|---|\n"
            "| Scope 1 emissions | 1,842 | 1,796 | 1,733 |\n"
            "| of which: process (calcination) | 1,108 | 1,086 | 1,051 |\n"
            "| Scope 2 emissions | 214 | 209 | 198 |\n"
            "| Total (Scope 1 + 2) | 2,056 | 2,005 | 1,931 |\n")


def test_a_marked_part_row_is_its_scopes_part(tmp_path: Path, m: LoadedMethodology) -> None:
    r = rate_text(tmp_path, m, ZH_TABLE, ".md")
    assert _parts(r) == {("scope1", 2021, 1886000.0, "tCO2e"), ("scope1", 2022, 1803000.0, "tCO2e"),
                         ("scope1", 2023, 1769000.0, "tCO2e")}
    own = emission_figures(r)
    # the scope and the total keep their figures; the part is neither
    assert ("scope1", 2023, 5712000.0, "tCO2e") in own
    assert ("total", 2023, 6539000.0, "tCO2e") in own
    assert not any(v == 1769000.0 for _, _, v, _ in own), own


def test_an_of_which_row_is_its_scopes_part(tmp_path: Path, m: LoadedMethodology) -> None:
    r = rate_text(tmp_path, m, EN_TABLE, ".md")
    assert ("scope1", 2023, 1051000.0, "tCO2e") in _parts(r)
    assert ("scope1", 2021, 1108000.0, "tCO2e") in _parts(r)
    own = emission_figures(r)
    assert ("scope1", 2023, 1733000.0, "tCO2e") in own
    assert not any(v == 1051000.0 for _, _, v, _ in own), own


def test_a_part_under_scope_2_is_scope_2s(tmp_path: Path, m: LoadedMethodology) -> None:
    text = ("温室气体排放（单位：吨二氧化碳当量）\n\n"
            "| 指标 | 2022年 | 2023年 |\n|---|---|---|\n"
            "| 范围一 | 12,460 | 11,830 |\n"
            "| 范围二 | 86,240 | 82,910 |\n"
            "| 其中：数据中心用电 | 61,380 | 59,020 |\n")
    parts = _parts(rate_text(tmp_path, m, text, ".md"))
    assert parts == {("scope2", 2022, 61380.0, "tCO2e"), ("scope2", 2023, 59020.0, "tCO2e")}


# ---- source rows over a total row -------------------------------------------------------------


def test_source_rows_over_a_total_row_are_the_totals_parts(tmp_path: Path,
                                                            m: LoadedMethodology) -> None:
    text = ("| 指标 | 单位 | 2022年 | 2023年 |\n|---|---|---|---|\n"
            "| 二氧化碳排放：工艺过程排放 | 万吨二氧化碳 | 318.2 | 301.6 |\n"
            "| 二氧化碳排放：燃料燃烧排放 | 万吨二氧化碳 | 176.4 | 169.8 |\n"
            "| 二氧化碳排放合计 | 万吨二氧化碳 | 494.6 | 471.4 |\n")
    r = rate_text(tmp_path, m, text, ".md")
    parts = _parts(r)
    assert ("total", 2023, 3016000.0, "tCO2") in parts and ("total", 2023, 1698000.0, "tCO2") in parts
    assert ("total", 2023, 4714000.0, "tCO2") in emission_figures(r)


# ---- parts in prose ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, want", [
    ("2023年公司温室气体排放总量为46.8万吨二氧化碳当量，其中燃煤锅炉排放31.2万吨。",
     ("total", 2023, 312000.0, "tCO2e")),
    ("公司2023年范围一排放24.1万吨二氧化碳当量（甲烷11.6万吨二氧化碳当量、氧化亚氮10.9万吨二氧化碳当量）。",
     ("scope1", 2023, 116000.0, "tCO2e")),
    ("In 2023 our total greenhouse gas emissions were 468,000 tCO2e, of which coal-fired boilers emitted 312,000 tCO2e.",
     ("total", 2023, 312000.0, "tCO2e")),
    ("注：范围一含公务车辆燃油排放（2023年412吨）。公司2023年范围一排放7,518吨二氧化碳当量。",
     ("scope1", 2023, 412.0, "tCO2e")),
])
def test_a_part_in_prose_is_kept_as_a_part(tmp_path: Path, m: LoadedMethodology, text: str,
                                           want: tuple[str, int, float, str]) -> None:
    r = rate_text(tmp_path, m, text)
    assert want in _parts(r), _parts(r)
    assert not any(v == want[2] for _, _, v, _ in emission_figures(r))


@pytest.mark.parametrize("text", [
    "2023年公司SF6气体回收率99.1%，全年SF6逸散量约0.38吨（按GWP 23,500折合约8,930吨二氧化碳当量）。",
    "In 2023 about 0.38 t of SF6 leaked from switchgear testing, equivalent to 8,930 tCO2e (GWP 23,500).",
])
def test_a_gas_in_prose_is_a_part_of_the_total(tmp_path: Path, m: LoadedMethodology,
                                               text: str) -> None:
    r = rate_text(tmp_path, m, text)
    assert {(s, y, v) for s, y, v, _ in _parts(r)} >= {("total", 2023, 8930.0)}, _parts(r)
    assert not any(v == 8930.0 for _, _, v, _ in emission_figures(r))


# ---- near misses: no part where there is none, others' figures stay apart ---------------------


@pytest.mark.parametrize("text", [
    # a scope listing its sources in a closed bracket is the scope's own figure
    "2023年公司范围一排放（包括燃料燃烧和制冷剂逸散）为7,518吨二氧化碳当量。",
    "Scope 1 emissions (including fuel combustion and refrigerant leakage) were 7,518 tCO2e in 2023.",
    # two sources named are their total
    "2023年公司燃料燃烧和外购电力产生的温室气体排放合计7,518吨二氧化碳当量。",
])
def test_a_scope_or_total_is_no_part(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    r = rate_text(tmp_path, m, text)
    assert not _parts(r), _parts(r)
    assert any(v == 7518.0 for _, _, v, _ in emission_figures(r))


@pytest.mark.parametrize("text", [
    # customers' and financed figures with an "of which" are theirs, never the company's parts
    "2023年公司售出燃料在客户使用中产生的排放约3,420万吨二氧化碳当量，其中汽油燃烧1,860万吨。",
    "本行投融资碳排放为812万吨二氧化碳当量，其中火电行业贷款对应的排放为506万吨。",
    "Financed emissions of our loan book were 8.1 million tCO2e in 2023, of which power generation 5.0 million tCO2e.",
])
def test_others_figures_give_no_part(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    r = rate_text(tmp_path, m, text)
    assert not _parts(r), _parts(r)
    assert not emission_figures(r), emission_figures(r)


@pytest.mark.parametrize("text", [
    # plain tonnes of a gas: its own mass, not CO2e
    "2023年公司甲烷排放量为2.9万吨，折合二氧化碳当量60.9万吨，其中煤矿瓦斯甲烷排放2.6万吨。",
    "公司2023年范围一排放24.1万吨二氧化碳当量（甲烷11.6万吨、氧化亚氮1.2万吨）。",
    # a change of a gas restated: no part
    "In 2023 abatement catalysts cut N2O emissions from 1,840 t to 820 t, or about 270,000 tCO2e.",
    # a per-piece intensity is no amount
    "2023年公司单条轮胎排放0.160吨二氧化碳当量，较上年下降9%。",
])
def test_no_part_of_a_gas_mass_a_change_or_an_intensity(tmp_path: Path, m: LoadedMethodology,
                                                        text: str) -> None:
    parts = _parts(rate_text(tmp_path, m, text))
    assert not any(v in (26000.0, 116000.0, 12000.0, 270000.0, 0.16) for _, _, v, _ in parts), parts


def test_a_part_is_no_series_and_no_own_figure(tmp_path: Path, m: LoadedMethodology) -> None:
    """Only parts over three years: the history point (I11.5) and the own figures do not take
    them in."""
    text = ("| 指标 | 2021年 | 2022年 | 2023年 |\n|---|---|---|---|\n"
            "| 其中：甲烷逸散（吨二氧化碳当量） | 8,120 | 7,940 | 7,610 |\n")
    r = rate_text(tmp_path, m, text, ".md")
    assert not emission_figures(r)


def test_every_kind_is_named_on_the_card_and_the_web_page() -> None:
    from typing import get_args

    from cnsr.rating import EmissionKind
    from cnsr.report.rating_table import KIND_NAMES
    from cnsr.web.i18n import catalog

    for kind in get_args(EmissionKind):
        assert kind in KIND_NAMES
        assert f"em_kind_{kind}" in catalog()
    assert "em_part_of" in catalog()


# ---- a prior year's figure in a bracket after the figure (d228) ------------------------------


@pytest.mark.parametrize("text, want", [
    ("2023年，公司范围一排放约1,912吨二氧化碳当量；范围二排放约3,406吨二氧化碳当量；合计约5,318吨二氧化碳当量（2022年约5,627吨）。",
     {("total", 2023, 5318.0), ("total", 2022, 5627.0)}),
    ("2023年，公司直接排放约1,912吨，间接排放约3,406吨，合计约5,318吨二氧化碳当量（2022年：5,627吨）。",
     {("total", 2023, 5318.0), ("total", 2022, 5627.0)}),
    ("In 2023 Scope 1 emissions were about 1,912 tCO2e and Scope 2 emissions about 3,406 tCO2e; the total was about 5,318 tCO2e (2022: about 5,627 t).",
     {("total", 2023, 5318.0), ("total", 2022, 5627.0)}),
])
def test_a_prior_years_figure_in_a_bracket_is_the_same_measure(tmp_path: Path,
                                                                m: LoadedMethodology, text: str,
                                                                want: set[tuple[str, int, float]]
                                                                ) -> None:
    got = {(s, y, v) for s, y, v, _ in emission_figures(rate_text(tmp_path, m, text))}
    assert want <= got, got


@pytest.mark.parametrize("text", [
    # the bracket holds the figure's parts, in its own year: parts, not a second total
    "2023年公司温室气体排放合计约5,318吨二氧化碳当量（甲烷约1,120吨、氧化亚氮约640吨）。",
    # a bracket holding an amount of something else another year
    "2023年公司温室气体排放合计约5,318吨二氧化碳当量（2022年天然气消耗约5,627吨）。",
])
def test_a_bracket_of_another_measure_is_no_prior_years_figure(tmp_path: Path,
                                                               m: LoadedMethodology,
                                                               text: str) -> None:
    got = {(s, y, v) for s, y, v, _ in emission_figures(rate_text(tmp_path, m, text))}
    assert got == {("total", 2023, 5318.0)}, got
