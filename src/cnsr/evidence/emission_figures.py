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
from operator import itemgetter

from cnsr.evidence.emission_carried import elliptical_after, respectively_after
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
from cnsr.evidence.emission_numbers import ghg_numbers
from cnsr.evidence.emission_parts import (
    direct_with_purchased,
    part_of_another,
    part_scoped,
    total_row_lines,
)
from cnsr.evidence.emission_record import PART, Figure
from cnsr.evidence.find import Findings, Located
from cnsr.evidence.records import Hit, Num
from cnsr.evidence.tonnes_context import unit_from_context

__all__ = ["CUES", "Figure", "Markers", "find_emissions", "load_markers"]

CUES = frozenset({"scope1", "scope2", "scope3", "ghg_total", "ghg_word"})
"""Lexicon concepts that make a number near them a GHG figure."""
_POLLUTANTS = frozenset({"air_pollutant", "water_pollutant"})
_GREENHOUSE = frozenset({"scope1", "scope2", "scope3", "ghg_word"})
_PLANNED = frozenset({"future_year", "planned", "plan_phase"})  # a roadmap phase: session 28
_CONCEPT = itemgetter(0)  # Hit.concept, read in C
_DIGIT = re.compile(r"\d")


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
    kept = [f for f in kept
            if f.year is not None or (f.kind, f.scope, f.unit, round(f.value, 6)) not in dated]
    # a part said in prose that a table row (or a dated figure) states already ("麻醉气体排放折合
    # 二氧化碳当量3,120吨" beside the row "其中：麻醉气体 | 3,120"; "losses fell to 186 kg (4,370
    # tCO2e) from 312 kg in 2022" beside "of which SF6 | 4,370"): listed once, from the row
    # (session 26)
    rows = {_amount(f) for f in kept if f.kind in (PART, "own") and f.row is not None}
    years = {_amount(f) for f in kept if f.kind in (PART, "own") and f.year is not None}
    return [f for f in kept if f.kind != PART or f.row is not None
            or (_amount(f) not in rows and (f.year is not None or _amount(f) not in years))]


def _amount(f: Figure) -> tuple[str, float]:
    """A figure's amount, CO2 and CO2e alike."""
    return (f.unit.rstrip("e"), round(f.value, 6))


def _in_passage(loc: Located, mk: Markers) -> list[Figure]:
    a = loc.analysis
    text = a.text
    cues = [h for h in a.hits if h.concept in CUES]
    # a table with a total row of its own ("合计（范围一）", "范围一和范围二合计"): its other rows
    # without a scope of their own are that total's parts (a fuel table's rows by fuel, a
    # "其中" block's second line; blind round 8, session 12)
    total_rows = total_row_lines(text, mk) if loc.rows is not None else set()
    head_end = text.find("\n") if total_rows else -1
    heading_cues = [h for h in cues if h.start < head_end]
    measured = ghg_numbers(a, cues, mk, bool(heading_cues))
    if heading_cues:
        measured = _heading_tonnes(measured, text, head_end, mk)
    if not any(x.dimension in GHG_DIMENSIONS for x in measured):
        return []
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
    parts: list[tuple[Figure, bool]] = []  # the company's parts of a figure, apart (session 26)
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
        if governing is None and total_rows and heading_cues:
            # a table whose caption alone names the measure ("所属电厂二氧化碳排放量（万吨）" over
            # rows by plant and a "合计" row): the caption's cue governs its rows, the total row
            # the total, the others its parts (session 26, d175); without a total row of its
            # own such a table's rows stay unread (no figure of a plant taken for the company's)
            governing = (span[0], heading_cues)
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
        row = text.count("\n", 0, x.start) if loc.rows is not None else None
        if part_of_another(x, scope, kind, text, span, clauses, since, loc.rows is not None,
                           mk, measured, total_rows, out) \
                or (row is not None and row not in total_rows and total_rows
                    and _headed_scope(x, text, span, cues, measured, mk)):
            if kind == "own" and x.value > 0 and not _gas_mass(x, text, start, mk) \
                    and (loc.rows is not None or not _after_change(x, span, measured)):
                # kept as a part of its scope, never as the scope's or the total's figure
                # (issue #12 item 2, session 26): "其中：工艺排放", "of which: process"
                parts.append((Figure(scope, PART, x.year, x.value, x.unit, x.raw,
                                     figure_label(text, start, x, loc.rows is not None), loc,
                                     span, row, x.start),
                              mk.parts.search(text, since, x.start) is not None
                              or (loc.rows is None and bracketed_part(x, measured, text, span))))
            continue
        out.append(Figure(scope, kind, x.year, x.value, x.unit, x.raw,
                          figure_label(text, start, x, loc.rows is not None), loc, span, row,
                          x.start))
    whole = [part_scoped(f, marked, out, total_rows) for f, marked in parts]
    if loc.rows is not None:
        return _single_per_cell(out, bool(total_rows)) + _single_per_cell(whole, bool(total_rows))
    return (out + respectively_after(a, measured, out) + elliptical_after(a, measured, out, mk)
            + whole)


def _headed_scope(x: Num, text: str, span: tuple[int, int], cues: list[Hit],
                  measured: list[Num], mk: Markers) -> bool:
    """A row of a table with a total row whose label names no GHG measure, its figure's scope
    named by its column's heading ("燃氣電廠 | 2023年 範圍一=2,146,300" over "本集團合計 | …"): a
    segment's or site's part of that scope, not the company's scope (session 26, d220)."""
    label_end = text.find(" | ", span[0], x.start)
    if label_end < 0 or x.dimension != "emissions":
        return False
    cell = max((y.end for y in measured if label_end <= y.end <= x.start), default=label_end)
    if any(span[0] <= h.start < label_end for h in cues):
        return False
    scoped = any(cell <= h.start < x.start and h.concept in SCOPE_CUES for h in cues)
    # a scope's heading, or a total's ("2023年 合计" over "燃气电厂" as over "本集团合计")
    return scoped or mk.total.search(text, cell, x.start) is not None


def _gas_mass(x: Num, text: str, start: int, mk: Markers) -> bool:
    """A part in plain tonnes whose words name a gas other than CO2 ("甲烷排放量28.9万吨", "N2O
    emissions of 1,840 t"): the gas's own mass, not CO2e, so no part (session 26)."""
    if _names_co2(x.raw):
        return False
    return mk.gases.search(text, start, x.start) is not None


def _after_change(x: Num, span: tuple[int, int], measured: list[Num]) -> bool:
    """Two masses before the part in its sentence ("cutting N2O emissions from 1,840 t to 820 t,
    or about 270,000 tCO2e"): it restates a change of a gas, no part (session 26); one mass
    restated ("SF6逸散量约0.41吨（…折合约9,640吨二氧化碳当量）") is a part."""
    return sum(1 for y in measured if span[0] <= y.start and y.end <= x.start
               and y.dimension in ("mass", "emissions") and not _names_co2(y.raw)) >= 2


def _names_co2(raw: str) -> bool:
    low = raw.lower()
    return "co2" in low or "当量" in raw or "二氧化碳" in raw


def _heading_tonnes(measured: list[Num], text: str, head_end: int, mk: Markers) -> list[Num]:
    """Plain tonnes in the rows of a table whose caption names the measure ("所属电厂二氧化碳排放量
    （万吨）" over "鲁西电厂 | 1,462"), read as the caption's CO2 or CO2e (aliases.yaml
    `tonnes_context`), as a row naming it reads them (session 26, d175). A header naming a gas
    other than CO2 ("甲烷（吨）" beside "二氧化碳（万吨）") gives its columns their own gas: their
    tonnes are that gas's mass (session 26 merge: blind round 37's coking table)."""
    if mk.gases.search(text, 0, head_end) is not None:
        return measured
    cell = text.find(" | ", 0, head_end)  # the caption's own cell: its context is near its end
    named = unit_from_context(text, cell if cell >= 0 else head_end)
    if named is None or named[1] != "emissions":
        return measured
    return [Num(x.value, named[0], "emissions", x.raw, x.start, x.end, x.year)
            if x.dimension == "mass" and x.unit == "t" and x.start > head_end else x
            for x in measured]


def _single_per_cell(figures: list[Figure], scoped: bool = False) -> list[Figure]:
    """A table row with several figures for one year ("196 / 158 / 205 / 96" under 2022) is a
    breakdown whose parts the row does not name: none of them is kept."""
    count: dict[tuple[int | None, int | None, str], int] = {}
    for f in figures:
        k = (f.row, f.year, f.scope if scoped else "")
        count[k] = count.get(k, 0) + 1
    # in a table with a total row, the figures of one year that their columns' headings give
    # scopes of their own ("本集團合計 | 2023年 範圍一 | 2023年 範圍二 | 2023年 合計", session 26) are
    # no breakdown; without a total row such rows (process steps, sites) stay unread
    return [f for f in figures
            if f.year is None or count[(f.row, f.year, f.scope if scoped else "")] == 1]


