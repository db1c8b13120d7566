"""Choose measures: the cheapest set that meets a required abatement (a 0/1 knapsack-like MILP).

scipy.optimize.milp (HiGHS) is exact and scipy was already in the environment; with
tens of measures it solves in well under a second. It is imported on first use so other
`cnsr ghg` commands do not pay for it. Greedy ordering by cost per tonne is kept only as the
baseline the roadmap reports against: it is wrong with lumpy measures and mutual exclusions.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

Pair = tuple[int, int]


def _solve(c: np.ndarray, rows: list[np.ndarray], low: list[float], high: list[float],
           n: int) -> np.ndarray | None:
    from scipy.optimize import Bounds, LinearConstraint, milp  # ~0.3-2 s to import: only here

    constraints = [LinearConstraint(np.vstack(rows), low, high)] if rows else []
    res = milp(c, constraints=constraints, integrality=np.ones(n), bounds=Bounds(0, 1),
               options={"mip_rel_gap": 0.0})
    if res.x is None:
        return None
    return np.round(res.x)


def cheapest_set(costs: Sequence[float], gains: Sequence[float], required: float,
                 exclusions: Sequence[Pair]) -> tuple[list[bool], bool]:
    """Measures minimising total cost with total gain ≥ required and no excluded pair together.

    Returns (chosen, reached). When no allowed set reaches `required`, the set with the most
    gain is returned (the cheapest among those), with reached False.
    """
    n = len(costs)
    if n == 0:
        return [], required <= 0
    c, g = np.asarray(costs, float), np.asarray(gains, float)
    pair_rows = []
    for i, j in exclusions:
        row = np.zeros(n)
        row[i] = row[j] = 1
        pair_rows.append(row)
    pairs_low, pairs_high = [-np.inf] * len(pair_rows), [1.0] * len(pair_rows)
    x = _solve(c, [g, *pair_rows], [required, *pairs_low], [np.inf, *pairs_high], n)
    if x is not None:
        return [bool(v) for v in x], True
    best = _solve(-g, pair_rows, pairs_low, pairs_high, n)
    assert best is not None  # choosing nothing is always allowed
    most = float(g @ best)
    x = _solve(c, [g, *pair_rows], [most - 1e-6 * max(1.0, most), *pairs_low],
               [np.inf, *pairs_high], n)
    return [bool(v) for v in (x if x is not None else best)], False


def greedy_set(costs: Sequence[float], gains: Sequence[float], required: float,
               exclusions: Sequence[Pair]) -> list[bool]:
    """Baseline: take measures by cost per tonne until the requirement is met."""
    order = sorted(range(len(costs)), key=lambda i: costs[i] / gains[i] if gains[i] > 0
                   else float("inf"))
    blocked = {i: set() for i in range(len(costs))}  # type: dict[int, set[int]]
    for i, j in exclusions:
        blocked[i].add(j)
        blocked[j].add(i)
    chosen = [False] * len(costs)
    total = 0.0
    for i in order:
        if total >= required and costs[i] >= 0:
            break
        if gains[i] <= 0 or any(chosen[j] for j in blocked[i]):
            continue
        chosen[i] = True
        total += gains[i]
    return chosen
