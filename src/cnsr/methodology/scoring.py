"""The scoring rules (指标计分), pure: point ratings and dimension bands in, scores out.

Rules (methodology.md §4): the level n is the mean point rating in percent, rounded down to the
level grid; an indicator with quantitative points but no number for any of them is capped;
when at least `bonus_min_dimensions` of trend / comparison / integration reach n's band the
indicator gains the bonus; an indicator with nothing disclosed (n = 0) earns nothing.
"""

from __future__ import annotations

from fractions import Fraction

from pydantic import BaseModel, Field

from cnsr.methodology.load import LoadedMethodology

DIMENSIONS = ("trend", "comparison", "integration")


class IndicatorInput(BaseModel):
    """What an assessor decided for one indicator. Missing points count as 0 (absent), a
    missing or blank band as the methodology's lowest."""

    points: dict[str, float] = Field(default_factory=dict)
    trend: str = ""
    comparison: str = ""
    integration: str = ""

    def band(self, dimension: str) -> str:
        return str(getattr(self, dimension))


class IndicatorScore(BaseModel):
    indicator: str
    points_max: int
    mean: float
    level: int
    level_band: str
    capped: bool
    dimensions_reaching: int
    bonus: int
    percent: int
    score: float


class ScoreCard(BaseModel):
    stage: int
    indicators: list[IndicatorScore]
    total: float
    maximum: int
    share: float


def stage_from_criteria(m: LoadedMethodology, criteria: dict[str, bool]) -> int:
    """The highest stage whose required criteria all hold."""
    for stage in sorted(m.spec.stages, key=lambda s: -s.stage):
        if all(criteria.get(req, False) for req in stage.requires):
            return stage.stage
    return 0


def score_indicator(m: LoadedMethodology, indicator_id: str, given: IndicatorInput) -> IndicatorScore:
    spec, rules = m.spec, m.spec.scoring
    indicator = spec.indicator_by_id[indicator_id]
    ratings = _ratings(m, indicator_id, given.points)
    mean = sum(ratings.values(), Fraction(0)) / len(indicator.points)
    level = int(mean * 100 // rules.level_step) * rules.level_step
    numbers_given = any(ratings[p.id] == 1 for p in indicator.points if p.quantitative)
    capped = indicator.has_quantitative and not numbers_given and level > rules.quantitative_cap
    limit = rules.quantitative_cap if indicator.has_quantitative and not numbers_given \
        else rules.max_percent
    level = min(level, limit)
    level_band = spec.band_for(level)
    reaching = sum(
        1 for dim in DIMENSIONS
        if spec.band_rank(_band(m, given.band(dim), dim)) >= spec.band_rank(level_band.id)
    )
    bonus = rules.bonus if level > 0 and reaching >= rules.bonus_min_dimensions else 0
    percent = min(level + bonus, limit)
    points_max = m.points(indicator_id)
    return IndicatorScore(
        indicator=indicator_id, points_max=points_max, mean=float(mean), level=level,
        level_band=level_band.id, capped=capped, dimensions_reaching=reaching,
        bonus=percent - level, percent=percent, score=points_max * percent / 100,
    )


def score_company(m: LoadedMethodology, stage: int, inputs: dict[str, IndicatorInput]) -> ScoreCard:
    """Score the indicators of `stage`; inputs for other indicators are ignored."""
    unknown = sorted(set(inputs) - set(m.spec.indicator_by_id))
    if unknown:
        raise ValueError(f"unknown indicator(s): {', '.join(unknown)}")
    scores = [
        score_indicator(m, ind.id, inputs.get(ind.id, IndicatorInput()))
        for ind in m.spec.indicators_for_stage(stage)
    ]
    total = round(sum(s.score for s in scores), 4)
    maximum = m.stage_maximum(stage)
    return ScoreCard(stage=stage, indicators=scores, total=total, maximum=maximum,
                     share=round(total / maximum, 6) if maximum else 0.0)


def _ratings(m: LoadedMethodology, indicator_id: str, given: dict[str, float]) -> dict[str, Fraction]:
    indicator = m.spec.indicator_by_id[indicator_id]
    allowed = {Fraction(str(v)) for v in m.spec.scoring.point_values}
    own = {p.id for p in indicator.points}
    stray = sorted(set(given) - own)
    if stray:
        raise ValueError(f"{indicator_id}: unknown disclosure point(s) {', '.join(stray)}")
    ratings = {}
    for point in indicator.points:
        value = Fraction(str(given.get(point.id, 0)))
        if value not in allowed:
            values = ", ".join(f"{v:g}" for v in m.spec.scoring.point_values)
            raise ValueError(f"{point.id}: rating {float(value):g} is not one of {values}")
        ratings[point.id] = value
    return ratings


def _band(m: LoadedMethodology, band_id: str, dimension: str) -> str:
    if not band_id:
        return m.spec.bands[0].id
    if band_id not in m.spec.band_by_id:
        raise ValueError(f"{dimension} band '{band_id}' is not one of {', '.join(m.spec.band_by_id)}")
    return band_id
