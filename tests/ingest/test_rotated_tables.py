"""A landscape KPI table turned by 90 degrees on a portrait page (its text set rotated, not
the page) is read as a table: each rotated line is turned back (x along its text, y across
it), a row pdfium breaks into its label and the rest is joined again, and the rows keep their
cells, so each figure gets its unit and its column's year. Before, such rows reached the
reader as loose lines and a report whose emissions stood only there stayed at stage 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_samples import CJK_FONT, has_cjk_font, render_pdf

from cnsr.assess.rate import rate_documents
from cnsr.ingest import read_document
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company

_STYLE = f"""
@page {{ size: A4; margin: 2cm }}
body {{ font-family: '{CJK_FONT}'; font-size: 10.5pt; line-height: 1.5 }}
table {{ border-collapse: collapse; width: 230mm }}
td, th {{ border: 0.6pt solid #333; padding: 2pt 6pt }}
th {{ text-align: center }}
.turn {{ position: absolute; left: 0; top: 0; width: 232mm; transform-origin: 0 0 }}
.up {{ transform: translate(0, 250mm) rotate(-90deg) }}
.down {{ transform: translate(170mm, 0) rotate(90deg) }}
"""

# a cement group's KPI appendix, landscape; the label column is wide, so pdfium breaks some
# rows between the label and its unit
_TABLE = """
<table><tr><th>关键绩效指标</th><th>单位</th><th>2021年</th><th>2022年</th><th>2023年</th></tr>
<tr><td>熟料产量</td><td>万吨</td><td>2,416.8</td><td>2,538.1</td><td>2,492.6</td></tr>
<tr><td>直接温室气体排放量（范围一）</td><td>万吨二氧化碳当量</td><td>1,987.2</td>
    <td>2,071.5</td><td>2,018.3</td></tr>
<tr><td>外购电力间接排放量（范围二）</td><td>万吨二氧化碳当量</td><td>112.6</td>
    <td>118.9</td><td>109.4</td></tr>
<tr><td>颗粒物排放量</td><td>吨</td><td>1,284</td><td>1,206</td><td>1,148</td></tr>
<tr><td>吨熟料综合能耗</td><td>千克标准煤/吨</td><td>104.2</td><td>102.8</td><td>101.5</td></tr>
</table>"""


def _report(tmp_path: Path, way: str) -> Path:
    html = (f"<html><head><meta charset='utf-8'><style>{_STYLE}</style></head><body>"
            "<h1>岭西水泥股份有限公司 2023年可持续发展报告</h1>"
            "<p>本公司各熟料生产线的排放及能耗数据见下表（横排）。</p>"
            "<div style='page-break-before: always; position: relative; height: 250mm'>"
            f"<div class='turn {way}'>{_TABLE}</div></div></body></html>")
    return Path(render_pdf(html, tmp_path / f"turned-{way}.pdf"))


@pytest.mark.parametrize("way", ["up", "down"])
def test_a_turned_table_is_read_as_a_table(tmp_path: Path, way: str) -> None:
    if not has_cjk_font():
        pytest.skip(f"font {CJK_FONT} not installed (Debian fonts-noto-cjk)")
    doc = read_document(_report(tmp_path, way))
    tables = [p.table for p in doc.passages if p.table is not None]
    assert tables, [p.text for p in doc.passages]
    rows = {tuple(c for c in row if c) for table in tables for row in table.rows}
    assert ("直接温室气体排放量（范围一）", "万吨二氧化碳当量", "1,987.2", "2,071.5",
            "2,018.3") in rows
    assert ("颗粒物排放量", "吨", "1,284", "1,206", "1,148") in rows


def test_a_turned_table_gives_own_emissions(tmp_path: Path,
                                            m: LoadedMethodology) -> None:
    if not has_cjk_font():
        pytest.skip(f"font {CJK_FONT} not installed (Debian fonts-noto-cjk)")
    doc = read_document(_report(tmp_path, "up"))
    rating = rate_documents([doc], Company(name="岭西水泥股份有限公司", year=2023), m)
    own = {(e.scope, e.year, e.value_t) for e in rating.emissions if e.kind == "own"}
    assert ("scope1", 2023, 20_183_000.0) in own
    assert ("scope2", 2021, 1_126_000.0) in own
    assert rating.stage == 3
