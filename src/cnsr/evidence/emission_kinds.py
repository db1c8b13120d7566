"""What an emissions figure is: whose (own, avoided, financed, customers, suppliers, sector) and
which scope, read from the words before it. Kept apart from `emission_figures`, which finds the
figures in a passage and the GHG cues that govern them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import get_args

from cnsr.evidence.emission_markers import Markers
from cnsr.evidence.records import Hit, Num
from cnsr.rating import EmissionKind

SCOPE_CUES = ("scope1", "scope2", "scope3")
REDUCTION = frozenset({"reduction", "avoided"})
ACTORS = {"company": "own", "national": "sector"}  # lexicon concepts read as actor markers
_OTHERS: frozenset[str] = frozenset(get_args(EmissionKind)) - {"own", "avoided"}
# the parties a subject clause can name for a figure after it; a peer or sector there is
# mostly a comparison ("低于同行业平均水平，为0.71吨"), not whose the figure is
_SUBJECT_KINDS = ("financed", "customers", "suppliers")
# what separates the items of a list of reduced amounts ("减少颗粒物430吨、二氧化碳48万吨")
_SEPARATOR = re.compile(r"[、，,；;]|和|及|与|\band\b")


def clause_at(clauses: list[tuple[int, int]], at: int) -> int:
    """Index of the clause holding `at` (the last clause when none does)."""
    return next((i for i, (a, b) in enumerate(clauses) if a <= at < b), len(clauses) - 1)


def figure_kind(x: Num, text: str, start: int, span: tuple[int, int],
                clauses: list[tuple[int, int]], measured: list[Num], reductions: list[Hit],
                actors: list[Hit], mk: Markers, previous: str | None = None,
                subject: int | None = None, cues: Sequence[Hit] = ()) -> str | None:
    """own / avoided / financed / customers / sector, or None for a figure that is not an
    amount emitted (sinks, capture, allowances, trading). With no marker of its own, a
    figure is whose the sentence's figure before it is (`previous`): "投资组合的融资排放约为
    386万吨，加权平均碳强度为每百万元营业收入162吨" speaks of the portfolio twice."""
    window = text[start:x.start]
    best, reach, kind = -1, -1, "own"
    for name, pattern in mk.kinds.items():
        for m in pattern.finditer(window):
            if m.start() >= best:
                best, reach, kind = m.start(), m.end(), name
    for h in actors:
        # an actor cue inside the marker is the marker's word ("可比公司": not the company)
        if start <= h.start < x.start and h.start - start > best and h.start - start >= reach:
            best, kind = h.start - start, ACTORS[h.concept]
    if kind == "skip" or mk.skip_after.match(text, x.end) \
            or mk.skip_sentence.search(text[span[0]:x.start]):
        return None
    if best < 0 and subject is not None and subject < start:
        # no marker of its own: a lender's, customers' or suppliers' word in its subject's
        # clause makes it theirs ("…行业的投融资碳排放，约为1,420万吨")
        named = _subject_kind(text, subject, start, mk)
        if named is not None:
            best, kind = 0, named
    if best < 0 and mk.pronoun_subject.match(text, start) is not None:
        # "168家供应商提交了数据，其范围一和范围二排放合计约68.4万吨": the pronoun's subject is in the
        # clause before; its lender's, customers' or suppliers' word makes the figure theirs
        ci = clause_at(clauses, start)
        named = _subject_kind(text, clauses[ci - 1][0], start, mk) if ci > 0 else None
        if named is not None:
            best, kind = 0, named
    if best < 0 and previous in _OTHERS:
        best, kind = 0, previous
    if best < 0 and _background(text, span[0], start, x.start, actors, mk, clauses, cues):
        kind = "sector"
    if is_reduced(x, text, span, clauses, measured, _not_restating(
                x, text, clauses, measured, reductions, mk), mk, cues) \
            or mk.avoided_after.match(text, x.end) or _restates_a_reduction(
                x, text, span, clauses, measured, reductions, mk):
        return "avoided"
    return kind


def _not_restating(x: Num, text: str, clauses: list[tuple[int, int]], measured: list[Num],
                   reductions: list[Hit], mk: Markers) -> list[Hit]:
    """`reductions` without the restating word that opens the figure's clause when a figure
    stands in the clause before: "HFC制冷剂补充量1,537千克，相当于5,212吨二氧化碳当量" restates an
    amount emitted in CO2e (相当于 is also a reduction word, "相当于减少…", "相当于种植…"); the
    figure is a reduction only when the one it restates is (`_restates_a_reduction`) or a
    reduction word of its own follows (session 23)."""
    ci = clause_at(clauses, x.start)
    if ci == 0:
        return reductions
    opening = mk.restates.match(text, clauses[ci][0])
    a, b = clauses[ci - 1]
    if opening is None or not any(a <= y.start < b for y in measured):
        return reductions
    return [r for r in reductions if not (opening.start() <= r.start < opening.end())]


def _subject_kind(text: str, begin: int, end: int, mk: Markers) -> str | None:
    """The last lender's, customers' or suppliers' word between `begin` and `end` (the
    subject's words of a figure that has no marker of its own), else None."""
    at, kind = -1, None
    for name in _SUBJECT_KINDS:
        for m in mk.kinds[name].finditer(text, begin, end):
            if m.start() > at:
                at, kind = m.start(), name
    return kind


def _background(text: str, first: int, start: int, end: int, actors: list[Hit],
                mk: Markers, clauses: list[tuple[int, int]], cues: Sequence[Hit]) -> bool:
    """The sentence speaks of the nation's or a sector's emissions before the figure's own
    words (the marker and a GHG cue after it in one clause) and never names the company: an
    unmarked figure in it is that background's ("建筑全过程碳排放约占全国碳排放总量的一半，建筑运行
    阶段碳排放超过20亿吨"; blind stage round 2, session 13), as a sentence naming national policy
    and not the company is background for the stage (docs/reader.md). A clause that only
    ranks the company in the nation ("在全国同类机组中率先完成改造，…排放量为…") is no such
    sentence. Another body's statistics opening the sentence ("据市交通运输局统计，全市港口…，港口及
    船舶二氧化碳排放约152万吨"; emissions.yaml `source_opening`) make every figure of it theirs,
    whichever clause its GHG words stand in (session 29, blind round 41)."""
    if any(h.concept == "company" and first <= h.start < end for h in actors):
        return False
    if mk.source_opening.match(text, first):  # "据市交通运输局统计，…" (session 29)
        return True
    markers = [h.start for h in actors if h.concept == "national" and first <= h.start < start]
    markers += [m.start() for m in mk.kinds["sector"].finditer(text, first, start)]
    return any(at <= h.start <= start and clause_at(clauses, h.start) == clause_at(clauses, at)
               for at in markers for h in cues)


def _restates_a_reduction(x: Num, text: str, span: tuple[int, int],
                          clauses: list[tuple[int, int]], measured: list[Num],
                          reductions: list[Hit], mk: Markers) -> bool:
    """The figure's clause opens with a restating word ("，折合二氧化碳当量约549万吨", ", or about
    106,000 tCO2e") and the figure it restates, the last one of the clause before, is a
    reduction ("减少甲烷排放约19.6万吨", "saving 186 GWh")."""
    ci = clause_at(clauses, x.start)
    if ci == 0 or not mk.restates.match(text, clauses[ci][0]):
        return False
    a, b = clauses[ci - 1]
    before = [y for y in measured if a <= y.start < b]
    return bool(before) and is_reduced(before[-1], text, span, clauses, measured, reductions, mk)


def is_reduced(x: Num, text: str, span: tuple[int, int], clauses: list[tuple[int, int]],
               measured: list[Num], reductions: list[Hit], mk: Markers,
               cues: Sequence[Hit] = ()) -> bool:
    """A reduction word governs the figure: before it in the sentence, not stating a level
    ("降至", "reduced to"), with no figure between them outside the figure's own clause (its
    list: "分别为3万吨和5万吨", "减少颗粒物430吨、二氧化碳48万吨"; "较上年减少5.2万吨，为120万吨"
    is a level). A GHG cue run on right after the reduced figure, with no separator between
    ("减排二氧化碳3.1万吨单位产品碳排放7.25千克/平方米", a highlights band extracted as one line;
    blind round 10, session 14), opens another figure's words: the reduction stops there."""
    if mk.level_before.search(text[max(span[0], x.start - 8):x.start]):
        return False
    ci = clause_at(clauses, x.start)
    for r in reductions:
        if not (span[0] <= r.start and r.end <= x.start):
            continue
        if mk.level_after.match(text, r.end, min(len(text), r.end + 16)):
            continue
        between = [y for y in measured if r.end <= y.start < x.start]
        if between and any(between[-1].end <= h.start < x.start for h in cues) \
                and not _SEPARATOR.search(text, between[-1].end, x.start):
            continue
        if all(clause_at(clauses, y.start) == ci for y in between):
            return True
    return False


def _last(pattern: re.Pattern[str], text: str) -> int:
    """Where the last match of `pattern` in `text` starts (-1: none)."""
    at = -1
    for m in pattern.finditer(text):
        at = m.start()
    return at


def figure_scope(x: Num, cues: list[Hit], window: str, mk: Markers, after: str = "",
                 sentence: str = "") -> str:
    if x.dimension == "intensity":
        return "intensity"
    # the scope named right after the figure ("792,000 tonnes direct", "0.8万吨（范围二）"): a
    # part of the total before it, not a second total; the cue before it may be the previous
    # part's (blind round 28, session 24)
    for pattern, scope in mk.scope_after:
        if pattern.match(after):
            return scope
    held = {h.concept for h in cues if h.concept in SCOPE_CUES}
    if "scope3" in held and len(held) > 1:
        return "total"
    if held == {"scope1", "scope2"}:
        return "scope1_2"
    if not held:
        # no scope cue before the figure: a scope its own brackets name ("which resulted in 10.21
        # million tonnes of CO2 (Scope 1)"; blind round 26, session 24)
        named = mk.bracketed.match(after)
        if named:
            for scope, words in mk.bracket_scopes:
                if words.search(named.group(1)):
                    return scope
    if held == {"scope2"} or not held:
        # the basis in the figure's own brackets, else the one named last before it; a basis
        # named with no scope cue ("…is deducted in the market-based figure of 335,600 tCO2e") is
        # scope 2's, the only scope stated on two bases (session 22)
        own = mk.bracketed.match(after)  # the figure's own brackets (emissions.yaml)
        for text in ([own.group(1)] if own else []) + [window]:
            market, location = _last(mk.market, text), _last(mk.location, text)
            if market > location:
                return "scope2_market"
            if location > market:
                return "scope2_location"
    if held == {"scope2"}:
        # an alternative basis earlier in the sentence ("若按电网平均因子计算，范围二排放为…"): the
        # location-based value, not a second scope 2 (session 14)
        if mk.location_if.search(sentence):
            return "scope2_location"
        return "scope2"
    if len(held) == 1:
        return next(iter(held))
    return "total"
