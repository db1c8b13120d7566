"""Trend, comparison and integration bands per indicator (methodology §4), from the findings.

What is measured (per indicator, over every passage that supports one of its points):
- trend: favourable / unfavourable observations — multi-year series (tables) and year-on-year
  statements — judged by each point's `better` direction (emissions, energy, intensity down;
  renewables share, reuse rate, investment up);
- comparison: the kinds of comparison present (prior year, target, industry / peers,
  national or emission standards, leader / benchmark claims) and how often;
- integration: coverage (share of the indicator's points found), number of supporting
  passages, and whether any of them states future plans.
The thresholds that turn these into the methodology's bands are data (rules.yaml
`dimensions`); when none holds, the lowest band.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from cnsr.assess.points import excerpt
from cnsr.evidence.find import Findings, Located
from cnsr.evidence.rule_schema import BandRule
from cnsr.methodology.load import LoadedMethodology
from cnsr.rating import DimensionRating, Evidence, PointRating


@dataclass(slots=True)
class Observed:
    favourable: int = 0
    unfavourable: int = 0
    series: int = 0
    kinds: dict[str, int] = field(default_factory=dict)
    coverage: float = 0.0
    passages: int = 0
    future: bool = False
    trend_at: list[Located] = field(default_factory=list)
    comparison_at: list[Located] = field(default_factory=list)
    future_at: list[Located] = field(default_factory=list)


class SeriesTrend(NamedTuple):
    """A trend observed across passages (an own emissions series, `assess.emissions`): one
    observation for `point` unless every (passage order, sentence) in `keys` already gave one."""

    point: str
    direction: str  # "up" | "down" | "flat"
    favourable: bool
    where: Located
    keys: frozenset[tuple[int, tuple[int, int]]]


def observe(findings: Findings, point_ids: list[str],
            points: dict[str, PointRating], extra: Sequence[SeriesTrend] = ()) -> Observed:
    obs = Observed()
    own = set(point_ids)
    places: dict[int, Located] = {}
    for pid in point_ids:
        for r in findings.points.get(pid, []):
            places.setdefault(r.where.order, r.where)
    seen_trends: set[tuple[int, tuple[int, int], str]] = set()
    counted: set[tuple[int, tuple[int, int]]] = set()
    for order in sorted(places):
        loc = places[order]
        a = loc.analysis
        for t in a.trends:
            key = (order, t.sentence, t.direction)  # one observation per sentence or row
            if t.point not in own or key in seen_trends:
                continue
            seen_trends.add(key)
            counted.add((order, t.sentence))
            if t.favourable:
                obs.favourable += 1
            else:
                obs.unfavourable += 1
            if not obs.trend_at or obs.trend_at[-1] is not loc:
                obs.trend_at.append(loc)
        for s in a.series:
            if own & set(s.point_ids):
                obs.series += 1
                counted.add((order, s.sentence))
        if a.comparisons:
            for kind, count in a.comparisons.items():
                obs.kinds[kind] = obs.kinds.get(kind, 0) + count
            obs.comparison_at.append(loc)
        if a.future:
            obs.future = True
            obs.future_at.append(loc)
    _observe_series(obs, extra, own, counted)
    found = sum(1 for pid in point_ids if points.get(pid) and points[pid].rating > 0)
    obs.coverage = found / len(point_ids) if point_ids else 0.0
    obs.passages = len(places)
    return obs


def _observe_series(obs: Observed, extra: Sequence[SeriesTrend], own: set[str],
                    counted: set[tuple[int, tuple[int, int]]]) -> None:
    """Series read across passages, each once, unless the rows or sentences it is made of
    already gave a trend observation."""
    for e in extra:
        if e.point not in own or e.keys <= counted:
            continue
        counted |= e.keys
        obs.series += 1
        if e.direction == "flat":
            continue
        if e.favourable:
            obs.favourable += 1
        else:
            obs.unfavourable += 1
        if e.where not in obs.trend_at:
            obs.trend_at.append(e.where)


def band_trend(obs: Observed, rules: list[BandRule], lowest: str) -> str:
    total = obs.favourable + obs.unfavourable
    share_bad = obs.unfavourable / total if total else 0.0
    for r in rules:
        if r.min_series and obs.series + total < r.min_series:
            continue
        if r.min_favourable and (obs.favourable < r.min_favourable
                                 or share_bad > r.max_unfavourable_share):
            continue
        if not (r.min_series or r.min_favourable):
            continue
        return r.band
    return lowest


def band_comparison(obs: Observed, rules: list[BandRule], lowest: str) -> str:
    kinds = {k for k, n in obs.kinds.items() if n > 0}
    mentions = sum(obs.kinds.values())
    for r in rules:
        if len(kinds) < r.min_kinds or mentions < r.min_mentions:
            continue
        if r.requires and not set(r.requires) <= kinds:
            continue
        if r.requires_any and not set(r.requires_any) & kinds:
            continue
        if not (r.min_kinds or r.min_mentions):
            continue
        return r.band
    return lowest


def band_integration(obs: Observed, rules: list[BandRule], lowest: str) -> str:
    for r in rules:
        if obs.coverage < r.min_coverage or obs.passages < r.min_passages:
            continue
        if r.future and not obs.future:
            continue
        if not (r.min_coverage or r.min_passages):
            continue
        return r.band
    return lowest


def rate_dimensions(findings: Findings, m: LoadedMethodology,
                    points: dict[str, PointRating], extra: Sequence[SeriesTrend] = ()
                    ) -> dict[str, dict[str, DimensionRating]]:
    rules = findings.lexicon.rules.dimensions
    keep = findings.lexicon.rules.evidence.max_per_point
    lowest = m.spec.bands[0].id  # when no band's conditions hold
    out: dict[str, dict[str, DimensionRating]] = {}
    for ind in m.spec.indicators:
        ids = [p.id for p in ind.points]
        obs = observe(findings, ids, points, extra)
        trend = band_trend(obs, rules["trend"], lowest)
        comparison = band_comparison(obs, rules["comparison"], lowest)
        integration = band_integration(obs, rules["integration"], lowest)
        kinds = ", ".join(f"{k} ×{n}" for k, n in sorted(obs.kinds.items())) or "none"
        out[ind.id] = {
            "trend": DimensionRating(
                band=trend,
                reason=(f"{obs.favourable} favourable, {obs.unfavourable} unfavourable trend "
                        f"observation(s); {obs.series} multi-year series"),
                evidence=_evidence(obs.trend_at, keep, findings)),
            "comparison": DimensionRating(
                band=comparison, reason=f"comparisons: {kinds}",
                evidence=_evidence(obs.comparison_at, keep, findings)),
            "integration": DimensionRating(
                band=integration,
                reason=(f"{obs.coverage:.0%} of points found in {obs.passages} passage(s); "
                        f"future plans {'stated' if obs.future else 'not stated'}"),
                evidence=_evidence(obs.future_at, keep, findings)),
        }
    return out


def _evidence(places: list[Located], keep: int, findings: Findings) -> list[Evidence]:
    limit = findings.lexicon.rules.evidence.excerpt_chars
    return [Evidence(file=loc.file, page=loc.page, passage=excerpt(loc.raw, [], limit))
            for loc in places[:keep]]
