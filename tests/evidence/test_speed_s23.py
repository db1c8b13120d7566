"""Session 23 (speed): the extra-dimension patterns are searched only in a passage holding
one of the literal strings every match of them contains (`literal_gate`), with the same
numbers as before; the evidence order tests a passage for a highlights run and an English
title once, not for every point it ranks for."""

from __future__ import annotations

import re

import pytest

from cnsr.evidence.evidence_order import is_title, point_order, run_together
from cnsr.evidence.find import Located, Ranked
from cnsr.evidence.lexicon import load_lexicon
from cnsr.evidence.literal_gate import gate, required_literals
from cnsr.evidence.normalize import normalize
from cnsr.evidence.records import Analysis, PointHit
from cnsr.evidence.scanning import extra_numbers


@pytest.mark.parametrize(("pattern", "expected"), [
    # a run of literal characters
    (r"\d+\s*PUE", ["PUE"]),
    # a branch needs one of its alternatives; the longest required part of a sequence wins
    (r"(?:天然气|燃气|LNG)(?:用量)?\s*\d+\s*(?:立方米|m3)", ["m3", "立方米"]),
    (r"(?:天然气|燃气|LNG)(?:用量)?\s*\d+\s*(?:立方米|m3|方)", ["LNG", "天然气", "燃气"]),
    (r"\d[\d,]*\s*(?:万|亿)?\s*(?:千瓦|兆瓦|MW)(?!\s*时)", ["MW", "兆瓦", "千瓦"]),
    # every alternative of the whole pattern must give strings, else there is no gate
    (r"(?:\d+\s*(?:项|件))|(?:\b\d+\s+patents)", ["patents", "件", "项"]),
    (r"(?:\d+\s*(?:项|件))|(?:\d+)", None),
    # optional parts, classes and look-arounds need nothing
    (r"(?:约)?\d+", None),
    (r"(?<=碳)\d+", None),
    (r"[吨千]\d+", ["千", "吨"]),
    (r"[0-9]+吨", ["吨"]),
    (r"[^吨]\d+", None),
    # a repeat of at least one needs its body, of none nothing
    (r"(?:减排)+\d", ["减排"]),
    (r"(?:减排)*\d", None),
    # inline flags could change case folding inside the group: nothing taken from it
    (r"(?-i:MW)\d", None),
])
def test_required_literals(pattern: str, expected: list[str] | None) -> None:
    assert required_literals(pattern, re.I) == expected


def test_gate_drops_strings_holding_a_shorter_one() -> None:
    rx = re.compile(r"\d+\s*(?:GW|GWp|natural gas|gas)\b", re.I)
    found = gate(rx)
    assert found is not None
    assert "GWp" not in found.pattern and "natural" not in found.pattern
    # a class of first characters opens it, so that `re` skips to them in C
    assert found.pattern.startswith("[") and not found.flags & re.I


@pytest.mark.parametrize("text", [
    "installed 12 \u212aW of storage",  # the Kelvin sign folds to k
    "natural ga\u017f 3 m3",  # the long s folds to s
    "\u0130ncreased 5 GWp", "12 mw", "12 Mw", "35 兆瓦", "天然气 3 万立方米",
])
def test_gate_folds_every_character_re_folds(text: str) -> None:
    matched = 0
    for rx in (re.compile(r"\d+\s*(?:kW|MW|GW|兆瓦)", re.I),
               re.compile(r"(?:natural gas|天然气)\s*\d+", re.I),
               re.compile(r"(?:gas|天然气)\s*\d+", re.I),
               re.compile(r"increased\s*\d+", re.I)):
        found = gate(rx)
        assert found is not None
        if rx.search(text) is not None:
            matched += 1
            assert found.search(text) is not None, (rx.pattern, text)
    assert matched  # each text is a match of some pattern


SENTENCES = [
    # natural gas and fuel volumes, in several wordings
    "本年度天然气消耗量约 1,250 万立方米，较上年下降 6%。",
    "公司全年燃气用量 86.4 万立方米，主要用于食堂及锅炉。",
    "液化石油气消耗 12 吨，LNG 车辆 35 辆投入运营。",
    "Natural gas consumption was 3.2 million m3 in 2023.",
    # capacities
    "屋顶分布式光伏装机容量达 35 兆瓦，年发电量 3,800 万千瓦时。",
    "We installed 12.6 MWp of rooftop solar and 2 MW of storage.",
    # PUE
    "数据中心年均 PUE 降至 1.32，设计 PUE 为 1.25。",
    "Our data centres reached an annual PUE of 1.28.",
    # counts
    "累计获得绿色专利 36 项，建成绿色工厂 5 家。",
    # near misses: figures without any of the strings a pattern needs
    "本年度用电量 5,600 万千瓦时，用水量 120 万吨。",
    "员工培训覆盖 12,000 人次，志愿服务时长 3.5 万小时。",
    "营业收入 135.6 亿元，同比增长 8.2%。",
    "Revenue grew 8% to RMB 13.5 billion in 2023.",
]


def _ungated(text: str, dims: list[str]) -> list[tuple[str, str, int, int]]:
    lex = load_lexicon()
    out = []
    for dim in sorted(dims):
        rx = lex.extra_quantities.get(dim)
        if rx is not None and dim != "year":
            out += [(dim, m.group(), m.start(), m.end()) for m in rx.finditer(text)]
    return out


@pytest.mark.parametrize("raw", SENTENCES)
def test_extra_numbers_are_the_ungated_ones(raw: str) -> None:
    lex = load_lexicon()
    dims = [d for d in lex.extra_quantities if d != "year"]
    for text in (raw, normalize(raw)):
        found = [(n.dimension, n.raw, n.start, n.end)
                 for n in extra_numbers(text, lex, dims, [])]
        assert found == _ungated(text, dims)


def test_every_bundled_gate_passes_where_its_pattern_matches() -> None:
    lex = load_lexicon()
    assert set(lex.extra_gates) == set(lex.extra_quantities)
    assert lex.extra_gates["fuel_volume"] is not None
    assert lex.extra_gates["pue_value"] is not None
    for raw in SENTENCES:
        text = normalize(raw)
        for dim, rx in lex.extra_quantities.items():
            needed = lex.extra_gates[dim]
            if rx.search(text) is not None:
                assert needed is None or needed.search(text) is not None, (dim, raw)


def test_near_misses_are_not_searched() -> None:
    lex = load_lexicon()
    fuel = lex.extra_gates["fuel_volume"]
    assert fuel is not None
    for raw in SENTENCES[-4:]:
        assert fuel.search(normalize(raw)) is None


# --- the evidence order: a passage's run and title tests once per passage -------------------

def _ranked(pid: str, text: str, rating: float, rows: list[list[str]] | None = None,
            order: int = 0) -> Ranked:
    analysis = Analysis(text=text, hits=[], sentences=[(0, len(text))])
    hit = PointHit(pid, rating, [], [], (0, len(text)))
    return Ranked(Located("r.pdf", 1, order, text, analysis, rows), hit, 0.0)


ORDER_TEXTS = [
    "Climate risks and opportunities",
    "年度亮点 光伏装机12.6兆瓦 绿电占比31% 节约标煤3,200吨 减排8,000吨",
    "Highlights 126 MW rooftop solar 31% renewable electricity 1,250 t CO2e avoided",
    "公司全年温室气体排放总量为12.6万吨，同比下降5%，其中范围一排放3.2万吨。",
    "We installed 12.6 MW of rooftop solar in 2023, and bought 40 GWh of green power.",
    "碳资产管理与碳交易",
]


def test_order_key_tests_each_passage_as_the_predicates_do() -> None:
    lex = load_lexicon()
    key = point_order(lex)
    words = lex.rules.evidence.title_words
    figures = lex.rules.evidence.run_together_figures
    assert words and figures
    kept = []  # the passages live while they are ranked, as the findings keep them
    for order, text in enumerate(ORDER_TEXTS):
        for rows in (None, [["a", "1"]]):
            passage = _ranked("I08.3", text, 0.5, rows, order)
            kept.append(passage)
            for pid in ("I08.3", "I01.1", "I03.2"):
                r = Ranked(passage.where, passage.hit._replace(point=pid), 0.0)
                got = key(pid, r)
                assert got[4] == run_together(r, figures)
                assert got[5] == is_title(r, words)
                assert got[-1] == order
