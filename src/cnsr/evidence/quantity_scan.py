"""The scanner behind `cnsr.evidence.quantities`: one pass over a text that reads numbers
with their units, multipliers (万/亿), ranges, qualifiers and the years they belong to.

Speed: one scanning regex with a first-character guard, a trie for units, and str.endswith
for the words before a number (see the measurement in tests/evidence/test_quantities.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal
from typing import NamedTuple

from cnsr.cjk import HAN
from cnsr.evidence import numbers, relative_years, units
from cnsr.evidence.numbers import CN_NUMERAL, Suffixes, normalize
from cnsr.evidence.units import UnitMatch

YEAR_MIN, YEAR_MAX = 1990, 2100
"""Numbers read as years when nothing else decides, and the years extract_years returns."""


class Quantity(NamedTuple):
    """A number found in text, in its canonical unit (a tuple: built for every number).

    For a range ("3-5%") `value` is the low end and `high` the high end. `qualifier` is
    "approx" (约, about, 左右), "at_least" (超过, 以上, 1200余吨) or "at_most" (不超过, 以下).
    `year` is the year the sentence ties the number to (2023年…; "… in FY2023"; the matching
    year of a "分别为 / respectively" list); `base_year` the comparison year (较2020年,
    vs 2020). `annual` marks a rate per year ("45万吨/年"). `unit_inferred` marks a unit taken
    from a neighbour ("120、115和108万吨") or read from context (plain tonnes after 二氧化碳排放
    are tCO2, after 温室气体/碳排放 tCO2e, after 能耗/标准煤 tce).
    """

    value: float
    unit: str | None
    dimension: str | None
    raw: str
    start: int
    end: int
    year: int | None = None
    high: float | None = None
    qualifier: str | None = None
    base_year: int | None = None
    annual: bool = False
    unit_inferred: bool = False

    @property
    def is_range(self) -> bool:
        return self.high is not None




# --- patterns ------------------------------------------------------------------------------

_MASTER = re.compile(
    rf"""
    (?=[\d\-+(F{numbers.CN_START}])  # a first-character guard lets re skip ahead fast
    (?:
    (?P<fy>(?<![A-Za-z])FY\s?'?(?P<fyy>(?:19|20)\d{{2}}|\d{{2}})(?!\d|\.\d))
   |(?P<phone>(?<![\d.])(?:\+86[-\s]?(?:\(?0?\d{{2,3}}\)?[-\s]?\d{{3,4}}[-\s]?\d{{4}}|1[3-9]\d{{9}})
                          |\(0\d{{2,3}}\)[-\s]?\d{{7,8}})(?!\d))
   |(?P<pct>(?P<pk>[百千])分之\s?(?P<pv>\d+(?:\.\d+)?|{CN_NUMERAL}))
   |(?P<cn>{CN_NUMERAL})
   |(?P<num>(?<![A-Za-z0-9_.\-/])(?P<sign>[-+](?=\d))?
        (?P<int>\d{{1,3}}(?:[,，]\d{{3}})+(?!\d)|\d+)(?P<frac>\.\d+)?))
    """,
    re.VERBOSE,
)

_MON = r"(?:0?[1-9]|1[0-2])"
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
# Tried only when a number is followed by one of -/.:年月日号, is long, or starts with 0:
# dates, times, stock codes, phone numbers and section numbers (1.2.3), skipped whole.
_SPECIAL = re.compile(
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
_SPECIAL_NEXT = frozenset("-/.:年月日号")

_NUMBER = re.compile(r"(?P<int>\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?P<frac>\.\d+)?")
_RANGE_SEP = re.compile(r"[ \t]?[-–—~至到][ \t]?(?=\d)")
_YEAR_SUFFIX = re.compile(r"[ \t]?(?:财年|年)")
_STD_TAIL = re.compile(r"(?:[ \t]?[-–.:：/][ \t]?\d+)*")
_SCOPE_TAIL = re.compile(
    r"(?:[ \t]*(?:[,，、&+/\-–]|and|和|及|与|至|to)[ \t]*(?:\d+|[一二三四五六七八九十]+))*")

_SENTENCE_MARKS = ("。", ";", "；", "!", "！", "?", "？", "\n", ". ")
_EOS = re.compile(r"[。;；!！?？]|\.(?=\s)|\n[ \t]*\n")
_CLAUSE = re.compile(r"[。;；!！?？，,：:]|\.(?=\s)|\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[。;；!！?？\n]|\.(?=\s)")
_LIST_SEP = re.compile(r"[ \t]*(?:[、,，/]|和|及|与|以及|或|and|or|, and)[ \t]*")
RESPECTIVELY = re.compile(r"分别为|分别是|分别达到?|依次为|分别|依次|(?i:respectively)")
"""Words that pair the n-th amount of a list with the n-th year or name before it."""
_RESPECTIVELY = RESPECTIVELY
_BASE_AFTER = re.compile(
    r"[ \t]?(?:为)?(?:基准|基线|基年|(?i:base[ \t]*year|baseline|levels?))")
_YEAR_AFTER = re.compile(
    r"(?:(?<![A-Za-z])(?i:in|for|during|of|by)|[(（]|在)[ \t]*(?:FY[ \t]?)?$")
# Only words between a figure and a year after it ("13,100 tCO2e in FY2022"): the figure's own
# year, even when its sentence began with another one (`relative_years.own_year_after`, words
# in data/text/relative-years.yaml)
# A year that labels what follows it ("(2022年: 61.0万吨)", "(2022: 19,500)"): the year of
# the next figure, not of the one before it.
_YEAR_LABEL = re.compile(r"[ \t]*(?:年度|年)?[ \t]*[:：]")
# Nothing but "的" between a comparison year and an amount ("较2022年的40.1万吨", "比2020年
# 基准年的29.8万吨"): the amount is that year's figure, not one compared with it.
_OF_BASE = re.compile(r"[ \t]*(?:年度?)?[ \t]*(?:的?(?:基准|基线|基)年?(?:水平)?)?[ \t]*的?[ \t]*")
# A unit in brackets before a colon ("排放量（tCO2e）：", "（单位：万吨）："): the unit of the bare
# numbers after it, up to the end of the sentence (a list may run on after "；"; the pattern is
# `units.table().header_unit`, words in data/units/aliases.yaml)
_HEADER_REACH = re.compile(r"[。!！?？\n]")
_JOINED = re.compile(r"[ \t]*(?:与|和|及|、|以及)[ \t]*")
_CJK = re.compile(f"[{HAN}]")


def _table_words() -> tuple[Suffixes, re.Pattern[str], Suffixes]:
    t = units.table()
    after = "|".join(f"(?P<{k}>{numbers.words_regex(v)})" for k, v in t.qualifiers["after"].items())
    by_code: dict[str, list[str]] = {}
    for prefix, code in t.currency_prefixes.items():
        by_code.setdefault(code, []).append(prefix)
    return (Suffixes(t.qualifiers["before"]), re.compile(rf"[ \t]?(?:{after})"),
            Suffixes(by_code))


_QUALIFIER_BEFORE, _QUALIFIER_AFTER, _CURRENCY_BEFORE = _table_words()

# --- scanning ------------------------------------------------------------------------------

class Token:
    """A quantity being built: value = num × (um.multiplier or 1) × um.factor."""

    __slots__ = ("start", "end", "num", "high", "um", "qualifier", "year", "base_year",
                 "inferred", "lead_year")

    def __init__(self, start: int, end: int, num: Decimal, um: UnitMatch | None,
                 high: Decimal | None = None) -> None:
        self.start, self.end, self.num, self.um, self.high = start, end, num, um, high
        self.qualifier: str | None = None
        self.year: int | None = None
        self.base_year: int | None = None
        self.inferred = False
        self.lead_year = False  # `year` is that of a year earlier in its sentence

    @property
    def unit(self) -> str | None:
        return self.um.unit if self.um is not None else None


class _Year:
    """A year event. A plain class with its own `__init__`, not a dataclass: mypyc compiles
    it (a dataclass's generated `__init__` stays interpreted), and ~3,000 are made a report."""

    __slots__ = ("year", "start", "end", "base", "first", "relative")

    def __init__(self, year: int, start: int, end: int, base: bool = False,
                 first: int | None = None, relative: bool = False) -> None:
        self.year, self.start, self.end, self.base = year, start, end, base
        self.first = first  # first year of a range "2021—2023年"
        self.relative = relative  # named relative to the report's ("a year earlier", "上年")


class QuantityScan:
    """Quantities and years of one text, in order of position."""

    def __init__(self, text: str, start: int = 0, stop: int | None = None,
                 norm: str | None = None, report_year: int | None = None) -> None:
        self.text = text
        self.report_year = report_year
        self.norm = normalize(text) if norm is None else norm
        self.start, self.stop = start, len(text) if stop is None else stop
        self.toks: list[Token] = []
        self.years: list[_Year] = []
        self.pairs: list[tuple[int, list[int], list[Token]]] = []
        self._cur: _Year | None = None
        self._base: _Year | None = None
        self._checked = 0
        self._run()
        self._header_units()
        self._propagate_units()
        self._attach_following()
        self._pair_respectively()
        if report_year is not None:
            self._date_current(report_year)

    # -- events, in text order --

    def _add_year(self, y: _Year) -> None:
        norm = self.norm
        if numbers.comparison_before(norm, y.start) or _BASE_AFTER.match(norm, y.end):
            y.base = True
            self._base = y
        else:
            self._cur = y
            self._checked = y.end
        self.years.append(y)

    def _add_tok(self, tok: Token) -> None:
        norm = self.norm
        if self._cur is not None:
            if _EOS.search(norm, self._checked, tok.start):
                self._cur = None
            else:
                tok.year = self._cur.year
                tok.lead_year = True
                self._checked = tok.start
        base = self._base
        if base is not None:
            if _EOS.search(norm, base.end, tok.start):
                self._base = None
            elif (tok.um is not None and tok.um.dimension != "ratio"
                  and _OF_BASE.fullmatch(norm, base.end, tok.start)):
                tok.year = base.year  # "较2022年的40.1万吨": 2022's amount
            elif (not _CLAUSE.search(norm, base.end, tok.start)
                  or (tok.um is not None and tok.um.dimension == "ratio")):
                tok.base_year = base.year
        self._qualify(tok)
        self.toks.append(tok)

    def _qualify(self, tok: Token) -> None:
        norm = self.norm
        s = tok.start
        while s > 0 and norm[s - 1] in " \t":
            s -= 1
        kind = _QUALIFIER_BEFORE.find(norm[max(0, s - 16):s]) if s else None
        if kind is None:
            m = _QUALIFIER_AFTER.match(norm, tok.end)
            kind = m.lastgroup if m is not None else None
        if kind is None and tok.um is not None and tok.um.more:
            kind = "at_least"
        tok.qualifier = kind

    # -- the loop --

    def _relative(self) -> list[_Year]:
        """Years named relative to the report's ("上年同期", "the previous year", "报告期内"),
        read only when the report year is known (data/text/relative-years.yaml)."""
        ry = self.report_year
        if ry is None:
            return []
        return [_Year(ry - 1 if m.lastgroup == "prior" else ry, m.start(), m.end(), relative=True)
                for m in relative_years.pattern().finditer(self.norm, self.start, self.stop)]

    def _run(self) -> None:
        norm = self.norm
        search = _MASTER.search
        pos, stop = self.start, self.stop
        relative = self._relative()
        ri = 0
        while (m := search(norm, pos)) is not None and m.start() < stop:
            while ri < len(relative) and relative[ri].start < m.start():
                if relative[ri].start >= pos:
                    self._add_year(relative[ri])
                ri += 1
            kind = m.lastgroup
            if kind == "num":
                pos = self._number(m)
            elif kind == "cn":
                pos = self._chinese(m)
            elif kind == "pct":
                pv = m.group("pv")
                value = Decimal(pv) if pv[0].isdigit() else numbers.parse_chinese(pv)
                factor = Decimal(1) if m.group("pk") == "百" else Decimal("0.1")
                um = UnitMatch(m.end(), None, "%", "ratio", factor)
                self._add_tok(Token(m.start(), m.end(), value, um))
                pos = m.end()
            elif kind == "fy":
                yy = int(m.group("fyy"))
                self._add_year(_Year(yy + 2000 if yy < 100 else yy, m.start(), m.end()))
                pos = m.end()
            else:  # phone
                pos = m.end()
        for y in relative[ri:]:
            if y.start >= pos:
                self._add_year(y)

    def _chinese(self, m: re.Match[str]) -> int:
        s, e = m.start(), m.end()
        numeral = m.group()
        norm = self.norm
        if numbers.is_digit_by_digit(numeral):  # 二〇二三年
            if len(numeral) == 4 and norm.startswith("年", e):
                self._add_year(_Year(int(numbers.parse_chinese(numeral)), s, e + 1))
                return e + 1
            return e
        um = units.match_unit(norm, e, chinese_numeral=True)
        if um is None or um.unit is None:
            return e
        if numbers.reference_kind(norm, s) is None:  # not 第三年
            self._add_tok(Token(s, um.end, numbers.parse_chinese(numeral), um))
        return um.end

    def _number(self, m: re.Match[str]) -> int:
        norm = self.norm
        s, e = m.start(), m.end()
        sign, integer, frac = m.group("sign", "int", "frac")
        if sign is None and (norm[e:e + 1] in _SPECIAL_NEXT or len(integer) >= 6
                             or integer[0] == "0"):
            sp = _SPECIAL.match(norm, s)
            if sp is not None:  # a date, time, code, phone or section number
                if sp.group("dy") is not None:
                    self._add_year(_Year(int(sp.group("dy")), s, sp.end()))
                return sp.end()
        if "，" in integer and not self._fullwidth_thousands(integer, frac, e):
            integer = integer.split("，", 1)[0]
            e = m.start("int") + len(integer)
            frac = None
        ref = numbers.reference_kind(norm, s)
        if ref is not None:  # skip "-1:2018" of ISO 14064-1:2018, "and 2" of Scope 1 and 2
            tail = (_SCOPE_TAIL if ref == "scope" else _STD_TAIL).match(norm, e)
            return tail.end() if tail is not None else e
        plain = sign is None and frac is None and integer.isdigit()
        if plain and len(integer) == 4:
            y = int(integer)
            after_range = self._year_range(y, s, e)
            if after_range is not None:
                return after_range
            suffix = _YEAR_SUFFIX.match(norm, e)
            if suffix is not None and 1000 <= y <= 2999:
                self._add_year(_Year(y, s, suffix.end()))
                return suffix.end()
        um = units.match_unit(norm, e)
        tok = Token(s, um.end if um is not None else e,
                   numbers.arabic_to_decimal(sign, integer, frac), um)
        rng = self._range(tok)
        if rng is not None:
            tok = rng
        elif um is None or um.unit is None:
            if um is None and plain and len(integer) == 4 \
                    and YEAR_MIN <= int(integer) <= YEAR_MAX \
                    and not _CJK.match(norm, _skip_space(norm, e)):
                self._add_year(_Year(int(integer), s, e))  # "in 2023", "2023 | 2022"
                return e
            code = self._currency_before(s)
            if code is not None:
                tok.um = units.currency_unit(code)._replace(
                    end=tok.end, multiplier=um.multiplier if um is not None else None)
            elif self._not_a_quantity(s, tok.end, sign):
                return tok.end
        self._add_tok(tok)
        return tok.end

    def _currency_before(self, s: int) -> str | None:
        i = _skip_space_back(self.norm, s)
        return _CURRENCY_BEFORE.find(self.norm[max(0, i - 6):i]) if i else None

    def _fullwidth_thousands(self, integer: str, frac: str | None, e: int) -> bool:
        """Is "1，234" one number? Only with a fraction, 2+ groups, or a unit right after."""
        if frac or integer.count("，") >= 2:
            return True
        um = units.match_unit(self.norm, e)
        return um is not None and um.unit is not None and not self.norm[e:e + 1].isspace()

    def _year_range(self, y: int, s: int, e: int) -> int | None:
        """"2021-2023", "2021—2023年", "2021至2023年": one year event, consumed."""
        if not YEAR_MIN <= y <= YEAR_MAX:
            return None
        sep = _RANGE_SEP.match(self.norm, e)
        if sep is None:
            return None
        n2 = _NUMBER.match(self.norm, sep.end())
        if n2 is None or n2.group("frac") or len(n2.group()) != 4:
            return None
        y2 = int(n2.group())
        if not y < y2 <= YEAR_MAX:
            return None
        end = n2.end()
        suffix = _YEAR_SUFFIX.match(self.norm, end)
        if suffix is not None:
            end = suffix.end()
        elif units.match_unit(self.norm, end) is not None:
            return None  # "2000-3000吨" is a range of tonnes
        self._add_year(_Year(y2, s, end, first=y))
        return end

    def _range(self, tok: Token) -> Token | None:
        """"3-5%", "3至5万吨", "10%–15%": one token, value the low end, high the high end."""
        norm = self.norm
        sep = _RANGE_SEP.match(norm, tok.end)
        if sep is None:
            return None
        n2 = _NUMBER.match(norm, sep.end())
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

    def _not_a_quantity(self, s: int, e: int, sign: str | None) -> bool:
        """Bare numbers that are list markers, headings, page numbers or part of a word."""
        norm = self.norm
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
        if at_line_start and sign is None and (nxt == "." or (nxt in (" ", "\t") and _CJK.match(
                norm, _skip_space(norm, e)) is not None)):
            return True  # "1. 概述", "3.2 碳排放管理"
        if nxt == "/" and norm[e + 1:e + 2].isdigit():
            return True  # 12/86
        before = norm[_skip_space_back(norm, s) - 1:_skip_space_back(norm, s)]
        after = norm[_skip_space(norm, e):_skip_space(norm, e) + 1]
        return before != "" and before in "-–—" and after != "" and after in "-–—"  # - 12 -

    # -- after the loop --

    def _header_units(self) -> None:
        """"温室气体排放量（tCO2e）：范围一 12,340，范围二 56,780", "（单位：万吨）：": a unit in
        brackets before a colon is the unit of the bare numbers after it in its sentence."""
        norm = self.norm
        if "(" not in norm and "（" not in norm:
            return
        lo = self.start
        if lo > 0 and norm[lo - 1] in "；;":
            # a list item read alone ("范围二 45.6" of "温室气体排放（万吨二氧化碳当量）：范围一
            # 12.3；范围二 45.6"): the header may stand before it in the same sentence
            hard = max(norm.rfind(c, 0, lo) for c in "。!！?？\n")
            lo = hard + 1
        for m in units.table().header_unit.finditer(norm, lo, self.stop):
            um = units.parse_unit(m.group("u"))
            if um is None or um.unit is None or um.dimension == "ratio":
                continue
            end = _HEADER_REACH.search(norm, m.end(), self.stop)
            stop = end.start() if end is not None else self.stop
            lead: int | None = None
            for tok in self.toks:
                if m.end() <= tok.start < stop and tok.um is None:
                    tok.um = um._replace(end=tok.end)
                    tok.inferred = True
                    if tok.year is None:
                        # the header's year goes with every item, though "；" ends the
                        # year's reach elsewhere ("上年同口径（万吨）：范围一 11.8；范围二 41.2")
                        if lead is None:
                            lead = self._lead_year(lo, m.start()) or 0
                        if lead:
                            tok.year = lead
                            tok.lead_year = True

    def _lead_year(self, lo: int, hi: int) -> int | None:
        """The last year (not a comparison base) named in norm[lo:hi]."""
        if lo >= self.start:
            found = [y for y in self.years if lo <= y.start < hi]
        else:
            found = QuantityScan(self.text, lo, hi, self.norm, self.report_year).years
        named = [y.year for y in found if not y.base]
        return named[-1] if named else None

    def _propagate_units(self) -> None:
        """"120、115和108万吨": the last number's unit (and its 万) applies to the list."""
        toks = self.toks
        for i in range(len(toks) - 2, -1, -1):
            tok, nxt = toks[i], toks[i + 1]
            if tok.unit is not None or nxt.um is None or nxt.um.unit is None:
                continue
            if _LIST_SEP.fullmatch(self.norm, tok.end, nxt.start) is None:
                continue
            own = tok.um.multiplier if tok.um is not None else None
            tok.um = nxt.um._replace(
                end=tok.end, multiplier=own if own is not None else nxt.um.multiplier)
            tok.inferred = True
            if tok.qualifier is None and nxt.qualifier == "approx":
                tok.qualifier = "approx"

    def _attach_following(self) -> None:
        """"3.5 Mt in FY2023", "down 12% on 2020 levels": a year right after, same clause."""
        if not self.years:
            return
        norm = self.norm
        starts = [y.start for y in self.years]
        for tok in self.toks:
            if tok.year is not None and tok.base_year is not None:
                continue
            i = bisect_left(starts, tok.end)
            for y in self.years[i:i + 2]:
                if y.start - tok.end > 40 or _CLAUSE.search(norm, tok.end, y.start):
                    break
                if y.base:
                    if tok.base_year is None:
                        tok.base_year = y.year
                elif ((tok.year is None and _YEAR_AFTER.search(norm, tok.end, y.start)
                       or tok.lead_year
                       and relative_years.own_year_after().fullmatch(norm, tok.end, y.start)
                       # "from 1.23m tCO2e a year earlier": an English relative year right
                       # after (Chinese names it before: "上年同期为…")
                       or y.relative and norm[y.start].isascii()
                       and not norm[tok.end:y.start].strip())
                      and _YEAR_LABEL.match(norm, y.end) is None):
                    # its own year wins over a sentence's lead ("In FY2023 … 12,400 tCO2e,
                    # compared with 13,100 tCO2e in FY2022")
                    tok.year = y.year
                    tok.lead_year = False

    def _pair_respectively(self) -> None:
        """In a "分别为 / respectively" sentence the n-th year goes with the n-th number."""
        norm = self.norm
        if _RESPECTIVELY.search(norm, self.start, self.stop) is None:
            return
        year_starts = [y.start for y in self.years]
        tok_starts = [t.start for t in self.toks]
        done = -1
        for mk in _RESPECTIVELY.finditer(norm, self.start, self.stop):
            if mk.start() < done:
                continue
            lo, hi = _sentence(norm, mk.start())
            done = hi
            inside = self.years[bisect_left(year_starts, lo):bisect_left(year_starts, hi)]
            # a "comparison" year joined to the one before ("2023年与2022年…分别为") is listed
            years = [y for i, y in enumerate(inside) if not y.base or (
                i and _JOINED.fullmatch(norm, inside[i - 1].end, y.start))]
            toks = [t for t in self.toks[bisect_left(tok_starts, lo):
                                         bisect_left(tok_starts, hi)] if t.unit is not None]
            expanded = _expand(years)
            if len(expanded) < 2 or len(expanded) != len(toks):
                continue
            # one measure: "26.7万吨和27.7万吨二氧化碳当量" is tonnes of CO2e twice
            if len({_mass_like(t.um.dimension) for t in toks if t.um is not None}) != 1:
                continue
            for y, t in zip(expanded, toks, strict=True):
                t.year = y
            self.pairs.append((lo, expanded, toks))

    def _date_current(self, report_year: int) -> None:
        """A figure compared with the previous year's in its sentence ("96,300 tCO2e,
        compared with 41,200 t in the previous year", "31,400 tCO2e (2022: 27,950 t)") is the
        report year's, when nothing else dates it."""
        prior = [t for t in self.toks if t.year == report_year - 1 and t.um is not None
                 and t.um.dimension not in (None, "ratio")]
        for p in prior:
            lo, _ = _sentence(self.norm, p.start)
            dim = _mass_like(p.um.dimension if p.um is not None else None)
            for t in self.toks:
                if t.start >= p.start:
                    break
                if (t.start >= lo and t.year is None and t.base_year is None
                        and t.um is not None and _mass_like(t.um.dimension) == dim):
                    t.year = report_year

    # -- output --

    def quantity(self, tok: Token) -> Quantity:
        um = tok.um
        unit = dimension = None
        scale = Decimal(1)
        annual = inferred = False
        if um is not None:
            unit, dimension, annual, inferred = um.unit, um.dimension, um.annual, tok.inferred
            scale = (um.multiplier or 1) * um.factor
            if unit == "t":
                read = units.unit_from_context(self.norm, tok.start)
                if read is not None:
                    (unit, dimension), inferred = read, True
        return tuple.__new__(Quantity, (  # without the Python-level __new__: every number
            float(tok.num * scale), unit, dimension, self.text[tok.start:tok.end], tok.start,
            tok.end, tok.year, float(tok.high * scale) if tok.high is not None else None,
            tok.qualifier, tok.base_year, annual, inferred))


def _skip_space(s: str, i: int) -> int:
    while i < len(s) and s[i] in " \t":
        i += 1
    return i


def _skip_space_back(s: str, i: int) -> int:
    while i > 0 and s[i - 1] in " \t":
        i -= 1
    return i


def _after_last_mark(norm: str, lo: int, hi: int) -> int:
    """Where the sentence holding position `hi` starts (not before `lo`)."""
    best = lo
    for c in _SENTENCE_MARKS:
        j = norm.rfind(c, lo, hi)
        if j >= 0:
            best = max(best, j + len(c))
    return best


def _sentence(norm: str, i: int, reach: int = 400) -> tuple[int, int]:
    """Bounds of the sentence around `i`, looking at most `reach` characters each way."""
    floor = max(0, i - reach)
    lo = _after_last_mark(norm, floor, i)
    end = _SENTENCE_END.search(norm, i, i + reach)
    return lo, end.start() if end else min(len(norm), i + reach)


def _mass_like(dimension: str | None) -> str | None:
    return "mass" if dimension == "emissions" else dimension


def _expand(years: list[_Year]) -> list[int]:
    """Years of a "分别" sentence: a lone range "2021—2023年" stands for every year in it."""
    if len(years) == 1 and years[0].first is not None:
        return list(range(years[0].first, years[0].year + 1))
    out: list[int] = []
    for y in years:
        out.extend([y.first, y.year] if y.first is not None else [y.year])
    return out

