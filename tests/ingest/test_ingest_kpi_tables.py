"""KPI tables read as tables from PDF, DOCX and HTML: each row keeps its cells, and every
figure reaches the sentence rules with its unit and its column's year (issue #12, part 1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_samples import CJK_FONT, has_cjk_font, render_pdf
from kpi_samples import PROSE, _page, kpi_html_document, table_html, write_kpi_docx, write_kpi_pdf

from cnsr.evidence.find import Findings, find_evidence
from cnsr.evidence.tables import table_text
from cnsr.ingest import Document, read_document

SCOPE1_ROW = ("范围一温室气体排放量 | 2021年=6,512.4万吨二氧化碳当量 | "
              "2022年=6,398.0万吨二氧化碳当量 | 2023年=6,287.1万吨二氧化碳当量")
UNIT_FIRST_ROW = "二氧化碳排放 | 2022年度=1,021.5万吨 | 2023年度=998.2万吨"
ENGLISH_ROW = "Scope 1 emissions | FY2021=48,210tCO2e | FY2022=46,905tCO2e | FY2023=45,330tCO2e"


@pytest.fixture(scope="module")
def kpi_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not has_cjk_font():
        pytest.skip(f"font {CJK_FONT} not installed (Debian fonts-noto-cjk)")
    return write_kpi_pdf(tmp_path_factory.mktemp("kpi") / "kpi.pdf")


@pytest.fixture(scope="module")
def doc(kpi_pdf: Path) -> Document:
    return read_document(kpi_pdf)


def _table_lines(doc: Document, page: int | None = None) -> list[list[str]]:
    return [table_text(p.table.rows).splitlines() for p in doc.passages
            if p.table is not None and (page is None or p.page == page)]


def _quantities(findings: Findings, point: str) -> set[tuple[int, int | None, str, int]]:
    """(page, year, unit, value) of every figure supporting `point` at rating 1."""
    return {(r.where.page, n.year, n.unit, round(n.value))
            for r in findings.points.get(point, []) if r.hit.rating == 1
            for n in r.hit.quantities}


def test_unit_column_table_gives_each_figure_its_unit_and_year(doc: Document) -> None:
    tables = _table_lines(doc, 1)
    assert tables[0][1] == SCOPE1_ROW
    assert tables[0][4].startswith("综合能源消费量 | 2021年=2,410.6万吨标准煤")


def test_units_in_row_labels(doc: Document) -> None:
    rows = _table_lines(doc, 1)[1]
    assert rows[1].endswith("2023年=1,098,431千克")
    assert rows[2].endswith("2023年=41.0千公吨二氧化碳")
    assert rows[3].endswith("2023年=17,110 t[CO2e]")


def test_unit_caption_line_above_a_table(doc: Document) -> None:
    rows = _table_lines(doc, 1)[2]
    assert rows[0] == "单位：万吨 | 项目 | 2022年度 | 2023年度"
    assert rows[1] == "二氧化碳排放总量 | 2022年度=312.6万吨 | 2023年度=298.4万吨"
    # the caption is part of the table, not left behind as a paragraph of its own
    assert not any(p.text == "单位：万吨" for p in doc.passages if p.table is None)


def test_unit_cell_before_the_figures_without_a_unit_heading(doc: Document) -> None:
    rows = _table_lines(doc, 1)[3]
    assert rows[1] == UNIT_FIRST_ROW
    assert rows[2] == "单位产品碳排放强度 | 2022年度=1.82吨二氧化碳/吨 | 2023年度=1.77吨二氧化碳/吨"


def test_tables_without_rules_aligned_text_and_close_cells(doc: Document) -> None:
    english, aligned, close = _table_lines(doc, 2)
    assert english[1] == ENGLISH_ROW
    assert aligned[1] == UNIT_FIRST_ROW  # columns made of spaces, one text run per line
    assert close[1] == SCOPE1_ROW  # cells 6 pt apart


def test_rows_never_run_into_each_other(doc: Document) -> None:
    for passage in doc.passages:
        if passage.table is None:
            assert not any(figure in passage.text for figure in ("6,287.1", "21.6", "998.2",
                                                                 "45,330", "412.7"))
    for lines in _table_lines(doc):
        for line in lines:
            assert line.count("范围") <= 1


def test_table_across_a_page_break_reuses_its_header(doc: Document) -> None:
    assert [p.page for p in doc.passages if p.table is not None][-2:] == [3, 4]
    continued = _table_lines(doc, 4)[0]
    assert continued[0] == "船队 | 单位 | 2021年 | 2022年 | 2023年"
    assert "船队范围一温室气体排放量 | 2021年=412.7万吨二氧化碳当量" in continued[-2]


def test_emissions_points_carry_quantity_unit_and_year(doc: Document) -> None:
    findings = find_evidence([doc])
    scope1 = _quantities(findings, "I11.1")
    assert (1, 2023, "tCO2e", 62_871_000) in scope1  # 6,287.1万吨二氧化碳当量
    assert (1, 2021, "tCO2e", 18_220) in scope1  # "范围一温室气体排放量 t[CO2e]"
    assert (2, 2023, "tCO2e", 45_330) in scope1  # English, FY2023
    assert (4, 2021, "tCO2e", 4_127_000) in scope1  # the row after the page break
    total = _quantities(findings, "I11.4")  # one row per table is kept: the best one
    assert any(page == 1 and year == 2022 and unit == "tCO2e" for page, year, unit, _ in total)
    history = findings.points["I11.5"]
    assert history and history[0].hit.rating == 1


def test_accurate_mode_reads_the_same_rows(kpi_pdf: Path) -> None:
    accurate = read_document(kpi_pdf, tables="accurate")
    rows = [line for lines in _table_lines(accurate) for line in lines]
    for expected in (SCOPE1_ROW, UNIT_FIRST_ROW, ENGLISH_ROW):
        assert expected in rows


def test_docx_tables_and_unit_paragraph(tmp_path: Path) -> None:
    doc = read_document(write_kpi_docx(tmp_path / "kpi.docx"))
    rows = [line for lines in _table_lines(doc) for line in lines]
    for expected in (SCOPE1_ROW, UNIT_FIRST_ROW, ENGLISH_ROW,
                     "二氧化碳排放总量 | 2022年度=312.6万吨 | 2023年度=298.4万吨"):
        assert expected in rows
    assert (1, 2023, "tCO2e", 45_330) in _quantities(find_evidence([doc]), "I11.1")


def test_html_caption_and_unit_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "kpi.html"
    path.write_text(kpi_html_document(), encoding="utf-8")
    doc = read_document(path)
    rows = [line for lines in _table_lines(doc) for line in lines]
    for expected in (SCOPE1_ROW, UNIT_FIRST_ROW,
                     "二氧化碳排放总量 | 2022年度=312.6万吨 | 2023年度=298.4万吨",
                     "范围一排放 | 2022=52.4千公吨二氧化碳当量 | 2023=50.9千公吨二氧化碳当量"):
        assert expected in rows
    assert (1, 2023, "tCO2e", 50_900) in _quantities(find_evidence([doc]), "I11.1")


# Ruled tables whose cells wrap (a narrow column, or a label in two languages): pdfium prints
# each cell's lines apart, so the fast path finds no table, or one without its header. The
# default `tables="auto"` hands just those pages to pdfplumber, which follows the rules.
WRAPPED = [["指标", "单位", "2021年", "2022年", "2023年"],
           ["温室气体排放总量（范围一和范围二合计）", "吨二氧化碳当量", "84,306", "81,952", "79,418"],
           ["直接温室气体排放量（范围一）", "吨二氧化碳当量", "27,115", "26,480", "25,907"],
           ["单位营业收入温室气体排放强度", "吨二氧化碳当量/万元", "0.31", "0.29", "0.27"]]
BILINGUAL = [["指标 Indicator", "单位 Unit", "2022年", "2023年"],
             ["直接温室气体排放（范围一） Direct GHG emissions (Scope 1)", "吨二氧化碳当量 tCO2e",
              "27,115", "25,907"],
             ["能源间接温室气体排放（范围二） Energy indirect GHG emissions (Scope 2)",
              "吨二氧化碳当量 tCO2e", "57,191", "53,511"]]


@pytest.mark.parametrize(("rows", "width", "want"), [
    (WRAPPED, "9cm", "温室气体排放总量（范围一和范围二合计） | 2021年=84,306吨二氧化碳当量"),
    (BILINGUAL, "", "直接温室气体排放（范围一） Direct GHG emissions (Scope 1) | 2022年=27,115"),
])
def test_wrapped_ruled_cells_are_read_by_default(rows: list[list[str]], width: str, want: str,
                                                 tmp_path: Path) -> None:
    if not has_cjk_font():
        pytest.skip(f"font {CJK_FONT} not installed (Debian fonts-noto-cjk)")
    table = table_html(rows).replace("<table ", f"<table style='width:{width}' " if width
                                     else "<table ")
    pdf = render_pdf(_page(f"<div class='page'><h2>环境绩效</h2><p>{PROSE}</p>{table}</div>"),
                     tmp_path / "wrapped.pdf")
    fast = [t for t in _table_lines(read_document(pdf, tables="fast"))]
    auto = _table_lines(read_document(pdf))
    assert not any(want in line for t in fast for line in t)
    assert len(auto) == 1 and len(auto[0]) == len(rows)
    assert auto[0][0].startswith(rows[0][0]) and auto[0][1].startswith(want)
