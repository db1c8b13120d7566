"""Own emission figures in forms met in blind round 18 (session 21), misread, left unread or
read when not emissions, with text written fresh for these tests: years over groups of columns
("二零二二年 | 二零二三年" merged over "數值 | 同比"), printed once over one column of each group, gave
each year's figure the other year; a unit column whose heading was lost (the "單位" cell merged
over two header rows and read as a line of its own) left an intensity per thousand pairs of shoes
unread; a comma inside the label's bracket ("直接排放（范围一，天然气、柴油燃烧）8,316吨") made
the tonnes a fuel's; what the gas carried would emit if burned and a county's cut ("cuts … CO2
emissions by about 96,000 tonnes") were read as the company's totals."""

from __future__ import annotations

import math

import pytest

from cnsr.assess.rate import rate_documents
from cnsr.evidence.table_layout import parse_table
from cnsr.evidence.tables import table_text
from cnsr.ingest.document import Document, Page, Passage, Table
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company, Rating
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate


def _rate_table(m: LoadedMethodology, rows: list[list[str]]) -> Rating:
    table = Table(rows=rows)
    passage = Passage(page=1, index=0, text=table.as_text(), table=table)
    doc = Document(path="t.pdf", sha256="0" * 64, kind="pdf",
                   pages=[Page(number=1, text=passage.text, passages=[passage])])
    return rate_documents([doc], Company(name="测试公司", year=2023), m)


# the merged year cells land over the right-hand column of their group, as the text layer places
# a centred cell; the "指標 | 單位" cells merged over both header rows are lost
_GROUPED = [["", "", "", "二零二二年", "", "二零二三年"],
            ["", "", "數值", "同比", "數值", "同比"],
            ["範圍一排放", "噸二氧化碳當量", "4,210", "-3.1%", "4,080", "-3.1%"],
            ["範圍二排放", "噸二氧化碳當量", "18,640", "+5.2%", "17,950", "-3.7%"],
            ["排放強度", "噸二氧化碳當量／千雙", "1.36", "-4.2%", "1.21", "-11.0%"]]


def test_years_over_groups_spread_to_their_value_columns() -> None:
    parsed = parse_table(_GROUPED)
    assert parsed.header[2:] == ["二零二二年", "同比", "二零二三年", "同比"]
    text = table_text(_GROUPED)
    assert "二零二二年=4,210" in text and "二零二三年=4,080" in text
    assert "同比=-3.1%" in text


def test_years_over_groups_give_each_year_its_own_figure(m: LoadedMethodology) -> None:
    got = _figures(_rate_table(m, _GROUPED))
    assert ("scope1", 2022, 4210.0, "tCO2e") in got
    assert ("scope1", 2023, 4080.0, "tCO2e") in got
    assert ("scope2", 2023, 17950.0, "tCO2e") in got
    assert not {(s, y) for s, y, v, _ in got if (s, y, v) in {("scope1", 2023, 4210.0), ("scope1", 2022, 4080.0)}}


def test_an_intensity_per_thousand_pairs_is_read(m: LoadedMethodology) -> None:
    got = [e for e in _rate_table(m, _GROUPED).emissions if e.kind == "own" and e.scope == "intensity"]
    assert any(e.year == 2023 and math.isclose(e.value, 0.00121, rel_tol=1e-6) for e in got)


@pytest.mark.parametrize("rows", [
    # years in one header row and a sub-header that does not repeat once per year: left as it was
    [["指标", "单位", "2022年", "2023年"], ["", "", "数值", "备注"], ["范围一排放", "吨二氧化碳当量", "6,120", "5,480"]],
    # a plain two-year header: no group
    [["指标", "单位", "2022年", "2023年"], ["范围一排放", "吨二氧化碳当量", "6,120", "5,480"]],
], ids=["sub_header_not_repeated", "plain_header"])
def test_other_headers_are_not_spread(rows: list[list[str]]) -> None:
    header = parse_table(rows).header
    assert "2022年" in header and "2023年" in header
    assert header.index("2023年") - header.index("2022年") == 1


def test_a_headless_unit_column_in_simplified_characters(m: LoadedMethodology) -> None:
    rows = [["", "", "2022年", "2023年"],
            ["范围一排放", "吨二氧化碳当量", "6,120", "5,480"],
            ["单位产品排放", "千克二氧化碳当量/双", "1.48", "1.39"]]
    got = _figures(_rate_table(m, rows))
    assert ("scope1", 2023, 5480.0, "tCO2e") in got
    assert any(s == "intensity" and y == 2023 and math.isclose(v, 0.00139, rel_tol=1e-6) for s, y, v, _ in got)


@pytest.mark.parametrize(("text", "value"), [
    ("2023年公司温室气体排放总量为52,410吨二氧化碳当量，其中直接排放（范围一，天然气、柴油燃烧及工艺排放）9,120吨，"
     "间接排放（范围二，外购电力）43,290吨。", 9120.0),
    ("2023年直接排放（范围一，含锅炉燃气，叉车柴油）为3,460吨，外购电力产生的间接排放为12,870吨二氧化碳当量。", 3460.0),
], ids=["bracket_with_sources", "bracket_with_two_commas"])
def test_a_comma_inside_the_labels_bracket_keeps_the_tonnes_emissions(
        tmp_path, m: LoadedMethodology, text: str, value: float) -> None:
    got = _figures(_rate(tmp_path, m, text + "\n"))
    assert ("scope1", 2023, value, "tCO2e") in got


def test_fuel_tonnes_with_a_bracket_stay_fuel(tmp_path, m: LoadedMethodology) -> None:
    got = _figures(_rate(tmp_path, m, "2023年公司消耗天然气（主要用于锅炉，少量用于食堂）1,316吨。\n"))
    assert not got


@pytest.mark.parametrize("text", [
    "Gas we transported for shippers, if all burned by end users, would release about 88 million tonnes of CO2. "
    "Our total Scope 1 and 2 emissions were 1.52 million tCO2e.",
    "公司输送的天然气若全部燃烧，将排放二氧化碳约8,800万吨。2023年公司温室气体排放总量为152万吨二氧化碳当量。",
    "The fuel we sold would emit about 31 million tonnes of CO2 when burned. Our own emissions were 1.52 million tCO2e.",
], ids=["would_release_en", "if_burned_zh", "would_emit_en"])
def test_what_gas_would_emit_if_burned_is_no_total(tmp_path, m: LoadedMethodology, text: str) -> None:
    got = _figures(_rate(tmp_path, m, text + "\n"))
    assert {v for s, _, v, _ in got if s in {"total", "scope1_2"}} <= {1520000.0}


@pytest.mark.parametrize("text", [
    "The county estimates that the switch cuts its coal use by about 51,000 tonnes and its CO2 emissions by about 92,000 tonnes a year.",
    "Replacing the boilers cuts CO2 emissions by some 12,000 tonnes a year.",
], ids=["county_cuts_en", "boilers_cut_en"])
def test_a_cut_is_no_total(tmp_path, m: LoadedMethodology, text: str) -> None:
    got = _figures(_rate(tmp_path, m, text + "\n"))
    assert not [f for f in got if f[0] in {"total", "scope1", "scope1_2"}]


def test_an_own_total_in_english_stays(tmp_path, m: LoadedMethodology) -> None:
    got = _figures(_rate(tmp_path, m, "In 2023 our total Scope 1 and 2 emissions were 1.60 million tCO2e.\n"))
    assert {v for s, _, v, _ in got if s == "scope1_2"} == {1600000.0}
