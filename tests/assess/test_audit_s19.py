"""A sentence is not cut at a superscript or subscript (session 19, the corpus audit): pdfium
ends a line after "m³" or "tCO₂e", so one printed line came as several pieces and the
paragraph grouping cut the sentence at each; the evidence then quoted "of municipal water in
2023 (2022: 81,000 m3" and "e) and Scope 2 emissions (35,210 tCO2". The pieces are one line
again (`pdf_text.join_pieces`). All text is written for these tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cnsr.assess.rate import rate_documents
from cnsr.ingest import Document, read_document
from cnsr.ingest.layout import Cell, Line
from cnsr.ingest.pdf_text import join_pieces
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ingest"))

from ingest_samples import CJK_FONT, has_cjk_font, render_pdf  # noqa: E402

_STYLE = f"""
@page {{ size: A4; margin: 2cm }}
body {{ font-family: '{CJK_FONT}'; font-size: 11pt; line-height: 1.5 }}
"""

_WATER = ("We used 92,400 m<sup>3</sup> of municipal water in 2023 (2022: 88,100 m<sup>3</sup>), "
          "or 10.6 m<sup>3</sup> per employee, and all of it was metered at the building inlets "
          "of our three office campuses.")
_SCOPE = ("Our Scope 1 emissions were 12,840 tCO<sub>2</sub>e and our Scope 2 emissions were "
          "41,370 tCO<sub>2</sub>e in 2023, both verified by an accredited third party under "
          "ISO 14064-3.")
_CHINESE = ("2023年，公司生产用新鲜水取水量为186.4万m<sup>3</sup>，较上年下降3.2%，"
            "单位产品取水量为2.7 m<sup>3</sup>/吨，全部由厂区计量水表按月抄录。")


@pytest.fixture(scope="module")
def doc(tmp_path_factory: pytest.TempPathFactory) -> Document:
    if not has_cjk_font():
        pytest.skip(f"font {CJK_FONT} not installed (Debian fonts-noto-cjk)")
    html = (f"<html><head><meta charset='utf-8'><style>{_STYLE}</style></head><body>"
            "<h1>Lanxi Software 2023 ESG Report</h1>"
            f"<p>{_WATER}</p><p>{_SCOPE}</p><p>{_CHINESE}</p></body></html>")
    path = render_pdf(html, tmp_path_factory.mktemp("pieces") / "lanxi-2023.pdf")
    return read_document(Path(path))


def _passage_with(doc: Document, words: str) -> str:
    found = [p.text for p in doc.passages if words in p.text]
    assert len(found) == 1, (words, [p.text for p in doc.passages])
    return found[0]


def test_a_sentence_with_superscripts_is_one_passage(doc: Document) -> None:
    text = _passage_with(doc, "municipal water")
    assert text.startswith("We used 92,400 m3 of municipal water in 2023 (2022: 88,100 m3), or "
                           "10.6 m3 per employee")
    assert text.rstrip().endswith("office campuses.")


def test_a_sentence_with_subscripts_is_one_passage(doc: Document) -> None:
    text = _passage_with(doc, "Scope 2 emissions")
    assert "Scope 1 emissions were 12,840 tCO2e and our Scope 2 emissions were 41,370 tCO2e" \
        in text
    assert text.rstrip().endswith("ISO 14064-3.")


def test_a_chinese_sentence_with_superscripts_is_one_passage(doc: Document) -> None:
    text = _passage_with(doc, "新鲜水取水量")
    assert "186.4万m3，较上年下降3.2%" in text and text.rstrip().endswith("按月抄录。")


def test_the_evidence_quotes_the_whole_sentence(doc: Document, m: LoadedMethodology) -> None:
    r = rate_documents([doc], Company(name="Lanxi Software", year=2023), m)
    got = {p.point: p for ind in r.indicators for p in ind.points}
    assert got["I04.1"].rating == 1
    assert any("We used 92,400 m3 of municipal water" in e.passage
               for e in got["I04.1"].evidence)
    assert got["I11.2"].rating == 1
    assert "41,370 tCO2e" in got["I11.2"].evidence[0].passage


# ---- the rule on lines, without a PDF ------------------------------------------------------

def _line(text: str, x0: float, y0: float, x1: float, y1: float,
          cells: tuple[Cell, ...] = ()) -> Line:
    return Line(text, x0, y0, x1, y1, cells)


def test_pieces_on_one_baseline_join_with_the_space_pdfium_kept() -> None:
    lines = [_line("We used 86,000 m3", 51.3, 298.1, 137.2, 311.3),
             _line("of municipal water in 2023 (2022: 81,000 m3", 140.4, 298.1, 337.6, 311.7),
             _line("), or 12.4 m3", 338.5, 298.1, 393.0, 311.3),
             _line("per employee.", 396.6, 301.5, 460.0, 311.7)]
    joined = join_pieces(lines, [False, True, False, True])
    assert [ln.text for ln in joined] == [
        "We used 86,000 m3 of municipal water in 2023 (2022: 81,000 m3), or 12.4 m3 per employee."]
    # the raised "3" does not make the line taller: the top is the lowest of the pieces'
    assert joined[0].y0 == 301.5 and joined[0].y1 == 311.7


def test_lines_apart_stay_apart() -> None:
    two_columns = [_line("左栏正文第一行，公司完成节能改造", 50.0, 100.0, 280.0, 112.0),
                   _line("右栏正文第一行，公司开展碳盘查", 300.0, 100.0, 530.0, 112.0)]
    assert len(join_pieces(two_columns, [False, False])) == 2
    next_line = [_line("We used 86,000 m3", 51.3, 298.1, 137.2, 311.3),
                 _line("of municipal water", 51.3, 314.0, 140.0, 326.0)]
    assert len(join_pieces(next_line, [False, True])) == 2
    row = (Cell("Scope 1", 56.0, 100.0), Cell("48,210", 300.0, 330.0))
    table = [_line("Scope 1 48,210", 56.0, 400.0, 330.0, 410.0, row),
             _line("tCO2e", 332.0, 400.0, 360.0, 410.0)]
    assert len(join_pieces(table, [False, False])) == 2
