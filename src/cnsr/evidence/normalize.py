"""Text normalisation for matching (NFKC), and sentence / clause spans.

Matching runs on normalised text; evidence cites the raw passage text. Normalisation maps
Kangxi radicals and full-width forms to their usual characters (⽓ → 气, （ → (, CO₂ → CO2;
the Chinese comma ， is kept),
joins a line break between two Chinese characters without a space, collapses other
whitespace runs to one space, and closes up letter-spaced Chinese ("公 司 温 室 气 体": what
PDF extraction gives for text set with wide tracking). Sentence and clause boundaries are
found on the result.

`clean` then puts traditional characters in simplified form (`script.py`: 減排 → 减排, 萬噸 →
万吨) and repairs OCR confusions in formulas and numbers (`ocr_repair.py`: t匚〇2e → tCO2e,
66_8 → 66.8), both one character for one and both skipped after one regex search when a
passage needs neither. Table cells get the same through `clean_rows`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Final

from cnsr.cjk import CJK_CLASS, COMPATIBILITY, SCRIPT
from cnsr.evidence.form_answers import answer_pattern
from cnsr.evidence.numbers import normalize as fold
from cnsr.evidence.ocr_repair import ascii_suspect, odd_characters, repair_all
from cnsr.evidence.script import to_simplified, traditional_characters
from cnsr.ingest.reading_limits import layout_limits

_CJK_BREAK = re.compile(rf"(?<={CJK_CLASS})\s*\n\s*(?={CJK_CLASS})")
_SPACE = re.compile(r"[ \t\r\f\v\u3000\xa0]+")
# Every whitespace run but a lone space (which would be replaced by itself): a run of two or
# more, or one character other than " ". Written to open with one whitespace character, so
# that re skips to candidates in C; `\s+` rewrote every space of a passage (the same result).
_SPACES_NL = re.compile(r"\s(?:(?<=[^\S ])\s*|\s+)")
# Letter spacing: a Chinese character standing alone between spaces. A passage where that
# holds for at least `_SPACED_SHARE` of its Chinese characters was extracted from text set
# with wide tracking ("公 司 温 室 气 体 为 6 . 2 7 万吨"; justification leaves some pairs
# tight); in it every space without a Latin letter beside it is letter spacing.
_CJK = f"[{SCRIPT}{COMPATIBILITY}，]"  # SCRIPT holds the CJK punctuation U+3000-U+303F
_LONE = re.compile(rf"(?<!\S){_CJK}(?!\S)")
_SPACED_GATE = re.compile(rf"(?:{_CJK} ){{3}}{_CJK}")  # each class written once compiles once
_CJK_CHAR = re.compile(_CJK)
# data/text/layout.yaml
_SPACED_SHARE: Final[float] = layout_limits().letter_spacing.spaced_share
_NOT_BY_A_WORD = re.compile(r"(?<![A-Za-z]) (?![A-Za-z])")
# Sentence ends: Chinese full stop, ! ? ; (after NFKC), an English full stop before a space or
# the end, and line breaks that survive normalisation (table rows, list items).
_ENDS = rf"[。!?;\n]+|\.(?=\s|$)|{answer_pattern()}"


def _opening_with_a_class(ends: str) -> str:
    """`_ENDS` written to open with one class of every character a sentence end starts with
    (the answer group starts with a box: `form_answers.answer_pattern`), then the rest of the
    alternative that character starts, chosen by a look-behind: re skips to the candidates
    in C instead of trying three alternatives at every position (the same matches)."""
    answer = answer_pattern()
    close = answer.find("]")
    if not answer.startswith("[") or close < 0 or "\\]" in answer[:close + 1]:
        return ends  # pragma: no cover - an answer pattern of another shape: as written
    boxes, rest = answer[1:close], answer[close + 1:]
    return (rf"[。!?;\n.{boxes}](?:(?<=[。!?;\n])[。!?;\n]*|(?<=\.)(?=\s|$)"
            rf"|(?<=[{boxes}]){rest})")


_SENTENCE_END = re.compile(_opening_with_a_class(_ENDS))
# Clause ends inside a sentence: commas and colons that are not digit separators.
_CLAUSE_END = re.compile(r"，|,(?!\d{3}(?!\d))|:")


def normalize(text: str, *, keep_lines: bool = False) -> str:
    """NFKC, Chinese line wraps joined, whitespace collapsed. With `keep_lines`, every line
    break is kept (one line per table row) and only spaces are collapsed."""
    # "，" is kept (NFKC would make it ","): in Chinese it separates clauses, and number
    # parsing must not read "120，115" as one thousands-grouped number.
    out = unicodedata.normalize("NFKC", text.replace("，", "\ue000")).replace("\ue000", "，")
    if keep_lines:
        lines = (_SPACE.sub(" ", line).strip() for line in clean(out).split("\n"))
        return "\n".join(line for line in lines if line)
    if "\n" in out:  # most passages are joined lines already: skip a look-behind scan
        out = _CJK_BREAK.sub("", out)
    # closed up before OCR repair, which reads "2 7万吨" as the decimal "2.7万吨"
    return clean(_close_up(_SPACES_NL.sub(" ", out).strip()))


def _close_up(text: str) -> str:
    """A letter-spaced passage without its letter spacing; other text as it is."""
    if _SPACED_GATE.search(text) is None:
        return text
    if len(_LONE.findall(text)) < _SPACED_SHARE * len(_CJK_CHAR.findall(text)):
        return text  # a few single-character words between spaces, not letter spacing
    return _NOT_BY_A_WORD.sub("", text)


@cache
def _clean_gate() -> re.Pattern[str]:
    """One character class for both: a traditional character or an odd OCR character."""
    from cnsr.data_cache import compile_patterns  # a class of ~4,000 characters: cached

    source = "[" + re.escape(traditional_characters() + odd_characters()) + "]"
    return compile_patterns("clean-gate", [(source, 0)])[0]


def clean(text: str) -> str:
    """Simplified characters, OCR confusions repaired, years written in Chinese numerals
    as digits; same length as `text` (`text` itself when there is nothing to do: one class
    search and a few literal searches)."""
    if _clean_gate().search(text) is None and not ascii_suspect(text):
        return numeral_years(text)
    return numeral_years(repair_all(to_simplified(text)))


_ZEROS = ("零", "〇", "○")
_NUMERAL_YEAR = re.compile(r"(?<![一二三四五六七八九十百千万零〇○两])"
                           r"(?:一九|二[零〇○])[零〇○一二三四五六七八九]{2}(?=年)")
_DIGITS = str.maketrans("零〇○一二三四五六七八九", "00012345678" + "9")


def numeral_years(text: str) -> str:
    """"二零二三年", "二〇四五年" as "2023年", "2045年" (four characters for four, so the
    length stays): Hong Kong reports date their KPI columns and targets this way, and a
    year the quantity reader cannot see gives a KPI column no year and a target no date
    (session 8). Gated by a literal search for a zero (every year from 2000 has one)."""
    if not any(zero in text for zero in _ZEROS) or _NUMERAL_YEAR.search(text) is None:
        return text
    return _NUMERAL_YEAR.sub(lambda m: m.group(0).translate(_DIGITS), text)


_CELL = "\ue001"  # private-use separators: no conversion or repair touches them
_ROW = "\ue002"


_SPACE_GROUPED = re.compile(r"[-+−]?\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:[.,]\d+)?")
"""A figure whose thousands are grouped by spaces ("1 262 480", "48 210"), as English and
European reports print them: read in a table cell only, where the whole cell is the figure
(in prose or a flattened row, "100 200 300" is three figures)."""


def group_thousands(rows: list[list[str]]) -> list[list[str]]:
    """Cells that are one space-grouped figure with commas for the spaces (1:1, so quotes
    keep their offsets); `rows` itself when no cell is one."""
    if not any(_SPACE_GROUPED.fullmatch(cell.strip()) for row in rows for cell in row):
        return rows
    return [[_comma_grouped(cell) for cell in row] for row in rows]


def _comma_grouped(cell: str) -> str:
    figure = cell.strip()
    if not _SPACE_GROUPED.fullmatch(figure):
        return cell
    return re.sub(r"(?<=\d)[ \u00a0\u2009\u202f](?=\d{3})", ",", cell)


def clean_rows(rows: list[list[str]]) -> list[list[str]]:
    """`clean` over a table's cells, in one pass over the joined table; `rows` itself when
    no cell changes (the usual case). Space-grouped figures get commas (`group_thousands`)."""
    rows = group_thousands(rows)
    joined = _ROW.join(_CELL.join(row) for row in rows)
    cleaned = clean(fold(joined))  # cells are raw: fold CO₂ and full-width digits first (1:1)
    if cleaned == joined or len(cleaned) != len(joined):
        return rows
    return [row.split(_CELL) for row in cleaned.split(_ROW)]


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
