"""Own emission figures in forms met in blind round 17 (session 20), misread, left unread or
read when not emissions, with text written fresh for these tests: a GHG table printed without a
unit column whose units sit only in a note under it ("註：上表溫室氣體排放量單位為噸二氧化碳當量，
密度單位為…") left unread; an intensity per 10,000 passenger-km ("千克二氧化碳当量/万人公里")
read per passenger-km; an intensity per barrel of oil equivalent ("kgCO2e/boe") left unread; CO2
injected in an EOR pilot and carbon stored in furniture sold read as the company's total; a
machine's life-cycle footprint per kWh it generates and the carbon intensity of crude a field
sells read as the company's intensity."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from cnsr.ingest.document import Passage, Table
from cnsr.ingest.footnotes import carry_note_units
from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate


def _table_and_notes(rows: list[list[str]], *notes: str) -> list[Passage]:
    table = Table(rows=rows)
    return [Passage(page=1, index=0, text=table.as_text(), table=table),
            *(Passage(page=1, index=i, text=n) for i, n in enumerate(notes, start=1))]


_ROWS = [["指標", "二零二二年", "二零二三年"], ["直接排放（範圍一）註1", "6,120", "5,480"],
         ["間接排放（範圍二）註2", "12,460", "11,930"], ["排放總量", "18,580", "17,410"],
         ["密度（每百萬港元收益）", "4.86", "4.12"]]


def test_a_table_wide_unit_note_gives_every_row_its_unit() -> None:
    out = carry_note_units(_table_and_notes(
        _ROWS, "註：上表溫室氣體排放量單位為噸二氧化碳當量，密度單位為噸二氧化碳當量／百萬港元收益。",
        "註1：範圍一包括鍋爐燃料及自有車輛。"))
    rows = out[0].table.rows if out[0].table else []
    assert rows[1][0] == "直接排放（範圍一）註1（单位：噸二氧化碳當量）"
    assert rows[3][0] == "排放總量（单位：噸二氧化碳當量）"
    assert rows[4][0].startswith("密度（每百萬港元收益）（单位：噸二氧化碳當量／百萬港元")


@pytest.mark.parametrize("note", [
    "注：表中数据单位为吨二氧化碳当量。",
    "注：本表单位为吨二氧化碳当量。",
    "Note: figures in the table above are in tonnes CO2e.",
], ids=["table_data_unit", "this_table_unit", "table_above_en"])
def test_other_table_wide_unit_notes(note: str) -> None:
    rows = [["指标", "2022年", "2023年"], ["范围一排放", "6,120", "5,480"]]
    out = carry_note_units(_table_and_notes(rows, note))
    assert "单位" in (out[0].table.rows[1][0] if out[0].table else "")


@pytest.mark.parametrize("note", [
    "注：单位为吨二氧化碳当量的数据经第三方核查。",  # no table word: not a table-wide unit
    "注：上表数据经第三方机构核查。",  # a table word but no unit
], ids=["no_table_word", "no_unit"])
def test_notes_that_give_no_table_unit_change_nothing(note: str) -> None:
    rows = [["指标", "2022年", "2023年"], ["范围一排放", "6,120", "5,480"]]
    out = carry_note_units(_table_and_notes(rows, note))
    assert out[0].table is not None and out[0].table.rows == rows


def test_a_table_with_a_unit_column_keeps_its_units() -> None:
    rows = [["指标", "单位", "2022年", "2023年"], ["范围一排放", "万吨二氧化碳当量", "0.61", "0.55"]]
    out = carry_note_units(_table_and_notes(rows, "注：上表单位为吨二氧化碳当量。"))
    assert out[0].table is not None and out[0].table.rows == rows


_NOTE_TABLE = """温室气体排放

| 指标 | 2022年 | 2023年 |
| --- | --- | --- |
| 范围一排放 | 6,120 | 5,480 |
| 范围二排放 | 12,460 | 11,930 |

注：上表单位为吨二氧化碳当量。
"""


def test_a_table_wide_unit_note_makes_the_figures_read(tmp_path: Path, m: LoadedMethodology) -> None:
    got = _figures(_rate(tmp_path, m, _NOTE_TABLE, suffix=".md"))
    assert {(e[0], e[1], e[2]) for e in got} >= {("scope1", 2023, 5480.0), ("scope2", 2022, 12460.0)}


@pytest.mark.parametrize(("text", "value"), [
    ("2023年公司单位客运周转量碳排放为每万人公里6.20千克二氧化碳当量。", 6.2e-07),
    ("单位客运周转量碳排放 | 千克二氧化碳当量/万人公里 | 7.10 | 6.20", 6.2e-07),
    ("Carbon intensity was 6.2 kgCO2e per 10,000 passenger-kilometres in 2023.", 6.2e-07),
], ids=["prose_per_10k_pkm", "row_per_10k_pkm", "en_per_10k_pkm"])
def test_an_intensity_per_ten_thousand_passenger_km(tmp_path: Path, m: LoadedMethodology,
                                                    text: str, value: float) -> None:
    suffix = ".md" if "|" in text else ".txt"
    if "|" in text:
        text = "| 指标 | 单位 | 2022年 | 2023年 |\n| --- | --- | --- | --- |\n| " + text + " |\n"
    r = _rate(tmp_path, m, text + "\n", suffix=suffix)
    got = [e for e in r.emissions if e.kind == "own" and e.scope == "intensity" and e.unit == "tCO2e/客公里"]
    assert any(math.isclose(e.value, value, rel_tol=1e-6) for e in got)


def test_an_intensity_per_boe(tmp_path: Path, m: LoadedMethodology) -> None:
    text = ("| Indicator | Unit | 2022 | 2023 |\n| --- | --- | --- | --- |\n"
            "| GHG intensity (Scope 1 and 2) | kgCO2e/boe | 18.4 | 17.2 |\n")
    got = _figures(_rate(tmp_path, m, text, suffix=".md"))
    assert (2023, 0.0172, "tCO2e/boe") in {(e[1], e[2], e[3]) for e in got if e[0] == "intensity"}


@pytest.mark.parametrize("text", [
    "In 2023 we injected 0.32 MtCO2 into the reservoir, of which about 0.27 Mt remained stored. Our total emissions were 2.1 MtCO2e.",
    "公司驱油项目全年注入二氧化碳12.6万吨。2023年公司温室气体排放总量为210万吨二氧化碳当量。",
    "按售出的实木家具计算，约储存二氧化碳3.6万吨。2023年公司温室气体排放总量为210万吨二氧化碳当量。",
], ids=["injected_en", "injected_zh", "stored_in_furniture"])
def test_co2_injected_or_stored_is_no_total(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    got = _figures(_rate(tmp_path, m, text + "\n"))
    assert {e[2] for e in got if e[0] == "total"} <= {2100000.0}
    assert not {e[2] for e in got} & {320000.0, 270000.0, 126000.0, 36000.0}


@pytest.mark.parametrize("text", [
    "经第三方核查，XF-8.5MW陆上机组的碳足迹为每千瓦时7.2克二氧化碳当量；XF-18MW海上机组为每千瓦时8.6克二氧化碳当量。",
    "Our 15 MW offshore turbine is about 7.9 g CO2e per kWh over its life cycle.",
    "We calculated the upstream carbon intensity of crude from our Dongying field at 12.6 kgCO2e per boe.",
], ids=["turbine_lca_zh", "turbine_lca_en", "crude_intensity_en"])
def test_a_products_footprint_is_no_own_intensity(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    got = _figures(_rate(tmp_path, m, text + "\n"))
    assert not [e for e in got if e[0] == "intensity"]


def test_own_intensity_per_kwh_of_a_power_company_stays(tmp_path: Path, m: LoadedMethodology) -> None:
    text = "2023年公司供电碳排放强度为每千瓦时586克二氧化碳。\n"
    got = _figures(_rate(tmp_path, m, text))
    assert [e for e in got if e[0] == "intensity"]
