"""Own emission figures in forms met in blind round 15 (session 19), misread or left unread
before, with text written fresh for these tests: a table caption whose unit is written in
traditional characters ("（單位：噸二氧化碳當量）") left the table without a unit; a scope split by
source in rows labelled "范围一：<source>" above the scope's own total row read as three scope 1
figures; biogenic CO2 of biomass burnt, reported apart, read as the company's total; prose
set with hard line ends, a figure's label at the end of one line and the figure at the start
of the next ("…其中范围一排放" | "568.4万吨"), cut into two passages."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.ingest.document import Table
from cnsr.ingest.layout import Line, group_paragraphs
from cnsr.ingest.passages import captioned
from cnsr.ingest.text import unit_caption
from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate


@pytest.mark.parametrize(("caption", "unit"), [
    ("溫室氣體排放（單位：噸二氧化碳當量）", "噸二氧化碳當量"),
    ("表3 能源消耗（計量單位：萬千瓦時）", "萬千瓦時"),
    ("溫室氣體排放 單位：千公噸", "千公噸"),
    ("温室气体排放（单位：吨二氧化碳当量）", "吨二氧化碳当量"),
], ids=["traditional_caption", "traditional_measure_unit", "traditional_after_space", "simplified_stays"])
def test_a_traditional_unit_caption_names_its_unit(caption: str, unit: str) -> None:
    assert unit_caption(caption) == unit


def test_a_traditional_caption_gives_the_table_below_its_unit() -> None:
    table = Table(rows=[["指標", "二零二三年", "二零二二年"], ["範圍一合計", "449,440", "536,420"]])
    out = captioned(["溫室氣體排放（單位：噸二氧化碳當量）", table])
    assert isinstance(out[1], Table) and out[1].rows[0][0] == "溫室氣體排放（單位：噸二氧化碳當量）"


def test_a_long_traditional_sentence_is_no_caption() -> None:
    assert unit_caption("本集團的溫室氣體排放按噸二氧化碳當量計算，單位：噸，數據經第三方核查。") is None


_SPLIT_TABLE = """温室气体排放（单位：吨二氧化碳当量）

| 指标 | 2023年 | 2022年 |
| --- | --- | --- |
| 范围一：管网甲烷逸散 | 412,600 | 498,300 |
| 范围一：燃料燃烧（车队、锅炉） | 36,840 | 38,120 |
| 范围一合计 | 449,440 | 536,420 |
| 范围二：外购电力 | 28,910 | 29,750 |
"""


def test_scope_rows_by_source_above_the_scope_total_are_parts(tmp_path: Path,
                                                              m: LoadedMethodology) -> None:
    got = _figures(_rate(tmp_path, m, _SPLIT_TABLE, suffix=".md"))
    assert {(e[1], e[2]) for e in got if e[0] == "scope1"} == {(2023, 449440.0), (2022, 536420.0)}
    # no scope 2 total row: the one source row is the whole scope 2
    assert {(e[1], e[2]) for e in got if e[0] == "scope2"} == {(2023, 28910.0), (2022, 29750.0)}


def test_scope_rows_by_source_without_a_scope_total_stay(tmp_path: Path,
                                                         m: LoadedMethodology) -> None:
    text = _SPLIT_TABLE.replace("| 范围一合计 | 449,440 | 536,420 |\n", "")
    got = _figures(_rate(tmp_path, m, text, suffix=".md"))
    assert (2023, 412600.0) in {(e[1], e[2]) for e in got if e[0] == "scope1"}


@pytest.mark.parametrize("text", [
    "黑液、树皮和污泥等生物质燃烧产生的生物源二氧化碳112.6万吨单独报告，不计入排放总量。2023年公司温室气体排放总量为36.8万吨二氧化碳当量。",
    "生物质来源的二氧化碳排放98.0万吨按指南单独列示。2023年公司温室气体排放总量为36.8万吨二氧化碳当量。",
    "Biogenic CO2 emissions of 1.126 million tonnes from black liquor are reported separately. Our total GHG emissions were 368,000 tCO2e in 2023.",
], ids=["biogenic_zh", "biomass_origin_zh", "biogenic_en"])
def test_biogenic_co2_is_no_total(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    got = _figures(_rate(tmp_path, m, text + "\n"))
    assert {e[2] for e in got if e[0] == "total"} == {368000.0}


def _line(text: str, x0: float, y: float, x1: float) -> Line:
    return Line(text, x0, y, x1, y + 10.0)


def test_hard_line_ends_stay_one_paragraph() -> None:
    """Ragged-right prose: the line holding the figure's label ends short of its neighbours
    (digits are narrow) and the figure opens the next line at the same left edge."""
    lines = [
        _line("生活垃圾焚烧产生的二氧化碳中，来源于厨余、纸张等生物质的部分不计入排放，仅计", 56, 100, 480),
        _line("确定。公司2023年温室气体排放总量为582.6万吨二氧化碳当量，其中范围一排放", 56, 116, 430),
        _line("568.4万吨（化石碳焚烧排放542.1万吨，封场填埋场甲烷逸散19.8万吨，辅", 56, 132, 420),
        _line("助燃料及车辆6.5万吨），范围二排放14.2万吨。", 56, 148, 300),
    ]
    assert [len(p) for p in group_paragraphs(lines)] == [4]


@pytest.mark.parametrize(("first", "x1"), [
    ("减排行动", 110.0),  # a heading: short
    ("公司全年处置飞灰38.4万吨，全部安全填埋。", 300.0),  # a sentence's end
], ids=["heading", "sentence_end"])
def test_a_paragraph_end_still_breaks(first: str, x1: float) -> None:
    lines = [
        _line("公司坚持环境保护是垃圾焚烧企业的生存底线，全部项目均为重点排污单位，依法取得", 56, 84, 480),
        _line(first, 56, 100, x1),
        _line("2023年公司完成6个项目的参数改造，吨垃圾上网电量提高到354千瓦时", 56, 116, 470),
    ]
    assert len(group_paragraphs(lines)) >= 2


def test_a_forms_checkbox_line_is_no_ragged_prose() -> None:
    """A feedback form's checkbox line ends without a sentence end and without a comma; the
    contact line below it is another paragraph, not its continuation."""
    lines = [
        _line("您认为本报告的信息披露是否充分？□充分　□一般　□不充分", 56, 100, 380),
        _line("您最希望了解的信息：□温室气体排放　□医疗废物　□患者安全　□员工发展", 56, 116, 470),
        _line("联系方式：集团董事会办公室　邮编：000000", 56, 132, 300),
    ]
    assert len(group_paragraphs(lines)) >= 2
