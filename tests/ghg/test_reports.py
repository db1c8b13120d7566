"""Reports: HTML sections, Excel sheets, PDF that renders, charts with Chinese text."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from cnsr.ghg.charts import history_chart, pathway_chart
from cnsr.ghg.report import render_html, write_pdf
from cnsr.ghg.report_excel import write_excel
from cnsr.ghg.targets import Target, check_target

from .test_hand_coal_plant import plant_rows

PNG = b"\x89PNG"


@pytest.fixture(scope="module")
def plant(tmp_path_factory, lib):
    from cnsr.ghg.inventory import compute_inventory
    from cnsr.ghg.template import write_workbook
    from cnsr.ghg.workbook import read_activity

    path = write_workbook(tmp_path_factory.mktemp("p") / "plant.xlsx", lib,
                          {"name": "晋北示范电厂", "boundary": "一座燃煤电厂"}, plant_rows())
    return compute_inventory(read_activity(path), lib)


@pytest.mark.parametrize(("lang", "headings"), [
    ("zh", ["一、报告主体基本信息", "二、温室气体排放量", "3.1 盘查范围与温室气体", "3.2 方法学",
            "3.3 数据来源与参数", "3.4 计算结果", "四、盘查分析", "4.3 建议"]),
    ("en", ["1. Reporting entity", "2. Greenhouse-gas emissions", "3.1 Boundary and gases",
            "3.3 Data sources and parameters", "4. Analysis", "4.3 Recommendations"]),
])
def test_html_has_the_seed_outline(plant, lang, headings):
    html = render_html(plant, lang)
    for heading in headings:
        assert heading in html
    assert "5,608,155" in html                      # 2023 scope 1
    assert "data:image/png;base64," in html
    assert "0.03085" not in html or "30.85" in html  # factor shown as in the table
    assert "UNCONFIRMED" in html                     # flags travel into the report


def test_analysis_mentions_coal_and_grid_effect(plant):
    html = render_html(plant, "en")
    assert "Coal is a main source" in html
    assert "Grid-factor effect" in html


def test_excel_report(plant, tmp_path: Path):
    path = write_excel(plant, tmp_path / "r.xlsx", "zh")
    book = load_workbook(path)
    assert book.sheetnames == ["summary", "by_source", "by_gas", "by_site", "energy_tce",
                               "lines", "factors", "analysis"]
    lines = list(book["lines"].iter_rows(values_only=True))
    assert len(lines) == 1 + len(plant.lines)
    sources = {r[0]: r for r in book["by_source"].iter_rows(min_row=2, values_only=True)}
    assert round(sources["电厂燃煤"][3], 1) == 5_582_307.5


def test_pdf_renders(plant, tmp_path: Path):
    path = write_pdf(plant, tmp_path / "r.pdf", "zh")
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 20_000
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    text = pdf[0].get_textpage().get_text_range()
    assert "温室气体排放盘查报告" in text
    assert len(pdf) >= 3


def test_charts(plant, tmp_path: Path):
    assert history_chart(plant, "zh", tmp_path / "h.svg").startswith(PNG)
    assert (tmp_path / "h.svg").read_text().startswith("<?xml")
    check = check_target(Target(base_year=2022, target_year=2030, set_year=2023,
                                targets=[{"scopes": [1, 2], "reduction_pct": 42}]), plant)
    assert pathway_chart(check, "en", tmp_path / "p.png").startswith(PNG)
    assert (tmp_path / "p.png").read_bytes().startswith(PNG)
