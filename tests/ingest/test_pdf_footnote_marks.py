"""Footnote marks set as superscripts in a PDF ("93,400²", "排放量¹") are not part of the figure
or word they follow: pdfium writes them into the text right after it, so a KPI table's
2023 column read "93,4002" (dropped) and "9340²" became 93,402 t. Exponents stay (m², 10⁶)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_samples import CJK_FONT, has_cjk_font, render_pdf

from cnsr.assess.rate import rate_documents
from cnsr.ingest import Document, read_document
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company

_STYLE = f"""
@page {{ size: A4; margin: 2cm }}
body {{ font-family: '{CJK_FONT}'; font-size: 11pt; line-height: 1.5 }}
table {{ border-collapse: collapse }}
td, th {{ border: 0.6pt solid #333; padding: 2pt 6pt }}
sup.word {{ font-size: 60% }}
"""

# a chemicals group's KPI appendix: marks on labels and on the verified 2023 column; the
# water row has no thousands separator, so a glued mark changes its value silently
_ROWS = """
<tr><th>指标</th><th>单位</th><th>2021年</th><th>2022年</th><th>2023年</th></tr>
<tr><td>范围一温室气体排放量<sup>1</sup></td><td>吨二氧化碳当量</td><td>98,760</td>
    <td>96,210</td><td>93,400<sup>2</sup></td></tr>
<tr><td>范围二温室气体排放量<sup>3</sup></td><td>吨二氧化碳当量</td><td>35,120</td>
    <td>33,980</td><td>32,750<sup class="word">2</sup></td></tr>
<tr><td>新鲜水取用量</td><td>万m<sup>3</sup></td><td>9870</td><td>9615</td>
    <td>9340<sup>4</sup></td></tr>
"""
_NOTES = ("注：1. 范围一排放按行业温室气体核算指南核算。2. 2023年数据经第三方机构核查。"
          "3. 范围二采用全国电网平均排放因子。4. 不含循环冷却水补水。")
_PROSE = ("公司建立温室气体核算与报告制度，每年开展碳盘查并接受第三方核查<sup>5</sup>。"
          "厂区屋顶光伏装机容量为3.2×10<sup>4</sup>千瓦。")
_ENGLISH = ("<p>Scope 1 emissions<sup>6</sup> fell to 93,400<sup>6</sup> tCO2e, the 2<sup>nd</sup>"
            " consecutive annual decline, at a site of 12,500 m<sup>2</sup>.</p>")


@pytest.fixture(scope="module")
def doc(tmp_path_factory: pytest.TempPathFactory) -> Document:
    if not has_cjk_font():
        pytest.skip(f"font {CJK_FONT} not installed (Debian fonts-noto-cjk)")
    html = (f"<html><head><meta charset='utf-8'><style>{_STYLE}</style></head><body>"
            "<h1>云岫化工股份有限公司2023年度环境、社会及治理报告</h1>"
            f"<p>{_PROSE}</p><h2>环境关键绩效</h2><table>{_ROWS}</table><p>{_NOTES}</p>"
            f"{_ENGLISH}</body></html>")
    path = render_pdf(html, tmp_path_factory.mktemp("sup") / "yunxiu-2023.pdf")
    return read_document(Path(path))


def _rows(doc: Document) -> list[list[str]]:
    return [row for p in doc.passages if p.table is not None for row in p.table.rows]


def test_marks_after_figures_leave_the_figures(doc: Document) -> None:
    rows = {row[0]: row for row in _rows(doc)}
    assert rows["范围一温室气体排放量"][2:] == ["98,760", "96,210", "93,400"]
    assert rows["范围二温室气体排放量"][4] == "32,750"  # a smaller mark too
    assert rows["新鲜水取用量"][4] == "9340"  # not 93404


def test_exponents_and_ordinals_stay(doc: Document) -> None:
    text = "\n".join(page.text for page in doc.pages)
    assert "万m3" in text  # the unit's exponent after a letter
    assert "3.2×104千瓦" in text  # a power of ten keeps its exponent
    assert "2nd consecutive" in text  # letters are no mark
    assert "12,500 m2" in text
    assert "Scope 1 emissions" in text and "93,400 tCO2e" in " ".join(text.split())


def test_the_verified_year_is_rated(doc: Document, m: LoadedMethodology) -> None:
    rating = rate_documents([doc], Company(name="云岫化工股份有限公司", year=2023), m)
    own = {(e.scope, e.year): e.value_t for e in rating.emissions}
    assert own[("scope1", 2023)] == 93_400 and own[("scope2", 2023)] == 32_750
    assert rating.stage == 3
