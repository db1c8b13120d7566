"""How the points of one passage are rated: its sentences, concepts and numbers, shared by
the point checks of `match.analyse` (a check's rule read against one sentence:
`sentence_hit`; the best sentence of a point: `best`). What a check derives from a sentence
(its clauses, its concepts without background) is kept for the next check.
"""

from __future__ import annotations

from cnsr.evidence import clause_rules as rules
from cnsr.evidence import quantities as q
from cnsr.evidence.lexicon import CompiledRule, Lexicon
from cnsr.evidence.normalize import clause_spans
from cnsr.evidence.numbers import normalize as fold
from cnsr.evidence.plan_lists import ITEM, PHASE
from cnsr.evidence.records import Analysis, Hit, Num, PointHit
from cnsr.evidence.scanning import ALONE_AFTER, extra_numbers, has_digit, numbers, to_num


class PointContext:
    """One passage's sentences, concepts and numbers, shared by the point checks; what a
    check derives from a sentence (clauses, concepts without background) is kept."""

    def __init__(self, text: str, by_sentence: list[dict[str, list[Hit]]],
                 sentences: list[tuple[int, int]], lexicon: Lexicon, hits: list[Hit],
                 result: Analysis) -> None:
        self.text, self.by_sentence, self.sentences = text, by_sentence, sentences
        self.lexicon, self.hits, self.result = lexicon, hits, result
        self.rules = lexicon.rules.points
        self.generic = lexicon.rules.evidence.generic_concepts
        self.caption = lexicon.rules.evidence.caption_number
        self.compiled = lexicon.compiled
        self.where: dict[str, list[int]] = {}
        for si, concepts in enumerate(by_sentence):
            for c in concepts:
                self.where.setdefault(c, []).append(si)
        self._digits = has_digit(text)
        self._norm: str | None = None
        self._all: list[Num] | None = None
        self._extra: dict[str, list[Num]] = {}
        self._nums: dict[int, list[Num]] = {}
        self._clauses: dict[int, list[tuple[int, int]]] = {}
        self._foreground: dict[int, dict[str, list[Hit]]] = {}
        self._unbound: dict[int, dict[str, list[Hit]]] = {}
        self._untitled: dict[int, dict[str, list[Hit]]] = {}
        titles = lexicon.rules.evidence.titles
        self.title = titles.concept if titles is not None else ""
        self.title_kept = frozenset(titles.keep_points) if titles is not None else frozenset()
        general = lexicon.rules.evidence.general
        self.general = general.concept if general is not None else ""
        self.general_points = frozenset(general.points) if general is not None else frozenset()
        self.concrete = frozenset(general.concrete) if general is not None else frozenset()
        self.heading: dict[str, list[Hit]] = {}

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
        if a == 0 or text[a - 1] in ALONE_AFTER:
            if self._norm is None:
                self._norm = fold(text)
            out = [to_num(x) for x in q.quantities_in_sentence(text, a, b, self._norm,
                                                                self.result.year)]
        else:
            if self._all is None:
                self._all = self.result.numbers or numbers(text, self.result.year)
            out = [n for n in self._all if a <= n.start < b]
        self._nums[si] = out
        return out

    def measured(self) -> dict[int, list[Num]]:
        """The numbers read so far, per sentence index (kept for `evidence.emission_figures`)."""
        return self._nums

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
            self._foreground[si] = rules.without_background(self.by_sentence[si], self.clauses(si))
        return self._foreground[si]

    def unbound(self, si: int, concepts: dict[str, list[Hit]]) -> dict[str, list[Hit]]:
        if si not in self._unbound:
            self._unbound[si] = rules.without_reductions(concepts, self.clauses(si))
        return self._unbound[si]

    def untitled(self, si: int) -> dict[str, list[Hit]]:
        if si not in self._untitled:
            self._untitled[si] = rules.without_titles(self.by_sentence[si], self.title)
        return self._untitled[si]

    def best(self, pid: str) -> PointHit | None:
        rule = self.compiled[pid]
        best: PointHit | None = None
        rows = self._rows(rule)
        if rule.rule.prefer:  # the point's own kind of sentence or row first (stable)
            by = self.by_sentence
            rows = sorted(rows, key=lambda si: not any(c in by[si] for c in rule.rule.prefer))
        for si in rows:
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
        inherited = self.result.inherited
        if rule.heading and self.heading:
            given = rule.heading.intersection(self.heading)
            if given:
                clauses = rule.clauses + tuple(tuple(cl) for cl in rule.heading_match)
                return [si for si, concepts in enumerate(self.by_sentence)
                        if any(_completed(clause, concepts, given, inherited[si]
                                          if rule.context and inherited is not None else None)
                               for clause in clauses)]
        if rule.context and inherited is not None:
            return [si for si, concepts in enumerate(self.by_sentence)
                    if any(all(c in concepts or c in inherited[si] for c in clause)
                           for clause in rule.clauses)]
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
        if self.title in concepts and pid not in self.title_kept:
            concepts = self.untitled(si)
        if rule.subject != "any" and "background" in concepts:
            concepts = self.foreground(si) if self.title not in concepts \
                else rules.without_background(concepts, self.clauses(si))
        if rule.subject == "company":
            if "national" in concepts and "company" not in concepts:
                return None
        elif rule.subject == "required" and "company" not in concepts:
            return None
        if rule.own and any(b in concepts for b in rules.BINDERS):
            concepts = self.unbound(si, concepts)
        inherited = self.result.inherited
        if cr.context and inherited is not None and inherited[si]:
            # a lead-in's copies complete what is missing; the sentence before ("；",
            # "应对措施：") joins this one as one statement
            mine = inherited[si]
            add = {c: mine[c] + concepts.get(c, []) if mine[c][0].start >= 0 else mine[c]
                   for c in cr.context if c in mine
                   and (c not in concepts or mine[c][0].start >= 0)}
            if add:
                concepts = {**concepts, **add}
        under, body = False, concepts.keys()
        if cr.heading and self.heading:
            # the section heading's topic completes a clause the body holds the rest of
            given = {c: self.heading[c] for c in cr.heading
                     if c in self.heading and c not in concepts}
            if given:
                concepts = {**concepts, **given}
                under = True
        text, span = self.text, self.sentences[si]
        held = concepts.keys()
        matching = [cl for cl in cr.match if held >= cl
                    and (not under or not body.isdisjoint(cl))]
        # a clause only a heading completes (session 16): with a `quantity`, only its figure
        by_heading = False
        if not matching and cr.heading_match and self.heading \
                and not cr.heading.isdisjoint(self.heading):
            topic = held | cr.heading.intersection(self.heading)
            matching = [cl for cl in cr.heading_match if topic >= cl
                        and not body.isdisjoint(cl)]
            if matching:
                under, by_heading = True, bool(rule.quantity)
        clauses = matching
        strong = bool(clauses)
        found: list[Num] = []
        cue_hits = rules.cue_hits(clauses, concepts) if strong else []
        if cr.context or under:
            cue_hits = [h for h in cue_hits if h.start >= 0]
        if strong and rule.quantity:
            found = rules.numbers_near(cr, cue_hits, self.nums(si, cr), concepts, self.clauses(si),
                                  self.lexicon)
            if rule.history:
                strong, found = rules.history(rule, text, span, found)
        if by_heading and not found:
            return None
        # a plan discloses a `plans_count` point (targets, roadmaps), "not yet" does not
        if strong and ("hedge" in concepts or not rule.plans_count and (
                "planned" in concepts or "planned_back" in concepts or ITEM in concepts
                or PHASE in concepts or (rule.quantity and "future_year" in concepts))) \
                and rules.only_planned(text, span,
                                       rules.deciding(cue_hits, self.generic), concepts,
                                       self.clauses(si), bool(rule.quantity),
                                       plans=not rule.plans_count):
            if rule.hedged_silent and "hedge" in concepts or rule.plan_silent and (
                    PHASE not in concepts or rules.only_planned(
                        text, span, rules.deciding(cue_hits, self.generic), concepts,
                        self.clauses(si), bool(rule.quantity), phases=False)):
                return None  # (a roadmap phase's step keeps its mention; session 28)
            strong = False
        if strong and rules.heading_only(text, span, cue_hits, self.caption):
            strong = False
        if not strong:
            if cr.weak_none and not cr.weak_none.isdisjoint(concepts):
                return None
            clauses = [cl for cl in cr.weak if held >= cl
                       and (not under or not body.isdisjoint(cl))] or (
                matching if not rule.history else [])
            if not clauses:
                return None
            found = []
            cue_hits = rules.cue_hits(clauses, concepts)
            if cr.context or under:
                cue_hits = [h for h in cue_hits if h.start >= 0]
            # (a roadmap phase's step keeps its mention: the labels rate a dated step of the
            # company's own roadmap a plan, 0.5: d122 I14.2, "路线图分三步：…；2026—2028年…购买
            # 核证减排量抵消"; an undated item of a plan's list is silent; session 28)
            if rule.plan_silent and cue_hits and (
                    "planned" in concepts or "planned_back" in concepts or "hedge" in concepts
                    or ITEM in concepts or (rule.quantity and "future_year" in concepts)) \
                    and rules.only_planned(text, span, rules.deciding(cue_hits, self.generic),
                                           concepts, self.clauses(si), bool(rule.quantity),
                                           phases=False):
                # a mention that is only planned, or said not to be done yet ("尚未对自身运营开展
                # 温室气体核算"; session 25), is no mention of a result (session 23)
                return None
        if not cue_hits:
            return None
        # a heading opening its passage ("气候变化风险" alone) is no disclosure; an English
        # heading of two topics ("Climate risks and opportunities") is covered by the cues of
        # both (session 14). A passage's last words cut at a line break stay a mention.
        if not text[:span[0]].strip() and (rules.heading_only(text, span, cue_hits, self.caption) or (
                text[span[0]:span[1]].isascii() and rules.heading_only(text, span, sorted(
                    (h for hs in concepts.values() for h in hs if span[0] <= h.start < span[1]),
                    key=lambda h: (h.start, -h.end)), self.caption))):
            return None
        if cue_hits[0].start < span[0]:  # a cue of the sentence before: one statement
            span = (next(a for a, b in self.sentences if a <= cue_hits[0].start < b), span[1])
        rating = 1.0 if strong and (found or not rule.quantity) and (
            not cr.needs or not cr.needs.isdisjoint(concepts)) and (
            not cr.mention_with or cr.mention_with.isdisjoint(concepts)) else 0.5
        if rating == 1.0 and pid in self.general_points and self.general in concepts \
                and self.concrete.isdisjoint(concepts) and not has_digit(text[span[0]:span[1]]):
            # "加强环境管理" / "we attach importance to…": a general statement is a mention
            # (session 14)
            rating = 0.5
        if rating < 1.0 and (cr.weak_none and not cr.weak_none.isdisjoint(concepts) or (
                not found and cr.figureless_none and not cr.figureless_none.isdisjoint(concepts))):
            # a mention is vetoed however it came about: an accounting note naming a scope
            # without its figure ("范围二排放指外购电力…") is no mention of it (session 12)
            return None
        return tuple.__new__(PointHit, (pid, rating, rules.outermost(cue_hits), found, span, None))


def _completed(clause: tuple[str, ...], concepts: dict[str, list[Hit]], given: frozenset[str],
               inherited: dict[str, list[Hit]] | None) -> bool:
    """Whether a sentence holding `concepts` (and a lead-in's `inherited` ones) holds
    `clause` once the section heading's `given` concepts are added, with at least one of the
    clause's concepts its own: a heading never supports a point by itself."""
    own = False
    for c in clause:
        if c in concepts:
            own = True
        elif c not in given and (inherited is None or c not in inherited):
            return False
    return own
