"""One definition of the Chinese character ranges (cnsr.cjk), used by every module."""

from __future__ import annotations

import re

from cnsr import cjk
from cnsr.evidence import boundaries, normalize, quantity_patterns, segment, units
from cnsr.ingest import text
from cnsr.report import evidence_text

_SAMPLE = [chr(cp) for cp in (*range(0x2000, 0x10000), *range(0x1F000, 0x32000, 7))]


def test_the_two_sets() -> None:
    assert cjk.is_han("碳") and cjk.is_han("㐀") and not cjk.is_han("，")
    assert not cjk.is_han("。") and cjk.is_cjk("。") and cjk.is_cjk("豈")  # U+F900
    assert not cjk.is_cjk("Ａ") and cjk.is_wide("Ａ") and cjk.is_wide("︰")
    assert cjk.is_wide("\U00020000") and not cjk.is_cjk("\U00020000")
    han = re.compile(cjk.HAN_CLASS)
    assert all((han.fullmatch(ch) is not None)
               == (cjk.is_han(ch) or "\uf900" <= ch <= "\ufaff") for ch in _SAMPLE)
    assert all(any(lo <= ord(ch) <= hi for lo, hi in cjk.HAN_RANGES)
               == (han.fullmatch(ch) is not None) for ch in _SAMPLE)


def test_every_module_reads_chinese_with_the_shared_sets() -> None:
    wide = re.compile(cjk.CJK_CLASS)
    han = re.compile(f"[{cjk.HAN}]")
    for ch in _SAMPLE:
        assert text.is_cjk(ch) == cjk.is_wide(ch)
        assert units._is_cjk(ch) == cjk.is_cjk(ch) == (wide.fullmatch(ch) is not None)
        assert (normalize._CJK_CHAR.fullmatch(ch) is not None) == (cjk.is_cjk(ch) or ch == "，")
        assert boundaries._cjk(ch) == cjk.is_han(ch) == (han.fullmatch(ch) is not None)
        assert (quantity_patterns.CJK.fullmatch(ch) is not None) == cjk.is_han(ch)
        assert (segment._KEEP.fullmatch(ch) is not None) == (cjk.is_han(ch)
                                                             or re.fullmatch(r"\w", ch) is not None)
        assert (evidence_text._CJK.fullmatch(ch) is not None) == (
            re.fullmatch(cjk.HAN_CLASS, ch) is not None)


def test_letter_spaced_chinese_still_closed_up_and_wraps_joined() -> None:
    spaced = "公 司 温 室 气 体 排 放 总 量 为 6 . 2 7 万 吨 二 氧 化 碳 当 量"
    assert normalize.normalize(spaced) == "公司温室气体排放总量为6.27万吨二氧化碳当量"
    assert normalize.normalize("本集团持续推进\n节能降碳改造") == "本集团持续推进节能降碳改造"
    assert normalize.normalize("Scope 1\nemissions fell") == "Scope 1 emissions fell"
