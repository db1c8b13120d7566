"""Where a GHG figure's words are, in its passage: which cues govern a number, where its
clause and its label start, whether a plan or a bracket makes it a target or a part, and how
"分别为" / "respectively" and lists after a header unit pair names with amounts. Pure
functions over an `Analysis` and its numbers, used by `emission_figures`.
"""

from __future__ import annotations

import re

from cnsr.evidence.emission_kinds import SCOPE_CUES, clause_at
from cnsr.evidence.emission_markers import Markers
from cnsr.evidence.normalize import clause_spans
from cnsr.evidence.quantity_dates import RESPECTIVELY
from cnsr.evidence.records import Analysis, Hit, Num

GHG_DIMENSIONS = frozenset({"emissions", "intensity"})
"""Dimensions of a number that can be a GHG figure."""


_NAMES = frozenset({"scope1", "scope2", "scope3", "ghg_total"})
def named_in_order(a: Analysis, cues: list[Hit], measured: list[Num]) -> dict[int, list[Hit]]:
    """In "直接排放和间接排放分别为0.37万吨和38.2万吨" / "Scope 1 and Scope 2 emissions were
    12,400 and 30,200 tCO2e respectively" the n-th amount is the n-th name's: amount start →
    its one scope cue. Only when the scope or total cues before the list (outermost ones) are
    of at least two kinds and as many as the amounts."""
    out: dict[int, list[Hit]] = {}
    text = a.text
    for s0, s1 in a.sentences:
        mk = RESPECTIVELY.search(text, s0, s1)
        if mk is None:
            continue
        names: list[Hit] = []
        reach = -1
        for h in sorted((h for h in cues if s0 <= h.start < s1 and h.concept in _NAMES),
                        key=lambda h: (h.start, -h.end)):
            if h.end <= reach:
                continue  # inside a longer cue
            if h.concept == "ghg_total" and names and names[-1].concept != "ghg_total" \
                    and h.start - names[-1].end <= 1:
                continue  # the head the scopes share: "范围一、范围二温室气体排放量"
            reach = h.end
            names.append(h)
        amounts = [x for x in measured if s0 <= x.start < s1 and x.dimension in GHG_DIMENSIONS]
        english = mk.group().lower() == "respectively"
        before = [h for h in names if h.start < (amounts[0].start if english and amounts
                                                 else mk.start())]
        if english:
            amounts = [x for x in amounts if x.start > before[-1].end] if before else []
        else:
            amounts = [x for x in amounts if x.start >= mk.end()]
        if (len(before) < 2 or len(before) != len(amounts)
                or len({h.concept for h in before}) < 2):
            continue
        for h, x in zip(before, amounts, strict=True):
            out[x.start] = [h]
    return out




def subject_clause(x: Num, cues: list[Hit], clauses: list[tuple[int, int]],
                    measured: list[Num], span: tuple[int, int]) -> int | None:
    """Where the clause naming the figure's subject starts when it is an earlier clause of its
    sentence with no other figure between ("测算了…贷款的投融资碳排放，约为1,420万吨"): whose
    the figure is may be said only there (blind round 6, session 10)."""
    a = clauses[clause_at(clauses, x.start)][0]
    earlier = [h for h in cues if span[0] <= h.start < a]
    if not earlier or any(earlier[-1].end <= y.start < x.start for y in measured):
        return None
    return clauses[clause_at(clauses, earlier[-1].start)][0]


def bracketed_part(x: Num, measured: list[Num], text: str, span: tuple[int, int]) -> bool:
    """The figure stands in a bracket, still open, that opened right after another figure of
    its sentence: a part of that figure, by gas or source ("范围一排放24.1万吨（甲烷11.6万吨、
    氧化亚氮10.9万吨）"; blind round 6, session 10)."""
    opened: list[int] = []
    for i in range(span[0], x.start):
        ch = text[i]
        if ch in "（(":
            opened.append(i)
        elif ch in "）)" and opened:
            opened.pop()
    if not opened:
        return False
    at = opened[-1]
    if _OTHER_YEAR.search(text, at, x.start):
        return False  # "26,480噸（二零二二年：27,950噸）": the same measure another year
    while at > span[0] and text[at - 1] in " \t":
        at -= 1
    return any(y.end == at for y in measured)


_OTHER_YEAR = re.compile(r"(?:19|20)\d\d|二[零〇][一二]|上年|去年|前年|同期|上一年|"
                         r"\b(?:prior|previous|last) year\b|\bFY", re.I)


def line_of(text: str, at: int) -> int:
    return text.count("\n", 0, at)


def as_intensity(x: Num, text: str, start: int, mk: Markers) -> Num | None:
    """An amount under the words of an intensity ("吨钢二氧化碳排放1.96吨", "每万元营业收入…0.35吨",
    "0.061 tCO2e per square metre") is an intensity per the unit they name; None when they
    name none. Any other amount is returned as it is."""
    per = mk.denominator_after(text, x.end)
    if per is None:
        if not mk.per_unit.search(text, start, x.start):
            return x
        per = mk.denominator(text, start, x.start)
        if per is None:
            return None
    unit, factor = per
    return Num(x.value * factor, f"{x.unit}/{unit}", "intensity", x.raw, x.start, x.end, x.year)


HEADER_LIST = re.compile(r"[^。!！?？;；\n]{0,40}?[(（][^()（）:：,，。;；]{1,24}[)）][ \t]*[:：]")
"""A sentence opening with a unit in brackets before a colon: its "；"-separated items are
read as one sentence with it."""


def with_lists(sentences: list[tuple[int, int]], text: str
                ) -> list[tuple[int, tuple[int, int], bool]]:
    """(index of the first sentence, span, joined) for each sentence, the items of a list after
    a header unit joined to it: "温室气体排放（万吨二氧化碳当量）：范围一 12.3；范围二 45.6；合计
    57.9" splits at "；" into sentences whose items lose the header's unit, year and cue."""
    out: list[tuple[int, tuple[int, int], bool]] = []
    open_list = False
    for si, (s0, s1) in enumerate(sentences):
        if open_list and out and text[s0 - 1:s0] in ("；", ";"):
            first, (a0, _), _ = out[-1]
            out[-1] = (first, (a0, s1), True)
        else:
            out.append((si, (s0, s1), False))
            open_list = HEADER_LIST.match(text, s0, s1) is not None
        open_list = open_list and text[s1 - 1:s1] in ("；", ";")
    return out


def label_clauses(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The sentence's clauses, a label ending in a colon joined to the value after it
    ("Scope 2 (market-based) emissions: 30,100 tCO2e", "范围二排放量：3.01万吨"), and a clause
    left inside an open bracket joined to the rest of the bracket: the sources listed in a
    label's brackets ("其中直接排放（公务车辆燃油、食堂燃气）612吨") are no clauses of their own
    (blind round 16, session 20)."""
    out: list[tuple[int, int]] = []
    for a, b in clause_spans(text, span[0], span[1]):
        if out and (text[out[-1][1] - 1] == ":" or _open_bracket(text, *out[-1])):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _open_bracket(text: str, a: int, b: int) -> bool:
    """text[a:b] opens a bracket it does not close."""
    part = text[a:b]
    return part.count("（") + part.count("(") > part.count("）") + part.count(")")


def is_planned(x: Num, plans: list[int], futures: list[int], clauses: list[tuple[int, int]],
             span: tuple[int, int]) -> bool:
    """A future year or plan word before the figure in its clause, or opening its sentence
    before the first clause break ("到2030年，集团…排放量降至85万吨"), or a future year after
    it in its clause, as English puts it ("to 800 kg per tonne by 2030")."""
    a, b = clauses[clause_at(clauses, x.start)]
    first_end = clauses[0][1] if clauses else span[1]
    return (any(a <= p < x.start or span[0] <= p < first_end <= x.start for p in plans)
            or any(x.start < p < b for p in futures))


def governing_cues(x: Num, cues: list[Hit], clauses: list[tuple[int, int]],
               measured: list[Num], span: tuple[int, int], text: str, mk: Markers
               ) -> tuple[int, list[Hit]] | None:
    """Where the figure's context starts and the GHG cues that govern it: the cues between
    the previous figure of its clause and it (else from its clause's start: a list such as a
    table row or "分别为…"), or after it in its clause ("为52万吨二氧化碳当量", the unit's own
    "CO2e"), else the last cue earlier in the sentence unless a figure of another measure
    stands between them. A figure whose unit names CO2 governs itself."""
    ci = clause_at(clauses, x.start)
    a, b = clauses[ci]
    previous = [y.end for y in measured if a <= y.end <= x.start]
    for start in ([previous[-1]] if previous else []) + [a]:
        # not an earlier figure's own unit ("fell to 1.2m tCO2e from 1.23m tCO2e": the first
        # unit's CO2e names no scope for the second)
        before = [h for h in cues if start <= h.start < x.start
                  and not any(y.start <= h.start < y.end for y in measured)]
        if before:
            return start, before
    own_start = previous[-1] if previous else a
    # after it in its clause; but cues before the next figure are that figure's
    # ("燃煤锅炉排放11.2万吨、外购电力排放4.7万吨"), so then only its own unit's
    # ("由0.112吨降至0.104吨二氧化碳当量" shares the last unit)
    after = [h for h in cues if x.start <= h.start < b]
    following = min((y.start for y in measured if x.end <= y.start < b), default=b)
    if any(x.end <= h.start < following for h in after):
        after = [h for h in after if h.start < x.end]
    elif any(h.start < x.end for h in after):
        # its own unit names the gas: a later figure's cues are that figure's
        after = [h for h in after if h.start < following]
    # "…范围一排放量为12,400吨二氧化碳当量，2022年为13,100吨二氧化碳当量": a clause of
    # nothing but another year repeats the subject before it; its unit's "二氧化碳当量"
    # names no scope
    # names no scope (`mk.elliptical`: a clause that is only another year or a comparison
    # before its figure, emissions.yaml `elliptical`)
    elliptical = mk.elliptical.fullmatch(text, a, x.start) is not None \
        and all(h.start < x.end for h in after)
    # only the unit's own "CO2e" after it: a scope named earlier in the sentence still governs
    # ("Direct emissions, mostly from …, amounted to 12,400 tCO2e", session 8)
    unit_only = bool(after) and all(h.start < x.end for h in after)
    if after and not elliptical and not unit_only:
        return own_start, after
    earlier = [h for h in cues if span[0] <= h.start < a]
    if elliptical and earlier:
        # "总量为2.9万吨，其中范围一0.4万吨、范围二2.5万吨，2022年为3.1万吨": after a "其中"
        # breakdown the year repeats the head the parts were of, not the last part (session 18)
        cut = mk.parts.search(text, span[0], a)
        head = [h for h in earlier if h.start < cut.start()] if cut else []
        earlier = head or earlier
    if unit_only:  # nor does another figure's unit before it ("…12,400 tCO2e, compared with…")
        earlier = [h for h in earlier if not any(y.start <= h.start < y.end for y in measured)]
    if earlier:
        # a total word in a clause after the last scope cue ("范围二266,900吨，合计50.35万吨，较2022年的
        # 52.29万吨…", "Scope 2 was 266,900 t, a total of 503,480 t"): the figure is that total, not
        # the scope's (session 23, blind round 24)
        last = clause_at(clauses, earlier[-1].start)
        if any(clause_at(clauses, t.start()) > last
               for t in mk.total.finditer(text, earlier[-1].end, x.start)):
            return a, []
    if earlier and not any(earlier[-1].end <= y.start < x.start and y.dimension != x.dimension
                           for y in measured):
        gi = clause_at(clauses, earlier[-1].start)
        ga = clauses[gi][0]
        governing = [h for h in cues if ga <= h.start < clauses[gi][1]]
        if elliptical or not unit_only or any(h.concept in SCOPE_CUES for h in governing):
            return ga, governing
    if not after and ci + 1 < len(clauses) and (mk.compared.fullmatch(text, a, x.start)
                                                or elliptical):
        # "与2021年的51,260吨相比，排放总量下降8.7%": the clause after names the quantity
        na, nb = clauses[ci + 1]
        first = min((y.start for y in measured if na <= y.start < nb), default=nb)
        opening = [h for h in cues if na <= h.start < min(first, na + _OPENING)]
        if opening:
            return na, opening
    if after:
        return own_start, after
    if "CO2" in x.raw or "co2" in x.raw or "二氧化碳" in x.raw:
        return own_start, []
    same = _bracketed_other_year(x, measured, text, span)
    if same is not None:
        # "合计约5,134吨二氧化碳当量（2022年约5,410吨）", "a total of 5,134 tCO2e (2022: 5,410 t)": the
        # same measure another year, governed as the figure the bracket follows, whose only cue
        # was its own unit (session 26, d228)
        return governing_cues(same, cues, clauses, measured, span, text, mk)
    return None


def _bracketed_other_year(x: Num, measured: list[Num], text: str, span: tuple[int, int]
                          ) -> Num | None:
    """The figure of the same dimension a still open bracket holding `x` and another year opened
    right after, else None."""
    opened = -1
    depth = 0
    for i in range(x.start - 1, span[0] - 1, -1):
        ch = text[i]
        if ch in "）)":
            depth += 1
        elif ch in "（(":
            if depth == 0:
                opened = i
                break
            depth -= 1
    if opened < 0 or _OTHER_YEAR.search(text, opened, x.start) is None:
        return None
    at = opened
    while at > span[0] and text[at - 1] in " \t":
        at -= 1
    return next((y for y in measured if y.end == at and y.dimension == x.dimension
                 and y is not x), None)


_OPENING = 6
"""How far into the clause after a comparison its quantity's cue may start ("排放总量…")."""

_LABEL_TAIL = re.compile(r"[\s,，:：=|为是约达共计合]+$")


def figure_label(text: str, start: int, x: Num, table: bool) -> str:
    """What the figure measures: a table row's first cell, else the words from its clause's
    start to the number (at most 60 characters)."""
    if table:
        line_start = text.rfind("\n", 0, x.start) + 1
        return text[line_start:x.start].split(" | ", 1)[0].strip()
    label = _LABEL_TAIL.sub("", text[start:x.start]).strip().lstrip(";；,， ")
    cut = max(0, len(label) - 60)
    if cut and label[cut - 1].isascii() and label[cut - 1].isalnum():
        space = label.find(" ", cut)  # not inside a word: "…otal GHG emissions"
        cut = space + 1 if space >= 0 else cut
    return label[cut:].strip()
