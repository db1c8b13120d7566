"""Which passage is quoted first (session 10, the evidence audit of the blind documents): a web
page's header or menu for the English-document point, a section title before the sentences it
heads, the scope 1 row of a KPI table for the total. Documents written for these tests."""

from __future__ import annotations

from pathlib import Path

from passage_docs import make_doc

from cnsr.assess.points import rate_points
from cnsr.evidence.find import find_evidence
from cnsr.ingest.read import read_document
from cnsr.methodology.load import load_methodology

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>ESG 2023</title></head>
<body>
<header><div>Harbourline Ceramics Co., Ltd. · SZSE 009911</div>
<nav><a href="/">Home</a><a href="/ir">Investors</a><a href="/esg">ESG</a><a href="/jobs">Jobs</a></nav>
<ul class="breadcrumb"><li>Home</li><li>ESG</li><li>Report 2023</li></ul>
</header>
<main>
<h1>Environmental, Social and Governance Report 2023</h1>
<p>This report covers Harbourline Ceramics Co., Ltd. and the four tile plants it controls in
Guangdong and Jiangxi for the calendar year 2023, unless a section says otherwise.</p>
<h2>Climate risks and opportunities</h2>
<p>The main transition risk we face is the national carbon market: once ceramics join it, a
carbon price of RMB 80 per tonne would add about RMB 21 million a year to our costs. Heavy
rain and typhoons are the main physical risks at our two coastal plants.</p>
</main>
<footer><div>© 2024 Harbourline Ceramics</div></footer>
</body></html>"""


def _ratings(doc):  # noqa: ANN001, ANN202
    return rate_points(find_evidence([doc]), load_methodology())


def test_a_site_menu_and_breadcrumb_are_not_read(tmp_path: Path) -> None:
    path = tmp_path / "esg.html"
    path.write_text(PAGE, encoding="utf-8")
    texts = [p.text for page in read_document(path).pages for p in page.passages]
    assert not any("Investors" in t or "HomeESG" in t or "Report 2023Home" in t for t in texts)
    assert any(t.startswith("This report covers Harbourline") for t in texts)


def test_the_english_document_point_quotes_a_sentence_not_the_site_header(tmp_path: Path
                                                                         ) -> None:
    path = tmp_path / "esg.html"
    path.write_text(PAGE, encoding="utf-8")
    point = _ratings(read_document(path))["I10.3"]
    assert point.rating == 0.5
    assert point.evidence[0].passage.startswith("This report covers Harbourline")


def test_a_section_title_is_quoted_after_the_sentences_it_heads() -> None:
    doc = make_doc([[
        "Climate risks and opportunities",
        "Droughts in the regions we source clay from are our main physical risk; a carbon price "
        "would raise our kiln fuel costs. Growing demand for thin, light tiles that need less "
        "energy to fire is a climate-related opportunity for us.",
    ]])
    points = _ratings(doc)
    assert points["I13.2"].rating == 1.0
    assert points["I13.2"].evidence[0].passage.startswith("Droughts")
    assert points["I13.3"].evidence[0].passage.startswith("Droughts")


def test_the_total_is_quoted_at_its_own_row() -> None:
    doc = make_doc([[[
        ["Indicator", "Unit", "2021", "2022", "2023"],
        ["Scope 1 GHG emissions", "tCO2e", "84,210", "82,930", "80,115"],
        ["Scope 2 GHG emissions", "tCO2e", "41,600", "40,870", "38,240"],
        ["Total Scope 1 and 2", "tCO2e", "125,810", "123,800", "118,355"],
    ]]])
    points = _ratings(doc)
    assert points["I11.4"].rating == 1.0
    assert points["I11.4"].evidence[0].passage.splitlines()[-1].startswith("Total Scope 1 and 2")
    assert points["I11.1"].evidence[0].passage.splitlines()[-1].startswith("Scope 1 GHG")
    assert points["I11.2"].evidence[0].passage.splitlines()[-1].startswith("Scope 2 GHG")


def test_the_total_row_of_a_chinese_table_is_quoted_for_the_total() -> None:
    doc = make_doc([[[
        ["指标", "单位", "2021年", "2022年", "2023年"],
        ["范围一温室气体排放量", "吨二氧化碳当量", "12,480", "12,105", "11,860"],
        ["范围二温室气体排放量", "吨二氧化碳当量", "30,215", "29,870", "28,940"],
        ["范围一和范围二温室气体排放合计", "吨二氧化碳当量", "42,695", "41,975", "40,800"],
    ]]])
    points = _ratings(doc)
    assert points["I11.4"].evidence[0].passage.splitlines()[-1].startswith("范围一和范围二")
    assert points["I11.1"].evidence[0].passage.splitlines()[-1].startswith("范围一温室气体")
