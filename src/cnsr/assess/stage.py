"""Stage criteria (methodology §1) from the findings, each with its evidence. The rules file
keys each criterion by the methodology's id and its kind is told by its fields; for the default
scheme:

- environmental_awareness: at least `min_points` points of the stage-1 indicators disclosed.
- carbon_awareness: a sentence in which the company itself (公司/本集团/我们/we/the Company…)
  states a position, commitment, strategy or action on carbon peak / neutrality / net zero
  (the strict reading). The broad reading (the default; the methodology's criterion says which)
  also takes the company's own carbon management in other words (GHG inventory, carbon
  market compliance, low-carbon strategy, own CO2 cuts) and quantified own emissions.
  National policy named only as background never counts (see `signals.awareness`).
- quantified_emissions: one of the emissions points disclosed with a number of the emissions
  dimension that is not a reduction amount (减排/避免/avoided are excluded by the `own` rule).
"""

from __future__ import annotations

from cnsr.assess.points import evidence_of, excerpt
from cnsr.evidence.find import Findings, cues_are_words_in
from cnsr.evidence.rule_schema import EnvAwareness, QuantifiedEmissions
from cnsr.methodology.load import LoadedMethodology
from cnsr.rating import Criterion, Evidence, PointRating


def criteria(findings: Findings, points: dict[str, PointRating],
             m: LoadedMethodology | None = None,
             own_figures: list[Evidence] | None = None) -> dict[str, Criterion]:
    """Every criterion the reader's rules define, by its kind (`rule_schema.CriterionRule`).

    `own_figures`: evidence of the company's own GHG figures read as data (absolute or
    intensity, `evidence/emission_figures.py`); they quantify emissions too, e.g. a KPI row
    "二氧化碳排放 | 万吨 | …" that no sentence rule ties to a scope cue."""
    keep = findings.lexicon.rules.evidence.max_per_point
    out: dict[str, Criterion] = {}
    for key, rule in findings.lexicon.rules.criteria.items():
        if isinstance(rule, EnvAwareness):
            out[key] = _from_points(rule, points, keep, findings)
        elif isinstance(rule, QuantifiedEmissions):
            out[key] = _quantified(rule, findings, keep, own_figures or [])
    found = findings.lexicon.rules.awareness
    if found is not None:
        key, rule = found
        broad = _reading(m, key) == "broad"
        out[key] = _awareness(findings, keep, broad)
        quantified = next((c for k, c in out.items() if c.met and isinstance(
            findings.lexicon.rules.criteria[k], QuantifiedEmissions)), None)
        if broad and rule.quantified_implies and quantified is not None \
                and not out[key].met:
            out[key] = Criterion(met=True, evidence=quantified.evidence)
    return {key: out[key] for key in findings.lexicon.rules.criteria}


def _from_points(rule: EnvAwareness, points: dict[str, PointRating], keep: int,
                 findings: Findings) -> Criterion:
    found = sorted(pid for pid, pr in points.items()
                   if pr.rating > 0 and pid.rsplit(".", 1)[0] in rule.indicators
                   and _counts(pid, findings, set(rule.none)))
    evidence = [pr.evidence[0] for pid in found for pr in [points[pid]] if pr.evidence][:keep]
    return Criterion(met=len(found) >= rule.min_points, evidence=evidence)


def _counts(pid: str, findings: Findings, none: set[str]) -> bool:
    """The point is rated from a sentence holding no concept of the criterion's `none` (or
    from no sentence the reader found, e.g. an analyst's rating: it counts)."""
    ranked = findings.points.get(pid)
    if not none or not ranked:
        return True
    for r in ranked:
        start, end = r.hit.sentence
        if r.hit.rating > 0 and not any(h.concept in none and start <= h.start < end
                                        for h in r.where.analysis.hits):
            return True
    return False


def _quantified(rule: QuantifiedEmissions, findings: Findings, keep: int,
                own_figures: list[Evidence]) -> Criterion:
    quantified = []
    for pid in rule.points:
        for r in findings.points.get(pid, []):
            if r.hit.rating == 1 and any(n.dimension in rule.dimensions
                                         for n in r.hit.quantities) and cues_are_words_in(r):
                quantified.append(r)
    quantified.sort(key=lambda r: (-r.relevance, r.where.order))
    evidence = [evidence_of(r, findings) for r in quantified[:keep]]
    if not evidence and own_figures:
        evidence = own_figures[:keep]
    return Criterion(met=bool(evidence), evidence=evidence)


def _reading(m: LoadedMethodology | None, criterion: str) -> str:
    if m is None:
        return "broad"
    return next((c.reading for c in m.spec.criteria if c.id == criterion), "broad")


def _awareness(findings: Findings, keep: int, broad: bool) -> Criterion:
    """Strict sentences first (explicit dual-carbon positions); in the broad reading, then
    the company's own carbon management in other words."""
    limit = findings.lexicon.rules.evidence.excerpt_chars
    rule = findings.lexicon.awareness_rule
    assert rule is not None
    kinds = [("awareness", {c for cl in rule.match for c in cl})]
    if broad:
        kinds.append(("carbon_actions", {c for cl in rule.actions for c in cl}))
    evidence: list[Evidence] = []
    for attr, cue_concepts in kinds:
        for loc in findings.passages:
            spans: list[tuple[int, int]] = getattr(loc.analysis, attr)
            for span in spans:
                sentence = loc.analysis.sentence_text(span)
                cues = [h.text for h in loc.analysis.hits
                        if span[0] <= h.start < span[1] and h.concept in cue_concepts]
                evidence.append(Evidence(file=loc.file, page=loc.page,
                                         passage=excerpt(sentence, cues, limit),
                                         matched=list(dict.fromkeys(cues))))
                if len(evidence) >= keep:
                    return Criterion(met=True, evidence=evidence)
    return Criterion(met=bool(evidence), evidence=evidence)
