"""`Rating`: one company-year's stage, indicator scores and their evidence — the product's currency.

Every path that produces a rating (expert sheet, document reader, review override) builds it with
`build_rating`, so scores always come from the methodology engine; reports, the store and the
ranking read ratings and never recompute them.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field, computed_field, field_validator

from cnsr import __version__
from cnsr.methodology.load import LoadedMethodology
from cnsr.methodology.scoring import (
    DIMENSIONS,
    IndicatorInput,
    IndicatorScore,
    score_company,
    score_indicator,
    stage_from_criteria,
)

Source = Literal["expert", "reader", "override", "ghg"]
STOCK_CODE = re.compile(r"^\d{6}\.(SH|SZ|BJ)$")


class Company(BaseModel):
    name: str = Field(min_length=1)
    code: str = ""
    industry: str = ""
    size: str = ""
    year: int = Field(ge=1990, le=2100)

    @field_validator("code")
    @classmethod
    def _code(cls, value: str) -> str:
        value = value.strip().upper()
        if value and not STOCK_CODE.match(value):
            raise ValueError(f"stock code '{value}' must be six digits and .SH, .SZ or .BJ")
        return value

    @property
    def key(self) -> str:
        """Identifies a company-year across runs: stock code if known, else name."""
        return f"{self.code or self.name}/{self.year}"


class Evidence(BaseModel):
    """Where a judgment comes from: a passage of a document, or an analyst's note."""

    file: str
    page: int | None = None
    page_label: str | None = Field(
        default=None, description="the page number printed on the page (PDF page label, "
        "else a number in its header or footer) when one is found; `page` is the index")
    passage: str
    matched: list[str] = Field(default_factory=list)
    quantities: list[str] = Field(default_factory=list)
    relevance: float = 0.0


EmissionScope = Literal["scope1", "scope2", "scope2_location", "scope2_market", "scope1_2",
                        "scope3", "total", "intensity"]
EmissionKind = Literal["own", "part", "avoided", "financed", "customers", "suppliers", "sector"]


class EmissionFigure(BaseModel):
    """A GHG figure a disclosure states, as data. Only `kind == "own"` figures are the
    company's emissions; avoided / reduced amounts, financed emissions (a bank's borrowers),
    customers' (products in use, vehicles sold), suppliers' and sector or national totals are kept apart.
    `kind == "part"` is a part of the company's own `scope` (a source, gas, site, segment or
    scope 3 category: "其中：工艺排放", "of which: process"), shown with its scope but never
    counted as that scope's figure nor added into it (session 26).

    `value` is in `unit`: tCO2e (or tCO2 when the text says CO2 only) for amounts, where it is
    also `value_t`; a canonical intensity unit (tCO2e/万元, tCO2/m2, t/t, kgCO2e/kWh) for
    intensities, whose `denominator` says per what. `written` is the figure as the text writes
    it ("12.5万吨二氧化碳当量")."""

    scope: EmissionScope
    kind: EmissionKind = "own"
    year: int | None = None
    value: float
    unit: str
    written: str = ""
    label: str = ""
    evidence: Evidence

    @computed_field  # type: ignore[prop-decorator]
    @property
    def value_t(self) -> float | None:
        return None if self.scope == "intensity" else self.value

    @computed_field  # type: ignore[prop-decorator]
    @property
    def denominator(self) -> str:
        return self.unit.split("/", 1)[1] if "/" in self.unit else ""


class PointRating(BaseModel):
    point: str
    rating: float
    evidence: list[Evidence] = Field(default_factory=list)
    source: Source = "reader"


class DimensionRating(BaseModel):
    band: str = Field(default="", description="a band id of the methodology; blank = its lowest")
    reason: str = ""
    evidence: list[Evidence] = Field(default_factory=list)


class IndicatorRating(BaseModel):
    indicator: str
    counted: bool = Field(description="whether the indicator belongs to the company's stage")
    points: list[PointRating]
    trend: DimensionRating = Field(default_factory=DimensionRating)
    comparison: DimensionRating = Field(default_factory=DimensionRating)
    integration: DimensionRating = Field(default_factory=DimensionRating)
    score: IndicatorScore

    def dimension(self, name: str) -> DimensionRating:
        value: DimensionRating = getattr(self, name)
        return value


class Criterion(BaseModel):
    met: bool
    evidence: list[Evidence] = Field(default_factory=list)


class Provenance(BaseModel):
    methodology: str
    cnsr_version: str = __version__
    produced_by: Source
    inputs: list[dict[str, str]] = Field(default_factory=list)


class Rating(BaseModel):
    company: Company
    stage: int
    criteria: dict[str, Criterion]
    indicators: list[IndicatorRating]
    total: float
    maximum: int
    share: float
    provenance: Provenance
    emissions: list[EmissionFigure] = Field(
        default_factory=list, description="GHG figures found, own and others' (see kind)")

    def indicator(self, indicator_id: str) -> IndicatorRating:
        for ind in self.indicators:
            if ind.indicator == indicator_id:
                return ind
        raise KeyError(indicator_id)

    @property
    def counted(self) -> list[IndicatorRating]:
        return [i for i in self.indicators if i.counted]


class Assessment(BaseModel):
    """Everything an assessor (analyst or reader) decided, before scoring."""

    criteria: dict[str, Criterion]
    points: dict[str, PointRating]
    dimensions: dict[str, dict[str, DimensionRating]] = Field(
        default_factory=dict, description="indicator id → dimension → band"
    )
    stage: int | None = Field(default=None, description="an explicit stage overrides criteria")
    emissions: list[EmissionFigure] = Field(default_factory=list)


def build_rating(m: LoadedMethodology, company: Company, assessment: Assessment,
                 provenance: Provenance) -> Rating:
    """Score an assessment with the methodology engine. Every indicator is kept (for gap
    analysis); only those of the company's stage count toward the total."""
    flags = {name: c.met for name, c in assessment.criteria.items()}
    stage = assessment.stage if assessment.stage is not None else stage_from_criteria(m, flags)
    inputs: dict[str, IndicatorInput] = {}
    for ind in m.spec.indicators:
        dims = assessment.dimensions.get(ind.id, {})
        inputs[ind.id] = IndicatorInput(
            points={p.id: assessment.points[p.id].rating
                    for p in ind.points if p.id in assessment.points},
            **{d: dims[d].band for d in DIMENSIONS if d in dims},
        )
    card = score_company(m, stage, inputs)
    counted = {s.indicator: s for s in card.indicators}
    indicators = []
    lowest = m.spec.bands[0].id
    for ind in m.spec.indicators:
        dims = {d: assessment.dimensions.get(ind.id, {}).get(d) or DimensionRating()
                for d in DIMENSIONS}
        dims = {d: r if r.band else r.model_copy(update={"band": lowest})
                for d, r in dims.items()}
        indicators.append(IndicatorRating(
            indicator=ind.id,
            counted=ind.id in counted,
            points=[assessment.points.get(p.id) or PointRating(point=p.id, rating=0,
                                                               source=provenance.produced_by)
                    for p in ind.points],
            score=counted.get(ind.id) or score_indicator(m, ind.id, inputs[ind.id]),
            **dims,
        ))
    return Rating(company=company, stage=stage, criteria=assessment.criteria,
                  indicators=indicators, total=card.total, maximum=card.maximum,
                  share=card.share, provenance=provenance,
                  emissions=list(assessment.emissions))
