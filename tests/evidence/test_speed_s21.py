"""Session 21 (speed): the same results, sooner.

`evidence_order.run_together` finds a clause mark with one search (a comma or a point between
two digits is none) instead of taking the digit separators out of the passage first, for
every point of the passage: it must answer what the session-20 test answered.
"""

from __future__ import annotations

import re

import pytest

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
