"""Weights by the priority chart method (优序图法), computed from the pairwise matrix.

w_i = T_i / (n(n-1)/2) with T_i the row sum; points are weights on a 100-point scale rounded
to whole points (half up, so that a tie never depends on float noise).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from pydantic import BaseModel, ConfigDict

from cnsr.methodology.model import Matrix


class Weight(BaseModel):
    # defer_build: the validator is built on first use, which `cnsr rate` never makes
    # (session 24: deferring 20 such models saved the parent ~10 ms of CPU)
    model_config = ConfigDict(defer_build=True)
    indicator: str
    row_sum: float
    weight: float
    points: int


def priority_chart_weights(matrix: Matrix, scale: int = 100) -> list[Weight]:
    n = len(matrix.order)
    total = Decimal(n * (n - 1)) / 2
    result = []
    for ident, row in zip(matrix.order, matrix.rows, strict=True):
        row_sum = sum((Decimal(str(v)) for v in row if v is not None), Decimal(0))
        weight = row_sum / total
        points = int((weight * scale).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        result.append(Weight(indicator=ident, row_sum=float(row_sum), weight=float(weight),
                             points=points))
    return result
