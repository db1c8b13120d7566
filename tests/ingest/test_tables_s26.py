"""Tables whose own figures were not read, by kind (session 26, issue #12 item 2), in PDFs built
the way tests/ingest builds them; text written fresh for these tests (invented companies and
figures).

- A numbered note under a table that names a row and its unit ("注1：单位营业收入排放单位为吨二氧化碳
  当量/百万元", "Note 1: Emissions per revenue are in tCO2e per RMB million") gives that row its unit,
  though the table's caption gives the other rows theirs and the row carries no mark
  (`footnotes._named_row_units`; blind round 34's d227).
- A part row ("其中：工艺过程排放", "of which: process") is kept as a part of the scope in the row
  above it, never as that scope's figure (`emission_parts.part_scoped`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_samples import CJK_FONT, has_cjk_font, render_pdf

from cnsr.assess.rate import rate_documents
from cnsr.ingest import read_document
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company

pytestmark = pytest.mark.skipif(not has_cjk_font(), reason=f"font {CJK_FONT!r} not installed")

STYLE = (f"<style>@page {{ size: A4; margin: 20mm; }} body {{ font-family: '{CJK_FONT}'; font-size: 10pt; }}"
         "td, th { border: 0.5pt solid #999; padding: 1mm 2mm; } table { border-collapse: collapse; width: 100%; }"
         "</style>")


def _pdf(tmp_path: Path, body: str) -> Path:
    html = f'<html><head><meta charset="utf-8">{STYLE}</head><body>{body}</body></html>'
    return render_pdf(html, tmp_path / "report.pdf")


def _figures(tmp_path: Path, m: LoadedMethodology, body: str, kind: str = "own"
             ) -> set[tuple[str, int | None, float, str]]:
    r = rate_documents([read_document(_pdf(tmp_path, body))], Company(name="测试公司", year=2023), m)
    return {(e.scope, e.year, round(e.value, 6), e.unit) for e in r.emissions if e.kind == kind}


ZH_INTENSITY = """<p>温室气体排放</p><table>
<caption>温室气体排放（单位：吨二氧化碳当量）</caption>
<tr><th>指标</th><th>2021年</th><th>2022年</th><th>2023年</th></tr>
<tr><td>范围一</td><td>4,216</td><td>4,038</td><td>3,871</td></tr>
<tr><td>范围二</td><td>318,420</td><td>331,760</td><td>342,150</td></tr>
<tr><td>{label}</td><td>5.84</td><td>4.96</td><td>4.18</td></tr>
</table>
<p>{note}</p>"""


@pytest.mark.parametrize("label, note", [
    ("单位营业收入排放（范围一和二）",
     "注1：单位营业收入排放单位为吨二氧化碳当量/百万元。注2：范围二按基于位置的方法计算。"),
    ("单位营业收入碳排放",
     "注1：2021年为基准年。注2：单位营业收入碳排放单位为吨二氧化碳当量/百万元。"),
])
def test_a_numbered_note_gives_the_row_it_names_its_unit(tmp_path: Path, m: LoadedMethodology,
                                                         label: str, note: str) -> None:
    got = _figures(tmp_path, m, ZH_INTENSITY.format(label=label, note=note))
    assert ("intensity", 2023, 0.0418, "tCO2e/万元") in got, got
    assert ("intensity", 2021, 0.0584, "tCO2e/万元") in got, got
    # the other rows keep the caption's unit
    assert ("scope2", 2023, 342150.0, "tCO2e") in got, got


def test_an_english_numbered_note_gives_the_row_it_names_its_unit(tmp_path: Path,
                                                                  m: LoadedMethodology) -> None:
    body = """<p>Greenhouse gas emissions</p><table>
<caption>Greenhouse gas emissions (tCO2e)</caption>
<tr><th>Indicator</th><th>2021</th><th>2022</th><th>2023</th></tr>
<tr><td>Scope 1</td><td>4,216</td><td>4,038</td><td>3,871</td></tr>
<tr><td>Scope 2</td><td>318,420</td><td>331,760</td><td>342,150</td></tr>
<tr><td>Emissions per revenue (Scope 1 and 2)</td><td>5.84</td><td>4.96</td><td>4.18</td></tr>
</table>
<p>Note 1: Emissions per revenue are in tCO2e per RMB million. Note 2: Scope 2 is location-based.</p>"""
    got = _figures(tmp_path, m, body)
    assert ("intensity", 2023, 0.0418, "tCO2e/万元") in got, got
    assert ("scope2", 2023, 342150.0, "tCO2e") in got, got


@pytest.mark.parametrize("note", [
    # the note names a row the table does not have
    "注1：单位产品综合能耗单位为千克标准煤/吨。",
    # the note names no unit of a row
    "注1：单位营业收入排放按合并报表营业收入计算。",
])
def test_a_note_naming_no_row_of_the_table_gives_no_unit(tmp_path: Path, m: LoadedMethodology,
                                                         note: str) -> None:
    got = _figures(tmp_path, m, ZH_INTENSITY.format(label="单位营业收入排放", note=note))
    assert not any(s == "intensity" for s, _, _, _ in got), got
    assert ("scope1", 2023, 3871.0, "tCO2e") in got, got


def test_a_part_row_in_a_pdf_table_is_its_scopes_part(tmp_path: Path, m: LoadedMethodology) -> None:
    body = """<p>温室气体排放</p><table>
<caption>温室气体排放（单位：万吨二氧化碳当量）</caption>
<tr><th>指标</th><th>2022年</th><th>2023年</th></tr>
<tr><td>范围一</td><td>402.6</td><td>388.1</td></tr>
<tr><td>　其中：工艺过程排放</td><td>131.7</td><td>126.4</td></tr>
<tr><td>范围二</td><td>58.3</td><td>55.9</td></tr>
<tr><td>合计</td><td>460.9</td><td>444.0</td></tr>
</table>"""
    assert _figures(tmp_path, m, body, "part") == {("scope1", 2022, 1317000.0, "tCO2e"),
                                                   ("scope1", 2023, 1264000.0, "tCO2e")}
    own = _figures(tmp_path, m, body)
    assert ("scope1", 2023, 3881000.0, "tCO2e") in own and ("total", 2023, 4440000.0, "tCO2e") in own
    assert not any(v == 1264000.0 for _, _, v, _ in own), own


# ---- a caption naming the measure over rows by plant and a total row (d175) -------------------

ZH_PLANTS = """<p>温室气体排放</p><table>
<caption>{caption}</caption>
<tr><th>电厂</th><th>机组类型</th><th>2022年</th><th>2023年</th></tr>
<tr><td>江北电厂</td><td>燃煤 2×60万千瓦</td><td>1,204</td><td>1,236</td></tr>
<tr><td>江南热电</td><td>燃煤 2×33万千瓦</td><td>418</td><td>426</td></tr>
<tr><td>城东燃机</td><td>燃气</td><td>96</td><td>104</td></tr>
{total}</table>"""


def test_a_caption_governs_a_by_plant_tables_total_and_parts(tmp_path: Path,
                                                             m: LoadedMethodology) -> None:
    body = ZH_PLANTS.format(caption="所属电厂二氧化碳排放量（万吨）",
                            total="<tr><td>合计</td><td></td><td>1,718</td><td>1,766</td></tr>")
    own = _figures(tmp_path, m, body)
    assert {("total", 2022, 17180000.0, "tCO2"), ("total", 2023, 17660000.0, "tCO2")} <= own, own
    assert not any(v == 12360000.0 for _, _, v, _ in own), own
    parts = _figures(tmp_path, m, body, "part")
    assert ("total", 2023, 12360000.0, "tCO2") in parts and ("total", 2022, 960000.0, "tCO2") in parts


def test_an_english_caption_governs_a_by_plant_tables_total(tmp_path: Path,
                                                            m: LoadedMethodology) -> None:
    body = """<p>Greenhouse gas emissions</p><table>
<caption>CO2 emissions by plant ('000 tonnes)</caption>
<tr><th>Plant</th><th>2022</th><th>2023</th></tr>
<tr><td>Northbank power station</td><td>1,204</td><td>1,236</td></tr>
<tr><td>Southbank power station</td><td>418</td><td>426</td></tr>
<tr><td>Total</td><td>1,622</td><td>1,662</td></tr>
</table>"""
    own = {(s, y, v) for s, y, v, _ in _figures(tmp_path, m, body)}
    # (English plain tonnes under "CO2 emissions" read as tCO2e, as in prose: `tonnes_context`)
    assert own == {("total", 2022, 1622000.0), ("total", 2023, 1662000.0)}, own


@pytest.mark.parametrize("caption, total", [
    # no total row: a plant's figure is never taken for the company's
    ("所属电厂二氧化碳排放量（万吨）", ""),
    # a caption naming no greenhouse gas: the plants' coal, not emissions
    ("所属电厂燃煤消耗量（万吨）", "<tr><td>合计</td><td></td><td>1,718</td><td>1,766</td></tr>"),
])
def test_no_total_row_or_no_ghg_caption_gives_no_figure(tmp_path: Path, m: LoadedMethodology,
                                                        caption: str, total: str) -> None:
    body = ZH_PLANTS.format(caption=caption, total=total)
    assert not _figures(tmp_path, m, body)
    assert not _figures(tmp_path, m, body, "part")


# ---- years over scope columns, rows by segment and a group total (d220) ----------------------

HANT_SEGMENTS = """<p>表2　溫室氣體排放（單位：噸二氧化碳當量）</p><table>
<tr><th rowspan="2">業務板塊</th><th colspan="3">二零二三年</th><th colspan="3">二零二二年</th></tr>
<tr><th>範圍一</th><th>範圍二</th><th>{third}</th><th>範圍一</th><th>範圍二</th><th>{third}</th></tr>
<tr><td>燃煤電廠</td><td>1,826,400</td><td>6,210</td><td>{a}</td><td>1,790,100</td><td>6,480</td><td>{b}</td></tr>
<tr><td>城市燃氣</td><td>214,300</td><td>3,150</td><td>{c}</td><td>221,600</td><td>3,020</td><td>{d}</td></tr>
<tr><td>本集團合計</td><td>2,040,700</td><td>9,360</td><td>{e}</td><td>2,011,700</td><td>9,500</td><td>{f}</td></tr>
</table>"""


def test_years_over_scope_columns_give_the_groups_scopes(tmp_path: Path, m: LoadedMethodology) -> None:
    body = HANT_SEGMENTS.format(third="合計", a="1,832,610", b="1,796,580", c="217,450",
                                d="224,620", e="2,050,060", f="2,021,200")
    own = _figures(tmp_path, m, body)
    assert {("scope1", 2023, 2040700.0, "tCO2e"), ("scope2", 2023, 9360.0, "tCO2e"),
            ("scope1", 2022, 2011700.0, "tCO2e"), ("scope2", 2022, 9500.0, "tCO2e")} <= own, own
    # a segment's figure is a part of its scope, never the company's
    assert not any(v in (1826400.0, 214300.0, 1832610.0) for _, _, v, _ in own), own
    parts = _figures(tmp_path, m, body, "part")
    assert ("scope1", 2023, 1826400.0, "tCO2e") in parts and ("scope2", 2022, 3020.0, "tCO2e") in parts
    assert ("scope1_2", 2023, 1832610.0, "tCO2e") in parts


def test_a_change_column_in_each_year_keeps_its_heading(tmp_path: Path, m: LoadedMethodology) -> None:
    """Near miss: "數值 | 同比" under each year (blind round 18): the change is no year's value."""
    body = """<p>表3　溫室氣體排放（單位：噸二氧化碳當量）</p><table>
<tr><th rowspan="2">指標</th><th colspan="2">二零二三年</th><th colspan="2">二零二二年</th></tr>
<tr><th>數值</th><th>同比</th><th>數值</th><th>同比</th></tr>
<tr><td>範圍一排放</td><td>2,040,700</td><td>+1.4%</td><td>2,011,700</td><td>-2.1%</td></tr>
<tr><td>範圍二排放</td><td>9,360</td><td>-1.5%</td><td>9,500</td><td>+0.8%</td></tr>
</table>"""
    own = {(s, y, v) for s, y, v, _ in _figures(tmp_path, m, body)}
    assert ("scope1", 2023, 2040700.0) in own and ("scope2", 2022, 9500.0) in own, own
    assert not any(v in (1.4, 2.1, 1.5, 0.8) for _, _, v in own), own


def test_segment_groups_with_no_total_column_keep_the_first_columns_year() -> None:
    """Near miss: "2023" over "China sites | Overseas sites" (no column is the others' sum): the
    header stays as before, and a group that adds up takes its year in every column."""
    from cnsr.evidence.table_layout import parse_table

    segments = parse_table([["", "2022", "", "2023", ""],
                            ["", "China sites", "Overseas sites", "China sites", "Overseas sites"],
                            ["Scope 1", "14,820", "3,160", "13,940", "3,480"]])
    assert segments.header == ["", "2022", "Overseas sites", "2023", "Overseas sites"]
    scopes = parse_table([["", "2023", "", "", "2022", "", ""],
                          ["", "Scope 1", "Scope 2", "Total", "Scope 1", "Scope 2", "Total"],
                          ["Gas plants", "2,146,300", "8,420", "2,154,720", "1,986,200", "8,050", "1,994,250"]])
    assert scopes.header[1:4] == ["2023 Scope 1", "2023 Scope 2", "2023 Total"]


def test_rows_by_process_with_scope_columns_and_no_total_row_stay_unread(
        tmp_path: Path, m: LoadedMethodology) -> None:
    """Near miss: scope columns over rows by process step and no total row: no row is the
    company's scope (each one's figures of the year stay a breakdown the table does not total)."""
    body = """<p>表4　分工序温室气体排放（2023年，吨二氧化碳当量）</p><table>
<tr><th>工序</th><th>范围一</th><th>范围二</th><th>合计</th></tr>
<tr><td>炼铁</td><td>6,248,000</td><td>64,000</td><td>6,312,000</td></tr>
<tr><td>热轧</td><td>423,000</td><td>112,000</td><td>535,000</td></tr>
</table>"""
    own = _figures(tmp_path, m, body)
    assert not any(v in (6248000.0, 64000.0, 6312000.0, 423000.0) for _, _, v, _ in own), own
