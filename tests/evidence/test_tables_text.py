"""Tables become one sentence per row, every number carrying its unit and year."""

from __future__ import annotations

from cnsr.evidence.lexicon import load_lexicon
from cnsr.evidence.match import analyse
from cnsr.evidence.normalize import clause_spans, normalize, sentence_spans
from cnsr.evidence.tables import table_text, year_values

EMISSIONS = [
    ["指标", "单位", "2020年", "2021年", "2022年"],
    ["范围一排放", "万吨二氧化碳当量", "88.1", "84.6", "80.2"],
    ["范围二排放", "万吨二氧化碳当量", "12.4", "12.9", "11.7"],
    ["员工总数", "人", "5,210", "5,380", "5,402"],
]


def test_unit_column_and_year_headers_go_into_each_value() -> None:
    lines = table_text(EMISSIONS).splitlines()
    assert lines[1] == ("范围一排放 | 2020年=88.1万吨二氧化碳当量 | 2021年=84.6万吨二氧化碳当量 | "
                        "2022年=80.2万吨二氧化碳当量")


def test_merged_year_columns_are_split() -> None:
    rows = [["指标", "单位", "2021年2022年2023年"], ["范围一排放", "tCO2e", "1,200 1,150 1,100"]]
    assert year_values(rows) == [(0, "范围一排放", [(2021, 1200.0), (2022, 1150.0),
                                                  (2023, 1100.0)])]


def test_header_unit_in_parentheses_or_alone() -> None:
    text = table_text([["项目", "金额（万元）"], ["碳排放配额购买支出", "356.0"]])
    assert "金额=356.0万元" in text
    rows = [["Item", "RMB million"], ["Green loans signed", "1,500"]]
    assert "Green loans signed | RMB 1,500 million" in table_text(rows)
    hit = analyse("", load_lexicon(), table_rows=rows).points["I15.4"]
    assert hit.rating == 1 and hit.quantities[0].value == 1.5e9


def test_emissions_table_discloses_scopes_history_and_trend() -> None:
    a = analyse("", load_lexicon(), table_rows=EMISSIONS)
    assert a.points["I11.1"].rating == 1
    assert a.points["I11.2"].rating == 1
    assert a.points["I11.5"].rating == 1  # three years of emissions
    assert {t.point: t.favourable for t in a.trends if t.point == "I11.1"} == {"I11.1": True}
    # the employee row is not environmental evidence
    assert not any("5,210" in n.raw for hit in a.points.values() for n in hit.quantities)


def test_two_years_of_emissions_is_partial_history() -> None:
    rows = [["Metric", "Unit", "2022", "2023"], ["Scope 1 emissions", "tCO2e", "9,800", "9,100"]]
    a = analyse("", load_lexicon(), table_rows=rows)
    assert a.points["I11.1"].rating == 1
    assert a.points.get("I11.5") is None or a.points["I11.5"].rating == 0.5


def test_normalize_keeps_chinese_comma_and_joins_wrapped_chinese() -> None:
    assert normalize("温室\n气体排放（范围一）：１２０，１１５") == "温室气体排放(范围一):120，115"
    text = "排放总量为120万吨，同比下降5%。范围三尚未核算。Scope 1 was 5 t. Next."
    assert len(sentence_spans(text)) == 4
    a, b = sentence_spans(text)[0]
    assert len(clause_spans(text, a, b)) == 2
    assert len(clause_spans("共1,234吨", 0, 6)) == 1  # a thousands comma is not a clause end


def test_unit_cell_before_figures_needs_no_unit_heading() -> None:
    rows = [["项目", "", "2022年度", "2023年度"], ["二氧化碳排放", "万吨", "1,021.5", "998.2"],
            ["Scope 1 emissions", "tCO2e", "48,210", "46,905"]]
    lines = table_text(rows).splitlines()
    assert lines[1] == "二氧化碳排放 | 2022年度=1,021.5万吨 | 2023年度=998.2万吨"
    assert lines[2] == "Scope 1 emissions | 2022年度=48,210tCO2e | 2023年度=46,905tCO2e"


def test_units_at_the_end_of_row_labels() -> None:
    rows = [["指标", "2022", "2023"], ["碳排放量（单位：千克）", "1,150,220", "1,098,431"],
            ["温室气体排放总计（千公吨二氧化碳当量）", "43.8", "41.0"],
            ["范围一温室气体排放量 t[CO2e]", "17,905", "17,110"],
            ["Scope 2 emissions (kgCO2e)", "9,120", "8,870"]]
    lines = table_text(rows).splitlines()
    assert lines[1].endswith("2023=1,098,431千克")
    assert lines[2].endswith("2023=41.0千公吨二氧化碳当量")
    assert lines[3].endswith("2023=17,110 t[CO2e]")
    assert lines[4].endswith("2023=8,870 kgCO2e")
    a = analyse("", load_lexicon(), table_rows=rows)
    assert {(n.year, n.unit, n.value) for n in a.points["I11.1"].quantities} >= {
        (2022, "tCO2e", 17_905.0), (2023, "tCO2e", 17_110.0)}


def test_caption_rows_and_header_cell_give_the_table_unit() -> None:
    captioned = [["表3 温室气体排放", "", "单位：万吨二氧化碳当量"], ["指标", "2022年", "2023年"],
                 ["范围一排放", "88.1", "84.6"]]
    lines = table_text(captioned).splitlines()
    assert lines[0] == "表3 温室气体排放 | 单位：万吨二氧化碳当量 | 指标 | 2022年 | 2023年"
    assert lines[1] == "范围一排放 | 2022年=88.1万吨二氧化碳当量 | 2023年=84.6万吨二氧化碳当量"
    in_header = [["指标（单位：tCO2e）", "FY2022", "FY2023"], ["Scope 1", "9,800", "9,100"]]
    assert table_text(in_header).splitlines()[1] == "Scope 1 | FY2022=9,800 tCO2e | FY2023=9,100 tCO2e"
    # the row's own unit wins over the caption's
    mixed = [["单位：万吨"], ["项目", "2022年", "2023年"], ["外购电力（万千瓦时）", "3,512", "3,466"]]
    assert table_text(mixed).splitlines()[1].endswith("2023年=3,466万千瓦时")


def test_two_header_rows_and_footnote_marks() -> None:
    rows = [["指标", "单位", "数值", ""], ["", "", "2022年", "2023年"],
            ["范围一排放", "吨二氧化碳当量", "9,800*", "9,100¹"]]
    lines = table_text(rows).splitlines()
    assert lines[1] == "范围一排放 | 2022年=9,800吨二氧化碳当量 | 2023年=9,100吨二氧化碳当量"
    assert year_values(rows) == [(0, "范围一排放", [(2022, 9800.0), (2023, 9100.0)])]
