"""Session 21 (speed): the same results, sooner.

- `evidence_order.run_together` finds a clause mark with one search (a comma or a point
  between two digits is none) instead of taking the digit separators out of the passage
  first: it must answer what the session-20 test answered.
- `cnsr rate` prints its table with the evidence table rendered in a forked child
  (`cli.rate._print_apart`): the bytes written must be `console.print`'s, on a terminal and
  off it.
"""

from __future__ import annotations

import io
import re

import pytest
from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from cnsr.cli.rate import _print_apart
from cnsr.evidence.evidence_order import run_together
from cnsr.evidence.find import Located, Ranked
from cnsr.evidence.records import Analysis, PointHit

_SEPARATOR = re.compile(r"(?<=\d)[,.](?=\d)")
_MARKS = frozenset("，。；;：:！？!?、,.")


def _session20(text: str, figures: int) -> bool:
    """`run_together` as it was (session 19-20), for a passage that is no table."""
    text = _SEPARATOR.sub("", text)
    if any(ch in _MARKS for ch in text):
        return False
    return len(re.findall(r"\d+", text)) >= figures


def _ranked(text: str, rows: list[list[str]] | None = None) -> Ranked:
    analysis = Analysis(text=text, hits=[], sentences=[(0, len(text))])
    hit = PointHit("I08.3", 0.5, [], [], (0, len(text)))
    return Ranked(Located("r.pdf", 1, 0, text, analysis, rows), hit, 0.0)


TEXTS = [
    # highlight runs of labels and figures (thousands commas, decimal points inside figures)
    "年度亮点5G基站41.2万个站点光伏装机86.4兆瓦绿电占比31%",
    "2023年度绩效 分布式光伏8.5兆瓦 节约标煤3,200吨 减少碳排放8,000吨",
    "Highlights 126 MW rooftop solar 31% renewable electricity 1,250 t CO2e avoided",
    "環保投入5,120萬元 節能改造26項 綠色採購比例45%",
    "１２.５万吨 ３,２００吨 ８６.４兆瓦",
    # sentences and clauses: a mark outside every figure
    "公司全年温室气体排放总量为12.6万吨，同比下降5%，其中范围一排放3.2万吨。",
    "本年度新增光伏装机12兆瓦;年发电量约1,300万千瓦时",
    "Scope 1 emissions were 12,400 tCO2e in 2023, down 8% from 2022.",
    "We installed 12.6 MW of solar. 31% renewable electricity 1.1 kt",
    "光伏装机12.6兆瓦、风电48兆瓦 绿电占比31%",
    "减排目标：2030年下降45% 2025年下降20% 2023年下降8%",
    "年度亮点 光伏装机12.6兆瓦 绿电占比31% 节约标煤3,200吨!",
    # separators that stand apart from a digit on one side
    "光伏装机12.兆瓦 风电48兆瓦 绿电占比31%",
    "光伏装机,12兆瓦 风电48兆瓦 绿电占比31%",
    "1,,2 3 4",
    ".5 兆瓦 6 吨 7 个",
    "5. 6 7 8",
    # too few figures, or none
    "光伏装机12.6兆瓦 绿电占比31%",
    "气候变化治理架构 董事会 可持续发展委员会",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("figures", [0, 2, 3, 4])
def test_run_together_answers_what_it_answered(text: str, figures: int) -> None:
    expected = bool(figures) and _session20(text, figures)
    assert run_together(_ranked(text), figures) is expected


def test_run_together_reads_no_table() -> None:
    assert not run_together(_ranked("光伏装机12.6兆瓦 风电48兆瓦 绿电占比31%", [["a", "1"]]), 3)


def test_runs_and_sentences() -> None:
    assert run_together(_ranked(TEXTS[0]), 3)
    assert run_together(_ranked(TEXTS[2]), 3)
    assert not run_together(_ranked(TEXTS[5]), 3)
    assert not run_together(_ranked(TEXTS[7]), 3)


def _parts() -> list[Table | Text]:
    head = Text.assemble(("示例公司", "bold"), "  600000.SH  D44  L  2023\n", "阶段 2    得分 41.5")
    small = Table("指标", "Score")
    small.add_row("I01 气候治理", "1.00")
    small.add_row("I02 战略", "0.50", style="dim")
    quotes = Table(title="证据", title_justify="left", show_lines=True)
    for name in ("要点", "评分", "文件 · 页"):
        quotes.add_column(name, no_wrap=True)
    quotes.add_column("证据", overflow="fold")
    for i in range(12):
        quotes.add_row(f"I0{i % 9 + 1}.1 [b]要点[/b]", "0.5", Text(f"r.pdf · 第{i + 1}页"),
                       Text("公司全年温室气体排放总量为12.6万吨，同比下降5%，其中范围一排放"
                            f"3.2万吨 [i]{i}[/i]。" * (1 + i % 3)))
    return [head, small, quotes, Text("* 灰色指标不计入本阶段总分", style="dim")]


@pytest.mark.parametrize("options", [
    {"width": 80},
    {"width": 132, "force_terminal": True, "color_system": "truecolor"},
    {"width": 60, "force_terminal": True, "color_system": "256"},
])
def test_print_apart_writes_what_print_writes(options: dict[str, object]) -> None:
    whole, apart = io.StringIO(), io.StringIO()
    Console(file=whole, **options).print(Group(*_parts()))  # type: ignore[arg-type]
    _print_apart(Console(file=apart, **options), _parts())  # type: ignore[arg-type]
    assert apart.getvalue() == whole.getvalue()


def test_print_apart_without_a_child(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where no child can be forked, the part is rendered here: the same bytes."""
    import os

    monkeypatch.delattr(os, "fork")
    whole, apart = io.StringIO(), io.StringIO()
    Console(file=whole, width=80).print(Group(*_parts()))
    _print_apart(Console(file=apart, width=80), _parts())
    assert apart.getvalue() == whole.getvalue()
