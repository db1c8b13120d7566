"""Gap analysis, pure: what a company could disclose to score more.

Every gain is computed by re-scoring with the methodology engine (`score_indicator`) on the
rating's own point ratings and dimension bands with one change applied — no rule of the
method is repeated here, so a replaced methodology file gets its own gaps.

- Per counted indicator: the smallest run of changes, chosen greedily (at each step the
  single change that raises the indicator's percent most; ties: the larger rise of the mean,
  then methodology order), that lifts the indicator's score into the next band.
- Single recommendations: each point raised to fully disclosed, and each dimension raised to
  the level's band, with the points it alone would add; ordered by points gained.
- Stage paths: for each higher stage, the criteria still missing and the total the current
  disclosures would score there.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from cnsr.errors import InputError
from cnsr.methodology.load import LoadedMethodology
from cnsr.methodology.model import Dimension, Indicator
from cnsr.methodology.scoring import DIMENSIONS, IndicatorInput, IndicatorScore, score_indicator
from cnsr.rating import Rating

Kind = Literal["point", "dimension"]


class Change(BaseModel):
    """One disclosure improvement: a point's rating or a dimension's band raised."""

    kind: Kind
    indicator: str
    target: str = Field(description="point id, or dimension name")
    current: str
    proposed: str
    zh: str
    en: str

    def text(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class Gain(BaseModel):
    change: Change
    percent_after: int
    band_after: str
    score_after: float
    gain: float = Field(description="points added to the indicator (and the total)")


class IndicatorGap(BaseModel):
    indicator: str
    zh: str
    en: str
    points_max: int
    percent: int
    band: str = Field(description="band of the indicator's percent")
    score: float
    next_band: str | None = Field(description="None when already in the top band")
    steps: list[Gain] = Field(description="cumulative: each step's gain is on top of the last")
    percent_after: int
    score_after: float
    gain: float

    def name(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class CriterionGap(BaseModel):
    id: str
    zh: str
    en: str


class NewIndicator(BaseModel):
    indicator: str
    zh: str
    en: str
    points_max: int
    projected_score: float


class StagePath(BaseModel):
    stage: int
    zh: str
    en: str
    missing: list[CriterionGap]
    maximum: int
    projected_total: float = Field(description="current disclosures scored at this stage")
    gain: float
    new_indicators: list[NewIndicator] = Field(description="most points available first")

    def name(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class GapAnalysis(BaseModel):
    key: str
    stage: int
    total: float
    maximum: int
    indicators: list[IndicatorGap] = Field(description="most points to the next band first")
    recommendations: list[Gain] = Field(description="single changes, most points first")
    stages: list[StagePath] = Field(description="higher stages, the next one first")

    @property
    def next_stage(self) -> StagePath | None:
        return self.stages[0] if self.stages else None


def inputs_of(rating: Rating) -> dict[str, IndicatorInput]:
    """The engine's inputs, read back from a rating."""
    return {
        ind.indicator: IndicatorInput(
            points={p.point: p.rating for p in ind.points},
            **{d: ind.dimension(d).band for d in DIMENSIONS},
        )
        for ind in rating.indicators
    }


def analyse(rating: Rating, m: LoadedMethodology, *, limit: int | None = None) -> GapAnalysis:
    """The gap analysis of one rating; `limit` caps the single recommendations kept."""
    if rating.provenance.methodology != m.label:
        raise InputError(f"{rating.company.key} was rated with {rating.provenance.methodology}, "
                         f"not {m.label}; pass the methodology it was rated with")
    inputs = inputs_of(rating)
    order = [i.id for i in m.spec.indicators]
    gaps, singles = [], []
    for ind in rating.counted:
        spec = m.spec.indicator_by_id[ind.indicator]
        given = inputs[ind.indicator]
        base = score_indicator(m, spec.id, given)
        if base.percent != ind.score.percent:
            raise InputError(f"{rating.company.key}: {spec.id} re-scores to {base.percent}% "
                             f"but the rating says {ind.score.percent}%; the methodology file "
                             "differs from the one it was rated with")
        gaps.append(_to_next_band(m, spec, given, base))
        singles += [g for g in _options(m, spec, given, base) if g.gain > 0]
    gaps.sort(key=lambda g: (-g.gain, len(g.steps), order.index(g.indicator)))
    singles.sort(key=lambda g: (-g.gain, order.index(g.change.indicator), g.change.target))
    return GapAnalysis(
        key=rating.company.key, stage=rating.stage, total=rating.total, maximum=rating.maximum,
        indicators=[g for g in gaps if g.next_band is not None],
        recommendations=singles[:limit] if limit else singles,
        stages=_stage_paths(rating, m, inputs),
    )


def _band_of(m: LoadedMethodology, percent: int) -> str:
    return m.spec.band_for(percent).id


def _next_band(m: LoadedMethodology, band: str) -> str | None:
    ids = [b.id for b in m.spec.bands]
    i = ids.index(band)
    return ids[i + 1] if i + 1 < len(ids) else None


def _options(m: LoadedMethodology, spec: Indicator, given: IndicatorInput,
             base: IndicatorScore) -> list[Gain]:
    """Every single change to `given`, each re-scored."""
    top = m.spec.scoring.point_values[-1]
    out = []
    for point in spec.points:
        value = given.points.get(point.id, 0)
        if value < top:
            change = _point_change(m, spec, point.id, value, top)
            out.append(_apply(m, spec, given, base, change))
    for dim in DIMENSIONS:
        band = given.band(dim)
        if base.level > 0 and m.spec.band_rank(band) < m.spec.band_rank(base.level_band):
            change = _dimension_change(m, spec, dim, band, base.level_band)
            out.append(_apply(m, spec, given, base, change))
    return out


def _changed(given: IndicatorInput, change: Change) -> IndicatorInput:
    if change.kind == "point":
        return given.model_copy(update={"points": {**given.points,
                                                   change.target: float(change.proposed)}})
    return given.model_copy(update={change.target: change.proposed})


def _apply(m: LoadedMethodology, spec: Indicator, given: IndicatorInput, base: IndicatorScore,
           change: Change) -> Gain:
    after = score_indicator(m, spec.id, _changed(given, change))
    return Gain(change=change, percent_after=after.percent,
                band_after=_band_of(m, after.percent), score_after=after.score,
                gain=round(after.score - base.score, 4))


def _to_next_band(m: LoadedMethodology, spec: Indicator, given: IndicatorInput,
                  base: IndicatorScore) -> IndicatorGap:
    band = _band_of(m, base.percent)
    target = _next_band(m, band)
    steps: list[Gain] = []
    current, now = given, base
    while target is not None and m.spec.band_rank(_band_of(m, now.percent)) < \
            m.spec.band_rank(target):
        options = _options(m, spec, current, now)
        if not options:
            break
        means = {id(g): score_indicator(m, spec.id, _changed(current, g.change)).mean
                 for g in options}
        best = max(options, key=lambda g: (g.percent_after, means[id(g)]))
        current = _changed(current, best.change)
        now = score_indicator(m, spec.id, current)
        steps.append(best)
    reached = target is not None and _band_of(m, now.percent) != band
    return IndicatorGap(
        indicator=spec.id, zh=spec.zh, en=spec.en, points_max=m.points(spec.id),
        percent=base.percent, band=band, score=base.score,
        next_band=target if reached else None, steps=steps if reached else [],
        percent_after=now.percent if reached else base.percent,
        score_after=now.score if reached else base.score,
        gain=round(now.score - base.score, 4) if reached else 0.0,
    )


def _stage_paths(rating: Rating, m: LoadedMethodology,
                 inputs: dict[str, IndicatorInput]) -> list[StagePath]:
    met = {name for name, c in rating.criteria.items() if c.met}
    criteria = {c.id: c for c in m.spec.criteria}
    counted = {i.indicator for i in rating.counted}
    paths = []
    for stage in sorted(m.spec.stages, key=lambda s: s.stage):
        if stage.stage <= rating.stage:
            continue
        scores = {i.id: score_indicator(m, i.id, inputs.get(i.id, IndicatorInput()))
                  for i in m.spec.indicators_for_stage(stage.stage)}
        projected = round(sum(s.score for s in scores.values()), 4)
        new = [NewIndicator(indicator=i, zh=m.spec.indicator_by_id[i].zh,
                            en=m.spec.indicator_by_id[i].en, points_max=m.points(i),
                            projected_score=s.score)
               for i, s in scores.items() if i not in counted]
        new.sort(key=lambda n: -n.points_max)
        paths.append(StagePath(
            stage=stage.stage, zh=stage.zh, en=stage.en,
            missing=[CriterionGap(id=r, zh=criteria[r].zh, en=criteria[r].en)
                     for r in stage.requires if r not in met],
            maximum=m.stage_maximum(stage.stage), projected_total=projected,
            gain=round(projected - rating.total, 4), new_indicators=new,
        ))
    return paths


# -- recommendation text ------------------------------------------------------------------
def _lower_first(text: str) -> str:
    if len(text) > 1 and text[1].isupper():
        return text  # an acronym such as "ISO 14001" or "GHG"
    return text[:1].lower() + text[1:]


def _fmt(value: float) -> str:
    return f"{value:g}"


def _point_change(m: LoadedMethodology, spec: Indicator, point_id: str, value: float,
                  top: float) -> Change:
    point = m.spec.point_by_id[point_id]
    en = _lower_first(point.en)
    if value == 0 and point.quantitative:
        zh, text = f"披露{point.zh}，并给出具体数据", f"Disclose {en}, with figures"
    elif value == 0:
        zh, text = f"披露{point.zh}", f"Disclose {en}"
    elif point.quantitative:
        zh, text = f"为{point.zh}补充定量数据", f"Add figures to {en}"
    else:
        zh, text = f"更完整地披露{point.zh}", f"Disclose {en} in full"
    return Change(kind="point", indicator=spec.id, target=point_id, current=_fmt(value),
                  proposed=_fmt(top), zh=zh, en=text)


DIMENSION_TEXT = {
    "trend": ("报告{name}的历年趋势数据", "Report multi-year trend data for {name}"),
    "comparison": ("提供{name}与行业或标杆的对比信息", "Compare {name} with peers or benchmarks"),
    "integration": ("更详细、整合地报告{name}，包括未来规划",
                    "Report {name} in more detail, including plans for the future"),
}


def _dimension_change(m: LoadedMethodology, spec: Indicator, dim: str, band: str,
                      target: str) -> Change:
    names: dict[str, Dimension] = {d.id: d for d in m.spec.dimensions}
    zh, en = DIMENSION_TEXT[dim]
    b = m.spec.band_by_id[target]
    zh = f"{zh.format(name=spec.zh)}（{names[dim].zh}维度达到{target}，{b.low}–{b.high}%）"
    en = (f"{en.format(name=_lower_first(spec.en))} ({names[dim].en} reaching {target}, "
          f"{b.low}–{b.high}%)")
    return Change(kind="dimension", indicator=spec.id, target=dim, current=band,
                  proposed=target, zh=zh, en=en)
