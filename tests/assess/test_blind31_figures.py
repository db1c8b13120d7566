"""Own emission figures met in blind round 31 (session 24), misread or spurious before, with text
written fresh for these tests: a unit column in the thousands notation of Hong Kong and English
tables ("'000 tonnes CO2e") read as a figure of 0 t in every year; the biomass part of alternative
fuels, reported apart after the figure, read as a second own total; an association's benchmark for
its member companies read as the company's intensity; a comparison year ("3.1% lower than in 2022")
dating the figure after it; and the history point quoting a table's caption and year header before
the figures themselves (a caption row shifted the table's rows by one, so a figure's evidence quoted the
caption and the year header instead of its own row)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.evidence.table_units import unit_only
from cnsr.ingest.text import thousands_unit
from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate


def _own(tmp_path: Path, m: LoadedMethodology, text: str, suffix: str = ".txt"
         ) -> set[tuple[str, int | None, float, str]]:
    return _figures(_rate(tmp_path, m, text + "\n", suffix))


def _table(unit_head: str, unit: str, rows: list[tuple[str, str, str]]) -> str:
    body = "".join(f"<tr><td>{label}</td><td>{unit}</td><td>{a}</td><td>{b}</td></tr>" for label, a, b in rows)
    return (f"<html><body><p>Greenhouse gas emissions of the Group.</p><table><tr><th>Indicator</th>"
            f"<th>{unit_head}</th><th>2022</th><th>2023</th></tr>{body}</table></body></html>")


@pytest.mark.parametrize(("cell", "want"), [
    ("'000 tonnes CO2e", " thousand tonnes CO2e"),
    ("’000 tCO2e", " thousand tCO2e"),
    ("tonnes CO2e ('000)", " thousand tonnes CO2e"),
    ("'000 MWh", " thousand MWh"),
    ("RMB'000", " RMB thousand"),
], ids=["apostrophe_tonnes", "curly_apostrophe", "bracket_after", "mwh", "currency"])
def test_the_thousands_notation_is_a_unit(cell: str, want: str) -> None:
    assert thousands_unit(cell) == want
    assert unit_only(cell) == want


@pytest.mark.parametrize("cell", ["000", "'000", "2023", "1,000 tonnes", "tCO2e"],
                         ids=["bare_zeros", "notation_alone", "year", "amount", "plain_unit"])
def test_other_cells_are_no_thousands_unit(cell: str) -> None:
    assert thousands_unit(cell) == cell


@pytest.mark.parametrize("unit", ["'000 tonnes CO2e", "’000 tCO2e", "tCO2e ('000)"],
                         ids=["apostrophe", "curly", "bracket_after"])
def test_a_thousands_unit_column_scales_the_figures(tmp_path: Path, m: LoadedMethodology, unit: str) -> None:
    html = _table("Unit", unit, [("Scope 1 emissions", "1,250", "1,180"), ("Scope 2 emissions", "640", "602")])
    got = _own(tmp_path, m, html, ".html")
    assert {(s, y, v) for s, y, v, _ in got} == {
        ("scope1", 2022, 1250000.0), ("scope1", 2023, 1180000.0),
        ("scope2", 2022, 640000.0), ("scope2", 2023, 602000.0)}


def test_a_plain_unit_column_is_unchanged(tmp_path: Path, m: LoadedMethodology) -> None:
    html = _table("Unit", "tCO2e", [("Scope 1 emissions", "1,250", "1,180")])
    assert {(s, y, v) for s, y, v, _ in _own(tmp_path, m, html, ".html")} == {
        ("scope1", 2022, 1250.0), ("scope1", 2023, 1180.0)}


@pytest.mark.parametrize("text", [
    "In 2023 our Scope 1 emissions were 412,600 tCO2e. (2) Emissions from the biomass fraction of alternative fuels "
    "(2023: 96 thousand tonnes CO2) are reported separately and excluded.",
    "In 2023 our Scope 1 emissions were 412,600 tCO2e. Biomass share of co-processed waste: 96,000 tonnes CO2, "
    "not part of the inventory.",
    "2023年公司范围一排放41.26万吨二氧化碳当量。替代燃料中生物质部分的二氧化碳排放约9.6万吨，单独报告。",
], ids=["biomass_fraction_reported_separately_en", "biomass_share_en", "biomass_part_zh"])
def test_the_biomass_part_is_no_own_total(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert {s for s, _, _, _ in _own(tmp_path, m, text)} == {"scope1"}


@pytest.mark.parametrize("text", [
    "注3：据中国钢铁工业协会统计，2019年会员企业吨钢综合能耗平均为553kgce/t，吨钢二氧化碳排放约1.8吨。",
    "据中国水泥协会数据，2023年全国熟料单位产品二氧化碳排放约0.86吨。",
    "2023年协会会员企业吨钢二氧化碳排放平均约1.79吨。",
    "According to the steel association, member companies averaged 1.8 t CO2 per tonne of steel in 2019.",
], ids=["association_statistics_zh", "association_data_zh", "member_companies_zh", "association_en"])
def test_an_associations_benchmark_is_not_own(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert _own(tmp_path, m, text) == set()


def test_the_company_beside_the_association_stays(tmp_path: Path, m: LoadedMethodology) -> None:
    got = _own(tmp_path, m, "2019年公司吨钢二氧化碳排放约0.68吨，低于行业平均水平。")
    assert {(s, v) for s, _, v, _ in got} == {("intensity", 0.68)}


@pytest.mark.parametrize("text", [
    "In 2023 our Scope 1 emissions were 412,600 tCO2e, 3.1% lower than in 2022, while our net CO2 intensity "
    "fell to 566 kg per tonne of cement.",
    "In 2023 our Scope 1 emissions were 412,600 tCO2e, 2.2% higher than for 2022, while our net CO2 intensity "
    "fell to 566 kg per tonne of cement.",
], ids=["lower_than_in", "higher_than_for"])
def test_a_comparison_year_does_not_date_the_next_figure(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    got = _own(tmp_path, m, text)
    assert {(s, y) for s, y, _, _ in got} == {("scope1", 2023), ("intensity", 2023)}


def test_history_quotes_the_figures_before_a_caption(tmp_path: Path, m: LoadedMethodology) -> None:
    html = ("<html><body><p>公司自身温室气体排放情况如下。</p><table><caption>公司自身温室气体排放（单位：吨二氧化碳当量）"
            "</caption><tr><th>类别</th><th>2022年</th><th>2023年</th></tr>"
            "<tr><td>范围一</td><td>18,460</td><td>17,180</td></tr>"
            "<tr><td>范围二</td><td>56,720</td><td>54,350</td></tr></table></body></html>")
    r = _rate(tmp_path, m, html, ".html")
    point = next(p for ind in r.indicators for p in ind.points if p.point == "I11.5")
    assert point.rating == 0.5
    assert "18,460" in point.evidence[0].passage
    own = {(e.scope, e.year): e.evidence.passage for e in r.emissions if e.kind == "own"}
    assert "56,720" in own[("scope2", 2022)] and "18,460" not in own[("scope2", 2022)]
