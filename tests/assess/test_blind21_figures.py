"""Own emission figures and layouts met in blind round 21 (session 22), misread or cut apart
before, with text written fresh for these tests: a client's scope 1 in a case box pointed at by
该集团 read as the company's (and put it in stage 3); a figure the sentence says is outside the
company's emissions, or excluded from the total in the clause before it (biogenic CO2), read as
an own total; a product's footprint and what suppliers reported read as own totals; an English
line ending in a hyphen that pdfium joins with the next into one run twice a line high, and a
paragraph's last line holding a figure set lower than the line above, both cut off as another
font size."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.ingest.layout import Line, group_paragraphs
from cnsr.ingest.pdf_text import _hyphen_pieces
from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate

OWN = "2023年公司温室气体排放总量为1,980吨二氧化碳当量。"
OWN_EN = " Our total GHG emissions were 1,980 tCO2e in 2023."


def _totals(tmp_path: Path, m: LoadedMethodology, text: str) -> set[float]:
    return {e[2] for e in _figures(_rate(tmp_path, m, text + "\n")) if e[0] == "total"}


@pytest.mark.parametrize("text", [
    "公司为某水泥集团上线能碳管理平台。该集团2023年范围一排放量为860万吨二氧化碳当量。",
    "公司为某化工企业提供碳盘查服务。该企业2022年温室气体排放总量为312万吨二氧化碳当量。",
    "We rolled out our carbon platform at a steel customer. The client's scope 1 emissions were 8.6 million tCO2e in 2023.",
], ids=["client_group_zh", "client_firm_zh", "client_en"])
def test_a_client_pointed_at_is_not_own(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    r = _rate(tmp_path, m, text + "\n")
    assert not _figures(r)
    assert r.stage < 3


def test_the_group_itself_stays_own(tmp_path: Path, m: LoadedMethodology) -> None:
    got = _figures(_rate(tmp_path, m, "本集团2023年范围一排放量为1,200吨二氧化碳当量。\n"))
    assert ("scope1", 2023, 1200.0, "tCO2e") in got


@pytest.mark.parametrize("text", [
    "据第三方测算，顾客到店交通排放约2.1万吨二氧化碳，不属于本公司排放范围。" + OWN,
    "Visitors' travel to our sites, about 21,000 tCO2e, is outside our reporting boundary." + OWN_EN,
    "生物质锅炉燃烧产生的二氧化碳按指南不计入排放总量，2023年约1.2万吨。" + OWN,
    "Biogenic CO2 from our biomass boilers is excluded from the total, and in 2023 it amounted to 12,000 tonnes of CO2." + OWN_EN,
], ids=["not_own_after_zh", "outside_boundary_en", "excluded_before_zh", "excluded_before_en"])
def test_figures_put_outside_the_total_are_not_own(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert _totals(tmp_path, m, text) == {1980.0}


def test_the_total_after_an_exclusion_stays(tmp_path: Path, m: LoadedMethodology) -> None:
    text = "生物质燃烧产生的二氧化碳不计入排放总量，2023年公司温室气体排放总量为1,980吨二氧化碳当量。"
    assert _totals(tmp_path, m, text) == {1980.0}


@pytest.mark.parametrize("text", [
    "For a laptop client we assessed a product carbon footprint of 31.2 kgCO2e per motherboard." + OWN_EN,
    "经核算，该型号控制器的产品碳足迹为12.6千克二氧化碳当量。" + OWN,
    "In 2023, 180 suppliers reported, with combined emissions of 1.2 million tCO2e." + OWN_EN,
    "2023年共有150家供应商报送数据，合计排放约96万吨二氧化碳当量。" + OWN,
], ids=["product_footprint_en", "product_footprint_zh", "suppliers_reported_en", "suppliers_reported_zh"])
def test_products_and_suppliers_figures_are_not_own(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert {e[2] for e in _figures(_rate(tmp_path, m, text + "\n"))} == {1980.0}


def test_hyphen_pieces_cut_after_each_joined_hyphen() -> None:
    raw = "we supplied product\ufffelevel data and heat\ufffepump drying"
    pieces = [raw[a:b] for a, b in _hyphen_pieces(raw, 0, len(raw))]
    assert pieces == ["we supplied product\ufffe", "level data and heat\ufffe", "pump drying"]
    assert _hyphen_pieces("no hyphen here", 0, 14) == [(0, 14)]


def _line(text: str, x0: float, y0: float, x1: float, y1: float) -> Line:
    return Line(text, x0, y0, x1, y1)


@pytest.mark.parametrize("tail", ["about 60%.", "by 12.4 m3 a year."], ids=["share", "volume"])
def test_a_last_line_with_a_figure_stays_in_its_paragraph(tail: str) -> None:
    """No capital or descender in the last line, only lowercase words and figures: its box is
    lower than the line above (which has descenders)."""
    lines = [_line("Every machine we replaced uses less electricity, which cuts the power use of each line by", 51, 363, 530, 373),
             _line(tail, 51, 379.4, 110, 387.0)]
    assert [len(p) for p in group_paragraphs(lines)] == [2]


@pytest.mark.parametrize("tail", ["Table 3 2023", "能源消耗 2023"], ids=["capitalised", "chinese"])
def test_a_smaller_heading_with_a_figure_still_breaks(tail: str) -> None:
    lines = [_line("Every machine we replaced uses less electricity, which cuts the power use of each line by", 51, 363, 530, 373),
             _line(tail, 51, 379.4, 110, 387.0)]
    assert len(group_paragraphs(lines)) == 2


def test_a_hyphenated_english_paragraph_is_one_passage(tmp_path: Path) -> None:
    """WeasyPrint breaks "product-level" at its hyphen; pdfium joins the two printed lines into
    one run: the paragraph must still come out as one passage."""
    from cnsr.ingest import read_document
    from ingest.ingest_samples import render_pdf
    words = ("We answered twenty customer questionnaires and supplied product-level carbon data for forty "
             "product families, and we replaced compressed-air systems, heat-pump dryers and low-pressure "
             "nitrogen generators at seven sites in 2023 to cut electricity use by about 60%.")
    html = ("<html><body style='width:7cm;font-family:sans-serif;font-size:10pt'><p>" + words
            + "</p></body></html>")
    doc = read_document(render_pdf(html, tmp_path / "hyphen.pdf"))
    texts = [p.text for pg in doc.pages for p in pg.passages]
    assert len(texts) == 1 and "product-level carbon data" in texts[0] and texts[0].endswith("about 60%."), texts


@pytest.mark.parametrize("text", [
    "Our brewery emitted 0.29 tCO2e per kilolitre of beer in 2023.",
    "In 2023 emissions intensity was 2.93 tCO2e per kL of base spirit.",
], ids=["per_kilolitre", "per_kl"])
def test_an_amount_per_kilolitre_is_an_intensity(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    got = _figures(_rate(tmp_path, m, text + "\n"))
    assert got and all(e[0] == "intensity" and e[3].endswith("/千升") for e in got), got
