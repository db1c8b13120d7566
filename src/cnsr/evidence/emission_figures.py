"""The company's GHG figures as data: every emissions figure the reader found, with its scope,
year, value and whose emissions it is (pure, over `Findings`).

A figure is a number whose unit is tCO2e / tCO2 (or plain tonnes read as CO2 from context), or
an intensity with a carbon or mass numerator, governed by a GHG cue of the lexicon (scope1,
scope2, scope3, ghg_total, ghg_word) in its clause, or earlier in its sentence with nothing of
another measure in between. What it is comes from the words before it (data/lexicon/
emissions.yaml, read in `emission_kinds`): its scope from the scope cues of the governing
clause; its kind (own, avoided, financed, customers, sector) from a reduction word that governs
it or the nearest actor marker.
Only passages holding a GHG cue and a digit are read, so the cost is a few passages a report.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from operator import itemgetter

from cnsr.evidence.emission_clauses import (
    GHG_DIMENSIONS,
    HEADER_LIST,
    as_intensity,
    bracketed_part,
    figure_label,
    governing_cues,
    is_planned,
    label_clauses,
    line_of,
    named_in_order,
    subject_clause,
    with_lists,
)
from cnsr.evidence.emission_kinds import (
    ACTORS,
    REDUCTION,
    SCOPE_CUES,
    clause_at,
    figure_kind,
    figure_scope,
)
from cnsr.evidence.emission_markers import Markers, load_markers
from cnsr.evidence.emission_parts import (
    names_a_category,
    names_a_source,
    scope_over_sources,
    scope_source_row,
    total_row_lines,
)
from cnsr.evidence.find import Findings, Located
from cnsr.evidence.numbers import normalize as fold
from cnsr.evidence.quantities import extract_quantities, quantities_in_sentence
from cnsr.evidence.quantity_dates import RESPECTIVELY
from cnsr.evidence.records import Analysis, Hit, Num
from cnsr.evidence.scanning import ALONE_AFTER, to_num

CUES = frozenset({"scope1", "scope2", "scope3", "ghg_total", "ghg_word"})
"""Lexicon concepts that make a number near them a GHG figure."""
_POLLUTANTS = frozenset({"air_pollutant", "water_pollutant"})
_GREENHOUSE = frozenset({"scope1", "scope2", "scope3", "ghg_word"})
_PLANNED = frozenset({"future_year", "planned"})
_CONCEPT = itemgetter(0)  # Hit.concept, read in C
_DIGIT = re.compile(r"\d")



@dataclass(frozen=True, slots=True)
class Figure:
    """One GHG figure found in a passage. `value` is in `unit` (tCO2e or tCO2 for amounts, a
    canonical intensity unit such as tCO2e/万元 for intensities); `row` is the table row
    (index into the table's non-empty rows) when the figure comes from a table."""

    scope: str
    kind: str
    year: int | None
    value: float
    unit: str
    written: str
    label: str
    where: Located
    sentence: tuple[int, int]
    row: int | None
    at: int = -1
    """Where the figure's number starts in its passage's text (-1: not known)."""

    @property
    def dimension_of(self) -> str:
        """The quantity dimension of the figure: intensity or emissions."""
        return "intensity" if "/" in self.unit else "emissions"

    @property
    def denominator(self) -> str:
        return self.unit.split("/", 1)[1] if "/" in self.unit else ""

    @property
    def key(self) -> tuple[str, str, int | None, str, float]:
        return (self.kind, self.scope, self.year, self.unit, round(self.value, 6))


def find_emissions(findings: Findings, markers: Markers | None = None) -> list[Figure]:
    """Every GHG figure of the findings, in document order, each figure once (the same scope,
    kind, year and value seen again is left out; a figure without a year is left out when the
    same figure is known with one)."""
    mk = markers or load_markers(findings.lexicon.source)
    out: list[Figure] = []
    for loc in findings.passages:
        text = loc.analysis.text
        if not (not CUES.isdisjoint(map(_CONCEPT, loc.analysis.hits)) or "CO2" in text
                or "co2" in text) or _DIGIT.search(text) is None:
            continue
        out.extend(_in_passage(loc, mk))
    return _unique(out)


def _unique(figures: list[Figure]) -> list[Figure]:
    """Each figure once, where it was first found, but quoted from a table row when one holds
    it too (the row shows its other years)."""
    seen: dict[tuple[str, str, int | None, str, float], int] = {}
    kept: list[Figure] = []
    for f in figures:
        at = seen.get(f.key)
        if at is None:
            seen[f.key] = len(kept)
            kept.append(f)
        elif kept[at].row is None and f.row is not None:
            kept[at] = f
    dated = {(f.kind, f.scope, f.unit, round(f.value, 6)) for f in kept if f.year is not None}
    return [f for f in kept
            if f.year is not None or (f.kind, f.scope, f.unit, round(f.value, 6)) not in dated]


def _in_passage(loc: Located, mk: Markers) -> list[Figure]:
    a = loc.analysis
    text = a.text
    measured = _numbers(a, [h for h in a.hits if h.concept in CUES], mk)
    if not any(x.dimension in GHG_DIMENSIONS for x in measured):
        return []
    cues = [h for h in a.hits if h.concept in CUES]
    reductions = [h for h in a.hits if h.concept in REDUCTION]
    actors = [h for h in a.hits if h.concept in ACTORS]
    plans = [h.start for h in a.hits if h.concept in _PLANNED]
    # a future year after a figure dates it in prose only (a row may go on to a target column)
    futures = [h.start for h in a.hits if h.concept == "future_year"] if loc.rows is None else []
    # a row naming a pollutant and no greenhouse gas ("二氧化硫 | 排放总量=892.4吨"): the
    # column's generic "排放总量" is that pollutant's
    pollutant_rows = ({line_of(text, h.start) for h in a.hits if h.concept in _POLLUTANTS}
                      - {line_of(text, h.start) for h in a.hits if h.concept in _GREENHOUSE}
                      if loc.rows is not None else set())
    out: list[Figure] = []
    # a table with a total row of its own ("合计（范围一）", "范围一和范围二合计"): its other rows
    # without a scope of their own are that total's parts (a fuel table's rows by fuel, a
    # "其中" block's second line; blind round 8, session 12)
    total_rows = total_row_lines(text, mk) if loc.rows is not None else set()
    by_span: dict[tuple[int, int], list[tuple[int, int]]] = {}  # a sentence's clauses
    named = named_in_order(a, cues, measured) if loc.rows is None else {}
    sentences = [span for _, span, _ in with_lists(a.sentences, text)] \
        if loc.rows is None else a.sentences
    for x in measured:
        if x.dimension not in GHG_DIMENSIONS:
            continue
        if x.dimension == "intensity" and x.unit.split("/", 1)[0] not in mk.numerators:
            continue
        span = next(((s, e) for s, e in sentences if s <= x.start < e), None)
        if span is None or (pollutant_rows and line_of(text, x.start) in pollutant_rows):
            continue
        # a table row is read whole: its label's "（类别3、类别4，初步测算）" is no clause break
        if loc.rows is not None:
            clauses = [span]
        elif span in by_span:
            clauses = by_span[span]
        else:
            clauses = by_span[span] = label_clauses(text, span)
        governing = governing_cues(x, cues, clauses, measured, span, text, mk)
        header = HEADER_LIST.match(text, span[0], span[1]) if loc.rows is None else None
        if header is not None and x.start >= header.end():
            # an item of a list after a header unit: its own cue, else the header's
            # ("温室气体排放（万吨二氧化碳当量）：范围一 12.3；范围二 45.6；合计 57.9")
            item = clauses[clause_at(clauses, x.start)]
            if not any(max(item[0], header.end()) <= h.start < x.start for h in cues):
                lead = [h for h in cues if span[0] <= h.start < header.end()]
                governing = (span[0], lead) if lead else None
        if governing is None:
            continue
        start, scope_cues = governing
        if x.start in named:
            scope_cues = named[x.start]
        if plans and is_planned(x, plans, futures, clauses, span):
            continue  # "到2030年…降至85万吨", "to 800 kg by 2030": a target or forecast
        # a table row's markers are read from its first cell ("Target=…", "投融资碳排放")
        context = span[0] if loc.rows is not None else start
        if x.dimension == "emissions":
            per = as_intensity(x, text, min(context, clauses[clause_at(clauses, x.start)][0]),
                                mk)
            if per is None:
                continue  # "碳排放强度0.58吨": an intensity whose unit is not said
            x = per
            if x.dimension == "intensity" and x.unit.split("/", 1)[0] not in mk.numerators:
                continue
        before = [f.kind for f in out if f.sentence == span]
        kind = figure_kind(x, text, context, span, clauses, measured, reductions, actors, mk,
                           before[-1] if before else None,
                           subject_clause(x, cues, clauses, measured, span)
                           if loc.rows is None else None, cues)
        if kind is None:
            continue
        if loc.rows is not None and not any(h.concept in SCOPE_CUES for h in scope_cues):
            # a later column's figure sees only the cells since the last one ("… tCO2e |
            # 2022=…"): the row's scope is its label's
            label_end = text.find(" | ", span[0], x.start)
            scope_cues = [h for h in cues if span[0] <= h.start < label_end] or scope_cues
            start = span[0] if label_end >= 0 else start
        scope = figure_scope(x, scope_cues, text[start:x.start], mk, text[x.end:x.end + 40],
                             text[span[0]:x.start])
        # in prose, since the figure before it: "总量27.6万吨，其中燃煤锅炉排放21.3万吨" has a
        # total cue before the part's own "其中" (a table row's label holds it for every column)
        since = context if loc.rows is not None else max(
            (y.end for y in measured if context <= y.end <= x.start), default=context)
        if scope == "total" and kind == "own" and loc.rows is None \
                and direct_with_purchased(x, text, span, measured, out, mk):
            scope = "scope1"  # "总量61.48万吨，其中化石燃料燃烧排放48.26万吨、净购入电力排放13.22万吨"
        if scope == "total" and mk.parts.search(text, since, x.start) \
                and not mk.total.search(text, since, x.start):
            continue  # "其中：燃煤机组", "of which: calcination": a part, not the total
        if scope == "total" and kind == "own" and total_rows \
                and line_of(text, x.start) not in total_rows:
            continue  # "燃料=柴油 | … | 二氧化碳排放=229,877 tCO2e" above "合计（范围一）"
        if scope == "total" and kind == "own" and names_a_source(
                x, text, span, clauses, since, loc.rows is not None, mk, measured):
            continue  # "麻醉气体排放折合二氧化碳当量3,120吨", "肠道发酵（甲烷） | 781,200": a part
        if scope in ("scope1", "scope2") and kind == "own" and total_rows \
                and line_of(text, x.start) not in total_rows and scope_source_row(
                    x, text, span, clauses, since, mk, measured, total_rows):
            continue  # "范围一：管网及站场甲烷逸散" above "范围一合计": a part of scope 1
        if scope in ("scope1", "scope2") and kind == "own" and loc.rows is not None \
                and scope_over_sources(text, span):
            continue  # "范围 Scope=范围一 | 冷藏车柴油 | …" over "制冷剂泄漏 | …": a source of scope 1 (session 22)
        if scope == "scope3" and kind == "own" and names_a_category(x, text, span, clauses, since,
                                                                   loc.rows is not None, mk):
            continue  # "4 Upstream transportation and distribution | 186": a category, not scope 3
        if scope in ("scope1", "scope2") and kind == "own" and loc.rows is None \
                and any(f.scope == scope and f.sentence == span for f in out) \
                and mk.gases.search(text, since, x.start) is not None:
            continue  # "Scope 1 emissions of 147,200 tCO2e …: … methane (CH4) … for 51,140 tCO2e": a gas's part (session 22)
        if loc.rows is None and bracketed_part(x, measured, text, span):
            continue  # "范围一排放24.1万吨（甲烷11.6万吨、氧化亚氮10.9万吨）": its parts
        row = text.count("\n", 0, x.start) if loc.rows is not None else None
        out.append(Figure(scope, kind, x.year, x.value, x.unit, x.raw,
                          figure_label(text, start, x, loc.rows is not None), loc, span, row,
                          x.start))
    if loc.rows is not None:
        return _single_per_cell(out)
    return out + _respectively_after(a, measured, out) + _elliptical_after(a, measured, out, mk)


def direct_with_purchased(x: Num, text: str, span: tuple[int, int], measured: list[Num],
                          found: list[Figure], mk: Markers) -> bool:
    """Figure `x`, labelled by a direct source (`emissions.yaml` `direct_sources`: 化石燃料燃烧,
    fuel combustion), is the company's whole scope 1 when its sentence splits a total found
    before it into just this source and purchased electricity or heat (`purchased_sources`)
    and the two add up to that total ("经核查，公司2015年二氧化碳排放总量为61.48万吨，其中化石燃料
    燃烧排放48.26万吨、净购入电力排放13.22万吨": the national accounting guidelines' split into
    direct and indirect emissions; session 21). A source among more parts, or whose parts do
    not add up, stays a part (I11.6)."""
    label = text[max(span[0], max((y.end for y in measured if y.end <= x.start),
                                  default=span[0])):x.start]
    if mk.direct_sources.search(label) is None:
        return False
    totals = [f for f in found if f.sentence == span and f.scope == "total" and f.kind == "own"
              and 0 <= f.at < x.start]
    others = [y for y in measured if y is not x and span[0] <= y.start < span[1]
              and y.dimension == x.dimension and y.start > x.start]
    if not totals or not others:
        return False
    y = others[0]
    if mk.purchased_sources.search(text, x.end, y.start) is None:
        return False
    total = totals[-1].value
    return total > 0 and abs(total - x.value - y.value) <= 0.005 * total


def _respectively_after(a: Analysis, measured: list[Num], found: list[Figure]) -> list[Figure]:
    """A sentence that only lists amounts "分别为…" / "… respectively" right after a sentence
    of GHG figures ("…总量38.6万吨，其中直接排放0.37万吨、间接排放38.2万吨；上年同期分别为41.2万吨、
    0.41万吨和40.8万吨") names them in the order of that sentence's figures: the n-th amount
    takes the n-th figure's scope, kind and label, and its own year."""
    out: list[Figure] = []
    by_sentence: dict[tuple[int, int], list[Figure]] = {}
    for f in found:
        by_sentence.setdefault(f.sentence, []).append(f)
    taken = {(f.sentence, f.written) for f in found}
    for i in range(1, len(a.sentences)):
        span, before = a.sentences[i], a.sentences[i - 1]
        names = by_sentence.get(before)
        if not names or len(names) < 2 or span in by_sentence:
            continue
        if RESPECTIVELY.search(a.text, span[0], span[1]) is None:
            continue
        amounts = [x for x in measured if span[0] <= x.start < span[1]
                   and x.dimension in _LISTED and (span, x.raw) not in taken]
        if len(amounts) != len(names) or not all(
                _same_measure(x, f) for x, f in zip(amounts, names, strict=True)):
            continue
        out.extend(Figure(f.scope, f.kind, x.year, x.value, f.unit, x.raw, f.label, f.where,
                          span, None) for x, f in zip(amounts, names, strict=True))
    return out


def _elliptical_after(a: Analysis, measured: list[Num], found: list[Figure], mk: Markers
                      ) -> list[Figure]:
    """A sentence after "；" that is only another year and one amount ("…总量为2.9万吨，其中范围一
    0.4万吨、范围二2.5万吨；2022年为3.1万吨", "；上年为…") repeats the subject of the sentence
    of GHG figures before it: the figure a "其中" breakdown was of, else its last figure. It
    takes that figure's scope, kind and label, and its own year (session 18)."""
    out: list[Figure] = []
    by_sentence: dict[tuple[int, int], list[Figure]] = {}
    for f in found:
        by_sentence.setdefault(f.sentence, []).append(f)
    text = a.text
    for i in range(1, len(a.sentences)):
        span, before = a.sentences[i], a.sentences[i - 1]
        names = by_sentence.get(before)
        if not names or span in by_sentence or text[span[0] - 1:span[0]] not in ("；", ";"):
            continue
        amounts = [x for x in measured if span[0] <= x.start < span[1]
                   and x.dimension in _LISTED]
        if len(amounts) != 1 or amounts[0].year is None:
            continue
        x = amounts[0]
        if mk.elliptical.fullmatch(text, span[0], x.start) is None \
                or text[x.end:span[1]].strip(" \t。.；;") != "":
            continue
        cut = mk.parts.search(text, before[0], before[1])
        head = [f for f in names if cut is not None and 0 <= f.at < cut.start()]
        f = (head or names)[-1]
        if not _same_measure(x, f):
            continue
        out.append(Figure(f.scope, f.kind, x.year, x.value, f.unit, x.raw, f.label, f.where,
                          span, None))
    return out


_LISTED = frozenset({"emissions", "intensity", "mass"})


def _same_measure(x: Num, f: Figure) -> bool:
    """A listed amount measures what its named figure does: the same intensity unit, or an
    amount in tonnes (a bare "41.2万吨" after "上年同期分别为" names no gas) for an emissions
    figure."""
    if f.dimension_of == "intensity":
        return x.unit == f.unit
    return x.dimension in ("emissions", "mass") and x.unit in (f.unit, "t")


def _numbers(a: Analysis, cues: list[Hit], mk: Markers) -> list[Num]:
    """Numbers with a unit in the sentences that hold a GHG cue or "CO2" (all a figure's
    checks stay inside its sentence): those the matcher already read, else read here as the
    matcher reads them (a sentence after 。!?; alone, otherwise the passage once)."""
    text = a.text
    starts = sorted(h.start for h in cues)
    out: list[Num] = []
    every: list[Num] | None = None
    norm: str | None = None
    read = False  # the sentence before was read
    for si, (s0, s1), joined in with_lists(a.sentences, text):
        first = bisect_left(starts, s0)  # a cue starts in the sentence?
        if not ((first < len(starts) and starts[first] < s1) or "CO2" in text[s0:s1]
                or "co2" in text[s0:s1]
                or (read and RESPECTIVELY.search(text, s0, s1) is not None)
                # "；2022年为3.1万吨": another year of the sentence before (`_elliptical_after`)
                or (read and text[s0 - 1:s0] in ("；", ";")
                    and mk.elliptical.match(text, s0) is not None)):
            read = False
            continue
        read = True
        got = None if joined else a.measured.get(si)
        if got is None and (_DIGIT.search(text, s0, s1) is None
                            or mk.mass_unit.search(text, s0, s1) is None):
            continue  # no figure, or none in tonnes, kilograms or grams: nothing to read
        if got is None:
            if s0 == 0 or text[s0 - 1] in ALONE_AFTER:
                if norm is None:
                    norm = fold(text)
                got = [to_num(x) for x in quantities_in_sentence(text, s0, s1, norm, a.year)]
            else:
                if every is None:
                    every = [to_num(x) for x in extract_quantities(text, report_year=a.year)]
                got = [n for n in every if s0 <= n.start < s1]
        out.extend(n for n in got if n.unit)
    return out


def _single_per_cell(figures: list[Figure]) -> list[Figure]:
    """A table row with several figures for one year ("196 / 158 / 205 / 96" under 2022) is a
    breakdown whose parts the row does not name: none of them is kept."""
    count: dict[tuple[int | None, int | None], int] = {}
    for f in figures:
        count[(f.row, f.year)] = count.get((f.row, f.year), 0) + 1
    return [f for f in figures if f.year is None or count[(f.row, f.year)] == 1]


