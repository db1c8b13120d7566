"""Stage 0 as users see it: listed as stage 0, not scored (its maximum is 0, so a score and a
share of maximum say nothing), with what the company needs to reach the first stage, read
from the methodology's stage criteria."""

from __future__ import annotations

from cnsr.methodology.load import LoadedMethodology
from cnsr.rating import Rating
from cnsr.report.labels import t


def first_stage_needs(m: LoadedMethodology, lang: str, rating: Rating | None = None) -> str:
    """'进入第一阶段：环保意识需满足：环境保护意识及披露（该阶段计分指标 5 项，满分 16 分）'; the
    criteria a rating already meets are left out."""
    first = min((s for s in m.spec.stages if s.stage > 0), key=lambda s: s.stage)
    criteria = {c.id: c for c in m.spec.criteria}
    met = {k for k, c in rating.criteria.items() if c.met} if rating else set()
    needed = [r for r in first.requires if r not in met] or first.requires
    names = [criteria[r].name(lang) if r in criteria else r for r in needed]
    return t("stage0_needs", lang, stage=first.name(lang),
             criteria=("、" if lang == "zh" else "; ").join(names),
             count=len(m.spec.indicators_for_stage(first.stage)),
             maximum=m.stage_maximum(first.stage))
