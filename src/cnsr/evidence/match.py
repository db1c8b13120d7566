"""Evidence in one passage: cue concepts, numbers, and the disclosure points they support.

`analyse(text, lexicon)` is pure and works on any string, which is what `cnsr tag` and the
tests drive. A passage is scanned once for every concept; the points to check come from the
concepts found (not a pass per point); rules are checked sentence by sentence; numbers come
from `cnsr.evidence.quantities` and are tied to the clause of the cue that asks for them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from cnsr.evidence import quantities as q
from cnsr.evidence.lexicon import CompiledRule, Lexicon, PointRule
from cnsr.evidence.normalize import clause_spans, normalize, sentence_spans
from cnsr.evidence.tables import table_text, year_values


class Hit(NamedTuple):
    """A cue concept found at text[start:end] (a tuple: built ~50,000 times a report)."""

    concept: str
    start: int
    end: int
    text: str


class Num(NamedTuple):
    """A number with a unit found in the passage (offsets in the normalised text)."""

    value: float
    unit: str
    dimension: str
    raw: str
    start: int
    end: int
    year: int | None = None


@dataclass(frozen=True, slots=True)
class SeriesFound:
    """A multi-year series (table row or text) and the points it supports."""

    label: str
    unit: str
    dimension: str
    points: tuple[tuple[int, float], ...]
    direction: str | None
    point_ids: tuple[str, ...]
    sentence: tuple[int, int] = (0, 0)


class PointHit(NamedTuple):
    """A point supported by one sentence (a tuple: built ~10,000 times a report)."""

    point: str
    rating: float
    matched: list[str]
    quantities: list[Num]
    sentence: tuple[int, int]
    series: SeriesFound | None = None

    @property
    def strength(self) -> tuple[float, int, int]:
        return (self.rating, len(self.quantities), len(self.matched))


class TrendStatement(NamedTuple):
    """A year-on-year (or against a past year) statement about a point's metric."""

    point: str
    direction: str  # "up" | "down"
    favourable: bool
    sentence: tuple[int, int]


class Analysis:
    """Everything found in one passage. A plain class with its own `__init__` (not a
    dataclass, whose generated `__init__` stays interpreted under mypyc): one per passage."""

    def __init__(self, text: str, hits: list[Hit], sentences: list[tuple[int, int]]) -> None:
        self.text = text
        self.hits = hits
        self.sentences = sentences
        self.points: dict[str, PointHit] = {}
        self.numbers: list[Num] = []
        self.series: list[SeriesFound] = []
        self.trends: list[TrendStatement] = []
        self.comparisons: dict[str, int] = {}
        self.future = False
        self.awareness: list[tuple[int, int]] = []

    @property
    def concepts(self) -> set[str]:
        return {h.concept for h in self.hits}

    def sentence_text(self, span: tuple[int, int]) -> str:
        return self.text[span[0]:span[1]].strip()


# -- scanning ---------------------------------------------------------------------------------

def scan(text: str, lexicon: Lexicon) -> list[Hit]:
    """Every concept occurrence in `text` (overlapping occurrences of different concepts kept;
    of one concept at one position, the longest).

    Candidate positions come from one C-level scan (`Tables.scanner`); at each, a dict
    look-up of the three (else two, else one) characters there gives every pattern that can
    start with them (`ScanIndex.bucket`, inlined), which is all the Python work a position
    costs."""
    hits: list[Hit] = []
    append = hits.append
    new = tuple.__new__  # a named tuple without its Python-level __new__: ~50,000 a report
    lowered = text.lower()
    tables = lexicon.index.tables_for(lowered)
    three, two, two_open = tables.three.get, tables.two.get, tables.two_open.get
    one, default = tables.one.get, tables.anywhere
    for m in tables.scanner.finditer(lowered):
        p = m.start()
        key = lowered[p:p + 3]
        bucket = three(key) or (two_open(key[:2]) if len(key) == 3 else two(key[:2])) \
            or one(key[0], default)
        if len(bucket) == 1:
            name, match = bucket[0]
            mm = match(text, p)
            if mm is not None and mm.end() > p:
                end = mm.end()
                append(new(Hit, (name, p, end, text[p:end])))
            continue
        found: dict[str, int] = {}
        for name, match in bucket:
            mm = match(text, p)
            if mm is not None and mm.end() > found.get(name, p):
                found[name] = mm.end()
        for name, end in found.items():
            append(new(Hit, (name, p, end, text[p:end])))
    return hits


def numbers(text: str) -> list[Num]:
    """Numbers with units (cnsr.evidence.quantities), offsets in `text`."""
    return [_num(x) for x in q.extract_quantities(text)]


def _num(x: q.Quantity) -> Num:
    return tuple.__new__(Num, (float(x.value), x.unit or "", x.dimension or "", str(x.raw),
                               int(x.start), int(x.end), x.year))


_ALONE_AFTER = frozenset("。!?;")
_DIGIT = re.compile(r"\d")


def _has_digit(text: str) -> bool:
    """`any(ch.isdigit() for ch in text)`, answered by a C scan when a plain digit is there."""
    return _DIGIT.search(text) is not None or any(map(str.isdigit, text))


def extra_numbers(text: str, lexicon: Lexicon, dims: Iterable[str], hits: list[Hit]
                  ) -> list[Num]:
    """Counts, capacities and target years: the dimensions the quantity extractor leaves out."""
    out: list[Num] = []
    for dim in sorted(dims):
        if dim == "year":
            out.extend(Num(0.0, "", "year", h.text, h.start, h.end)
                       for h in hits if h.concept == "future_year")
            continue
        rx = lexicon.extra_quantities.get(dim)
        if rx is None:
            continue
        out.extend(Num(0.0, "", dim, m.group(), m.start(), m.end()) for m in rx.finditer(text))
    return out


# -- one passage ------------------------------------------------------------------------------

def analyse(raw: str, lexicon: Lexicon, *, table_rows: list[list[str]] | None = None,
            all_numbers: bool = False) -> Analysis:
    """Find cues, numbers and point hits in a passage (raw text; normalised here). A table is
    read from its rows (see `tables.table_text`), one sentence per row. Numbers are extracted
    only when a quantitative point's cue is found (or always, with `all_numbers`)."""
    text = normalize(table_text(table_rows), keep_lines=True) if table_rows else normalize(raw)
    hits = scan(text, lexicon)
    sentences = sentence_spans(text)
    result = Analysis(text=text, hits=hits, sentences=sentences)
    if all_numbers and _has_digit(text):
        result.numbers = numbers(text)
    if not hits:
        return result
    by_sentence = _group(hits, sentences)
    ctx = _Context(text, by_sentence, sentences, lexicon, hits, result)
    by_concept = lexicon.points_by_concept
    candidates = sorted({pid for c in ctx.where for pid in by_concept.get(c, ())})
    for pid in candidates:
        best = ctx.best(pid)
        if best is not None:
            result.points[pid] = best
    if table_rows:
        _series(result, table_rows, ctx, candidates)
    _trends(result, by_sentence, lexicon)
    _comparisons(result, lexicon)
    result.future = "future" in ctx.where
    result.awareness = _awareness(text, by_sentence, sentences, lexicon)
    return result


def _group(hits: list[Hit], sentences: list[tuple[int, int]]) -> list[dict[str, list[Hit]]]:
    """Hits per sentence and concept (hits come from `scan` in position order)."""
    groups: list[dict[str, list[Hit]]] = [{} for _ in sentences]
    i, last = 0, len(sentences) - 1
    for hit in hits:
        while i < last and hit.start >= sentences[i][1]:
            i += 1
        groups[i].setdefault(hit.concept, []).append(hit)
    return groups


class _Context:
    """One passage's sentences, concepts and numbers, shared by the point checks; what a
    check derives from a sentence (clauses, concepts without background) is kept."""

    def __init__(self, text: str, by_sentence: list[dict[str, list[Hit]]],
                 sentences: list[tuple[int, int]], lexicon: Lexicon, hits: list[Hit],
                 result: Analysis) -> None:
        self.text, self.by_sentence, self.sentences = text, by_sentence, sentences
        self.lexicon, self.hits, self.result = lexicon, hits, result
        self.rules = lexicon.rules.points
        self.compiled = lexicon.compiled
        self.where: dict[str, list[int]] = {}
        for si, concepts in enumerate(by_sentence):
            for c in concepts:
                self.where.setdefault(c, []).append(si)
        self._digits = _has_digit(text)
        self._norm: str | None = None
        self._all: list[Num] | None = None
        self._extra: dict[str, list[Num]] = {}
        self._nums: dict[int, list[Num]] = {}
        self._clauses: dict[int, list[tuple[int, int]]] = {}
        self._foreground: dict[int, dict[str, list[Hit]]] = {}
        self._unbound: dict[int, dict[str, list[Hit]]] = {}

    def nums(self, si: int, rule: CompiledRule) -> list[Num]:
        """Numbers starting in sentence `si` of the dimensions `rule` asks for (quantities,
        then the extra dimensions), in the order the whole passage's numbers would list them."""
        if not self._digits:
            return []
        quantities = self._quantities(si) if rule.extracted else []
        if not rule.extra:
            return quantities
        a, b = self.sentences[si]
        return quantities + [n for dim in rule.extra for n in self._extras(dim)
                             if a <= n.start < b]

    def _quantities(self, si: int) -> list[Num]:
        """Only sentences with a quantitative cue are read: a sentence after 。!?; is read
        alone (nothing carries across those; see `quantities.quantities_in_sentence`), else
        the passage once."""
        out = self._nums.get(si)
        if out is not None:
            return out
        a, b = self.sentences[si]
        text = self.text
        if a == 0 or text[a - 1] in _ALONE_AFTER:
            if self._norm is None:
                self._norm = q.numbers.normalize(text)
            out = [_num(x) for x in q.quantities_in_sentence(text, a, b, self._norm)]
        else:
            if self._all is None:
                self._all = self.result.numbers or numbers(text)
            out = [n for n in self._all if a <= n.start < b]
        self._nums[si] = out
        return out

    def _extras(self, dim: str) -> list[Num]:
        out = self._extra.get(dim)
        if out is None:
            out = self._extra[dim] = extra_numbers(self.text, self.lexicon, (dim,), self.hits)
        return out

    def clauses(self, si: int) -> list[tuple[int, int]]:
        if si not in self._clauses:
            span = self.sentences[si]
            self._clauses[si] = clause_spans(self.text, span[0], span[1])
        return self._clauses[si]

    def foreground(self, si: int) -> dict[str, list[Hit]]:
        if si not in self._foreground:
            self._foreground[si] = _without_background(self.by_sentence[si], self.clauses(si))
        return self._foreground[si]

    def unbound(self, si: int, concepts: dict[str, list[Hit]]) -> dict[str, list[Hit]]:
        if si not in self._unbound:
            self._unbound[si] = _without_reductions(concepts, self.clauses(si))
        return self._unbound[si]

    def best(self, pid: str) -> PointHit | None:
        rule = self.compiled[pid]
        best: PointHit | None = None
        for si in self._rows(rule):
            hit = self.sentence_hit(pid, rule, si)
            if hit is not None and (best is None or hit.strength > best.strength):
                best = hit
                if best.rating == 1.0 and (not rule.quantity or best.quantities):
                    break
        return best

    def _rows(self, rule: CompiledRule) -> list[int]:
        """The sentences, in order, that hold every concept of at least one of the rule's
        clauses: no other sentence can support the point (most cues are common words, so
        intersecting saves most sentence checks)."""
        where = self.where
        if len(rule.clauses) == 1 and len(rule.clauses[0]) == 1:
            return where.get(rule.clauses[0][0], [])
        rows: set[int] = set()
        for clause in rule.clauses:
            held: set[int] | None = None
            for concept in clause:
                found = where.get(concept)
                if found is None:
                    held = None
                    break
                held = set(found) if held is None else held.intersection(found)
                if not held:
                    break
            if held:
                rows |= held
        return sorted(rows)

    def sentence_hit(self, pid: str, cr: CompiledRule, si: int) -> PointHit | None:
        rule = cr.rule
        concepts = self.by_sentence[si]
        if cr.none and not cr.none.isdisjoint(concepts):
            return None
        if rule.subject != "any" and "background" in concepts:
            concepts = self.foreground(si)
        if rule.subject == "company":
            if "national" in concepts and "company" not in concepts:
                return None
        elif rule.subject == "required" and "company" not in concepts:
            return None
        if rule.own and "reduction" in concepts:
            concepts = self.unbound(si, concepts)
        text, span = self.text, self.sentences[si]
        held = concepts.keys()
        clauses = [cl for cl in cr.match if held >= cl]
        strong = bool(clauses)
        found: list[Num] = []
        cue_hits = _cue_hits(clauses, concepts) if strong else []
        if strong and rule.quantity:
            found = _numbers_near(cr, cue_hits, self.nums(si, cr), concepts, self.clauses(si),
                                  self.lexicon)
            if rule.history:
                strong, found = _history(rule, text, span, found)
        if strong and not rule.plans_count and ("planned" in concepts or "hedge" in concepts) \
                and _only_planned(text, span, cue_hits, concepts, self.clauses(si)):
            strong = False
        if strong and _heading_only(text, span, cue_hits):
            strong = False
        if not strong:
            clauses = [cl for cl in cr.weak if held >= cl] or (
                [cl for cl in cr.match if held >= cl] if not rule.history else [])
            if not clauses:
                return None
            found = []
            cue_hits = _cue_hits(clauses, concepts)
        rating = 1.0 if strong and (found or not rule.quantity) else 0.5
        return tuple.__new__(PointHit, (pid, rating, _outermost(cue_hits), found, span, None))


def _clause_of(parts: list[tuple[int, int]], at: int) -> tuple[int, int]:
    for a, b in parts:
        if a <= at < b:
            return a, b
    return parts[-1]


def _without_reductions(concepts: dict[str, list[Hit]], parts: list[tuple[int, int]]
                        ) -> dict[str, list[Hit]]:
    """Concepts minus cues bound to a reduction word just before them in the same clause
    ("减少二氧化碳排放", "avoided … CO2 emissions"): those are about reductions, not the
    company's own emissions."""
    reductions = concepts["reduction"]

    def bound(h: Hit) -> bool:
        a, _ = _clause_of(parts, h.start)
        return any(a <= r.start and r.end <= h.start and h.start - r.end <= _BOUND
                   for r in reductions)

    kept = {c: [h for h in hs if c == "reduction" or not bound(h)] for c, hs in concepts.items()}
    return {c: hs for c, hs in kept.items() if hs}


_BOUND = 30  # characters between a reduction word and the emissions cue it governs


def _cue_hits(clauses: list[frozenset[str]], concepts: dict[str, list[Hit]]) -> list[Hit]:
    used = clauses[0].union(*clauses[1:]) if len(clauses) > 1 else clauses[0]
    hits = [h for c in used for h in concepts[c]]
    hits.sort(key=_by_start)
    return hits


def _by_start(h: Hit) -> tuple[int, int, str]:
    return (h.start, -h.end, h.concept)


def _history(rule: PointRule, text: str, span: tuple[int, int], found: list[Num]
             ) -> tuple[bool, list[Num]]:
    """A history point needs numbers for `rule.history` years; two years is a partial (weak)
    disclosure, reported as 0.5."""
    if len(found) < 2:  # decided without reading the sentence's years
        return False, []
    years = {n.year for n in found if n.year}
    if len(years) < rule.history:
        years |= _years_in(text[span[0]:span[1]])
    if len(years) >= rule.history:
        return True, found
    return False, []


def _only_planned(text: str, span: tuple[int, int], cues: list[Hit],
                  concepts: dict[str, list[Hit]], parts: list[tuple[int, int]]) -> bool:
    """True when every cue of the sentence sits in a clause that only plans it or says it is
    not done yet ("计划于2024年开展情景分析", "尚未核算", "will conduct", "not yet"); a plan
    before a colon covers the list after it."""
    marks = concepts.get("planned", []) + concepts.get("hedge", [])
    lead = text.find(":", span[0], span[1])

    def planned(h: Hit) -> bool:
        a, b = _clause_of(parts, h.start)
        if any(a <= m.start < b for m in marks):
            return True
        return lead >= 0 and h.start > lead and any(m.start < lead for m in marks)

    return all(planned(h) for h in cues)


def _heading_only(text: str, span: tuple[int, int], cues: list[Hit]) -> bool:
    """A sentence that is little more than its cue ("节能改造", "Carbon capture.") is a heading:
    a mention, not a disclosure."""
    sentence = text[span[0]:span[1]].strip(" |")
    if sentence.endswith("。") or len(sentence) > 40:
        return False
    body = sentence.strip(" 。.:;")
    if body.isascii() and len(body.split()) > 4:
        return False
    covered = sum(len(t) for t in _outermost(cues))
    return len(body) - covered <= 3


def _outermost(hits: list[Hit]) -> list[str]:
    """Cue texts, leaving out those inside a longer cue (碳达峰 covers 达峰); hits are sorted
    by start, longest first."""
    out: list[str] = []
    reach = -1
    for h in hits:
        if h.end <= reach:
            continue
        reach = max(reach, h.end)
        out.append(h.text)
    return list(dict.fromkeys(out))


def _years_in(text: str) -> set[int]:
    return {int(y) for y in q.extract_years(text, expand_ranges=True)}


def _numbers_near(cr: CompiledRule, cue_hits: list[Hit], nums: list[Num],
                  concepts: dict[str, list[Hit]], clauses: list[tuple[int, int]],
                  lexicon: Lexicon) -> list[Num]:
    """Numbers of the rule's dimensions in a cue's clause, or in the next clauses (up to
    `next_clauses`) until one starts another topic. `nums` are the sentence's numbers."""
    dims = cr.quantity
    inside = [n for n in nums if n.dimension in dims]
    if not inside:
        return []
    cue_starts = [h.start for h in cue_hits]
    reach = lexicon.rules.evidence.next_clauses
    topic_starts: list[int] | None = None
    allowed: list[tuple[int, int]] = []
    for ci, (a, b) in enumerate(clauses):
        if any(a <= s < b for s in cue_starts):
            allowed.append((a, b))
            for na, nb in clauses[ci + 1:ci + 1 + reach]:
                if topic_starts is None:
                    topic_starts = _topic_starts(concepts, lexicon)
                if any(na <= t < nb for t in topic_starts):
                    break
                allowed.append((na, nb))
    out = []
    reductions = concepts.get("reduction", []) if cr.rule.own else []
    for n in inside:
        where = next(((a, b) for a, b in allowed if a <= n.start < b), None)
        if where is None:
            continue
        if reductions and any(where[0] <= h.start and h.end <= n.start for h in reductions):
            continue
        out.append(n)
    return out


def _topic_starts(concepts: dict[str, list[Hit]], lexicon: Lexicon) -> list[int]:
    """Where the sentence's topic cues start (a clause holding one starts another topic)."""
    results = lexicon.rules.evidence.result_concepts
    return [h.start for c, hs in concepts.items() if c in lexicon.topic_concepts
            and c not in results for h in hs]


# -- tables -----------------------------------------------------------------------------------

def _series(result: Analysis, rows: list[list[str]], ctx: _Context, candidates: list[str]
            ) -> None:
    """Multi-year rows of a table, with the points their row supports (for trends)."""
    starts = [0] + [i + 1 for i, ch in enumerate(result.text) if ch == "\n"]
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


# -- dimensions: trend statements, comparisons, plans -----------------------------------------

def _trends(result: Analysis, by_sentence: list[dict[str, list[Hit]]], lexicon: Lexicon) -> None:
    rules = lexicon.rules.points
    for hit in result.points.values():
        rule = rules[hit.point]
        if rule.better is None or hit.series is not None:
            continue
        concepts = by_sentence[_sentence_index(result.sentences, hit.sentence)]
        if not ("cmp_prior_year" in concepts or "base_year" in concepts):
            continue
        directions = sorted((h for c in ("up", "down") for h in concepts.get(c, [])),
                            key=lambda h: h.start)
        if not directions:
            continue
        direction = directions[0].concept
        favourable = (direction == "down") == (rule.better == "lower")
        result.trends.append(TrendStatement(hit.point, direction, favourable, hit.sentence))
    for s in result.series:
        if s.direction not in ("up", "down") or len(s.points) < 2:
            continue
        for pid in s.point_ids:
            better = rules[pid].better
            if better is None:
                continue
            favourable = (s.direction == "down") == (better == "lower")
            result.trends.append(TrendStatement(pid, s.direction, favourable, s.sentence))


def _sentence_index(sentences: list[tuple[int, int]], span: tuple[int, int]) -> int:
    return bisect_left(sentences, span)


def _comparisons(result: Analysis, lexicon: Lexicon) -> None:
    kinds = {concept: kind for kind, concept in lexicon.rules.comparison_kinds.items()}
    counts: dict[str, int] = {}
    for h in result.hits:
        kind = kinds.get(h.concept)
        if kind is not None:
            counts[kind] = counts.get(kind, 0) + 1
    result.comparisons = dict(sorted(counts.items()))


def _without_background(concepts: dict[str, list[Hit]], parts: list[tuple[int, int]]
                        ) -> dict[str, list[Hit]]:
    """A sentence's concepts minus those in clauses that only set the scene ("在国家双碳目标
    背景下", "随着…", "against the backdrop of…"): national policy as background is not the
    company's own position."""
    if "background" not in concepts:
        return concepts
    cut = [(a, b) for a, b in parts if any(a <= h.start < b for h in concepts["background"])]
    kept = {c: [h for h in hs if not any(a <= h.start < b for a, b in cut)]
            for c, hs in concepts.items()}
    return {c: hs for c, hs in kept.items() if hs}


def _awareness(text: str, by_sentence: list[dict[str, list[Hit]]], sentences: list[tuple[int, int]],
               lexicon: Lexicon) -> list[tuple[int, int]]:
    """Sentences in which the company states a carbon-neutrality position (stage criterion)."""
    rule = lexicon.rules.criteria.carbon_awareness
    out = []
    for si, concepts in enumerate(by_sentence):
        if "dual_carbon" not in concepts:
            continue
        a, b = sentences[si]
        concepts = _without_background(concepts, clause_spans(text, a, b))
        if rule.subject == "company" and "company" not in concepts:
            continue
        if any(all(c in concepts for c in cl) for cl in rule.match):
            out.append(sentences[si])
    return out
