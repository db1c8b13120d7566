"""A report-style KPI table whose group rows carry the unit ("温室气体排放（单位：tCO2e）" over
"范围一 | …") and whose GHG group the page break splits (session 24, blind round 29): the rows on
the next page are still in the group's unit. Text written fresh for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_samples import CJK_FONT, has_cjk_font, render_pdf

from cnsr.evidence.tables import table_text
from cnsr.ingest import read_document
from cnsr.ingest.document import Table
from cnsr.ingest.tables import continue_table

HEAD = ["指标", "2021年", "2022年", "2023年"]


def test_open_unit_group_goes_on_after_the_break() -> None:
    previous = Table(rows=[HEAD, ["废弃物（单位：吨）", "", "", ""], ["危险废弃物", "12,640", "13,280", "12,150"],
                           ["温室气体排放（单位：tCO2e）", "", "", ""], ["范围一", "31,860", "32,940", "29,710"]])
    rest = Table(rows=[["范围二（基于市场）", "1,321,210", "1,296,620", "1,073,690"]])
    joined = continue_table(previous, rest)
    assert joined is not None
    assert joined.rows[1] == ["温室气体排放（单位：tCO2e）", "", "", ""]
    assert "2023年=1,073,690 tCO2e" in table_text(joined.rows)


@pytest.mark.parametrize("group", [["社会绩效", "", "", ""], ["其中", "", "", ""]], ids=["no_unit", "of_which"])
def test_a_group_naming_no_unit_is_not_carried(group: list[str]) -> None:
    previous = Table(rows=[HEAD, group, ["员工总数（人）", "96,820", "104,260", "98,420"]])
    rest = Table(rows=[["志愿服务时长（万小时）", "3.1", "3.6", "4.2"]])
    joined = continue_table(previous, rest)
    assert joined is not None and joined.rows == [HEAD, *rest.rows]


def test_a_table_with_its_own_group_row_on_the_next_page_keeps_it() -> None:
    previous = Table(rows=[HEAD, ["能源（单位：MWh）", "", "", ""], ["外购电力", "2,412,600", "2,586,400", "2,468,900"]])
    rest = Table(rows=[["水资源（单位：万吨）", "", "", ""], ["取水量", "1,862", "1,948", "1,806"]])
    joined = continue_table(previous, rest)
    assert joined is not None
    assert joined.rows == [HEAD, *rest.rows]
    assert "2023年=1,806万吨" in table_text(joined.rows)


def _rows_html(n: int) -> str:
    filler = "".join(f"<tr><td>社会指标{i}（人）</td><td>{100 + i}</td><td>{110 + i}</td><td>{120 + i}</td></tr>"
                     for i in range(n))
    return filler


@pytest.mark.skipif(not has_cjk_font(), reason=f"font {CJK_FONT!r} not installed")
def test_pdf_group_unit_over_a_page_break(tmp_path: Path) -> None:
    html = f"""<html><head><meta charset="utf-8"><style>
    @page {{ size: A4; margin: 20mm; }} body {{ font-family: '{CJK_FONT}'; font-size: 10pt; }}
    td, th {{ border: 0.5pt solid #999; padding: 1mm 2mm; }} table {{ border-collapse: collapse; width: 100%; }}
    </style></head><body><p>关键绩效表</p><table>
    <tr><th>指标</th><th>2021年</th><th>2022年</th><th>2023年</th></tr>
    <tr><td colspan="4">社会绩效</td></tr>{_rows_html(29)}
    <tr><td colspan="4">温室气体排放（单位：tCO2e）</td></tr>
    <tr><td>范围一</td><td>41,260</td><td>40,180</td><td>38,920</td></tr>
    <tr><td>范围二（基于位置）</td><td>612,400</td><td>598,100</td><td>571,300</td></tr>
    <tr><td>范围一和范围二合计</td><td>653,660</td><td>638,280</td><td>610,220</td></tr>
    {_rows_html(30)}</table></body></html>"""
    doc = read_document(render_pdf(html, tmp_path / "kpi.pdf"))
    tables = [(p.page, table_text(p.table.rows)) for p in doc.passages if p.table is not None]
    text = "\n".join(t for _, t in tables)
    # the page break falls inside the GHG group: scope 1 on page 1, scope 2 on page 2
    assert [page for page, t in tables if "41,260" in t] == [1]
    assert [page for page, t in tables if "612,400" in t] == [2]
    assert "2023年=38,920 tCO2e" in text
    assert "2023年=571,300 tCO2e" in text
    assert "2023年=610,220 tCO2e" in text
