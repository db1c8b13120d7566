"""Session 18's cheaper forms of two per-passage filters give what the straightforward ones
gave: clauses silenced by "不适用" / "N/A" found with one scan of the passage (it was one scan
from the start of the passage per mark, quadratic in a long KPI table answered "不适用" row
after row), and template rows answered "不适用" looked at by their ending before the regex."""

from __future__ import annotations

import re

import pytest

from cnsr.evidence.form_answers import _no_answer_row, template_lines
from cnsr.evidence.hit_filters import without_silent_clauses
from cnsr.evidence.normalize import sentence_spans
from cnsr.evidence.records import Hit

_ROW_END = re.compile(r"[，,;；。！？!?\n|｜\t]")
KPI = ("指标 | 单位 | 2022年 | 2023年\n"
       "危险废物产生量 | 吨 | 12.5 | 11.8\n"
       "包装材料使用量 | 吨 | 不适用 | 不适用\n"
       "综合能源消耗量 | 吨标准煤 | 48,960 | 46,310\n"
       "生物多样性保护投入 | 万元 | N/A | N/A\n"
       "温室气体排放总量 | 吨二氧化碳当量 | 102,400 | 98,760")
PROSE = ("本公司不涉及矿产开采，生态修复指标不适用；公司全年节约用电1,260万千瓦时，"
         "减少二氧化碳排放约7,180吨。Packaging materials: not applicable, as our products ship "
         "in bulk; scope 1 emissions fell to 46,905 tCO2e.")
LISTED = ("危险废物产生量：12.5吨；包装材料使用量：不适用；综合能源消耗量：48,960吨标准煤；"
          "生物多样性保护投入：N/A；温室气体排放总量：98,760吨二氧化碳当量。")


def _reference(text: str, hits: list[Hit], silent: frozenset[str]) -> list[Hit]:
    """The session-16 form: the clause around each mark found by scanning from the start."""
    spans = []
    for h in hits:
        if h.concept in silent:
            a = max((x.end() for x in _ROW_END.finditer(text, 0, h.start)), default=0)
            e = _ROW_END.search(text, h.start)
            spans.append((a, e.start() if e else len(text)))
    return [h for h in hits if not any(a <= h.start < b for a, b in spans)]


def _hits(text: str) -> list[Hit]:
    """A cue on every word of interest, and a silent mark on every "not applicable"."""
    words = {"不适用": "not_applicable", "N/A": "not_applicable",
             "not applicable": "not_applicable", "不涉及": "not_applicable",
             "危险废物": "waste", "包装材料": "packaging", "能源": "energy",
             "生物多样性": "biodiversity", "温室气体": "ghg", "二氧化碳": "ghg",
             "scope 1": "scope1", "Packaging": "packaging", "生态修复": "biodiversity"}
    found = [Hit(concept, m.start(), m.end(), m.group())
             for word, concept in words.items() for m in re.finditer(re.escape(word), text)]
    return sorted(found, key=lambda h: (h.start, -h.end))


@pytest.mark.parametrize("text", [KPI, PROSE, LISTED, KPI + "\n" + PROSE, "不适用", "能源", ""])
def test_silent_clauses_as_the_reference_finds_them(text: str) -> None:
    hits = _hits(text)
    silent = frozenset({"not_applicable"})
    assert without_silent_clauses(text, hits, silent) == _reference(text, hits, silent)


def test_silent_clauses_drop_their_own_cues_only() -> None:
    kept = {h.text for h in without_silent_clauses(LISTED, _hits(LISTED),
                                                   frozenset({"not_applicable"}))}
    assert {"危险废物", "能源", "温室气体"} <= kept
    assert not kept & {"包装材料", "生物多样性", "不适用", "N/A"}


@pytest.mark.parametrize("text", [
    "报告期内投入环保资金（单位：万元） | 不适用",
    "报告期内投入环保资金（单位：万元）  不适用  ",
    "环保设施运行情况 | — | —",
    "公司全年投入环保资金2,360万元，用于脱硫脱硝设施升级。",
    "重点排污单位之外的公司的环保情况说明：公司不属于重点排污单位，生产过程中无废水排放/",
])
def test_template_rows_by_their_ending_as_by_the_regex(text: str) -> None:
    sentences = sentence_spans(text)
    found = template_lines(text, sentences)
    by_regex = [(a, b) for a, b in sentences if _no_answer_row().fullmatch(text, a, b)]
    assert [span for span in found if span in sentences] == by_regex
