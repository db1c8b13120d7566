"""The pieces around a table: unit captions, header rows, a table continued on the next
page."""

from __future__ import annotations

from cnsr.ingest.document import Table
from cnsr.ingest.tables import continue_table, header_rows
from cnsr.ingest.text import unit_caption

HEADER = ["指标", "单位", "2022年", "2023年"]


def test_unit_captions() -> None:
    assert unit_caption("单位：万吨") == "万吨"
    assert unit_caption("（单位：千克）") == "千克"
    assert unit_caption("表3 温室气体排放 单位：万吨二氧化碳当量") == "万吨二氧化碳当量"
    assert unit_caption("Unit: tCO2e") == "tCO2e"
    assert unit_caption("本公司各单位：按照要求开展碳盘查，确保数据准确。") is None
    assert unit_caption("碳排放计量单位") is None


def test_continued_table_gets_the_header() -> None:
    previous = Table(rows=[["单位：万吨", "", "", ""], HEADER, ["范围一排放", "万吨", "88.1", "84.6"]])
    rest = Table(rows=[["范围二排放", "万吨", "12.4", "11.7"]])
    joined = continue_table(previous, rest)
    assert joined is not None
    assert joined.rows == [["单位：万吨", "", "", ""], HEADER, ["范围二排放", "万吨", "12.4", "11.7"]]
    assert header_rows(joined.rows) == joined.rows[:2]


def test_a_new_table_is_not_a_continuation() -> None:
    previous = Table(rows=[HEADER, ["范围一排放", "万吨", "88.1", "84.6"]])
    assert continue_table(previous, Table(rows=[HEADER, ["废水", "吨", "1", "2"]])) is None
    assert continue_table(previous, Table(rows=[["废水", "吨", "1", "2", "3"]])) is None
    assert continue_table(previous, Table(rows=[["董事会", "监事会", "—", "—"]])) is None
    no_years = Table(rows=[["项目", "金额"], ["捐赠", "12"]])
    assert continue_table(no_years, Table(rows=[["培训", "30"]])) is None
