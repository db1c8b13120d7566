"""Own emission figures in layouts met in blind round 24 (session 23), left unread before, with
text written fresh for these tests: a traditional-character GHG table whose unit sits only in its
title's bracket ("溫室氣體排放（噸二氧化碳當量）"), and a GHG table whose title closes with a
superscript mark ("Table 4: Greenhouse gas emissions¹") and whose unit is only in the note under
it that opens with the same mark ("¹ In tonnes of CO2 equivalent."). Both left a stage-3
company at stage 2. And a total named after a scope's figure in one sentence ("范围二排放266,900吨，
合计50.35万吨，较2022年的52.29万吨…"), read as scope 2 with the earlier years after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.evidence.table_layout import parse_table
from cnsr.ingest.document import Passage, Table
from cnsr.ingest.footnotes import carry_note_units
from cnsr.ingest.text import title_unit
from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate

_ROWS = [["Scope", "2021", "2022", "2023"], ["Scope 1", "3,120", "2,980", "2,860"],
         ["Scope 2 (location-based)", "41,200", "40,650", "39,880"], ["Total", "44,320", "43,630", "42,740"]]


def _page(caption: str, rows: list[list[str]], note: str) -> list[Passage]:
    table = Table(rows=rows)
    return [Passage(page=5, index=0, text=caption), Passage(page=5, index=1, text=table.as_text(), table=table),
            Passage(page=5, index=2, text=note)]


def _labels(passages: list[Passage]) -> list[str]:
    out = carry_note_units(passages)
    table = out[1].table
    return [row[0] for row in table.rows] if table else []


@pytest.mark.parametrize(("caption", "note", "unit"), [
    ("Table 4: Greenhouse gas emissions¹",
     "¹ In tonnes of CO2 equivalent. Calculated under the GHG Protocol for our plants and offices.", "tCO2e"),
    ("Table 7 GHG emissions by scope²", "² In metric tons of CO2 equivalent; market-based figures are not given.",
     "tCO2e"),
    ("Greenhouse gas emissions³", "³ All figures in tonnes CO2e, rounded to the nearest ten.", "tCO2e"),
    ("表3　温室气体排放¹", "¹ 单位为吨二氧化碳当量，范围二按全国电网平均排放因子计算。", "吨二氧化碳当量"),
], ids=["in_tonnes_en", "metric_tons_en", "all_figures_en", "unit_zh"])
def test_a_note_under_a_table_with_the_titles_superscript_gives_its_unit(caption: str, note: str,
                                                                          unit: str) -> None:
    labels = _labels(_page(caption, _ROWS, note))
    assert labels[1] == f"Scope 1（单位：{unit}）"
    assert labels[3] == f"Total（单位：{unit}）"


@pytest.mark.parametrize(("caption", "note"), [
    ("Table 4: Greenhouse gas emissions¹", "² In tonnes of CO2 equivalent."),  # another mark
    ("Table 4: Greenhouse gas emissions", "¹ In tonnes of CO2 equivalent."),  # the title has no mark
    ("Table 4: Greenhouse gas emissions¹", "¹ In 2023 we added the Ganzhou plant to the boundary."),  # no unit
    ("Table 4: Greenhouse gas emissions¹", "In tonnes of CO2 equivalent the plants emitted less."),  # no mark
], ids=["other_mark", "unmarked_title", "year_not_unit", "unmarked_note"])
def test_other_notes_under_a_marked_table_give_no_unit(caption: str, note: str) -> None:
    labels = _labels(_page(caption, _ROWS, note))
    assert all("单位" not in label for label in labels)


@pytest.mark.parametrize(("title", "unit"), [
    ("溫室氣體排放（噸二氧化碳當量）", "吨二氧化碳当量"),
    ("表五　溫室氣體排放量（公噸二氧化碳當量）", "公吨二氧化碳当量"),
    ("能源消耗（兆瓦時）", "兆瓦时"),
    ("温室气体排放（吨二氧化碳当量）", "吨二氧化碳当量"),
], ids=["tonnes_hk", "metric_tonnes_hk", "mwh_hk", "simplified_unchanged"])
def test_a_traditional_character_title_names_its_unit(title: str, unit: str) -> None:
    assert title_unit(title) == unit


@pytest.mark.parametrize("title", ["溫室氣體排放（附註）", "溫室氣體排放（續）", "排放物（二零二三年）"],
                         ids=["note", "continued", "year"])
def test_a_traditional_title_bracket_that_is_no_unit(title: str) -> None:
    assert title_unit(title) is None


def test_a_traditional_caption_gives_the_table_its_unit() -> None:
    rows = [["溫室氣體排放（噸二氧化碳當量）"], ["範圍", "二零二二年", "二零二三年"],
            ["範圍1（直接排放）", "4,260", "3,980"], ["範圍2（能源間接排放）", "2,140", "2,310"]]
    assert parse_table(rows).unit == "吨二氧化碳当量"


def _by_scope(tmp_path: Path, m: LoadedMethodology, text: str) -> dict[str, set[float]]:
    out: dict[str, set[float]] = {}
    for scope, _year, value, _unit in _figures(_rate(tmp_path, m, text + "\n")):
        out.setdefault(scope, set()).add(value)
    return out


@pytest.mark.parametrize(("text", "total"), [
    ("2023年公司直接排放（范围一）12,400吨二氧化碳，间接排放（范围二）18,600吨，合计3.10万吨，较2022年的3.26万吨有所下降。",
     {31000.0, 32600.0}),
    ("报告期内范围一排放量为8,460吨二氧化碳当量、范围二排放量为21,300吨二氧化碳当量，总计29,760吨二氧化碳当量。",
     {29760.0}),
    ("In 2023 our scope 1 emissions were 12,400 tCO2e and scope 2 emissions 18,600 tCO2e, a total of 31,000 tCO2e.",
     {31000.0}),
], ids=["heji_with_years_zh", "zongji_zh", "total_en"])
def test_a_total_named_after_a_scopes_figure_is_the_total(tmp_path: Path, m: LoadedMethodology, text: str,
                                                           total: set[float]) -> None:
    found = _by_scope(tmp_path, m, text)
    assert found.get("total") == total
    assert not (found.get("scope2", set()) & total)


@pytest.mark.parametrize(("text", "scope2"), [
    # the total word in the scope's own clause: the year after it repeats the scope
    ("2023年公司范围二排放总量为18,600吨二氧化碳当量，2022年为19,200吨二氧化碳当量。", {18600.0, 19200.0}),
    ("公司范围二排放为18,600吨二氧化碳当量，占排放总量的60%。", {18600.0}),
], ids=["total_word_in_scope_clause", "share_of_total"])
def test_a_scopes_figures_stay_the_scopes(tmp_path: Path, m: LoadedMethodology, text: str,
                                          scope2: set[float]) -> None:
    found = _by_scope(tmp_path, m, text)
    assert found.get("scope2") == scope2
    assert "total" not in found
