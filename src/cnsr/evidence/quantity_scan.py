"""The scanner behind `cnsr.evidence.quantities`: one pass over a text that reads numbers
with their units, multipliers (万/亿), ranges, qualifiers and the years they belong to.
The years a sentence, a header or a "分别为" list gives them after that pass are in
`quantity_dates`; what both build, in `quantity_tokens`.

Speed: one scanning regex with a first-character guard, a trie for units, and str.endswith
for the words before a number (see the measurement in tests/evidence/test_quantities.py).
"""

from __future__ import annotations

import re
from decimal import Decimal

from cnsr.cjk import HAN
from cnsr.evidence import numbers, units
from cnsr.evidence.numbers import CN_NUMERAL, Suffixes, normalize
from cnsr.evidence.quantity_dates import (
    BASE_AFTER,
    CLAUSE,
    EOS,
    OF_BASE,
    attach_following,
    date_current,
    header_units,
    list_item,
    pair_respectively,
    relative_years_in,
    sentence_start,
)
from cnsr.evidence.quantity_tokens import Quantity, Token, YearEvent
from cnsr.evidence.units import UnitMatch

YEAR_MIN, YEAR_MAX = 1990, 2100
"""Numbers read as years when nothing else decides, and the years extract_years returns."""


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

_LIST_SEP = re.compile(r"[ \t]*(?:[、,，/]|和|及|与|以及|或|and|or|, and)[ \t]*")
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

class QuantityScan:
    """Quantities and years of one text, in order of position."""

    def __init__(self, text: str, start: int = 0, stop: int | None = None,
                 norm: str | None = None, report_year: int | None = None) -> None:
        self.text = text
        self.report_year = report_year
        self.norm = normalize(text) if norm is None else norm
        self.start, self.stop = start, len(text) if stop is None else stop
        self.toks: list[Token] = []
        self.years: list[YearEvent] = []
        self.pairs: list[tuple[int, list[int], list[Token]]] = []
        self._cur: YearEvent | None = None
        self._base: YearEvent | None = None
        self._checked = 0
        self._dated: Token | None = None  # the last figure the current year dated
        self._leads = False  # the current year is the first its sentence names
        if self.start > 0 and self.norm[self.start - 1] in "；;":
            self._list_year()
        self._run()
        header_units(self.norm, self.start, self.stop, self.toks, self._lead_year)
        self._propagate_units()
        attach_following(self.norm, self.toks, self.years)
        self.pairs = pair_respectively(self.norm, self.start, self.stop, self.years, self.toks)
        if report_year is not None:
            date_current(self.norm, self.toks, report_year)

    def _list_year(self) -> None:
        """An item of a "；" list read alone: the year that leads the list before it may date
        it (`quantity_dates.list_item`), as the header's unit does (`header_units`)."""
        norm, start = self.norm, self.start
        prior = QuantityScan(self.text, sentence_start(norm, start), start - 1, norm,
                             self.report_year)
        named = [y for y in prior.years if not y.base]
        if len(named) != 1:
            return
        year = named[0]
        self._cur, self._checked, self._leads = year, year.end, True
        dated = [t for t in prior.toks if t.start > year.start and t.year == year.year]
        self._dated = dated[-1] if dated else None

    # -- events, in text order --

    def _add_year(self, y: YearEvent) -> None:
        norm = self.norm
        if numbers.comparison_before(norm, y.start) or BASE_AFTER.match(norm, y.end):
            y.base = True
            self._base = y
        else:
            # only the sentence's first year leads a "；" list (`quantity_dates.list_item`):
            # "2023年范围一…，2022年为…；范围二…" is not 2022's list
            opened = sentence_start(norm, y.start)
            self._leads = not any(not p.base and p.start >= opened for p in self.years[-8:])
            self._cur = y
            self._checked = y.end
            self._dated = None
        self.years.append(y)

    def _add_tok(self, tok: Token) -> None:
        norm = self.norm
        if self._cur is not None:
            if EOS.search(norm, self._checked, tok.start) and not (
                    self._leads and list_item(norm, self._cur.end, tok, self._dated)):
                self._cur = None
            else:
                tok.year = self._cur.year
                tok.lead_year = True
                self._checked = tok.start
                self._dated = tok
        base = self._base
        if base is not None:
            if EOS.search(norm, base.end, tok.start):
                self._base = None
            elif (tok.um is not None and tok.um.dimension != "ratio"
                  and OF_BASE.fullmatch(norm, base.end, tok.start)):
                tok.year = base.year  # "较2022年的40.1万吨": 2022's amount
            elif (not CLAUSE.search(norm, base.end, tok.start)
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

    def _run(self) -> None:
        norm = self.norm
        search = _MASTER.search
        pos, stop = self.start, self.stop
        relative = relative_years_in(norm, self.start, self.stop, self.report_year)
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
                self._add_year(YearEvent(yy + 2000 if yy < 100 else yy, m.start(), m.end()))
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
                self._add_year(YearEvent(int(numbers.parse_chinese(numeral)), s, e + 1))
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
                    self._add_year(YearEvent(int(sp.group("dy")), s, sp.end()))
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
                self._add_year(YearEvent(y, s, suffix.end()))
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
                self._add_year(YearEvent(int(integer), s, e))  # "in 2023", "2023 | 2022"
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
        self._add_year(YearEvent(y2, s, end, first=y))
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

    def _lead_year(self, lo: int, hi: int) -> int | None:
        """The last year (not a comparison base) named in norm[lo:hi] (a header's year for
        `quantity_dates.header_units`; scanned again when it stands before this text)."""
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
