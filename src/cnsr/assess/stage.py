"""Stage criteria (methodology §1) from the findings, each with its evidence.

- environmental_awareness: at least `min_points` points of the stage-1 indicators disclosed.
- carbon_awareness: a sentence in which the company itself (公司/本集团/我们/we/the Company…)
  states a position, commitment, strategy or action on carbon peak / neutrality / net zero.
  National policy named only as background does not count (see `match._awareness`).
- quantified_emissions: one of the emissions points disclosed with a number of the emissions
  dimension that is not a reduction amount (减排/避免/avoided are excluded by the `own` rule).
"""

from __future__ import annotations

from cnsr.assess.points import evidence_of, excerpt
from cnsr.evidence.find import Findings
from cnsr.rating import Criterion, Evidence, PointRating


def criteria(findings: Findings, points: dict[str, PointRating]) -> dict[str, Criterion]:
    rules = findings.lexicon.rules.criteria
    keep = findings.lexicon.rules.evidence.max_per_point
    env = rules.environmental_awareness
    env_points = sorted(pid for pid, pr in points.items()
                        if pr.rating > 0 and pid.split(".")[0] in env.indicators)
    env_evidence = [pr.evidence[0] for pid in env_points
                    for pr in [points[pid]] if pr.evidence][:keep]
    out = {"environmental_awareness": Criterion(met=len(env_points) >= env.min_points,
                                                evidence=env_evidence)}
    out["carbon_awareness"] = Criterion(**_awareness(findings, keep))
    qe = rules.quantified_emissions
    quantified = []
    for pid in qe.points:
        for r in findings.points.get(pid, []):
            if r.hit.rating == 1 and any(n.dimension in qe.dimensions for n in r.hit.quantities):
                quantified.append(r)
    quantified.sort(key=lambda r: (-r.relevance, r.where.order))
    out["quantified_emissions"] = Criterion(
        met=bool(quantified), evidence=[evidence_of(r, findings) for r in quantified[:keep]])
    return out


def _awareness(findings: Findings, keep: int) -> dict[str, object]:
    limit = findings.lexicon.rules.evidence.excerpt_chars
    evidence: list[Evidence] = []
    for loc in findings.passages:
        for span in loc.analysis.awareness:
            sentence = loc.analysis.sentence_text(span)
            cues = [h.text for h in loc.analysis.hits
                    if span[0] <= h.start < span[1]
                    and h.concept in ("company", "dual_carbon", "commit")]
            evidence.append(Evidence(file=loc.file, page=loc.page,
                                     passage=excerpt(sentence, cues, limit),
                                     matched=list(dict.fromkeys(cues))))
            if len(evidence) >= keep:
                return {"met": True, "evidence": evidence}
    return {"met": bool(evidence), "evidence": evidence}
