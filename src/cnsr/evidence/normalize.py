"""Text normalisation for matching (NFKC), and sentence / clause spans.

Matching runs on normalised text; evidence cites the raw passage text. Normalisation maps
Kangxi radicals and full-width forms to their usual characters (⽓ → 气, （ → (, CO₂ → CO2;
the Chinese comma ， is kept),
joins a line break between two Chinese characters without a space, and collapses other
whitespace runs to one space. Sentence and clause boundaries are found on the result.
"""

from __future__ import annotations

import re
import unicodedata

_CJK_BREAK = re.compile(r"(?<=[\u2e80-\u9fff\uf900-\ufaff])\s*\n\s*(?=[\u2e80-\u9fff\uf900-\ufaff])")
_SPACE = re.compile(r"[ \t\r\f\v\u3000\xa0]+")
_SPACES_NL = re.compile(r"\s+")
# Sentence ends: Chinese full stop, ! ? ; (after NFKC), an English full stop before a space or
# the end, and line breaks that survive normalisation (table rows, list items).
_SENTENCE_END = re.compile(r"[。!?;\n]+|\.(?=\s|$)")
# Clause ends inside a sentence: commas and colons that are not digit separators.
_CLAUSE_END = re.compile(r"，|,(?!\d{3}(?!\d))|:")


def normalize(text: str, *, keep_lines: bool = False) -> str:
    """NFKC, Chinese line wraps joined, whitespace collapsed. With `keep_lines`, every line
    break is kept (one line per table row) and only spaces are collapsed."""
    # "，" is kept (NFKC would make it ","): in Chinese it separates clauses, and number
    # parsing must not read "120，115" as one thousands-grouped number.
    out = unicodedata.normalize("NFKC", text.replace("，", "\ue000")).replace("\ue000", "，")
    if keep_lines:
        lines = (_SPACE.sub(" ", line).strip() for line in out.split("\n"))
        return "\n".join(line for line in lines if line)
    if "\n" in out:  # most passages are joined lines already: skip a look-behind scan
        out = _CJK_BREAK.sub("", out)
    return _SPACES_NL.sub(" ", out).strip()


def spans(text: str, boundary: re.Pattern[str]) -> list[tuple[int, int]]:
    """Consecutive (start, end) spans of `text` cut after each boundary match."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in boundary.finditer(text):
        end = m.end()
        if end > start:
            out.append((start, end))
        start = end
    if start < len(text):
        out.append((start, len(text)))
    return out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    return spans(text, _SENTENCE_END) or [(0, len(text))]


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clauses of the sentence text[start:end], as absolute spans."""
    return [(start + a, start + b) for a, b in spans(text[start:end], _CLAUSE_END)] or [(start, end)]
