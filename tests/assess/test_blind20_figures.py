"""Own emission figures met in blind round 20 (session 22), left unread before, with text written
fresh for these tests: a GHG table printed without any unit whose unit sits only in the note right
under it, a note that does not say "上表" ("注：排放量单位为吨二氧化碳当量，人均排放单位为…",
"註1：單位為公噸二氧化碳當量" under a title closed by "（註1）"); the insurer's whole GHG table was
bare numbers, so it stayed at stage 2. A row whose note gives a per-employee unit the unit table
does not read keeps no unit rather than the total's."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.ingest.document import Passage, Table
from cnsr.ingest.footnotes import carry_note_units
from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate

_ROWS = [["指标", "2022年", "2023年"], ["范围一排放", "94.6", "86.4"], ["范围二排放", "1,188.3", "1,126.8"],
         ["排放总量", "1,282.9", "1,213.2"], ["人均排放", "1.55", "1.42"]]


def _page(caption: str, rows: list[list[str]], note: str) -> list[Passage]:
    table = Table(rows=rows)
    return [Passage(page=6, index=0, text=caption), Passage(page=6, index=1, text=table.as_text(), table=table),
            Passage(page=6, index=2, text=note)]


def _labels(passages: list[Passage]) -> list[str]:
    table = carry_note_units(passages)[1].table
    assert table is not None
    return [row[0] for row in table.rows[1:]]


@pytest.mark.parametrize(("caption", "note"), [
    ("表2　运营温室气体排放", "注：排放量单位为吨二氧化碳当量，人均排放单位为吨二氧化碳当量/人。2022年为基准年。"),
    ("表一　溫室氣體排放（註1）", "註1：單位為噸二氧化碳當量；人均排放單位為噸二氧化碳當量／僱員。"),
    ("Table 2 Operational GHG emissions", "Note: Units are tonnes CO2e; per-capita emissions are in tCO2e per employee."),
], ids=["unnumbered_zh", "numbered_hant", "unnumbered_en"])
def test_a_tables_own_note_gives_its_unit(caption: str, note: str) -> None:
    labels = _labels(_page(caption, _ROWS, note))
    assert all("单位：" in label for label in labels[:3]), labels
    assert "吨二氧化碳当量" in labels[0] or "噸二氧化碳當量" in labels[0] or "CO2e" in labels[0]


@pytest.mark.parametrize(("caption", "note"), [
    ("表2　运营温室气体排放", "注：排放量单位为吨二氧化碳当量，人均排放单位为吨二氧化碳当量/人。"),
    ("表一　溫室氣體排放（註1）", "註1：單位為噸二氧化碳當量；人均排放單位為噸二氧化碳當量／僱員。"),
], ids=["per_person_zh", "per_employee_hant"])
def test_a_per_employee_row_keeps_no_total_unit(caption: str, note: str) -> None:
    # session 24 (gaps): the unit table reads the per-employee unit (units/aliases.yaml
    # `denominator_units`), so the row takes its own unit, never the total's
    label = _labels(_page(caption, _ROWS, note))[3]
    assert "/人" in label or "／僱員" in label, label


@pytest.mark.parametrize(("caption", "note"), [
    ("表一　溫室氣體排放（註2）", "註1：單位為噸二氧化碳當量。"),   # the note's number is another's
    ("表2　运营温室气体排放", "2022年数据为回溯核算，单位为吨二氧化碳当量。"),  # no note word: prose under the table
    ("表2　运营温室气体排放", "注：2022年数据为回溯核算。"),  # a note naming no unit
    ("表2　运营温室气体排放", "注：单位为吨二氧化碳当量的数据经第三方核查。"),  # a unit named in passing
], ids=["other_note_number", "prose_after_table", "note_without_unit", "unit_in_passing"])
def test_other_passages_under_a_table_give_no_unit(caption: str, note: str) -> None:
    assert not any("单位" in label for label in _labels(_page(caption, _ROWS, note)))


def test_a_unit_column_table_is_left_alone() -> None:
    rows = [["指标", "单位", "2022年", "2023年"], ["范围一排放", "吨", "94.6", "86.4"]]
    assert _labels(_page("表2　运营温室气体排放", rows, "注：单位为千克二氧化碳当量。")) == ["范围一排放"]


def test_the_note_under_a_table_makes_its_figures_own(tmp_path: Path, m: LoadedMethodology) -> None:
    text = ("2023年公司运营温室气体排放情况如下。\n\n表2 运营温室气体排放\n\n"
            "| 指标 | 2022年 | 2023年 |\n|---|---|---|\n| 范围一排放 | 94.6 | 86.4 |\n| 范围二排放 | 1,188.3 | 1,126.8 |\n"
            "| 排放总量 | 1,282.9 | 1,213.2 |\n\n注：排放量单位为吨二氧化碳当量。\n")
    got = {(e[0], e[1], e[2]) for e in _figures(_rate(tmp_path, m, text, suffix=".md"))}
    assert {("scope1", 2023, 86.4), ("scope2", 2022, 1188.3), ("total", 2023, 1213.2)} <= got


def test_an_english_per_capita_row_keeps_no_total_unit() -> None:
    rows = [["Indicator", "2022", "2023"], ["Scope 1", "94.6", "86.4"], ["Per-capita emissions", "1.55", "1.42"]]
    labels = _labels(_page("Table 2 Operational GHG emissions", rows,
                           "Note: Units are tonnes CO2e; per-capita emissions are in tCO2e per employee."))
    assert "单位：tonnes CO2e" in labels[0] and "tonnes CO2e" not in labels[1]
    assert "per employee" in labels[1], labels  # its own unit since session 24 (gaps)
