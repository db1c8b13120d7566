"""PDF text layer: page numbers, paragraphs, Chinese line joins, tables, reading order."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from ingest_samples import (
    EMISSIONS_SENTENCE,
    EMISSIONS_TABLE,
    ENERGY_TABLE,
    ENGLISH_SENTENCE,
    LEFT_COLUMN,
    RIGHT_COLUMN,
    SECOND_PARAGRAPH,
    render_pdf,
)

from cnsr.ingest import Document, PageStream, ReadOptions, iter_pages, read_document

_CJK_SPACE_CJK = re.compile(r"[\u4e00-\u9fff，。] [\u4e00-\u9fff，。]")


@pytest.fixture(scope="module")
def doc(report_pdf: Path) -> Document:
    return read_document(report_pdf)


def _tables(doc: Document, page: int) -> list[list[list[str]]]:
    return [p.table.rows for p in doc.pages[page - 1].passages if p.table]


def test_document_identity(doc: Document, report_pdf: Path) -> None:
    assert doc.kind == "pdf"
    assert doc.path == str(report_pdf)
    assert doc.sha256 == hashlib.sha256(report_pdf.read_bytes()).hexdigest()
    assert [page.number for page in doc.pages] == [1, 2, 3, 4]
    assert doc.warnings == []
    assert not any(page.ocr for page in doc.pages)


def test_passages_carry_page_and_order(doc: Document) -> None:
    for page in doc.pages:
        assert [p.index for p in page.passages] == list(range(len(page.passages)))
        assert all(p.page == page.number for p in page.passages)
        assert all(p.bbox is not None for p in page.passages)
    assert len(doc.passages) == sum(len(page.passages) for page in doc.pages)


def test_wrapped_chinese_is_joined_without_spaces(doc: Document) -> None:
    page = doc.pages[0]
    assert EMISSIONS_SENTENCE not in page.text  # the raw page text keeps the line wraps
    hits = [p for p in page.passages if EMISSIONS_SENTENCE in p.text]
    assert len(hits) == 1
    assert not any(_CJK_SPACE_CJK.search(p.text) for p in doc.passages)
    assert not any("\n" in p.text for p in doc.passages if p.table is None)


def test_paragraphs_become_separate_passages(doc: Document) -> None:
    texts = [p.text for p in doc.pages[0].passages]
    assert texts[0] == "示例能源股份有限公司2023年可持续发展报告"
    assert texts[1] == "一、应对气候变化"
    emissions = next(t for t in texts if EMISSIONS_SENTENCE in t)
    assert SECOND_PARAGRAPH not in emissions
    assert any(t.startswith(SECOND_PARAGRAPH) for t in texts)
    assert any(t == f"{ENGLISH_SENTENCE} {ENGLISH_SENTENCE}" for t in texts)


def test_running_page_numbers_are_not_passages(doc: Document) -> None:
    assert not any(p.text.strip().isdigit() for p in doc.passages)
    assert doc.pages[1].text.splitlines()[-1].strip() == "2"  # still in the raw page text


def test_emissions_table_is_one_table_passage(doc: Document) -> None:
    assert _tables(doc, 2) == [EMISSIONS_TABLE]
    table_passage = next(p for p in doc.pages[1].passages if p.table)
    assert table_passage.text == table_passage.table.as_text()
    others = [p.text for p in doc.pages[1].passages if p.table is None]
    assert others[-1] == "注：排放量按温室气体核算体系计算。"
    assert not any("78,500" in text for text in others)  # table lines are not repeated


def test_table_without_rules_is_found(doc: Document) -> None:
    assert _tables(doc, 4) == [ENERGY_TABLE]


def test_two_columns_read_left_then_right(doc: Document) -> None:
    texts = [p.text for p in doc.pages[2].passages]
    left = [i for i, t in enumerate(texts) if t.startswith(LEFT_COLUMN)]
    right = [i for i, t in enumerate(texts) if t.startswith(RIGHT_COLUMN)]
    assert len(left) == len(right) == 6
    assert max(left) < min(right)


def test_accurate_tables_agree_with_fast(report_pdf: Path, doc: Document) -> None:
    accurate = read_document(report_pdf, tables="accurate")
    assert _tables(accurate, 2) == [EMISSIONS_TABLE]
    assert _tables(accurate, 4) == [ENERGY_TABLE]  # no rules: pdfplumber finds none, fast kept
    assert [p.text for p in accurate.passages] == [p.text for p in doc.passages]


def test_tables_off_keeps_rows_as_text(report_pdf: Path) -> None:
    plain = read_document(report_pdf, tables="off")
    assert not any(p.table for p in plain.passages)
    assert any("78,500" in p.text for p in plain.pages[1].passages)


def test_progress_reports_every_page(report_pdf: Path) -> None:
    calls: list[tuple[int, int]] = []
    read_document(report_pdf, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_iter_pages_and_page_stream(report_pdf: Path) -> None:
    assert [page.number for page in iter_pages(report_pdf)] == [1, 2, 3, 4]
    with PageStream(report_pdf, ReadOptions()) as stream:
        assert (stream.kind, stream.total) == ("pdf", 4)
        first = next(iter(stream))
    assert first.number == 1


def test_characters_outside_the_basic_plane(tmp_path: Path, report_pdf: Path) -> None:
    """pdfium counts UTF-16 units; a CJK Extension B character must not shift later boxes
    or table cells."""
    rows = [["名称", "2022年", "2023年"], ["𠮷野家门店", "1,200", "1,350"],
            ["一般门店", "3,400", "3,100"]]
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    html = ("<html><body style=\"font-family: 'Noto Sans CJK SC'\"><p>𠮷野家的排放数据如下。</p>"
            f"<table style='border-spacing: 24pt 2pt'>{body}</table></body></html>")
    doc = read_document(render_pdf(html, tmp_path / "ext-b.pdf"))
    assert doc.passages[0].text == "𠮷野家的排放数据如下。"
    assert _tables(doc, 1) == [rows]
