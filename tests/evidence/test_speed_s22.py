"""Session 22 (speed): the scan's candidate positions and its per-position work, each checked
to give the hits it gave before.

- A punctuation mark or symbol that starts a key ("，负责…", "|目标…", "% renewable") is a
  candidate only where it is followed by one of its own keys' second characters, not by
  any character that follows some Chinese first character: the "，" and "|" of every
  sentence and table row are left in C.
- The scan makes its per-position dict of the longest match per concept only where a pattern
  matches.
"""

from __future__ import annotations

import re

import pytest

from cnsr.evidence.lexicon import load_lexicon
from cnsr.evidence.scan_index import ScanIndex
from cnsr.evidence.scanning import scan
from evidence.test_scan_index import WORD_CHAR, _brute

# Disclosure-like text written for these tests: prose, KPI rows joined with " | " as tables
# are, commas of both widths, percentages, quotation marks.
TEXTS = [
    "报告期内，公司温室气体排放总量为12.6万吨二氧化碳当量，较上年下降4.1%，主要得益于余热回收"
    "和光伏发电项目的投产，负责节能工作的部门为安全环保部。",
    "指标 | 单位 | 2022年 | 2023年\n范围一排放 | 吨二氧化碳当量 | 10,512 | 9,870\n"
    "目标完成率 | % | 96.5 | 101.2\n综合能耗 | 吨标准煤 | 35,210 | 33,980",
    "In 2023, 42% renewable electricity was used; 18% of our fleet is electric, and Scope 1 "
    "emissions fell by 6%, while the ‘Green Office’ campaign saved 1.2 GWh.",
    "公司发布‘零碳工厂’建设方案，统筹推进节能降碳，归口管理部门为能源管理中心，牵头制定"
    "《碳排放管理办法》，主要负责人签署减排责任书。",
    "员工总数1,204人，女性员工占比37.5%，培训覆盖率100%，客户满意度96分，全年无重大安全事故。",
]


@pytest.fixture(scope="module")
def lexicon():  # type: ignore[no-untyped-def]
    return load_lexicon()


def _bucket_of(tables, lowered: str, p: int):  # type: ignore[no-untyped-def]
    key = lowered[p:p + 3]
    return (tables.three.get(key) or (tables.two_open if len(key) == 3 else tables.two)
            .get(key[:2]) or tables.one.get(key[0], tables.anywhere))


@pytest.mark.parametrize("text", TEXTS)
def test_every_position_with_patterns_stays_a_candidate(lexicon, text: str) -> None:  # type: ignore[no-untyped-def]
    index: ScanIndex = lexicon.index
    lowered = text.lower()
    for tables in (index.tables, index.gated):
        candidates = {m.start() for m in tables.scanner.finditer(lowered)}
        for p, ch in enumerate(lowered):
            if ch.isascii() and (ch.isspace() or (ch.isalnum() and p > 0
                                                  and WORD_CHAR.match(lowered[p - 1]))):
                continue
            if _bucket_of(tables, lowered, p):
                assert p in candidates, (text[p:p + 3], p)


def test_marks_without_a_key_of_their_own_are_no_candidates(lexicon) -> None:  # type: ignore[no-untyped-def]
    """"，" before 较 or 全 and "|" between cells start no key: not candidates; "，负责" and
    "，主要" do start keys ("，负…", "，主…"), so those stay."""
    text = TEXTS[0] + TEXTS[1]
    lowered = text.lower()
    starts = {m.start() for m in lexicon.index.gated.scanner.finditer(lowered)}
    for p, ch in enumerate(lowered):
        if ch in "，|" and not _bucket_of(lexicon.index.gated, lowered, p):
            assert p not in starts, (text[p:p + 3], p)
    assert text.index("，主要") in starts
    assert text.index("，负责") in starts
    assert text.index("| 单位") not in starts


def test_a_mark_is_a_candidate_by_its_own_second_characters(lexicon) -> None:  # type: ignore[no-untyped-def]
    index: ScanIndex = lexicon.index
    scanner = index.gated.scanner
    seconds = {k[1] for k in index.gated.two if k[0] == "，"}
    assert seconds  # "，主…", "，负…": keys that open with a comma
    for second in "较全为以在":
        if second not in seconds:
            assert not scanner.match("，" + second), second


@pytest.fixture(scope="module")
def every_pattern(lexicon):  # type: ignore[no-untyped-def]
    return [(name, re.compile(p, re.I)) for name in lexicon.names for p in lexicon.patterns[name]]


@pytest.mark.parametrize("text", TEXTS[:3])
def test_scan_still_finds_what_every_pattern_finds(lexicon, every_pattern,  # type: ignore[no-untyped-def]
                                                    text: str) -> None:
    got = sorted((h.concept, h.start, h.end) for h in scan(text, lexicon))
    assert got == sorted(_brute(text, every_pattern))
    assert got


def test_hits_keep_their_order_and_longest_end(lexicon) -> None:  # type: ignore[no-untyped-def]
    """Hits come by position, then in the order their concepts' patterns are tried; of one
    concept at one position only the longest match (what the per-position dict kept before it
    was made lazily)."""
    text = TEXTS[0]
    hits = scan(text, lexicon)
    assert [h.start for h in hits] == sorted(h.start for h in hits)
    seen = set()
    for h in hits:
        assert (h.concept, h.start) not in seen
        seen.add((h.concept, h.start))
        assert h.text == text[h.start:h.end] and h.end > h.start
