"""The scan index may only skip patterns that cannot match: checked against trying every
pattern of the lexicon at every candidate position of realistic and adversarial texts.

Candidate positions are every character but white space and ASCII letters or digits inside a
word or number (`Tables.scanner`): Latin cues are matched from word starts only, so
"2.5CO2" holds no CO2 cue even though `(?<![A-Za-z])CO2` alone would match there."""

from __future__ import annotations

import random
import re

import pytest

from cnsr.evidence.lexicon import load_lexicon
from cnsr.evidence.scan_index import ScanIndex
from cnsr.evidence.scanning import scan

TEXTS = [
    "报告期内，公司温室气体排放总量为52.3万吨二氧化碳当量，较2022年下降4.1%，排放强度降至"
    "0.38吨二氧化碳当量/万元；范围一和范围二排放分别为41.2万吨和11.1万吨。",
    "公司成立碳达峰碳中和工作领导小组，制定《碳排放管理办法》，2030年前实现碳达峰，并完成"
    "年度碳排放配额清缴履约。非化石能源装机容量占比达到35%，绿电使用比例提升至18%。",
    "Total Scope 1 emissions were 1.2 MtCO2e in FY2023, down 6% from the 2019 baseline; 42% "
    "renewable electricity. We aim to reach net zero by 2050 (SBTi-validated target).",
    "员工总数1,204人，女性员工占比37.5%；董事会召开会议9次。客户满意度96分。",
    "二氧化碳排放强度排放源排放因子排放边界排放标准氧化亚氮碳履约碳资产管理委员会低碳产品",
]


WORD_CHAR = re.compile(r"[A-Za-z0-9_]")


def _brute(text: str, patterns: list[tuple[str, re.Pattern[str]]]) -> list[tuple[str, int, int]]:
    """Every (concept, start, end) by trying every pattern at every candidate position."""
    out = []
    for p in range(len(text)):
        ch = text[p]
        if ch.isascii() and (ch.isspace() or (ch.isalnum() and p and WORD_CHAR.match(text[p - 1]))):
            continue
        found: dict[str, int] = {}
        for name, pattern in patterns:
            m = pattern.match(text, p)
            if m is not None and m.end() > found.get(name, p):
                found[name] = m.end()
        out.extend((name, p, end) for name, end in sorted(found.items()))
    return out


@pytest.fixture(scope="module")
def lexicon():  # type: ignore[no-untyped-def]
    return load_lexicon()


@pytest.fixture(scope="module")
def every_pattern(lexicon):  # type: ignore[no-untyped-def]
    """Each pattern of the lexicon compiled on its own, apart from the scanner's tables (`re`'s
    own cache holds 512 patterns: compiling in the loop made this test take minutes)."""
    return [(name, re.compile(p, re.I)) for name in lexicon.names for p in lexicon.patterns[name]]


def _noise(seed: int) -> str:
    """Adversarial text: cue fragments, digits and punctuation glued at random."""
    rng = random.Random(seed)
    pieces = ["碳", "排放", "二氧化碳", "20", "23年", "%", " ", "，", "。", "万吨", "renew",
              "able", "CO2", "e", "范围", "一", "目标", "供应商", "绿色", "履约", "12.5", "-"]
    return "".join(rng.choice(pieces) for _ in range(60))


@pytest.mark.parametrize("text", TEXTS + [_noise(seed) for seed in range(4)])
def test_scan_finds_exactly_what_trying_every_pattern_finds(lexicon, every_pattern, text: str) -> None:  # type: ignore[no-untyped-def]
    expected = _brute(text, every_pattern)
    got = sorted((h.concept, h.start, h.end) for h in scan(text, lexicon))
    assert got == sorted(expected)
    assert expected  # the texts do hold cues


def test_three_characters_narrow_the_patterns_tried(lexicon) -> None:  # type: ignore[no-untyped-def]
    index: ScanIndex = lexicon.index
    two = index.tables.two["排放"]
    three = index.bucket("排放源", 0)
    assert set(three) < set(two)  # 排放强度, 排放总量 … cannot start "排放源"
    assert {name for name, _ in three} >= {"breakdown"}  # 排放源 is an emission-source cue


def test_a_broad_pattern_is_tried_only_where_its_literal_is(lexicon) -> None:  # type: ignore[no-untyped-def]
    index: ScanIndex = lexicon.index
    assert "% renewable" in index.gates
    with_literal = "Solar made 42% renewable electricity"
    without = "Solar made 42% of our electricity"
    assert index.tables_for(with_literal.lower()) is index.tables
    assert index.tables_for(without.lower()) is index.gated
    assert "clean_share" in {h.concept for h in scan(with_literal, lexicon)}
    assert "clean_share" not in {h.concept for h in scan(without, lexicon)}


def test_start_guard_names_every_first_character() -> None:
    from cnsr.evidence.scan_index import start_guard

    guard = start_guard([r"(?<![A-Za-z])(?:the\s+)?previous\s+year", "上年同期", r"报告期内"])
    assert guard == "(?=[pt上报])"
    assert start_guard([r"\w+年", "去年"]) == ""  # a pattern that may start anywhere: no guard


def test_guarded_relative_years_find_what_the_bare_alternation_finds() -> None:
    import re

    from cnsr.evidence import relative_years

    guarded = relative_years.pattern()
    assert guarded.pattern.startswith("(?=[")
    bare = re.compile(guarded.pattern.split("])", 1)[1], re.I)
    text = ("报告期内，公司温室气体排放总量为12.6万吨，较上年同期下降4.1%；去年同期为13.1万吨。"
            "Compared with The Previous Financial Year, energy use fell 3%; in the prior-year "
            "period it rose. This reporting period covers our plants; 以上数据均经核查。")
    found = [(m.span(), m.lastgroup) for m in guarded.finditer(text)]
    assert found == [(m.span(), m.lastgroup) for m in bare.finditer(text)]
    assert [g for _, g in found] == ["current", "prior", "prior", "prior", "prior", "current"]


@pytest.mark.parametrize("text", [*TEXTS, *(_noise(seed) for seed in range(8))])
def test_the_scanner_skips_only_positions_without_patterns(lexicon, text: str) -> None:  # type: ignore[no-untyped-def]
    """Every position whose bucket holds a pattern is a candidate, in both table sets."""
    index: ScanIndex = lexicon.index
    lowered = text.lower()
    for tables in (index.tables, index.gated):
        candidates = {m.start() for m in tables.scanner.finditer(lowered)}
        for p in range(len(lowered)):
            ch = lowered[p]
            if ch.isascii() and (ch.isspace() or (ch.isalnum() and p > 0
                                                  and re.match(r"\w", lowered[p - 1]))):
                continue  # never a candidate (see the module docstring)
            key = lowered[p:p + 3]
            bucket = (tables.three.get(key) or (tables.two_open if len(key) == 3
                      else tables.two).get(key[:2]) or tables.one.get(key[0], tables.anywhere))
            if bucket:
                assert p in candidates, (text[p:p + 3], p)


def test_a_position_no_two_character_key_starts_is_no_candidate(lexicon) -> None:  # type: ignore[no-untyped-def]
    """"1,204" and "96分": no cue starts "1," or "96" or "分。", so the scanner passes over them
    in C instead of handing them to the Python loop; "2030年" and "碳排放" are candidates."""
    text = "员工总数1,204人，客户满意度96分。2030年前碳排放达峰"
    starts = {m.start() for m in lexicon.index.gated.scanner.finditer(text.lower())}
    assert text.index("1,204") not in starts
    assert text.index("96分") not in starts
    assert text.index("2030") in starts
    assert text.index("碳排放") in starts


def test_bundled_lexicon_never_scans_every_position() -> None:
    """A bundled pattern whose start the index cannot read ("[^，。]{0,14}?研究报告") makes the
    scanner try every position of every passage (`(?s:.)`): slower, and a cue inside a word
    ("led" in "installed" for a pattern written for "LED灯") starts to match where the word-start
    rule used to keep it out. Session 13 wrote one such pattern and saw both; a pattern opens
    with a known word instead ("发布…研究报告")."""
    lexicon = load_lexicon()
    for text in TEXTS:
        assert lexicon.index.tables_for(text.lower()).scanner.pattern != r"(?s:.)"
    bad = ScanIndex(["x"], {"x": ["[^，。]{0,14}?研究报告"]})
    assert bad.tables_for("发布研究报告").scanner.pattern == r"(?s:.)"  # what the test guards
