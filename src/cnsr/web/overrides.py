"""Analyst overrides, pure: a rating plus overrides in, a re-scored rating out.

An override targets one decision of the assessor:
- `point:<point id>` — a point rating (one of the methodology's point values);
- `band:<indicator id>.<dimension>` — a trend / comparison / integration band;
- `stage` — the company's stage.
The rating is turned back into the `Assessment` it came from, the overrides are applied and
`build_rating` scores it: no scoring rule is repeated here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from cnsr.methodology.load import LoadedMethodology
from cnsr.methodology.scoring import DIMENSIONS
from cnsr.rating import (
    Assessment,
    DimensionRating,
    PointRating,
    Provenance,
    Rating,
    build_rating,
)


class OverrideLike(Protocol):
    target: str
    value: str
    reason: str


def assessment_of(rating: Rating) -> Assessment:
    """The assessment a rating was built from (stage kept explicit)."""
    return Assessment(
        criteria=dict(rating.criteria),
        points={p.point: p for ind in rating.indicators for p in ind.points},
        dimensions={ind.indicator: {d: ind.dimension(d) for d in DIMENSIONS}
                    for ind in rating.indicators},
        stage=rating.stage,
        emissions=list(rating.emissions),
    )


def check(m: LoadedMethodology, target: str, value: str) -> str:
    """The value normalised, or ValueError naming what is allowed."""
    kind, _, what = target.partition(":")
    if kind == "point":
        if what not in m.spec.point_by_id:
            raise ValueError(f"unknown disclosure point '{what}'")
        allowed = {f"{v:g}": v for v in m.spec.scoring.point_values}
        try:
            number = f"{float(value):g}"
        except ValueError:
            number = value
        if number not in allowed:
            raise ValueError(f"a point rating is one of {', '.join(allowed)}")
        return number
    if kind == "band":
        indicator, _, dim = what.partition(".")
        if indicator not in m.spec.indicator_by_id or dim not in DIMENSIONS:
            raise ValueError(f"unknown band target '{what}'")
        if value not in m.spec.band_by_id:
            raise ValueError(f"a band is one of {', '.join(m.spec.band_by_id)}")
        return value
    if target == "stage":
        stages = sorted(s.stage for s in m.spec.stages)
        if not value.isdigit() or int(value) not in stages:
            raise ValueError(f"a stage is one of {', '.join(map(str, stages))}")
        return str(int(value))
    raise ValueError(f"unknown override target '{target}'")


def current_value(rating: Rating, target: str) -> str:
    """What the rating says for `target` now."""
    kind, _, what = target.partition(":")
    if kind == "point":
        for ind in rating.indicators:
            for p in ind.points:
                if p.point == what:
                    return f"{p.rating:g}"
        raise KeyError(target)
    if kind == "band":
        indicator, _, dim = what.partition(".")
        return rating.indicator(indicator).dimension(dim).band
    return str(rating.stage)


def apply_overrides(m: LoadedMethodology, rating: Rating,
                    overrides: Iterable[OverrideLike]) -> Rating:
    """Re-score `rating` with `overrides` applied; without overrides it is returned as is."""
    overrides = list(overrides)
    if not overrides:
        return rating
    a = assessment_of(rating)
    for o in overrides:
        kind, _, what = o.target.partition(":")
        if kind == "point":
            old = a.points.get(what) or PointRating(point=what, rating=0)
            a.points[what] = PointRating(point=what, rating=float(o.value),
                                         evidence=old.evidence, source="override")
        elif kind == "band":
            indicator, _, dim = what.partition(".")
            old_dim = a.dimensions.setdefault(indicator, {}).get(dim) or DimensionRating()
            a.dimensions[indicator][dim] = DimensionRating(band=o.value, reason=o.reason,
                                                           evidence=old_dim.evidence)
        elif o.target == "stage":
            a.stage = int(o.value)
    provenance = Provenance(methodology=rating.provenance.methodology, produced_by="override",
                            inputs=rating.provenance.inputs)
    return build_rating(m, rating.company, a, provenance)


def indicator_of(m: LoadedMethodology, target: str) -> str | None:
    """The indicator an override target belongs to (None for the stage or an unknown one)."""
    kind, _, what = target.partition(":")
    if kind == "point":
        for ind in m.spec.indicators:
            if any(p.id == what for p in ind.points):
                return ind.id
    elif kind == "band":
        indicator = what.partition(".")[0]
        return indicator if indicator in m.spec.indicator_by_id else None
    return None


def point_word(value: float) -> str:
    """Message key for a point rating: absent, partial or disclosed."""
    return "absent" if value == 0 else ("disclosed" if value >= 1 else "partial")
