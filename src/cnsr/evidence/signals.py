"""What a passage says for the dimensions and the stage: trend statements, comparison kinds,
and the company's own carbon-neutrality position."""

from __future__ import annotations

from bisect import bisect_left

from cnsr.evidence.clause_rules import without_background
from cnsr.evidence.lexicon import Lexicon
from cnsr.evidence.normalize import clause_spans
from cnsr.evidence.records import Analysis, Hit, TrendStatement


def trends(result: Analysis, by_sentence: list[dict[str, list[Hit]]], lexicon: Lexicon) -> None:
    rules = lexicon.rules.points
    for hit in result.points.values():
        rule = rules[hit.point]
        if rule.better is None or hit.series is not None:
            continue
        concepts = by_sentence[sentence_index(result.sentences, hit.sentence)]
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


def sentence_index(sentences: list[tuple[int, int]], span: tuple[int, int]) -> int:
    return bisect_left(sentences, span)


def comparisons(result: Analysis, lexicon: Lexicon) -> None:
    kinds = {concept: kind for kind, concept in lexicon.rules.comparison_kinds.items()}
    counts: dict[str, int] = {}
    for h in result.hits:
        kind = kinds.get(h.concept)
        if kind is not None:
            counts[kind] = counts.get(kind, 0) + 1
    result.comparisons = dict(sorted(counts.items()))



def awareness(text: str, by_sentence: list[dict[str, list[Hit]]], sentences: list[tuple[int, int]],
              lexicon: Lexicon) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Sentences in which the company states a carbon-neutrality position (the strict reading
    of the stage criterion), and sentences in which it manages its own carbon in other words
    (what the broad reading adds). An action sentence holding one of the rule's `none`
    concepts does not count: carbon cut for customers or financed projects, an inventory only
    planned (blind stage round, session 12)."""
    rule = lexicon.awareness_rule
    strict: list[tuple[int, int]] = []
    actions: list[tuple[int, int]] = []
    if rule is None:
        return strict, actions
    for si, concepts in enumerate(by_sentence):
        is_strict = _holds(rule.match, concepts)
        is_action = not is_strict and _holds(rule.actions, concepts)
        if not (is_strict or is_action):
            continue
        if "background" in concepts:  # else nothing to cut: no clause spans needed
            a, b = sentences[si]
            concepts = without_background(concepts, clause_spans(text, a, b))
        if is_strict:
            if rule.subject == "company" and "company" not in concepts:
                continue
            if _holds(rule.match, concepts):
                strict.append(sentences[si])
        elif ("national" not in concepts or "company" in concepts) \
                and _holds(rule.actions, concepts) \
                and not any(c in concepts for c in rule.none):
            actions.append(sentences[si])
    return strict, actions


def _holds(clauses: list[list[str]], concepts: dict[str, list[Hit]]) -> bool:
    """Whether one clause has all its concepts in `concepts` (first concept first: the rare one)."""
    for clause in clauses:
        ok = True
        for c in clause:
            if c not in concepts:
                ok = False
                break
        if ok:
            return True
    return False
