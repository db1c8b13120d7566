"""Small pure pieces with literal inputs: line joins, paragraph and table rules, sniffing."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.ingest.encoding import REPLACED, decode_text
from cnsr.ingest.layout import Cell, Line, group_paragraphs
from cnsr.ingest.sniff import UnsupportedKind, sniff
from cnsr.ingest.tables import find_tables
from cnsr.ingest.text import is_page_number, join_lines, split_long


@pytest.mark.parametrize(("lines", "joined"), [
    (["公司温室", "气体排放"], "公司温室气体排放"),
    (["排放量为", "12,345吨"], "排放量为12,345吨"),
    (["emissions fell", "by 8%"], "emissions fell by 8%"),
    (["climate-", "related risks"], "climate-related risks"),
    (["下降11", ".2%。"], "下降11.2%。"),
    (["in 2023", "2024 targets"], "in 2023 2024 targets"),
    (["  ", "只有一行  "], "只有一行"),
])
def test_join_lines(lines: list[str], joined: str) -> None:
    assert join_lines(lines) == joined


def test_split_long_cuts_at_sentence_ends() -> None:
    text = "第一句话。" * 10 + "Second sentence. " * 5
    parts = split_long(text, 30)
    assert "".join(parts).replace(" ", "") == text.replace(" ", "")
    assert all(len(part) <= 30 for part in parts)
    assert all(part.endswith(("。", ".")) for part in parts)
    assert split_long("短。", 30) == ["短。"]


@pytest.mark.parametrize(("text", "expected"), [
    ("12", True), ("- 12 -", True), ("第12页", True), ("xiv", True),
    ("2023年", False), ("mild", False), ("12,345", False),
])
def test_page_numbers(text: str, expected: bool) -> None:
    assert is_page_number(text) is expected


def _line(text: str, x0: float, y0: float, x1: float, h: float = 10,
          cells: tuple[Cell, ...] = ()) -> Line:
    return Line(text, x0, y0, x1, y0 + h, cells)


def test_paragraph_rules() -> None:
    lines = [
        _line("一、应对气候变化", 60, 50, 160, 14),           # heading: larger
        _line("公司坚持绿色低碳发展", 80, 75, 500),            # indented first line
        _line("战略，持续推进节能减排。", 60, 90, 500),
        _line("最后一行。", 60, 105, 110),                     # short last line
        _line("第二段首行没有缩进但上一行很短", 60, 120, 500),
        _line("第二段结束。", 60, 135, 500),
        _line("第三段在较大的间距之后", 60, 170, 500),          # paragraph spacing
        _line("右栏的第一行", 320, 50, 500),                   # moved up: next column
    ]
    groups = [[line.text for line in group] for group in group_paragraphs(lines)]
    assert groups == [
        ["一、应对气候变化"],
        ["公司坚持绿色低碳发展", "战略，持续推进节能减排。", "最后一行。"],
        ["第二段首行没有缩进但上一行很短", "第二段结束。"],
        ["第三段在较大的间距之后"],
        ["右栏的第一行"],
    ]


def test_line_short_only_because_next_word_did_not_fit_continues() -> None:
    lines = [_line("公司按照温室气体核算体系", 60, 50, 500),
             _line("公司按照温室气体核算", 60, 65, 470),  # "（GHG" did not fit
             _line("（GHG Protocol）核算范围一。", 60, 80, 300)]
    assert len(group_paragraphs(lines)) == 1


def test_letter_spaced_last_line_stays_with_its_paragraph() -> None:
    # tracked text: 21 characters fill 455 pt at 10 pt type (~22 pt per character); the
    # last line holds one character and its full stop, which could not have fitted after
    # the line above (only 20 pt left before the right edge)
    lines = [_line("报 告 期 内 ， 公 司 持 续 开 展 温 室 气 体 核 算 与 碳 盘", 60, 50, 515),
             _line("查 ， 并 委 托 第 三 方 机 构 对 排 放 数 据 进 行 核 查 工", 60, 68, 495),
             _line("作 。", 60, 86, 106)]
    assert len(group_paragraphs(lines)) == 1
    # the same last line after a line that stopped with room for several characters ends it
    short = [_line("报 告 期 内 ， 公 司 持 续 开 展 温 室 气 体 核 算 与 碳 盘", 60, 50, 515),
             _line("查 工 作 。", 60, 68, 152),
             _line("作 为 重 点 排 放 单 位 ， 公 司 按 时 完 成 配 额 清 缴 。", 60, 86, 500)]
    assert len(group_paragraphs(short)) == 2


def _row(texts: list[str], xs: list[float], y: float) -> Line:
    cells = tuple(Cell(t, x, x + 40) for t, x in zip(texts, xs, strict=True))
    return _line(" ".join(texts), xs[0], y, xs[-1] + 40, cells=cells)


def test_table_with_wrapped_cell_and_prose_around() -> None:
    xs = [60.0, 160.0, 260.0]
    lines = [
        _line("下表列示排放数据。", 60, 20, 300),
        _row(["指标", "2022年", "2023年"], xs, 40),
        _row(["单位营业收入", "1.2", "1.1"], xs, 60),
        _line("碳排放强度", 60, 71, 100),                       # wrapped first cell
        _row(["范围一", "78,500", "71,200"], xs, 86),
        _line("注：数据经第三方核查。", 60, 110, 300),
    ]
    [found] = find_tables(lines)
    assert (found.start, found.stop) == (1, 5)
    assert found.table.rows == [["指标", "2022年", "2023年"],
                                ["单位营业收入碳排放强度", "1.2", "1.1"],
                                ["范围一", "78,500", "71,200"]]


def test_two_prose_columns_on_one_line_are_not_a_table() -> None:
    left = "公司坚持绿色低碳发展战略，积极应对气候"
    lines = [_row([left, left], [60.0, 320.0], 20 + 15 * i) for i in range(5)]
    assert find_tables(lines) == []
    unpunctuated = left.replace("，", "")
    lines = [_row([unpunctuated, unpunctuated], [60.0, 320.0], 20 + 15 * i) for i in range(5)]
    assert find_tables(lines) == []


def test_sniff_by_content(tmp_path: Path) -> None:
    path = tmp_path / "x"
    assert sniff(path, b"junk\n%PDF-1.7\n") == "pdf"
    assert sniff(path, b"\xef\xbb\xbf  <!DOCTYPE html><html>") == "html"
    assert sniff(path, "BMW集团2023年报告".encode()) == "txt"
    assert sniff(path, "温室气体排放".encode("gb18030")) == "txt"
    with pytest.raises(UnsupportedKind, match="a JPEG image"):
        sniff(path, b"\xff\xd8\xff\xe0\x00\x10JFIF")


def test_decode_text() -> None:
    assert decode_text("温室气体".encode()) == ("温室气体", "utf-8")
    assert decode_text("温室气体".encode("gb18030")) == ("温室气体", "gb18030")
    assert decode_text("温室".encode("utf-16")) == ("温室", "utf-16")
    assert decode_text("温室气体".encode()[:-1], partial=True) == ("温室气", "utf-8")
    with pytest.raises(UnicodeDecodeError):
        decode_text(b"\x00\x01binary")
    one_bad_byte = ("温室气体排放" * 200).encode() + b"\xff"
    assert decode_text(one_bad_byte) == ("温室气体排放" * 200 + "\ufffd", REPLACED)
