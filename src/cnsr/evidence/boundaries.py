"""Whether a Chinese cue is made of words: "新能源" in "最新能源效益守则" straddles the
words 最新 | 能源 and is not the cue.

Cues are found as substrings (fast, on every passage); this check runs only on the hits that
become a rating or its evidence (a few hundred per report). It segments a small window around
the cue with rjieba's own dictionary, without cnsr's domain words, which would pull the cue
out of the word it sits in. A cue is rejected when it begins inside a word and runs past that
word's end. A cue that ends a compound is kept: Chinese compounds put their head last, so
考核 in 业绩考核 or 废弃物 in 固体废弃物 is still the cue; so is a cue that begins with a
compound's last word of two or more characters (范围一 in 覆盖范围一, session 7).
"""

from __future__ import annotations

from cnsr.cjk import is_han
from cnsr.evidence.boundaries_data import misread_words
from cnsr.evidence.jieba_load import plain_segmenter

WINDOW = 6
"""Characters on each side of the cue's first character that the segmenter sees."""


def _cjk(ch: str) -> bool:
    return is_han(ch)


def starts_a_word(text: str, start: int, end: int) -> bool:
    """False when text[start:end] begins inside a word of `text` and runs past its end."""
    if start <= 0 or start >= len(text) or not _cjk(text[start]) or not _cjk(text[start - 1]):
        return True
    lo = max(0, start - WINDOW)
    pos = lo
    for token in plain_segmenter().cut(text[lo:end + WINDOW], False):
        after = pos + len(token)
        if after > start:
            return pos == start or after >= end or _head_of(text[start:after]) \
                or token in misread_words()
        pos = after
    return True


def _head_of(tail: str) -> bool:
    """The cue begins with the last word of a compound ("范围一" in 覆盖范围一: 覆盖范围 ends in
    the word 范围): the compound's head is the cue's own word. One character is not enough
    (新能源 in 最新能源: 最新 ends in 新, which is no word of the cue)."""
    return len(tail) >= 2 and list(plain_segmenter().cut(tail, False)) == [tail]


def cues_are_words(text: str, span: tuple[int, int], cues: list[str],
                     covered: list[tuple[int, int]] | None = None) -> bool:
    """Whether every cue occurs somewhere in text[span] without straddling a word boundary
    (cues not found verbatim, e.g. read across table cells, are not judged). A cue that
    begins inside another cue hit (`covered`: "碳排放" inside "二氧化碳排放", where 二氧化碳
    is a cue) overlaps cue vocabulary, not an unrelated word, and is kept."""
    a, b = span
    for cue in cues:
        if not cue or not _cjk(cue[0]):
            continue
        at = text.find(cue, a, b)
        if at < 0:
            continue
        ok = False
        while at >= 0:
            if starts_a_word(text, at, at + len(cue)) or _inside_hit(at, covered):
                ok = True
                break
            at = text.find(cue, at + 1, b)
        if not ok:
            return False
    return True


def _inside_hit(at: int, covered: list[tuple[int, int]] | None) -> bool:
    if covered:
        for start, end in covered:
            if start < at < end:
                return True
    return False
