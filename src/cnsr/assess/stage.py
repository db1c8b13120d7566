"""Stage criteria (methodology §1) from the findings, each with its evidence.

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
from cnsr.methodology.load import LoadedMethodology
from cnsr.rating import Criterion, Evidence, PointRating


def criteria(findings: Findings, points: dict[str, PointRating],
             m: LoadedMethodology | None = None,
             own_figures: list[Evidence] | None = None) -> dict[str, Criterion]:
    """`own_figures`: evidence of the company's own GHG figures read as data (absolute or
    intensity, `evidence/emissions.py`); they quantify emissions too, e.g. a KPI row
    "二氧化碳排放 | 万吨 | …" that no sentence rule ties to a scope cue."""
    rules = findings.lexicon.rules.criteria
    keep = findings.lexicon.rules.evidence.max_per_point
    env = rules.environmental_awareness
    env_points = sorted(pid for pid, pr in points.items()
                        if pr.rating > 0 and pid.split(".")[0] in env.indicators)
    env_evidence = [pr.evidence[0] for pid in env_points
                    for pr in [points[pid]] if pr.evidence][:keep]
    out = {"environmental_awareness": Criterion(met=len(env_points) >= env.min_points,
                                                evidence=env_evidence)}
    broad = _reading(m, "carbon_awareness") == "broad"
    out["carbon_awareness"] = _awareness(findings, keep, broad)
    qe = rules.quantified_emissions
    quantified = []
    for pid in qe.points:
        for r in findings.points.get(pid, []):
            if r.hit.rating == 1 and any(n.dimension in qe.dimensions for n in r.hit.quantities) \
                    and cues_are_words_in(r):
                quantified.append(r)
    quantified.sort(key=lambda r: (-r.relevance, r.where.order))
    quantified_evidence = [evidence_of(r, findings) for r in quantified[:keep]]
    if not quantified_evidence and own_figures:
        quantified_evidence = own_figures[:keep]
    out["quantified_emissions"] = Criterion(met=bool(quantified_evidence),
                                            evidence=quantified_evidence)
    if broad and rules.carbon_awareness.quantified_implies and quantified_evidence \
            and not out["carbon_awareness"].met:
        out["carbon_awareness"] = Criterion(met=True,
                                            evidence=out["quantified_emissions"].evidence)
    return out


def _reading(m: LoadedMethodology | None, criterion: str) -> str:
    if m is None:
        return "broad"
    return next((c.reading for c in m.spec.criteria if c.id == criterion), "broad")


def _awareness(findings: Findings, keep: int, broad: bool) -> Criterion:
    """Strict sentences first (explicit dual-carbon positions); in the broad reading, then
    the company's own carbon management in other words."""
    limit = findings.lexicon.rules.evidence.excerpt_chars
    rule = findings.lexicon.rules.criteria.carbon_awareness
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
