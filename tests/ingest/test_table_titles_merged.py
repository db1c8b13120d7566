"""PDF tables laid out as real reports lay them out, beyond the KPI samples: a table title
closed by its unit in brackets, two tables printed one right under the other, and a category
column of cells merged over several rows. Companies and figures invented for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_samples import _STYLE, has_cjk_font, render_pdf

from cnsr.evidence.tables import table_text
from cnsr.ingest import Document, read_document
from cnsr.ingest.text import table_caption_unit, title_unit

TITLED = """
<p>表6　温室气体排放情况（吨二氧化碳当量）</p>
<table class='ruled'>
<tr><td>项目</td><td>2023年</td><td>2022年</td></tr>
<tr><td>直接排放（范围一）</td><td>52,418</td><td>55,902</td></tr>
<tr><td>外购电力间接排放（范围二）</td><td>18,306</td><td>19,775</td></tr>
</table>
<p>Table 2  Operational GHG emissions (tonnes CO2e)</p>
<table class='open'>
<tr><td>Metric</td><td>FY2023</td><td>FY2022</td><td>FY2021</td></tr>
<tr><td>Scope 1</td><td>7,215</td><td>7,480</td><td>7,902</td></tr>
<tr><td>Scope 2 (market-based)</td><td>3,306</td><td>3,644</td><td>4,018</td></tr>
<tr><td>Water withdrawn (m3)</td><td>91,200</td><td>94,650</td><td>97,030</td></tr>
</table>
<p>Table 3  Energy</p>
<table class='open'>
<tr><td>Metric</td><td>Unit</td><td>FY2023</td><td>FY2022</td><td>FY2021</td></tr>
<tr><td>Electricity purchased</td><td>MWh</td><td>6,012</td><td>6,388</td><td>6,745</td></tr>
<tr><td>Diesel</td><td>litres</td><td>402,100</td><td>418,560</td><td>433,900</td></tr>
</table>
"""

MERGED = """
<table class='ruled'>
<tr><td>板块</td><td>指标</td><td>单位</td><td>2022年</td><td>2023年</td></tr>
<tr><td rowspan='3' style='vertical-align: middle'>用能</td><td>电力消耗</td><td>兆瓦时</td>
    <td>31,640</td><td>30,215</td></tr>
<tr><td>柴油消耗</td><td>吨</td><td>1,204</td><td>1,118</td></tr>
<tr><td>能源消耗总量</td><td>吨标准煤</td><td>5,702</td><td>5,436</td></tr>
<tr><td rowspan='3' style='vertical-align: middle'>温室气体</td><td>范围一排放量</td>
    <td>吨二氧化碳当量</td><td>3,912</td><td>3,630</td></tr>
<tr><td>范围二排放量</td><td>吨二氧化碳当量</td><td>18,044</td><td>17,231</td></tr>
<tr><td>排放总量</td><td>吨二氧化碳当量</td><td>21,956</td><td>20,861</td></tr>
</table>
"""


@pytest.fixture(scope="module")
def doc(tmp_path_factory: pytest.TempPathFactory) -> Document:
    if not has_cjk_font():
        pytest.skip("CJK font not installed (Debian fonts-noto-cjk)")
    html = (f"<html><head><meta charset='utf-8'><style>{_STYLE}</style></head><body>"
            f"<div class='page'>{TITLED}</div><div>{MERGED}</div></body></html>")
    path = render_pdf(html, tmp_path_factory.mktemp("layouts") / "layouts.pdf")
    return read_document(Path(path))


def _tables(doc: Document, page: int) -> list[list[str]]:
    return [table_text(p.table.rows).splitlines() for p in doc.passages
            if p.table is not None and p.page == page]


def test_title_units() -> None:
    assert title_unit("表6　温室气体排放情况（吨二氧化碳当量）") == "吨二氧化碳当量"
    assert title_unit("Table 2  Operational GHG emissions (tonnes CO2e)") == "tonnes CO2e"
    assert title_unit("表3　主要园区能效（2023年）") is None  # a year, not a unit
    assert title_unit("温室气体排放（见附注）") is None
    assert title_unit("报告期内排放量下降（万吨）。") is None  # a sentence
    assert table_caption_unit("单位：万吨") == "万吨"


def test_a_title_unit_reaches_every_figure(doc: Document) -> None:
    zh, en, energy = _tables(doc, 1)
    assert zh[1] == "直接排放（范围一） | 2023年=52,418吨二氧化碳当量 | 2022年=55,902吨二氧化碳当量"
    assert en[1].startswith("Scope 1 | FY2023=7,215 tonnes CO2e")
    # the next table under its own title keeps its own header and units
    assert energy[0] == "Metric | Unit | FY2023 | FY2022 | FY2021"
    assert energy[1] == "Electricity purchased | FY2023=6,012MWh | FY2022=6,388MWh | FY2021=6,745MWh"


def test_a_category_column_of_merged_cells_keeps_the_table_whole(doc: Document) -> None:
    tables = _tables(doc, 2)
    assert len(tables) == 1
    rows = tables[0]
    assert rows[0] == "板块 指标 | 单位 | 2022年 | 2023年"
    scope1 = next(r for r in rows if "范围一排放量" in r)
    assert scope1.endswith("| 2022年=3,912吨二氧化碳当量 | 2023年=3,630吨二氧化碳当量")
    assert any(r.startswith("柴油消耗 | 2022年=1,204吨") or "柴油消耗 | 2022年=1,204吨" in r
               for r in rows)
