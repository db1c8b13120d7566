"""Report forms of the fourth round of unseen documents (session 8, issue #12) at ingest: a
report saved as Markdown whose KPI table is a pipe table. Text written for these tests
(invented company and numbers)."""

from __future__ import annotations

from pathlib import Path

from cnsr.assess.rate import rate_documents
from cnsr.ingest.read import read_document
from cnsr.methodology.load import LoadedMethodology
from cnsr.rating import Company

MARKDOWN = """# 青禾冷链 2023年环境、社会及治理报告

## 应对气候变化

青禾冷链承诺2030年前实现运营碳达峰，并按照ISO 14064-1核算自有冷库和车队的温室气体排放。

### 环境数据

| 指标 | 单位 | 2021 | 2022 | 2023 |
|:---|:---:|---:|---:|---:|
| 冷库用电量 | 万千瓦时 | 3,120 | 3,305 | 3,260 |
| 范围一温室气体排放量 | 吨二氧化碳当量 | 18,420 | 17,960 | 16,880 |
| 范围二温室气体排放量 | 吨二氧化碳当量 | 17,790 | 18,850 | 18,590 |

> 注：范围二按全国电网平均排放因子计算。

## 员工

全年员工培训覆盖率达到100%。
"""


def test_a_pipe_table_is_a_table(tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    doc = read_document(path)
    tables = [p.table for p in doc.passages if p.table is not None]
    assert len(tables) == 1
    assert tables[0].rows[0] == ["指标", "单位", "2021", "2022", "2023"]
    assert tables[0].rows[2] == ["范围一温室气体排放量", "吨二氧化碳当量", "18,420", "17,960", "16,880"]
    texts = [p.text for p in doc.passages if p.table is None]
    assert "环境数据" in texts and "注：范围二按全国电网平均排放因子计算。" in texts
    assert not any("|" in t or t.startswith("#") for t in texts)


def test_a_pipe_table_gives_own_emissions(tmp_path: Path, m: LoadedMethodology) -> None:
    path = tmp_path / "report.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    r = rate_documents([read_document(path)], Company(name="青禾冷链股份有限公司", year=2023), m)
    own = {(e.scope, e.year): e.value for e in r.emissions if e.kind == "own"}
    assert own[("scope1", 2023)] == 16880 and own[("scope2", 2021)] == 17790
    assert r.stage == 3


COPIED_TABLE = """Harbourline Packaging Co., Ltd. 2023 Sustainability Report

Climate data

Indicator | Unit | 2023 | 2022 | 2021
Direct GHG emissions (Scope 1) | tCO2e | 41,380 | 43,020 | 44,910
Indirect GHG emissions (Scope 2, location-based) | tCO2e | 63,240 | 66,105 | 69,870
Total energy consumed | MWh | 152,300 | 158,760 | 163,020

Scope 2 uses the grid emission factors published by the Ministry of Ecology and Environment.
"""


def test_a_pipe_table_without_outer_pipes_is_a_table(tmp_path: Path, m: LoadedMethodology
                                                       ) -> None:
    """A web table copied as text, or Markdown with its outer pipes left out, and no separator
    row: its rows, which end in figures, were one paragraph and gave no figure at all."""
    path = tmp_path / "report.txt"
    path.write_text(COPIED_TABLE, encoding="utf-8")
    doc = read_document(path)
    tables = [p.table for p in doc.passages if p.table is not None]
    assert len(tables) == 1 and tables[0].rows[1][:3] == [
        "Direct GHG emissions (Scope 1)", "tCO2e", "41,380"]
    r = rate_documents([doc], Company(name="Harbourline Packaging Co., Ltd.", year=2023), m)
    own = {(e.scope, e.year): e.value for e in r.emissions if e.kind == "own"}
    assert own[("scope1", 2021)] == 44910 and own[("scope2_location", 2023)] == 63240
    assert r.stage == 3


def test_pipes_in_prose_are_no_table(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("路线 A|B|C 的运量见下文。\n路线 D|E|F 的运量同比增长。\n本段没有表格。\n",
                    encoding="utf-8")
    doc = read_document(path)
    assert all(p.table is None for p in doc.passages)


APPENDIX = """<html><body>
<h2>附錄二：環境績效數據</h2>
<p>本集團以二零二一年為基準年，目標於二零三零年前將溫室氣體排放密度降低25%。</p>
<table>
<tr><th>層面</th><th>關鍵績效指標</th><th>二零二三年</th><th>二零二二年</th></tr>
<tr><td>A1.2</td><td>直接（範圍一）溫室氣體排放量⁽ᵃ⁾</td><td>1,204</td><td>1,318</td></tr>
<tr><td>A1.2</td><td>間接（範圍二）溫室氣體排放量（1）</td><td>26,870</td><td>27,440</td></tr>
<tr><td>A2.1</td><td>總耗電量（2）</td><td>46,320</td><td>47,910</td></tr>
</table>
<p>註：</p>
<p>（1） 單位為噸二氧化碳當量，按區域電網排放因子計算。</p>
<p>（2） 單位為兆瓦時。</p>
</body></html>"""


def test_units_in_the_notes_reach_the_marked_rows(tmp_path: Path, m: LoadedMethodology) -> None:
    path = tmp_path / "appendix.html"
    path.write_text(APPENDIX, encoding="utf-8")
    doc = read_document(path)
    table = next(p.table for p in doc.passages if p.table is not None)
    assert table.rows[2][1] == "間接（範圍二）溫室氣體排放量（1）（单位：噸二氧化碳當量）"
    assert table.rows[3][1] == "總耗電量（2）（单位：兆瓦時）"
    assert table.rows[1][1] == "直接（範圍一）溫室氣體排放量⁽ᵃ⁾"  # a letter mark no note names
    r = rate_documents([doc], Company(name="測試城市服務集團有限公司", year=2023), m)
    own = {(e.scope, e.year): e.value for e in r.emissions if e.kind == "own"}
    assert own == {("scope2", 2023): 26870, ("scope2", 2022): 27440}
    assert r.stage == 3


def test_a_note_without_a_unit_changes_nothing(tmp_path: Path) -> None:
    html = APPENDIX.replace("單位為噸二氧化碳當量，", "").replace("單位為兆瓦時。", "數據經核查。")
    path = tmp_path / "appendix.html"
    path.write_text(html, encoding="utf-8")
    table = next(p.table for p in read_document(path).passages if p.table is not None)
    assert table.rows[2][1] == "間接（範圍二）溫室氣體排放量（1）"


# Tables saved as text by other means (session 8, lead): cells between tabs (copied from a
# spreadsheet or a web page) or between runs of spaces (a PDF converted with its layout).
TAB_REPORT = ("嘉禾纸业股份有限公司2023年度社会责任报告\n\n主要环境绩效\n"
              "指标\t单位\t2022年\t2023年\n"
              "范围一温室气体排放\t吨二氧化碳当量\t61,480\t58,930\n"
              "范围二温室气体排放\t吨二氧化碳当量\t24,610\t23,870\n"
              "综合能源消耗\t吨标准煤\t30,120\t29,040\n")
LAYOUT_REPORT = ("Jiahe Paper Co., Ltd. 2023 ESG Report\n\nKey environmental data\n"
                 "Indicator                  Unit      2022        2023\n"
                 "Scope 1 GHG emissions      tCO2e     61,480      58,930\n"
                 "Scope 2 GHG emissions      tCO2e     24,610      23,870\n\n"
                 "The  Group  continued  to  improve  its  energy  management  in  2023,  and\n"
                 "all  mills  kept  their  ISO 50001  certificates.\n")


def test_tab_and_space_aligned_tables_are_tables(tmp_path: Path, m: LoadedMethodology) -> None:
    for name, text in (("tabs.txt", TAB_REPORT), ("layout.txt", LAYOUT_REPORT)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        doc = read_document(path)
        tables = [p.table.rows for p in doc.passages if p.table is not None]
        assert len(tables) == 1, name
        assert tables[0][1][-2:] == ["61,480", "58,930"]
        rating = rate_documents([doc], Company(name="嘉禾纸业", year=2023), m)
        own = {(e.scope, e.year, e.value) for e in rating.emissions if e.kind == "own"}
        assert {("scope1", 2023, 58_930.0), ("scope2", 2022, 24_610.0)} <= own
        assert rating.stage == 3
    # the justified prose below the table stays prose
    doc = read_document(tmp_path / "layout.txt")
    assert any("energy management" in " ".join(p.text.split()) and p.table is None
               for p in doc.passages)


TWO_LEVEL_HEADER = """<html><body>
<h2>環境關鍵績效指標</h2>
<p>本集團按照《溫室氣體核算體系》核算營運排放。</p>
<table>
<tr><th rowspan="2">指標</th><th rowspan="2">細項</th><th rowspan="2">單位</th>
<th colspan="2">年度</th></tr>
<tr><th>2023</th><th>2022</th></tr>
<tr><td>範圍一溫室氣體排放</td><td>合計</td><td>千公噸二氧化碳當量</td><td>86.4</td><td>91.2</td></tr>
<tr><td rowspan="2">範圍二溫室氣體排放</td><td>基於位置</td><td>千公噸二氧化碳當量</td>
<td>212.7</td><td>220.3</td></tr>
<tr><td>基於市場</td><td>千公噸二氧化碳當量</td><td>174.5</td><td>201.8</td></tr>
</table></body></html>
"""


def test_rowspans_fill_the_rows_below(tmp_path: Path, m: LoadedMethodology) -> None:
    """A two-level header (years under a spanning "年度") and an indicator cell merged over
    its location- and market-based rows: the years lost their columns and the second row its
    indicator, and the table gave no figure at all (stage 0)."""
    path = tmp_path / "kpi.html"
    path.write_text(TWO_LEVEL_HEADER, encoding="utf-8")
    doc = read_document(path)
    rows = next(p.table.rows for p in doc.passages if p.table is not None)
    assert rows[1] == ["指標", "細項", "單位", "2023", "2022"]
    assert rows[4][:2] == ["範圍二溫室氣體排放", "基於市場"]
    r = rate_documents([doc], Company(name="恒港能源集團有限公司", year=2023), m)
    own = {(e.scope, e.year): e.value for e in r.emissions if e.kind == "own"}
    assert own[("scope1", 2022)] == 91200
    assert own[("scope2_location", 2023)] == 212700
    assert own[("scope2_market", 2023)] == 174500
    assert r.stage == 3
