"""Text folding, number parsing and number context for the quantity extractor (pure).

`normalize` folds the characters that matter for numbers and units with a 1:1 NFKC mapping
(full-width digits, letters and signs, CO₂/m³ sub- and superscripts, Kangxi radicals such as
⽓ → 气), so offsets in the folded text are offsets in the raw text. Chinese punctuation
（），：；！？ is left alone (the patterns accept both forms): it is in nearly every Chinese
sentence, and leaving it means most passages need no folding at all. The full-width comma
"，" in particular separates clauses far more often than thousands.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from decimal import Decimal

from cnsr.evidence.number_context_data import bundled_number_context
from cnsr.evidence.relative_years import base_year_named

_FOLD_RANGES = (
    (0x00A0, 0x00BF),  # no-break space, ² ³ ¹, µ
    (0x2070, 0x209F),  # super- and subscript digits (CO₂)
    (0x2E80, 0x2FDF),  # CJK radicals and Kangxi radicals emitted by some PDFs
    (0x3000, 0x3000),  # ideographic space
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF03, 0xFF05),  # ＃ ＄ ％
    (0xFF0B, 0xFF0B),  # ＋
    (0xFF0D, 0xFF19),  # － ． ／ ０-９
    (0xFF21, 0xFF3A),  # Ａ-Ｚ
    (0xFF41, 0xFF5A),  # ａ-ｚ
    (0xFF5E, 0xFF5E),  # ～
    (0xFFE0, 0xFFE6),  # ￥ ￡ …
)
_KEEP: set[int] = set()


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {0x2212: "-", 0xFE63: "-"}  # minus sign, small hyphen-minus
    for lo, hi in _FOLD_RANGES:
        for cp in range(lo, hi + 1):
            if cp in _KEEP:
                continue
            ch = chr(cp)
            folded = unicodedata.normalize("NFKC", ch)
            if folded != ch and len(folded) == 1:
                table[cp] = folded
    return table


_FOLD = _fold_table()
_NEEDS_FOLD = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_FOLD)) + "]")


def normalize(text: str) -> str:
    """Fold `text` 1:1 (same length, same offsets) for number and unit matching."""
    if _NEEDS_FOLD.search(text) is None:
        return text
    return _NEEDS_FOLD.sub(_fold_one, text)


def _fold_one(m: re.Match[str]) -> str:
    return _FOLD[ord(m.group())]


# --- Chinese numerals ----------------------------------------------------------------------

CN_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "貳": 2, "两": 2,
    "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
CN_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}

_DIG = "".join(CN_DIGITS)
_SMALL = "".join(CN_SMALL)
_BIG = "".join(CN_BIG)

CN_START = _DIG + "十拾百千"
"""Characters a Chinese numeral or 百分之/千分之 can start with."""

CN_NUMERAL = (
    rf"(?:[{_DIG}]|[十拾])"
    rf"(?:[{_DIG}]|(?<=[{_DIG}])[{_SMALL}]|(?<=[{_DIG}{_SMALL}])[{_BIG}])*"
    rf"(?:点[{_DIG}]+)?"
)
"""Regex for a Chinese numeral: starts with a digit or 十, a 十/百/千 only after a digit
("十二亿千瓦时" stops before 千瓦时), 万/亿 only after a digit or 十/百/千."""


def is_digit_by_digit(s: str) -> bool:
    """True for numerals read digit by digit, like 二〇二三 (no 十/百/千/万/亿)."""
    return len(s) >= 2 and all(ch in CN_DIGITS for ch in s)


def parse_chinese(s: str) -> Decimal:
    """Value of a Chinese numeral: 三 → 3, 一千二百万 → 12000000, 三点五 → 3.5, 二〇二三 → 2023."""
    integer, _, fraction = s.partition("点")
    if is_digit_by_digit(integer):
        value = Decimal("".join(str(CN_DIGITS[ch]) for ch in integer))
    else:
        total = 0  # everything above the current 万/亿 section
        section = 0  # the part below 万 being built
        digit = 0
        for ch in integer:
            if ch in CN_DIGITS:
                digit = CN_DIGITS[ch]
            elif ch in CN_SMALL:
                section += (digit or 1) * CN_SMALL[ch]
                digit = 0
            else:  # 万 / 亿
                big = CN_BIG[ch]
                if big == 10**8:
                    total = (total + section + digit) * big
                else:
                    total += (section + digit) * big
                section = digit = 0
        value = Decimal(total + section + digit)
    if fraction:
        value += Decimal("0." + "".join(str(CN_DIGITS[ch]) for ch in fraction))
    return value


# --- Arabic numbers ------------------------------------------------------------------------

def arabic_to_decimal(sign: str | None, integer: str, fraction: str | None) -> Decimal:
    """Decimal from the pieces of an Arabic number ("1,234" / "1，234" / ".5")."""
    digits = integer.replace(",", "").replace("，", "")
    text = f"{'-' if sign and sign in '-−' else ''}{digits}{fraction or ''}"
    return Decimal(text)


def to_float(value: Decimal) -> float:
    """Float of an exact Decimal: correctly rounded, so 1.2 × 10^8 is 120000000.0 exactly."""
    return float(value)


def words_regex(words: Sequence[str]) -> str:
    """Regex alternation of `words`, longest first; English words in any case, whole."""
    out = []
    for w in sorted(words, key=len, reverse=True):
        pat = re.escape(w).replace(r"\ ", r"\s+")
        out.append(rf"(?<![A-Za-z])(?i:{pat})" if w[0].isascii() and w[0].isalpha() else pat)
    return "|".join(out)


# --- what stands right before a number -----------------------------------------------------

class Suffixes:
    """Which list of words a text ends with.

    str.endswith on a tuple is far cheaper than a look-behind regex searched over a window,
    and this runs for nearly every number. English words match in any case and must start
    a word (over ≠ turnover).
    """

    def __init__(self, kinds: Mapping[str, Sequence[str]]) -> None:
        self.kinds = {k: tuple(sorted({w.lower() for w in ws}, key=len, reverse=True))
                      for k, ws in kinds.items()}
        self.last_chars = frozenset(c for ws in self.kinds.values() for w in ws
                                    for c in (w[-1], w[-1].upper()))
        self.all_words = tuple(w for ws in self.kinds.values() for w in ws)

    def find(self, window: str) -> str | None:
        """The kind of the longest listed word `window` ends with, or None."""
        if not window or window[-1] not in self.last_chars:
            return None
        low = window.lower()
        if not low.endswith(self.all_words):
            return None
        best, best_len = None, 0
        for kind, words in self.kinds.items():
            if low.endswith(words):
                for w in words:  # longest first
                    if len(w) > best_len and low.endswith(w) \
                            and word_starts(low, len(low) - len(w)):
                        best, best_len = kind, len(w)
                        break
        return best


def word_starts(text: str, i: int) -> bool:
    """False when an ASCII word at `i` would continue a longer ASCII word."""
    return not (i > 0 and text[i].isascii() and text[i].isalpha()
                and text[i - 1].isascii() and text[i - 1].isalpha())


_CONTEXT = bundled_number_context()
"""Words after which a number is a reference, not a quantity (第3章, Scope 1, 股票代码601991,
ISO 14001, a shareholding), or a year a comparison's base (data/text/number-context.yaml)."""

_REFERENCES = Suffixes(_CONTEXT.reference_words)
_STANDARDS = tuple(_CONTEXT.standards)
_STANDARDS_BY_LENGTH = tuple(sorted(_STANDARDS, key=len, reverse=True))
_STANDARD_RE = re.compile(r"(?<![A-Za-z])(?:[A-Z]{1,3}/T|DB\d+(?:/T)?)$")
_NOT_BEFORE_TABLE = _CONTEXT.not_before_table  # 代表 / 发表 / 报表 … 3 is not "Table 3"


def reference_kind(norm: str, s: int) -> str | None:
    """"ord", "scope", "ref", "code" or "std" when the number at `s` is a reference."""
    i = s
    while i > 0 and norm[i - 1] in " \t":
        i -= 1
    sep = ""
    if i > 0 and norm[i - 1] in "-:：.#":
        sep = norm[i - 1]
        i -= 1
        while i > 0 and norm[i - 1] in " \t":
            i -= 1
    if i == 0:
        return None
    prev = norm[i - 1]
    if not prev.isascii() and prev not in _REFERENCES.last_chars:
        return None  # the usual case: a number after an ordinary Chinese character
    window = norm[max(0, i - 12):i]
    if sep == ".":
        window += "."
    kind = _REFERENCES.find(window)
    if kind == "ord" and window[-1] in "图表" and len(window) > 1 \
            and window[-2] in _NOT_BEFORE_TABLE:
        kind = None
    if kind is not None:
        return kind
    if prev.isascii() and prev.isalnum():
        if window.endswith(_STANDARDS):
            word = next(x for x in _STANDARDS_BY_LENGTH if window.endswith(x))
            if word_starts(window, len(window) - len(word)):
                return "std"
        if _STANDARD_RE.search(window):
            return "std"
    return None


_COMPARISON = Suffixes({"base": _CONTEXT.comparison_words})


def comparison_before(norm: str, start: int) -> bool:
    """Is the year at `start` preceded by a comparison word (较2020年, compared with 2020,
    较基准年（2020年）)?"""
    window = norm[max(0, start - 16):start].rstrip()
    if window.endswith("FY"):
        window = window[:-2].rstrip()
    # the base year named before the year itself: "较基准年（2019年）", "against the baseline
    # (2019)" (data/text/relative-years.yaml)
    named = base_year_named().search(window)
    if named is not None:
        window = window[:named.start()].rstrip()
    return _COMPARISON.find(window) is not None
