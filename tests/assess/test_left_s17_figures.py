"""A figure cut from its unit by a line break (session 17): an indented one-line paragraph whose
short last line lies wholly in the indent ("…用水量312万" | "吨。") is one paragraph
(data/text/layout.yaml `indent_tail`), so the figure keeps its unit and the point its rating."""

from __future__ import annotations

import pytest

from cnsr.ingest.layout import Line, group_paragraphs
from evidence.tagged import points


def _line(text: str, x0: float, y0: float, x1: float, h: float = 10) -> Line:
    return Line(text, x0, y0, x1, y0 + h)


@pytest.mark.parametrize("first, tail, point", [
    ("2023年公司综合能源消费量2.86万吨标准煤；全年用水量312万", "吨。", "I04.1"),
    ("报告期内，公司温室气体排放总量为4.7", "万吨二氧化碳当量。", "I11.4"),
    ("全年外购电力消耗12,3", "45兆瓦时。", "I03.2"),
])
def test_a_figure_cut_from_its_unit_stays_one_paragraph(first: str, tail: str, point: str) -> None:
    lines = [_line("上一段的最后一行，内容结束。", 52, 30, 300),
             _line(first, 72, 50, 528),           # indented first line, nearly full
             _line(tail, 52, 65, 52 + 10 * len(tail))]  # a short tail: in the indent
    groups = group_paragraphs(lines)
    assert [len(g) for g in groups] == [1, 2]
    text = groups[1][0].text + groups[1][1].text
    assert points(text).get(point) == 1.0


def test_a_line_left_of_a_finished_sentence_is_another_block() -> None:
    lines = [_line("上一段的最后一行，内容结束。", 52, 30, 300),
             _line("本段只有一行，已经结束。", 72, 50, 528),
             _line("图注", 52, 65, 70)]
    assert [len(g) for g in group_paragraphs(lines)] == [1, 1, 1]


def test_a_kpi_caption_under_its_figure_is_no_tail() -> None:
    lines = [_line("41.8 Mt", 120, 50, 160),
             _line("CO2", 100, 65, 118)]
    assert [len(g) for g in group_paragraphs(lines)] == [1, 1]
