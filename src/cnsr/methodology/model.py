"""The methodology as typed data: what a user's methodology file must hold.

Validation here checks each part on its own and the parts against each other; the checks
that need computed weights (stage maxima) live in `load.py` after `weights.py` has run.
"""

from __future__ import annotations

from functools import cached_property
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

PointValue = float


class Strict(BaseModel):
    # defer_build: validators are built on first validation, which a process that reads
    # this file from the data cache (cnsr.data_cache) never does
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Bilingual(Strict):
    zh: str
    en: str

    def name(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class Point(Bilingual):
    id: str
    quantitative: bool


class Indicator(Bilingual):
    id: str
    stage: int = Field(ge=1)
    points: list[Point] = Field(min_length=1)

    @model_validator(mode="after")
    def _points_belong(self) -> Indicator:
        for point in self.points:
            if not point.id.startswith(self.id + "."):
                raise ValueError(f"point {point.id} must be named {self.id}.<n>")
        return self

    @property
    def has_quantitative(self) -> bool:
        return any(p.quantitative for p in self.points)


class Band(Bilingual):
    id: str
    low: int = Field(ge=0)
    high: int = Field(ge=0)


class Dimension(Bilingual):
    id: Literal["trend", "comparison", "integration"]


class Criterion(Bilingual):
    id: str
    reading: Literal["strict", "broad"] = Field(
        default="broad",
        description="how an automatic reader judges the criterion: strict = only explicit "
                    "wording (e.g. 碳达峰/碳中和 for carbon awareness), broad = also the other "
                    "forms the reader's rules list (docs/reader.md, Stage)")


class Stage(Bilingual):
    stage: int = Field(ge=0)
    requires: list[str]
    max_score: float = Field(ge=0)


class ScoringRules(Strict):
    point_values: list[PointValue] = Field(min_length=2)
    level_step: int = Field(gt=0, le=50)
    bonus: int = Field(ge=0)
    bonus_min_dimensions: int = Field(ge=0, le=3)
    quantitative_cap: int = Field(ge=0)
    max_percent: int = Field(gt=0)

    @field_validator("point_values")
    @classmethod
    def _unit_interval(cls, values: list[float]) -> list[float]:
        if sorted(values) != values or values[0] != 0 or values[-1] != 1:
            raise ValueError("point_values must be ascending from 0 to 1")
        return values


class Matrix(Strict):
    order: list[str]
    rows: list[list[float | None]]


class Methodology(Strict):
    id: str
    version: str
    title_zh: str
    title_en: str
    source: str
    scoring: ScoringRules
    bands: list[Band] = Field(min_length=1)
    dimensions: list[Dimension] = Field(min_length=3, max_length=3)
    criteria: list[Criterion]
    stages: list[Stage] = Field(min_length=1)
    indicators: list[Indicator] = Field(min_length=1)
    matrix: Matrix

    @model_validator(mode="after")
    def _consistent(self) -> Methodology:
        _check_unique("indicator", [i.id for i in self.indicators])
        _check_unique("point", [p.id for i in self.indicators for p in i.points])
        _check_bands(self.bands, self.scoring)
        _check_stages(self)
        _check_matrix(self.matrix, [i.id for i in self.indicators])
        return self

    # -- lookups -------------------------------------------------------------------------
    @cached_property
    def indicator_by_id(self) -> dict[str, Indicator]:
        return {i.id: i for i in self.indicators}

    @cached_property
    def point_by_id(self) -> dict[str, Point]:
        return {p.id: p for i in self.indicators for p in i.points}

    @cached_property
    def band_by_id(self) -> dict[str, Band]:
        return {b.id: b for b in self.bands}

    def stage(self, number: int) -> Stage:
        for stage in self.stages:
            if stage.stage == number:
                return stage
        raise KeyError(number)

    def indicators_for_stage(self, number: int) -> list[Indicator]:
        """A stage uses the indicators introduced at it and at every lower stage."""
        return [i for i in self.indicators if i.stage <= number]

    def band_for(self, percent: float) -> Band:
        """The band whose range holds `percent`; ranges are on the level grid, gaps fall down."""
        chosen = self.bands[0]
        for band in self.bands:
            if percent >= band.low:
                chosen = band
        return chosen

    def band_rank(self, band_id: str) -> int:
        return [b.id for b in self.bands].index(band_id)


def _check_unique(what: str, ids: list[str]) -> None:
    seen: set[str] = set()
    for ident in ids:
        if ident in seen:
            raise ValueError(f"{what} id {ident} appears twice")
        seen.add(ident)


def _check_bands(bands: list[Band], rules: ScoringRules) -> None:
    if bands[0].low != 0:
        raise ValueError("the first band must start at 0")
    if bands[-1].high != rules.max_percent:
        raise ValueError(f"the last band must end at max_percent {rules.max_percent}")
    for band in bands:
        if band.high < band.low:
            raise ValueError(f"band {band.id} ends ({band.high}) before it starts ({band.low})")
    for lower, upper in zip(bands, bands[1:], strict=False):
        if upper.low != lower.high + rules.level_step:
            raise ValueError(
                f"bands {lower.id} and {upper.id} leave a gap or overlap on the "
                f"{rules.level_step}% grid ({lower.high} then {upper.low})"
            )


def _check_stages(m: Methodology) -> None:
    known = {c.id for c in m.criteria}
    numbers = [s.stage for s in m.stages]
    if sorted(numbers) != list(range(len(numbers))):
        raise ValueError(f"stages must be numbered 0..{len(numbers) - 1}, got {numbers}")
    for stage in m.stages:
        for req in stage.requires:
            if req not in known:
                raise ValueError(f"stage {stage.stage} requires unknown criterion '{req}'")
    top = max(numbers)
    for ind in m.indicators:
        if ind.stage > top:
            raise ValueError(f"indicator {ind.id} belongs to stage {ind.stage}, which is not defined")


def _check_matrix(matrix: Matrix, indicator_ids: list[str]) -> None:
    n = len(indicator_ids)
    if sorted(matrix.order) != sorted(indicator_ids):
        unknown = sorted(set(matrix.order) - set(indicator_ids))
        missing = sorted(set(indicator_ids) - set(matrix.order))
        detail = "; ".join(
            part for part in (
                f"unknown indicator(s) {', '.join(unknown)}" if unknown else "",
                f"missing indicator(s) {', '.join(missing)}" if missing else "",
            ) if part
        ) or "an indicator is listed twice"
        raise ValueError(f"matrix order does not match the indicators: {detail}")
    if len(matrix.rows) != n or any(len(row) != n for row in matrix.rows):
        sizes = sorted({len(row) for row in matrix.rows})
        raise ValueError(f"matrix must be {n}×{n}; got {len(matrix.rows)} rows of length {sizes}")
    for i, row in enumerate(matrix.rows):
        for j, value in enumerate(row):
            a, b = matrix.order[i], matrix.order[j]
            if i == j:
                if value is not None:
                    raise ValueError(f"matrix diagonal ({a},{a}) must be empty (null)")
                continue
            if value not in (0, 0.5, 1):
                raise ValueError(f"matrix entry ({a},{b}) = {value}; must be 0, 0.5 or 1")
            mirror = matrix.rows[j][i]
            if mirror is None or value + mirror != 1:
                raise ValueError(
                    f"matrix is not antisymmetric: a({a},{b}) = {value} but a({b},{a}) = {mirror}"
                    " (they must add up to 1)"
                )
