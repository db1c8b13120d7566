"""Evidence in one passage: cue concepts, numbers, and the disclosure points they support.

`analyse(text, lexicon)` is pure and works on any string, which is what `cnsr tag` and the
tests drive. A passage is scanned once for every concept; the points to check come from the
concepts found (not a pass per point); rules are checked sentence by sentence; numbers come
from `cnsr.evidence.quantities` and are tied to the clause of the cue that asks for them.
Here: the passage's text, cues and filters, what sentences inherit from a lead-in, and a
table's multi-year rows; how each point is rated against them is `point_context`.
"""

from __future__ import annotations

from cnsr.evidence.form_answers import form_questions, template_lines
from cnsr.evidence.hit_filters import (
    captions,
    others_as_subject,
    outside,
    without_silent_clauses,
    without_swallowed,
    without_yielded,
)
from cnsr.evidence.kpi_tiles import split_tiles, tile_cuts
from cnsr.evidence.lexicon import Lexicon
from cnsr.evidence.nav_prose import spans as nav_spans
from cnsr.evidence.normalize import clean_rows, normalize, sentence_spans
from cnsr.evidence.plan_lists import ITEM, current_phases, mark_items
from cnsr.evidence.point_context import PointContext
from cnsr.evidence.records import Analysis, Hit, SeriesFound
from cnsr.evidence.scanning import has_digit, numbers, scan
from cnsr.evidence.signals import awareness, comparisons, trends
from cnsr.evidence.subject import Subject, with_subject
from cnsr.evidence.tables import table_text, year_values

__all__ = ["analyse"]


def analyse(raw: str, lexicon: Lexicon, *, table_rows: list[list[str]] | None = None,
            all_numbers: bool = False, subject: Subject | None = None,
            carried: dict[str, list[Hit]] | None = None,
            heading: dict[str, list[Hit]] | None = None) -> Analysis:
    """Find cues, numbers and point hits in a passage (raw text; normalised here). A table is
    read from its rows (see `tables.table_text`), one sentence per row. Numbers are extracted
    only when a quantitative point's cue is found (or always, with `all_numbers`). Traditional
    characters and OCR confusions are cleaned for matching (`normalize.clean`). A `subject`
    (the company's names, the report year) adds its names as company cues and keeps only
    future years after the report year (`subject.with_subject`). `carried`: the lead-in
    context of the passages before (see `inherit`). `heading`: the topic concepts of the
    section heading this passage stands under (rules.yaml `evidence.heading`), as copies that
    complete a clause only for the points listing them under `heading`."""
    if table_rows:
        table_rows = clean_rows(table_rows)
    text = normalize(table_text(table_rows), keep_lines=True) if table_rows else normalize(raw)
    hits = scan(text, lexicon)
    if lexicon.yields_to:
        hits = without_yielded(hits, lexicon.yields_to)
    if subject is not None:
        hits = with_subject(text, hits, subject)
    # a roadmap phase over by the report year is history, no plan (session 28)
    hits = current_phases(hits, subject.year if subject is not None else None)
    sentences = sentence_spans(text)
    if not table_rows:
        # "累计减排二氧化碳 12.6 万吨 光伏装机 35 兆瓦 本年度…": each KPI tile its own sentence
        cuts = tile_cuts(text)
        if cuts:
            sentences = split_tiles(text, sentences)
            # a cue across two tiles ("光伏装机12.6兆瓦|减排二氧化碳") is neither's (session 14)
            hits = [h for h in hits if not any(h.start < p < h.end for p in cuts)]
    # "…措施及效果 □适用 √不适用": a template's question is no disclosure
    hits = outside(hits, form_questions(text, sentences) + template_lines(text, sentences))
    # "图：屋顶光伏电站": what a photo shows is no disclosure (blind round 6)
    hits = outside(hits, captions(text, hits, sentences))
    if hits and not table_rows:
        # "…利益相关方 关注议题 沟通方式 …", "本章回应 SDG 7 …": navigation (session 12)
        hits = outside(hits, nav_spans(text))
    result = Analysis(text=text, hits=hits, sentences=sentences)
    result.year = subject.year if subject is not None else None
    if all_numbers and has_digit(text):
        result.numbers = numbers(text, result.year)
    if not hits:
        result.carry_out = carried or {}
        return result
    settings = lexicon.rules.evidence
    if settings.others_subject:
        hits = others_as_subject(text, hits, frozenset(settings.others_subject),
                                 frozenset(settings.own_subject))
    if settings.swallow:
        hits = without_swallowed(hits, frozenset(settings.swallow))
    if settings.silent_clauses:
        hits = without_silent_clauses(text, hits, frozenset(settings.silent_clauses))
    by_sentence = _group(hits, sentences)
    if settings.header_carry:
        header_to_rows(text, sentences, by_sentence, settings.header_carry)
    if lexicon.rules.evidence.context is not None and not table_rows:
        inherit(result, by_sentence, lexicon, carried)
        _plan_list(result, by_sentence, carried)
    ctx = PointContext(text, by_sentence, sentences, lexicon, hits, result)
    if heading:
        ctx.heading = heading
    by_concept = lexicon.points_by_concept
    candidates = sorted({pid for c in ctx.where for pid in by_concept.get(c, ())})
    for pid in candidates:
        best = ctx.best(pid)
        if best is not None:
            result.points[pid] = best
    if table_rows:
        _series(result, table_rows, ctx, candidates)
    trends(result, by_sentence, lexicon)
    comparisons(result, lexicon)
    result.future = "future" in ctx.where
    result.awareness, result.carbon_actions = awareness(text, by_sentence, sentences, lexicon)
    result.measured = ctx.measured()
    return result


def inherit(result: Analysis, by_sentence: list[dict[str, list[Hit]]], lexicon: Lexicon,
            carried: dict[str, list[Hit]] | None) -> None:
    """What each sentence inherits (rules.yaml `evidence.context`): the `carry` concepts of
    the last lead-in before it ("以2020年为基准年，我们设定了以下目标：", "All targets below use a
    2020 baseline."), from this passage or `carried` from the passages before, and, when it
    opens with a follow-on cue ("应对措施：", "Response:") or follows a "；" ("…经第三方机构核查；
    核查范围覆盖范围一和范围二"), those of the sentence before. A lead-in's cue is a copy at
    position -1 (it completes a rule but is never quoted); the sentence before keeps its
    positions, so the evidence quotes both sentences as one statement."""
    rule = lexicon.rules.evidence.context
    assert rule is not None
    lead, follow, carry = frozenset(rule.lead_in), frozenset(rule.follow_on), rule.carry
    para = rule.paragraph
    text = result.text
    current: dict[str, list[Hit]] = carried if carried else {}
    out: list[dict[str, list[Hit]]] = []
    for si, (a, b) in enumerate(result.sentences):
        concepts = by_sentence[si]
        mine = dict(current)
        if si and (_after_semicolon(text, a) or (follow and any(
                h.start - a <= 2 and not text[a:h.start].strip()
                for c in follow for h in concepts.get(c, ())))):
            before = by_sentence[si - 1]
            # the sentence before may itself go on from its own predecessor over a "；"
            # ("主要气候风险包括：强降雨…；碳价上涨…。对于强降雨，公司已…"): what it took (never a
            # lead-in's copy) reaches this answer too (blind round 6, session 10)
            prior = out[si - 1]
            for c in carry:
                if c in before:
                    mine.setdefault(c, before[c])
                elif c in prior and prior[c][0].start >= 0 and _after_semicolon(
                        text, result.sentences[si - 1][0]):
                    mine.setdefault(c, prior[c])
        if para is not None and si and any(c in concepts for c in para.when):
            _from_paragraph(mine, by_sentence[:si], para.about, para.carry)
        out.append(mine)
        if (not lead.isdisjoint(concepts)) or text[a:b].rstrip().endswith(":"):
            current = _copies(concepts, carry)
    result.inherited = out if any(out) else None
    result.carry_out = current


def _plan_list(result: Analysis, by_sentence: list[dict[str, list[Hit]]],
               carried: dict[str, list[Hit]] | None) -> None:
    """The items of a list a plan leads in ("将重点做好以下工作：一是…；二是…") are plans
    (`plan_lists.mark_items`); a list still open at the passage's end goes on in the passages
    after it that open with an item mark, passed on with the lead-in context (session 28)."""
    was_open = carried is not None and ITEM in carried
    still_open = mark_items(result.text, result.sentences, by_sentence, was_open)
    out = result.carry_out
    if still_open and ITEM not in out:
        result.carry_out = {**out, ITEM: [Hit(ITEM, -1, -1, "")]}
    elif not still_open and ITEM in out:
        result.carry_out = {c: hs for c, hs in out.items() if c != ITEM}


def header_to_rows(text: str, sentences: list[tuple[int, int]],
                   by_sentence: list[dict[str, list[Hit]]], carry: list[str]) -> None:
    """A table's header row holding a `carry` concept (rules.yaml `evidence.header_carry`: a
    column naming each row's client, "序号 | 项目名称 | 委托方 | …") hands it to every row under it,
    up to the first line that is no table row: each row is a sentence of its own, so a veto in
    the header never reached them (session 22, d135). The rows get copies at position -1
    (they complete a rule, never a quote). The line right above the table, its title
    ("绿色贷款投向（单位：亿元）"), hands its `carry` concepts down the same way, together with
    the header's (blind round 30, session 24)."""
    held: dict[str, list[Hit]] = {}
    in_table = False
    for si, (a, b) in enumerate(sentences):
        concepts = by_sentence[si]
        if "|" not in text[a:b]:
            held = _copies(concepts, carry)  # a title line: held for the table below it, if any
            in_table = False
            continue
        for c, copies in held.items():
            concepts.setdefault(c, copies)
        if not in_table:
            held = {**_copies(concepts, carry), **held}
            in_table = True


def _from_paragraph(mine: dict[str, list[Hit]], earlier: list[dict[str, list[Hit]]],
                    about: list[str], carry: list[str]) -> None:
    """A statement pointing back at its paragraph's data ("2023年度数据经第三方机构…核查")
    takes the `carry` concepts of the nearest earlier sentence that holds one of `about` and
    the concept: its hits keep their positions, so the evidence quotes both."""
    for c in carry:
        if c in mine:
            continue
        for concepts in reversed(earlier):
            if c in concepts and any(a in concepts for a in about):
                mine[c] = concepts[c]
                break


def _after_semicolon(text: str, at: int) -> bool:
    """The sentence starting at `at` follows a "；" (folded to ";"), spaces skipped."""
    j = at - 1
    while j >= 0 and text[j] in " \t\n":
        j -= 1
    return j >= 0 and text[j] == ";"


def _copies(concepts: dict[str, list[Hit]], carry: list[str]) -> dict[str, list[Hit]]:
    return {c: [Hit(c, -1, -1, h.text) for h in concepts[c]] for c in carry if c in concepts}


def _group(hits: list[Hit], sentences: list[tuple[int, int]]) -> list[dict[str, list[Hit]]]:
    """Hits per sentence and concept (hits come from `scan` in position order)."""
    groups: list[dict[str, list[Hit]]] = [{} for _ in sentences]
    i, last = 0, len(sentences) - 1
    for hit in hits:
        while i < last and hit.start >= sentences[i][1]:
            i += 1
        groups[i].setdefault(hit.concept, []).append(hit)
    return groups


# -- tables -----------------------------------------------------------------------------------

def _series(result: Analysis, rows: list[list[str]], ctx: PointContext, candidates: list[str]
            ) -> None:
    """Multi-year rows of a table, with the points their row supports (for trends)."""
    starts = _line_starts(result.text)
    for row, label, pairs in year_values(rows):
        if row + 1 >= len(starts):
            continue
        at = starts[row + 1]
        si = next((i for i, (a, b) in enumerate(result.sentences) if a <= at < b), None)
        if si is None:
            continue
        ids = []
        for pid in candidates:
            rule = ctx.rules[pid]
            if rule.better is None:
                continue
            hit = ctx.sentence_hit(pid, ctx.compiled[pid], si)
            if hit is not None and hit.rating == 1.0:
                ids.append(pid)
        if not ids:
            continue
        first, last = pairs[0][1], pairs[-1][1]
        tolerance = abs(first) * 0.005
        direction = "down" if last < first - tolerance else "up" if last > first + tolerance \
            else "flat"
        result.series.append(SeriesFound(label, "", "", tuple(pairs), direction, tuple(ids),
                                         result.sentences[si]))


def _line_starts(text: str) -> list[int]:
    """Offsets where the lines of `text` start (found by str.find, not a loop over every
    character)."""
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts
