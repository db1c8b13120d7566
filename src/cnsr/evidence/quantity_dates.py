"""The dating of scanned quantities: how far a year named in a sentence reaches, the year
right after a figure, the n-th year of a "分别为 / respectively" list, years named relative to
the report's, the report year of a figure compared with the year before, and a header unit
("排放量（tCO2e）：") with its year carried over a "；" list. Kept apart from the scanning of
numbers and units (`quantity_scan`), which calls these after its pass over the text."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from cnsr.evidence import relative_years, units
from cnsr.evidence.quantity_tokens import Token, YearEvent

_SENTENCE_MARKS = ("。", ";", "；", "!", "！", "?", "？", "\n", ". ")
EOS = re.compile(r"[。;；!！?？]|\.(?=\s)|\n[ \t]*\n")
"""Where a year named in a sentence stops reaching."""
CLAUSE = re.compile(r"[。;；!！?？，,：:]|\.(?=\s)|\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[。;；!！?？\n]|\.(?=\s)")
RESPECTIVELY = re.compile(r"分别为|分别是|分别达到?|依次为|分别|依次|(?i:respectively)")
"""Words that pair the n-th amount of a list with the n-th year or name before it."""
BASE_AFTER = re.compile(
    r"[ \t]?(?:为)?(?:基准|基线|基年|(?i:base[ \t]*year|baseline|levels?))")
# session 24 (gaps): a year opening its clause with the base-year word right after it and no
# 为 ("；2021年基准年排放总量为5.32万吨", "2019 base-year emissions were …") names the year of the
# figures that follow: the base year's own amount, not a comparison year (d170 read it as the
# report year's total). "2021年为基准年" and "以2021年为基准年" stay a base year.
BASE_OWN = re.compile(r"[ \t]?(?:基准|基线)年度?(?!为|是|[ \t]*[，,：:])|[ \t]?(?i:base[- ]year)(?= (?:emissions|total|scope|GHG|energy))")
_CLAUSE_HEAD = re.compile(r"(?:^|[，,；;。：:\n]|\.\s)[ \t]*(?:(?i:in|the|our|for)[ \t]+)?$")


def own_base_year(norm: str, start: int, end: int) -> bool:
    """Whether the year at `start`…`end` opens its clause and names the base year's own
    figures after it (`BASE_OWN`)."""
    return BASE_OWN.match(norm, end) is not None \
        and _CLAUSE_HEAD.search(norm, max(0, start - 8), start) is not None
_YEAR_AFTER = re.compile(
    r"(?:(?<![A-Za-z])(?i:in|for|during|of|by)|[(（]|在)[ \t]*(?:FY[ \t]?)?$")
# A year alone in brackets right after a figure ("from 52,400 tCO2e (2021) to 48,900 tCO2e (2022)",
# "由12,300吨（2021年）降至11,050吨（2022年）"): the figure's own year, also for the second figure of a
# comparison, which the first bracket's year would otherwise date (session 17)
_OWN_BRACKET_OPEN = re.compile(r"[ \t]*[(（][ \t]*(?:FY[ \t]?)?")
_OWN_BRACKET_CLOSE = re.compile(r"[ \t]*(?:年度|年|度)?[ \t]*[)）]")
# Only words between a figure and a year after it ("13,100 tCO2e in FY2022"): the figure's own
# year, even when its sentence began with another one (`relative_years.own_year_after`, words
# in data/text/relative-years.yaml)
# A year that labels what follows it ("(2022年: 61.0万吨)", "(2022: 19,500)"): the year of
# the next figure, not of the one before it.
_YEAR_LABEL = re.compile(r"[ \t]*(?:年度|年)?[ \t]*[:：]")
# Nothing but "的" between a comparison year and an amount ("较2022年的40.1万吨", "比2020年
# 基准年的29.8万吨"), or the amount in brackets right after it ("较2022年（33,120,800公斤）下降
# 3.8%"; blind stage round 2, session 13): the amount is that year's figure, not one compared
# with it.
OF_BASE = re.compile(
    r"[ \t]*(?:年度?)?[ \t]*(?:的?(?:基准|基线|基)年?(?:水平)?)?[ \t]*的?[ \t]*[(（]?[ \t]*")
# A table cell under a base-year column: table_text writes "header=value", so "2020 base year
# (restated)1=1,428 thousand tonnes" and "2020年（基准年）注1=…" give the base year's own figure
# (blind round 11, session 15: the restated base-year column took the report year and pushed the
# report year's own column out as a second figure of that year).
BASE_CELL = re.compile(
    r"[ \t]*(?:年度?)?[ \t]*[(（]?[ \t]*(?:的?(?:基准|基线|基)年?|(?i:base[ \t]*year|baseline))"
    r"[ \t]*[)）]?[ \t]*(?:[(（][^()（）=|]{1,24}[)）])?[ \t]*(?:注\s*)?[\d*]{0,2}[ \t]*=[ \t]*")
# A year labelling a bracket ("（2022年：2,203.5万吨）"): it dates the bracket's figures only; the
# year the sentence named before it dates the figures after the bracket ("…（2022年：…），供电
# 二氧化碳排放强度为812克/千瓦时" is the report year's; blind stage round 2, session 13)
_BRACKET_OPEN = re.compile(r"[(（][ \t]*$")
_BRACKET_CLOSE = re.compile(r"[)）]")


def label_bracket_end(norm: str, start: int, end: int) -> int | None:
    """Where the bracket closes that the year at `start`…`end` labels ("（2022年：…）"), or
    None when the year labels no bracket."""
    if _BRACKET_OPEN.search(norm, max(0, start - 3), start) is None \
            or _YEAR_LABEL.match(norm, end) is None:
        return None
    closing = _BRACKET_CLOSE.search(norm, end, min(len(norm), end + 80))
    return closing.start() if closing else None
# A unit in brackets before a colon ("排放量（tCO2e）：", "（单位：万吨）："): the unit of the bare
# numbers after it, up to the end of the sentence (a list may run on after "；"; the pattern is
# `units.table().header_unit`, words in data/units/aliases.yaml)
_HEADER_REACH = re.compile(r"[。!！?？\n]")
_JOINED = re.compile(r"[ \t]*(?:与|和|及|、|以及)[ \t]*")


# A "；" list opened after a year ("2023年，公司温室气体排放如下：范围一…；范围二…"): the year
# dates every item up to the sentence's end (`list_item`)
_LIST_INTRO = re.compile(r"[:：]|如下")
_HARD_END = re.compile(r"[。!！?？\n]|\.(?=\s)")
_HARD_MARKS = "。!！?？\n"
LOOK_BACK = 400
"""How far back a list item looks for the start of its sentence: a bound on the scan (an
rfind of a rare mark would otherwise read the whole text), far longer than a list sentence."""


def sentence_start(norm: str, at: int) -> int:
    """Where the sentence holding `at` starts for a "；" list: after the last full stop,
    "!", "?" or line break before it, looking back at most `LOOK_BACK` characters."""
    floor = max(0, at - LOOK_BACK)
    return max(max(norm.rfind(c, floor, at) for c in _HARD_MARKS) + 1, floor)



def list_item(norm: str, year_end: int, tok: Token, dated: Token | None) -> bool:
    """Whether `tok`, past a "；" after the year ending at `year_end`, is an item of a list
    that year leads, and so that year's figure: the list is opened by a colon or "如下"
    before its first "；", or the item repeats the measure of the figure the year dated last
    ("公司2023年直接排放12.3万吨；间接排放45.6万吨"). A "；" no longer ends the year's reach
    there, a full stop still does. Before session 11 only the first item was dated."""
    if _HARD_END.search(norm, year_end, tok.start) is not None:
        return False
    marks = [i for i in (norm.find("；", year_end, tok.start), norm.find(";", year_end, tok.start))
             if i >= 0]
    if not marks:
        return False
    if _LIST_INTRO.search(norm, year_end, min(marks)) is not None:
        return True
    if dated is None or dated.um is None or tok.um is None:
        return False
    kind = mass_like(dated.um.dimension)
    return kind is not None and kind != "ratio" and mass_like(tok.um.dimension) == kind


def relative_years_in(norm: str, start: int, stop: int,
                      report_year: int | None) -> list[YearEvent]:
    """Years named relative to the report's ("上年同期", "the previous year", "报告期内"),
    read only when the report year is known (data/text/relative-years.yaml)."""
    ry = report_year
    if ry is None:
        return []
    return [YearEvent(ry - 1 if m.lastgroup == "prior" else ry, m.start(), m.end(),
                      relative=True)
            for m in relative_years.pattern().finditer(norm, start, stop)]


def header_units(norm: str, start: int, stop: int, toks: list[Token],
                 lead_year: Callable[[int, int], int | None]) -> None:
    """"温室气体排放量（tCO2e）：范围一 12,340，范围二 56,780", "（单位：万吨）：": a unit in
    brackets before a colon is the unit of the bare numbers after it in its sentence.
    `lead_year(lo, hi)` is the last year (not a comparison base) named in norm[lo:hi]."""
    if "(" not in norm and "（" not in norm:
        return
    lo = start
    if lo > 0 and norm[lo - 1] in "；;":
        # a list item read alone ("范围二 45.6" of "温室气体排放（万吨二氧化碳当量）：范围一
        # 12.3；范围二 45.6"): the header may stand before it in the same sentence
        hard = max(norm.rfind(c, 0, lo) for c in "。!！?？\n")
        lo = hard + 1
    for m in units.table().header_unit.finditer(norm, lo, stop):
        um = units.parse_unit(m.group("u"))
        if um is None or um.unit is None or um.dimension == "ratio":
            continue
        end = _HEADER_REACH.search(norm, m.end(), stop)
        reach = end.start() if end is not None else stop
        lead: int | None = None
        for tok in toks:
            if m.end() <= tok.start < reach and tok.um is None:
                tok.um = um._replace(end=tok.end)
                tok.inferred = True
                if tok.year is None:
                    # the header's year goes with every item, though "；" ends the
                    # year's reach elsewhere ("上年同口径（万吨）：范围一 11.8；范围二 41.2")
                    if lead is None:
                        lead = lead_year(lo, m.start()) or 0
                    if lead:
                        tok.year = lead
                        tok.lead_year = True


def attach_following(norm: str, toks: list[Token], years: list[YearEvent]) -> None:
    """"3.5 Mt in FY2023", "down 12% on 2020 levels": a year right after, same clause."""
    if not years:
        return
    starts = [y.start for y in years]
    for tok in toks:
        if tok.year is not None and tok.base_year is not None:
            continue
        i = bisect_left(starts, tok.end)
        for y in years[i:i + 2]:
            if y.start - tok.end > 40 or CLAUSE.search(norm, tok.end, y.start):
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
                   and not norm[tok.end:y.start].strip()
                   or tok.lead_year and _OWN_BRACKET_OPEN.fullmatch(norm, tok.end, y.start)
                   and _OWN_BRACKET_CLOSE.match(norm, y.end))
                  and _YEAR_LABEL.match(norm, y.end) is None):
                # its own year wins over a sentence's lead ("In FY2023 … 12,400 tCO2e,
                # compared with 13,100 tCO2e in FY2022")
                tok.year = y.year
                tok.lead_year = False


def pair_respectively(norm: str, start: int, stop: int, years: list[YearEvent],
                      toks: list[Token]) -> list[tuple[int, list[int], list[Token]]]:
    """In a "分别为 / respectively" sentence the n-th year goes with the n-th number: the
    sentences paired, as (sentence start, years, numbers)."""
    pairs: list[tuple[int, list[int], list[Token]]] = []
    if RESPECTIVELY.search(norm, start, stop) is None:
        return pairs
    year_starts = [y.start for y in years]
    tok_starts = [t.start for t in toks]
    done = -1
    for mk in RESPECTIVELY.finditer(norm, start, stop):
        if mk.start() < done:
            continue
        lo, hi = sentence(norm, mk.start())
        done = hi
        inside = years[bisect_left(year_starts, lo):bisect_left(year_starts, hi)]
        # a "comparison" year joined to the one before ("2023年与2022年…分别为") is listed
        listed = [y for i, y in enumerate(inside) if not y.base or (
            i and _JOINED.fullmatch(norm, inside[i - 1].end, y.start))]
        found = [t for t in toks[bisect_left(tok_starts, lo):
                                 bisect_left(tok_starts, hi)] if t.unit is not None]
        # a year named after the list on another matter ("2021年至2023年…分别为6.12万吨、5.48万吨和
        # 7.21万吨，2022年因客流下降明显偏低"): the years before the marker are the list's when they
        # are as many as its figures (blind round 12; before, the range's ends and the later 2022
        # were paired with the three figures)
        expanded = _expand([y for y in listed if y.start < mk.start()])
        if len(expanded) != len(found):
            expanded = _expand(listed)
        if len(expanded) < 2 or len(expanded) != len(found):
            continue
        # one measure: "26.7万吨和27.7万吨二氧化碳当量" is tonnes of CO2e twice
        if len({mass_like(t.um.dimension) for t in found if t.um is not None}) != 1:
            continue
        for y, t in zip(expanded, found, strict=True):
            t.year = y
        pairs.append((lo, expanded, found))
    return pairs


def date_current(norm: str, toks: list[Token], report_year: int) -> None:
    """A figure compared with the previous year's in its sentence ("96,300 tCO2e,
    compared with 41,200 t in the previous year", "31,400 tCO2e (2022: 27,950 t)") is the
    report year's, when nothing else dates it."""
    prior = [t for t in toks if t.year == report_year - 1 and t.um is not None
             and t.um.dimension not in (None, "ratio")]
    for p in prior:
        lo, _ = sentence(norm, p.start)
        dim = mass_like(p.um.dimension if p.um is not None else None)
        for t in toks:
            if t.start >= p.start:
                break
            if (t.start >= lo and t.year is None and t.base_year is None
                    and t.um is not None and mass_like(t.um.dimension) == dim):
                t.year = report_year


def date_compared(norm: str, toks: list[Token], years: list[YearEvent],
                  report_year: int) -> None:
    """A figure whose clause compares it with the year before ("…，2022年为68.5万吨，…，每吨公里
    二氧化碳排放0.91千克，较上年下降5.2%") is the report year's, not the prior year's that an
    earlier clause led: the year before is what it is compared with (session 25, d203). Only a
    figure dated by a lead year of report year − 1 from another clause moves; a year in its own
    clause before it keeps it."""
    prior = report_year - 1
    marks = [y for y in years if y.base and y.relative and y.year == prior]
    if not marks:
        return
    for t in toks:
        if not (t.lead_year and t.year == prior and t.um is not None
                and t.um.dimension not in (None, "ratio")):
            continue
        head = _clause_start(norm, t.start)
        if _NAMED_YEAR.search(norm, head, t.start):
            continue
        # the sentence opened with the report year and named the year before as the figure it is
        # compared with ("公司2023年…，2022年为…"); a sentence led by the year before keeps it
        # ("2022年综合能耗…，单位产值能耗…，较上年下降3%": 上年 is 2021 there)
        opened = sentence_start(norm, t.start)
        before = [y for y in years if not y.base and opened <= y.start < t.start]
        if not before or before[0].year != report_year or before[-1].year != prior:
            continue
        if any(t.end <= y.start and y.start - t.end <= 12 and _compared_next(norm, t.end, y.start)
               for y in marks):
            t.year = report_year
            t.lead_year = False


def _compared_next(norm: str, end: int, mark: int) -> bool:
    """The comparison follows the figure in its clause, or opens the next one ("0.91千克，较上年
    下降5.2%"): no sentence end and at most one clause mark between, and no other figure."""
    between = norm[end:mark]
    return (EOS.search(between) is None and len(CLAUSE.findall(between)) <= 1
            and not any(c.isdigit() for c in between))


def _clause_start(norm: str, at: int) -> int:
    """Where the clause holding `at` starts (after the last clause mark before it)."""
    head = max(0, at - LOOK_BACK)
    for m in CLAUSE.finditer(norm, head, at):
        head = m.end()
    return head


_NAMED_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|上年|去年|(?i:previous year|prior year|last year)")
"""A year (or the year before) named in the figure's own clause: it dates the figure itself."""


def _after_last_mark(norm: str, lo: int, hi: int) -> int:
    """Where the sentence holding position `hi` starts (not before `lo`)."""
    best = lo
    for c in _SENTENCE_MARKS:
        j = norm.rfind(c, lo, hi)
        if j >= 0:
            best = max(best, j + len(c))
    return best


def sentence(norm: str, i: int, reach: int = 400) -> tuple[int, int]:
    """Bounds of the sentence around `i`, looking at most `reach` characters each way."""
    floor = max(0, i - reach)
    lo = _after_last_mark(norm, floor, i)
    end = _SENTENCE_END.search(norm, i, i + reach)
    return lo, end.start() if end else min(len(norm), i + reach)


def mass_like(dimension: str | None) -> str | None:
    return "mass" if dimension == "emissions" else dimension


def _expand(years: list[YearEvent]) -> list[int]:
    """Years of a "分别" sentence: a lone range "2021—2023年" stands for every year in it."""
    if len(years) == 1 and years[0].first is not None:
        return list(range(years[0].first, years[0].year + 1))
    out: list[int] = []
    for y in years:
        out.extend([y.first, y.year] if y.first is not None else [y.year])
    return out
