"""What the quantity scanner (`quantity_scan`) matches, and the checks it makes on the text
around one number: qualifiers, a currency before it, a range after it, and the bare numbers that
are no quantity (list markers, headings, page numbers). Pure functions of the normalised text,
kept apart from the scanner's state so each can be read and tested alone.
"""

from __future__ import annotations

import re

from cnsr.cjk import HAN
from cnsr.evidence import numbers, units
from cnsr.evidence.numbers import CN_NUMERAL, Suffixes
from cnsr.evidence.quantity_tokens import Token
from cnsr.ingest.text import APOSTROPHE

MASTER = re.compile(
    rf"""
    (?=[\d\-+(F{numbers.CN_START}])  # a first-character guard lets re skip ahead fast
    (?:
    (?P<fy>(?<![A-Za-z])FY\s?'?(?P<fyy>(?:19|20)\d{{2}}|\d{{2}})(?!\d|\.\d))
   |(?P<phone>(?<![\d.])(?:\+86[-\s]?(?:\(?0?\d{{2,3}}\)?[-\s]?\d{{3,4}}[-\s]?\d{{4}}|1[3-9]\d{{9}})
                          |\(0\d{{2,3}}\)[-\s]?\d{{7,8}})(?!\d))
   |(?P<pct>(?P<pk>[百千])分之\s?(?P<pv>\d+(?:\.\d+)?|{CN_NUMERAL}))
   |(?P<cn>{CN_NUMERAL})
   |(?P<num>(?<![A-Za-z0-9_.\-/])(?:(?<!{APOSTROPHE})(?<!{APOSTROPHE}\s)|(?!000(?![\d.,])))(?P<sign>[-+](?=\d))?
        (?P<int>\d{{1,3}}(?:[,，]\d{{3}})+(?!\d)|\d+)(?P<frac>\.\d+)?))
    """,
    re.VERBOSE,
)

_MON = r"(?:0?[1-9]|1[0-2])"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
# Tried only when a number is followed by one of -/.:年月日号, is long, or starts with 0:
# dates, times, stock codes, phone numbers and section numbers (1.2.3), skipped whole.
SPECIAL = re.compile(
    rf"""(?<![\d.])(?:
        (?P<dy>\d{{4}})(?:[-/.]{_MON}[-/.]{_DAY}(?!\d)
                        |\s?年\s?{_MON}\s?月(?:\s?{_DAY}\s?[日号])?
                        |[-/]{_MON}(?![\d.]))
       |{_MON}\s?月\s?{_DAY}\s?[日号]
       |\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?![\d.])
       |(?:\d{{6}}\.(?:SH|SZ|SS|BJ)|\d{{4,5}}\.HK)(?![A-Za-z])
       |(?:0\d{{2,3}}[-\s]?\d{{7,8}}|1[3-9]\d{{9}}|400[-\s]?\d{{3}}[-\s]?\d{{4}})(?!\d)
       |\d+(?:\.\d+){{2,}}(?!\d)
    )""",
    re.VERBOSE,
)
SPECIAL_NEXT = frozenset("-/.:年月日号")

NUMBER = re.compile(r"(?P<int>\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?P<frac>\.\d+)?")
RANGE_SEP = re.compile(r"[ \t]?[-–—~至到][ \t]?(?=\d)")
YEAR_SUFFIX = re.compile(r"[ \t]?(?:财年|年)")
STD_TAIL = re.compile(r"(?:[ \t]?[-–.:：/][ \t]?\d+)*")
SCOPE_TAIL = re.compile(
    r"(?:[ \t]*(?:[,，、&+/\-–]|and|和|及|与|至|to)[ \t]*(?:\d+|[一二三四五六七八九十]+))*")

LIST_SEP = re.compile(r"[ \t]*(?:[、,，/]|和|及|与|以及|或|and|or|, and)[ \t]*")
CJK = re.compile(f"[{HAN}]")


def _table_words() -> tuple[Suffixes, re.Pattern[str], Suffixes]:
    t = units.table()
    after = "|".join(f"(?P<{k}>{numbers.words_regex(v)})" for k, v in t.qualifiers["after"].items())
    by_code: dict[str, list[str]] = {}
    for prefix, code in t.currency_prefixes.items():
        by_code.setdefault(code, []).append(prefix)
    return (Suffixes(t.qualifiers["before"]), re.compile(rf"[ \t]?(?:{after})"),
            Suffixes(by_code))


_QUALIFIER_BEFORE, _QUALIFIER_AFTER, _CURRENCY_BEFORE = _table_words()


def qualifier(norm: str, tok: Token) -> str | None:
    """"约", "超过", "以上"…: the qualifier before or after a figure, or its unit's "more"."""
    s = skip_space_back(norm, tok.start)
    kind = _QUALIFIER_BEFORE.find(norm[max(0, s - 16):s]) if s else None
    if kind is None:
        m = _QUALIFIER_AFTER.match(norm, tok.end)
        kind = m.lastgroup if m is not None else None
    if kind is None and tok.um is not None and tok.um.more:
        kind = "at_least"
    return kind


def currency_before(norm: str, s: int) -> str | None:
    i = skip_space_back(norm, s)
    return _CURRENCY_BEFORE.find(norm[max(0, i - 6):i]) if i else None


def fullwidth_thousands(norm: str, integer: str, frac: str | None, e: int) -> bool:
    """Is "1，234" one number? Only with a fraction, 2+ groups, or a unit right after."""
    if frac or integer.count("，") >= 2:
        return True
    um = units.match_unit(norm, e)
    return um is not None and um.unit is not None and not norm[e:e + 1].isspace()


def value_range(norm: str, tok: Token) -> Token | None:
    """"3-5%", "3至5万吨", "10%–15%": one token, value the low end, high the high end."""
    sep = RANGE_SEP.match(norm, tok.end)
    if sep is None:
        return None
    n2 = NUMBER.match(norm, sep.end())
    if n2 is None:
        return None
    um2 = units.match_unit(norm, n2.end())
    if um2 is None or um2.unit is None:
        return None
    um1 = tok.um
    if um1 is not None and um1.unit is not None:
        if um1.unit != um2.unit:
            return None
        low_um = um1
    else:  # "3至5万吨": the second number's unit and 万 apply to both
        own = um1.multiplier if um1 is not None else None
        low_um = um2._replace(multiplier=own if own is not None else um2.multiplier)
    high = numbers.arabic_to_decimal(None, n2.group("int"), n2.group("frac"))
    scale = (low_um.multiplier or 1) * low_um.factor
    high_scaled = high * (um2.multiplier or 1) * um2.factor / scale
    if high_scaled < tok.num:
        return None  # "从120至108": a change, not a range
    return Token(tok.start, um2.end, tok.num, low_um, high=high_scaled)


def not_a_quantity(norm: str, s: int, e: int, sign: str | None) -> bool:
    """Bare numbers that are list markers, headings, page numbers or part of a word."""
    nxt = norm[e:e + 1]
    if nxt.isascii() and nxt.isalpha():
        return True  # 5G, 3rd, 13th
    prev = norm[s - 1:s]
    if prev and prev in "(（" and nxt and nxt in ")）":
        return True  # (1)
    line_start = norm.rfind("\n", 0, s) + 1
    at_line_start = not norm[line_start:s].strip(" \t(（")
    if nxt and nxt in "、)）" and not norm[e + 1:e + 2].isdigit():
        return at_line_start or (prev != "" and prev in " \t\n。;；:：")  # "1、建立…"
    if at_line_start and sign is None and (nxt == "." or (nxt in (" ", "\t") and CJK.match(
            norm, skip_space(norm, e)) is not None)):
        return True  # "1. 概述", "3.2 碳排放管理"
    if nxt == "/" and norm[e + 1:e + 2].isdigit():
        return True  # 12/86
    before = norm[skip_space_back(norm, s) - 1:skip_space_back(norm, s)]
    after = norm[skip_space(norm, e):skip_space(norm, e) + 1]
    return before != "" and before in "-–—" and after != "" and after in "-–—"  # - 12 -


def skip_space(s: str, i: int) -> int:
    while i < len(s) and s[i] in " \t":
        i += 1
    return i


def skip_space_back(s: str, i: int) -> int:
    while i > 0 and s[i - 1] in " \t":
        i -= 1
    return i
