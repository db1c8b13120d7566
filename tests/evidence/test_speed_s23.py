"""Session 23 (speed): the extra-dimension patterns are searched only in a passage holding
one of the literal strings every match of them contains (`literal_gate`), with the same
numbers as before."""

from __future__ import annotations

import re

import pytest

from cnsr.evidence.lexicon import load_lexicon
from cnsr.evidence.literal_gate import gate, required_literals
from cnsr.evidence.normalize import normalize
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
    assert found is not None and found.pattern == "GW|gas"
    assert found.flags == rx.flags


def test_gate_folds_case_as_the_pattern_does() -> None:
    rx = re.compile(r"\d+\s*MWp?", re.I)
    found = gate(rx)
    assert found is not None
    for text in ("装机容量 120 mw", "installed 12 MWp of rooftop solar", "35 Mw"):
        assert rx.search(text) is not None and found.search(text) is not None


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
