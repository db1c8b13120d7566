"""Relevance tokens: rjieba's plain cut with cnsr's domain terms joined back together."""

from __future__ import annotations

from cnsr.evidence.jieba_load import plain_segmenter
from cnsr.evidence.segment import DomainCut, segmenter, tokens
from cnsr.methodology import load_methodology

TERMS = ("减污降碳", "协同增效", "范围一", "温室气体", "温室气体排放总量", "排放强度")


def test_terms_split_by_the_plain_cut_come_out_whole() -> None:
    cut = DomainCut(plain_segmenter(), TERMS)
    words = cut.cut("公司持续推进减污降碳协同增效，范围一排放强度较上年下降", False)
    assert "减污降碳" in words and "协同增效" in words
    assert "范围一" in words and "排放强度" in words
    # nothing lost or added: the tokens still spell the text
    assert "".join(words) == "公司持续推进减污降碳协同增效，范围一排放强度较上年下降"


def test_the_longest_term_wins_and_a_term_is_never_made_across_a_word() -> None:
    cut = DomainCut(plain_segmenter(), TERMS)
    assert "温室气体排放总量" in cut.cut("报告期内温室气体排放总量为12.6万吨", False)
    # "温室气体" begins a longer term; without the rest it is still joined on its own
    assert "温室气体" in cut.cut("温室气体核算边界覆盖全部生产基地", False)
    # "范围" + "一" spells a term only where the cut splits them so; 覆盖范围 is one word
    assert "范围一" not in cut.cut("本次核查覆盖范围一致", False)


def test_relevance_tokens_share_the_boundary_checks_segmenter() -> None:
    """One dictionary load per process: the reader's relevance tokens and its cue-boundary
    check use the same rjieba segmenter."""
    seg = segmenter(load_methodology().lexicon())
    assert seg.plain is plain_segmenter()
    assert tokens(seg, "Scope 1 排放强度下降") == ["scope", "1", "排放强度", "下降"]
