"""One line for the rating card's gap analysis: which points the GHG work (inventory, target,
roadmap) would add, and how many rating points that is, re-scored with the methodology engine.

Input is what `cnsr ghg points --roadmap --json` writes (point id → {"rating": ...}), so the
card needs no GHG data of its own.
"""

from __future__ import annotations

import json
from pathlib import Path

from cnsr.errors import InputError
from cnsr.methodology.load import LoadedMethodology
from cnsr.methodology.scoring import IndicatorInput, score_indicator
from cnsr.rating import Rating
from cnsr.report.gaps import inputs_of


def read_point_ratings(path: Path) -> dict[str, float]:
    """Point id → rating from a `cnsr ghg points --json` file."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return {str(k): float(v["rating"]) for k, v in raw.items()}
    except (OSError, ValueError, TypeError, KeyError) as err:
        raise InputError(f"{path}: not a `cnsr ghg points --json` file / 不是要点 JSON ({err})") \
            from err


def points_gain(rating: Rating, m: LoadedMethodology,
                fills: dict[str, float]) -> tuple[list[str], float]:
    """(points the fills raise, rating points added over the counted indicators)."""
    inputs = inputs_of(rating)
    raised: list[str] = []
    gain = 0.0
    for ind in rating.counted:
        given = inputs.get(ind.indicator, IndicatorInput())
        spec = m.spec.indicator_by_id[ind.indicator]
        better = {p.id: fills[p.id] for p in spec.points
                  if fills.get(p.id, 0.0) > given.points.get(p.id, 0.0)}
        if not better:
            continue
        after = given.model_copy(update={"points": {**given.points, **better}})
        gain += score_indicator(m, spec.id, after).score - score_indicator(m, spec.id, given).score
        raised += sorted(better)
    return raised, round(gain, 4)


def gap_line(rating: Rating, m: LoadedMethodology, fills: dict[str, float], lang: str) -> str:
    """E.g. '减排路线图与盘查还可获得 I08.1、I08.2、I14.3 等要点，约 +3.2 分'."""
    raised, gain = points_gain(rating, m, fills)
    if not raised:
        return ("盘查、目标与减排路线图不会增加当前评级的得分。" if lang == "zh" else
                "The inventory, target and roadmap add no points to this rating.")
    ids = ("、" if lang == "zh" else ", ").join(raised)
    if lang == "zh":
        return f"盘查、目标与减排路线图还将获得 {ids} 要点，约 +{gain:g} 分。"
    return f"The inventory, target and reduction roadmap would also earn {ids} (about +{gain:g} points)."
