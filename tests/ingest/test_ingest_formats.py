"""DOCX, HTML and plain text: paragraphs, tables, encodings and page numbering."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import OxmlElement
from ingest_samples import EMISSIONS_SENTENCE, EMISSIONS_TABLE, FILLER, SECOND_PARAGRAPH

from cnsr.ingest import read_document


def _docx(path: Path, *, rendered_break: bool = False) -> Path:
    document = docx.Document()
    document.add_heading("2023年可持续发展报告", level=1)
    document.add_paragraph(EMISSIONS_SENTENCE)
    table = document.add_table(rows=len(EMISSIONS_TABLE), cols=len(EMISSIONS_TABLE[0]))
    for r, row in enumerate(EMISSIONS_TABLE):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    if rendered_break:  # what Word writes where its layout started a new page
        paragraph = document.add_paragraph()
        run = paragraph.add_run()
        run._r.append(OxmlElement("w:lastRenderedPageBreak"))
        run.add_text(SECOND_PARAGRAPH)
    else:
        document.add_page_break()
        document.add_paragraph(SECOND_PARAGRAPH)
    document.save(str(path))
    return path


def test_docx_paragraphs_tables_and_page_break(tmp_path: Path) -> None:
    doc = read_document(_docx(tmp_path / "report.docx"))
    assert doc.kind == "docx"
    assert len(doc.pages) == 2
    first = doc.pages[0].passages
    assert [p.text for p in first[:2]] == ["2023年可持续发展报告", EMISSIONS_SENTENCE]
    assert first[2].table is not None and first[2].table.rows == EMISSIONS_TABLE
    assert [p.text for p in doc.pages[1].passages] == [SECOND_PARAGRAPH]
    assert doc.pages[1].passages[0].page == 2


def test_docx_rendered_page_breaks_give_word_page_numbers(tmp_path: Path) -> None:
    doc = read_document(_docx(tmp_path / "word.docx", rendered_break=True))
    assert [[p.text for p in page.passages if not p.table] for page in doc.pages] == [
        ["2023年可持续发展报告", EMISSIONS_SENTENCE], [SECOND_PARAGRAPH]]


def test_docx_without_breaks_is_cut_into_pages_of_about_1800_characters(
        tmp_path: Path) -> None:
    document = docx.Document()
    for _ in range(40):
        document.add_paragraph(FILLER * 2)  # ~100 characters each
    path = tmp_path / "long.docx"
    document.save(str(path))
    doc = read_document(path)
    assert len(doc.pages) == 3
    assert all(len(page.text) <= 1800 + 200 for page in doc.pages)
    assert [p.page for p in doc.passages][-1] == 3


def test_html_gbk_with_table_script_and_page_break(tmp_path: Path) -> None:
    html = f"""<!DOCTYPE html><html><head><meta charset="gbk"><title>公告</title>
<style>p {{ color: red }}</style><script>var x = "不要读取";</script></head><body>
<h1>环境信息披露</h1>
<p>{EMISSIONS_SENTENCE[:20]}
{EMISSIONS_SENTENCE[20:]}</p>
<table><tr><th>指标</th><th colspan="2">排放量</th></tr>
<tr><td>范围一</td><td>2022年：78,500</td><td>2023年：71,200</td></tr></table>
<div style="page-break-before: always"><p>第二页<br>In 2023 we cut<br>emissions.</p></div>
</body></html>"""
    path = tmp_path / "notice.html"
    path.write_bytes(html.encode("gbk"))
    doc = read_document(path)
    assert doc.kind == "html"
    texts = [[p.text for p in page.passages] for page in doc.pages]
    assert texts[0][:2] == ["环境信息披露", EMISSIONS_SENTENCE]
    table = doc.pages[0].passages[2].table
    assert table is not None
    assert table.rows == [["指标", "排放量", "排放量"],
                          ["范围一", "2022年：78,500", "2023年：71,200"]]
    assert texts[1] == ["第二页In 2023 we cut emissions."]
    assert not any("不要读取" in p.text or "color" in p.text for p in doc.passages)


def test_text_utf8_form_feeds_are_pages(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(f"第一页标题\n\n{EMISSIONS_SENTENCE}\f\f第三页：{SECOND_PARAGRAPH}\n",
                    encoding="utf-8")
    doc = read_document(path)
    assert doc.kind == "txt"
    assert [[p.text for p in page.passages] for page in doc.pages] == [
        ["第一页标题", EMISSIONS_SENTENCE], [], [f"第三页：{SECOND_PARAGRAPH}"]]


def test_text_gb18030_hard_wrapped_lines_are_joined(tmp_path: Path) -> None:
    paragraph = FILLER + EMISSIONS_SENTENCE + FILLER
    wrapped = "\n".join(paragraph[i:i + 30] for i in range(0, len(paragraph), 30))
    second = "\n".join(SECOND_PARAGRAPH[i:i + 30] for i in range(0, len(SECOND_PARAGRAPH), 30))
    path = tmp_path / "report.txt"
    path.write_bytes(f"{wrapped}\n\n{second}\n".encode("gb18030"))
    doc = read_document(path)
    assert [p.text for p in doc.passages] == [paragraph, SECOND_PARAGRAPH]


def test_text_one_paragraph_per_line_and_utf16(tmp_path: Path) -> None:
    lines = [EMISSIONS_SENTENCE, "短句。", SECOND_PARAGRAPH + FILLER * 3]
    path = tmp_path / "notes.txt"
    path.write_text("\n".join(lines), encoding="utf-16")
    assert [p.text for p in read_document(path).passages] == lines
