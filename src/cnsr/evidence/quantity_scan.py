"""The scanner behind `cnsr.evidence.quantities`: one pass over a text that reads numbers
with their units, multipliers (万/亿), ranges, qualifiers and the years they belong to.
What it matches and the checks on one number's surroundings are in `quantity_patterns`; the
years a sentence, a header or a "分别为" list gives them after that pass, in `quantity_dates`;
what all three build, in `quantity_tokens`.

Speed: one scanning regex with a first-character guard, a trie for units, and str.endswith
for the words before a number (see the measurement in tests/evidence/test_quantities.py).
"""

from __future__ import annotations

import re
from decimal import Decimal

from cnsr.evidence import numbers, tonnes_context, units
from cnsr.evidence.numbers import normalize
from cnsr.evidence.quantity_dates import (
    BASE_AFTER,
    BASE_CELL,
    CLAUSE,
    EOS,
    OF_BASE,
    attach_following,
    date_compared,
    date_current,
    header_units,
    label_bracket_end,
    list_item,
    own_base_year,
    pair_respectively,
    relative_years_in,
    sentence_start,
)
from cnsr.evidence.quantity_patterns import (
    CJK,
    LIST_SEP,
    MASTER,
    NUMBER,
    RANGE_SEP,
    SCOPE_TAIL,
    SPECIAL,
    SPECIAL_NEXT,
    STD_TAIL,
    YEAR_SUFFIX,
    currency_before,
    fullwidth_thousands,
    not_a_quantity,
    qualifier,
    skip_space,
    value_range,
)
from cnsr.evidence.quantity_tokens import Quantity, Token, YearEvent
from cnsr.evidence.units import UnitMatch

YEAR_MIN, YEAR_MAX = 1990, 2100
"""Numbers read as years when nothing else decides, and the years extract_years returns."""


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
        # a year labelling a bracket: where the bracket closes, and the dating before it
        self._label: tuple[int, tuple[YearEvent | None, int, Token | None, bool]] | None = None
        if self.start > 0 and self.norm[self.start - 1] in "；;":
            self._list_year()
        self._run()
        header_units(self.norm, self.start, self.stop, self.toks, self._lead_year)
        self._propagate_units()
        attach_following(self.norm, self.toks, self.years)
        self.pairs = pair_respectively(self.norm, self.start, self.stop, self.years, self.toks)
        if report_year is not None:
            date_current(self.norm, self.toks, report_year)
            date_compared(self.norm, self.toks, self.years, report_year)

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
        if numbers.comparison_before(norm, y.start) or (
                BASE_AFTER.match(norm, y.end) and not own_base_year(norm, y.start, y.end)):
            y.base = True
            self._base = y
        else:
            # only the sentence's first year leads a "；" list (`quantity_dates.list_item`):
            # "2023年范围一…，2022年为…；范围二…" is not 2022's list
            opened = sentence_start(norm, y.start)
            closing = label_bracket_end(norm, y.start, y.end)
            self._label = (closing, (self._cur, self._checked, self._dated, self._leads)) \
                if closing is not None else None
            self._leads = not any(not p.base and p.start >= opened for p in self.years[-8:])
            self._cur = y
            self._checked = y.end
            self._dated = None
        self.years.append(y)

    def _add_tok(self, tok: Token) -> None:
        norm = self.norm
        if self._label is not None and tok.start > self._label[0]:
            # past a year-labelled bracket: back to the year before it, if any
            self._cur, self._checked, self._dated, self._leads = self._label[1]
            self._label = None
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
                  and (OF_BASE.fullmatch(norm, base.end, tok.start)
                       or BASE_CELL.fullmatch(norm, base.end, tok.start))):
                tok.year = base.year  # "较2022年的40.1万吨": 2022's amount
            elif (not CLAUSE.search(norm, base.end, tok.start)
                  or (tok.um is not None and tok.um.dimension == "ratio")):
                tok.base_year = base.year
        tok.qualifier = qualifier(self.norm, tok)
        self.toks.append(tok)

    # -- the loop --

    def _run(self) -> None:
        norm = self.norm
        search = MASTER.search
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
        if units.numeral_term(norm, s):  # 三元锂电芯 (ternary), not 3 yuan
            return um.end
        if numbers.reference_kind(norm, s) is None:  # not 第三年
            self._add_tok(Token(s, um.end, numbers.parse_chinese(numeral), um))
        return um.end

    def _number(self, m: re.Match[str]) -> int:
        norm = self.norm
        s, e = m.start(), m.end()
        sign, integer, frac = m.group("sign", "int", "frac")
        if sign is None and (norm[e:e + 1] in SPECIAL_NEXT or len(integer) >= 6
                             or integer[0] == "0"):
            sp = SPECIAL.match(norm, s)
            if sp is not None:  # a date, time, code, phone or section number
                if sp.group("dy") is not None:
                    self._add_year(YearEvent(int(sp.group("dy")), s, sp.end()))
                return sp.end()
        if "，" in integer and not fullwidth_thousands(norm, integer, frac, e):
            integer = integer.split("，", 1)[0]
            e = m.start("int") + len(integer)
            frac = None
        ref = numbers.reference_kind(norm, s)
        if ref is not None:  # skip "-1:2018" of ISO 14064-1:2018, "and 2" of Scope 1 and 2
            tail = (SCOPE_TAIL if ref == "scope" else STD_TAIL).match(norm, e)
            return tail.end() if tail is not None else e
        plain = sign is None and frac is None and integer.isdigit()
        if plain and len(integer) == 4:
            y = int(integer)
            after_range = self._year_range(y, s, e)
            if after_range is not None:
                return after_range
            suffix = YEAR_SUFFIX.match(norm, e)
            if suffix is not None and 1000 <= y <= 2999:
                self._add_year(YearEvent(y, s, suffix.end()))
                return suffix.end()
        um = units.match_unit(norm, e)
        tok = Token(s, um.end if um is not None else e,
                   numbers.arabic_to_decimal(sign, integer, frac), um)
        rng = value_range(norm, tok)
        if rng is not None:
            tok = rng
        elif um is None or um.unit is None:
            if um is None and plain and len(integer) == 4 \
                    and YEAR_MIN <= int(integer) <= YEAR_MAX \
                    and not CJK.match(norm, skip_space(norm, e)):
                self._add_year(YearEvent(int(integer), s, e))  # "in 2023", "2023 | 2022"
                return e
            code = currency_before(norm, s)
            if code is not None:
                tok.um = units.currency_unit(code)._replace(
                    end=tok.end, multiplier=um.multiplier if um is not None else None)
            elif not_a_quantity(norm, s, tok.end, sign):
                return tok.end
        self._add_tok(tok)
        return tok.end

    def _year_range(self, y: int, s: int, e: int) -> int | None:
        """"2021-2023", "2021—2023年", "2021至2023年", "2021年至2023年" (blind round 12): one year
        event, consumed."""
        if not YEAR_MIN <= y <= YEAR_MAX:
            return None
        sep = RANGE_SEP.match(self.norm, e)
        if sep is None:
            first = YEAR_SUFFIX.match(self.norm, e)
            sep = RANGE_SEP.match(self.norm, first.end()) if first is not None else None
            if sep is None or YEAR_SUFFIX.match(self.norm, sep.end() + 4) is None:
                return None
        n2 = NUMBER.match(self.norm, sep.end())
        if n2 is None or n2.group("frac") or len(n2.group()) != 4:
            return None
        y2 = int(n2.group())
        if not y < y2 <= YEAR_MAX:
            return None
        end = n2.end()
        suffix = YEAR_SUFFIX.match(self.norm, end)
        if suffix is not None:
            end = suffix.end()
        elif units.match_unit(self.norm, end) is not None:
            return None  # "2000-3000吨" is a range of tonnes
        self._add_year(YearEvent(y2, s, end, first=y))
        return end

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
            if LIST_SEP.fullmatch(self.norm, tok.end, nxt.start) is None:
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
                read = tonnes_context.unit_from_context(self.norm, tok.start, tok.year is not None)
                if read is not None:
                    (unit, dimension), inferred = read, True
        return tuple.__new__(Quantity, (  # without the Python-level __new__: every number
            float(tok.num * scale), unit, dimension, self.text[tok.start:tok.end], tok.start,
            tok.end, tok.year, float(tok.high * scale) if tok.high is not None else None,
            tok.qualifier, tok.base_year, annual, inferred))

