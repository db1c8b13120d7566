"""Where a company stands beyond its peer group, so it always has a reference.

A peer group (year × stage × industry × size) of a small study often holds one company, whose
percentile is then undefined. Two wider circles are given beside it, each labelled: the same
industry across size classes, and the whole market of the study — always within the same
year and stage, because totals of different stages have different maxima (methodology §5).
The ranking rule is the peer group's (`rank.peers`): equal totals share a rank, percentile =
share of the others scoring lower, ties counting half.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

from cnsr.rank.peers import PRECISION, Ranked
from cnsr.rank.study import Study

Scope = Literal["group", "industry", "market"]
SCOPES: tuple[Scope, ...] = ("group", "industry", "market")


class Reference(BaseModel):
    """A company's place among the companies of one scope."""

    scope: Scope
    rank: int
    size: int
    tied: bool
    percentile: float | None


def place(total: float, totals: list[float], scope: Scope) -> Reference:
    """Competition rank and percentile of `total` among `totals` (which include it)."""
    mine = round(total, PRECISION)
    rounded = [round(x, PRECISION) for x in totals]
    above = sum(1 for x in rounded if x > mine)
    below = sum(1 for x in rounded if x < mine)
    equal = rounded.count(mine) - 1
    n = len(rounded)
    percentile = round(100 * (below + equal / 2) / (n - 1), 2) if n > 1 else None
    return Reference(scope=scope, rank=above + 1, size=n, tied=equal > 0, percentile=percentile)


def _entries(study: Study) -> list[Ranked]:
    return [e for g in study.groups for e in g.entries]


def references(study: Study, key: str) -> list[Reference]:
    """The company-year's place in its peer group, its industry (all sizes) and the market
    (all industries), same stage; empty when it is not ranked (stage 0, or not in the study)."""
    entries = _entries(study)
    me = next((e for e in entries if e.key == key), None)
    if me is None:
        return []
    same_stage = [e for e in entries if e.group.stage == me.group.stage]
    circles: dict[Scope, list[Ranked]] = {
        "group": [e for e in same_stage if e.group == me.group],
        "industry": [e for e in same_stage if e.group.industry == me.group.industry],
        "market": same_stage,
    }
    return [place(me.total, [e.total for e in circles[s]], s) for s in SCOPES]


def reference(study: Study, key: str, scope: Scope) -> Reference | None:
    return next((r for r in references(study, key) if r.scope == scope), None)
