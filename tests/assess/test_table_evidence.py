"""Evidence from a table is quoted as the header over the row that holds the cue, so the
figures read with their years and units (not a window cut across rows)."""

from __future__ import annotations

from pathlib import Path

from cnsr.assess.points import table_excerpt
from cnsr.assess.rate import rate_documents
from cnsr.evidence.normalize import normalize
from cnsr.ingest import read_document
from cnsr.methodology import load_methodology
from cnsr.rating import Company

CORPUS = Path(__file__).parents[2] / "demo" / "corpus"

ROWS = [
    ["指标", "单位", "2021年", "2022年", "2023年"],
    ["", "", "", "", ""],
    ["范围一温室气体排放", "吨二氧化碳当量", "906,953", "577,947", "292,945"],
    ["外购电力", "万千瓦时", "185,777", "159,647", "244,224"],
    ["单位营业收入碳排放强度", "吨二氧化碳当量/万元", "0.41", "0.38", "0.35"],
]


def test_header_over_the_first_row_holding_the_cue() -> None:
    assert table_excerpt(ROWS, ["外购电力"], 300) == (
        "指标 | 单位 | 2021年 | 2022年 | 2023年\n外购电力 | 万千瓦时 | 185,777 | 159,647 | 244,224")


def test_cue_matched_after_normalisation_and_long_quotes_cut() -> None:
    rows = [["Item", "FY2022", "FY2023"], ["Scope 2 (market-based)", "１２,０００", "11,200"]]
    assert table_excerpt(rows, ["Scope 2"], 300) == (
        "Item | FY2022 | FY2023\nScope 2 (market-based) | １２,０００ | 11,200")
    cut = table_excerpt(ROWS, ["碳排放强度"], 30)
    assert cut is not None and len(cut) == 31 and cut.endswith("…")


def test_a_cue_read_across_cells_is_found_by_its_first_cell() -> None:
    assert table_excerpt(ROWS, ["外购电力 | 万千瓦时"], 300) == (
        "指标 | 单位 | 2021年 | 2022年 | 2023年\n外购电力 | 万千瓦时 | 185,777 | 159,647 | 244,224")


def test_a_cue_in_the_header_quotes_the_first_row() -> None:
    assert table_excerpt(ROWS, ["2022年"], 300) == (
        "指标 | 单位 | 2021年 | 2022年 | 2023年\n"
        "范围一温室气体排放 | 吨二氧化碳当量 | 906,953 | 577,947 | 292,945")


def test_no_cell_with_the_cue_or_no_body_gives_none() -> None:
    assert table_excerpt(ROWS, ["废水"], 300) is None
    assert table_excerpt(ROWS[:1], ["指标"], 300) is None
    assert table_excerpt(ROWS, [], 300) is None


def test_a_rated_report_quotes_its_kpi_table_by_row() -> None:
    document = read_document(CORPUS / "d01_jinghai_power_2023.pdf")
    rating = rate_documents([document], Company(name="京海电力", year=2023), load_methodology())
    quotes = [(e.passage, e.matched) for ind in rating.indicators for p in ind.points
              for e in p.evidence if " | " in e.passage]
    assert quotes, "the report's KPI tables give evidence"
    for quote, matched in quotes:
        header, *body = quote.split("\n")
        assert len(body) == 1 and " | " in header  # one row under the header
        assert any(cue.split(" | ")[0].split("\n")[0] in normalize(quote) for cue in matched)
    assert any("2023年" in quote.split("\n")[0] for quote, _ in quotes)  # a year header


def test_a_caption_row_is_quoted_with_the_header() -> None:
    rows = [["单位：万吨", "", ""], ["项目", "2022年度", "2023年度"],
            ["二氧化碳排放总量", "312.6", "298.4"], ["外购电力", "35,120", "34,660"]]
    assert table_excerpt(rows, ["外购电力"], 300) == (
        "单位：万吨\n项目 | 2022年度 | 2023年度\n外购电力 | 35,120 | 34,660")
