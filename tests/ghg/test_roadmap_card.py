"""The rating card's gap analysis names the points a GHG roadmap would earn, re-scored."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rank"))

from rank_factory import make_rating  # noqa: E402

from cnsr.ghg.card_line import gap_line, points_gain, read_point_ratings  # noqa: E402
from cnsr.methodology import LoadedMethodology  # noqa: E402
from cnsr.methodology.scoring import IndicatorInput, score_indicator  # noqa: E402
from cnsr.report.card import render_html  # noqa: E402
from cnsr.report.gaps import inputs_of  # noqa: E402


def test_roadmap_points_are_named_and_rescored(m: LoadedMethodology, tmp_path: Path) -> None:
    rating = make_rating(m, "丙", stage=2, disclose={"I06": 0.5, "I07": 0.5, "I08": 0.5})
    fills = {"I08.1": 1.0, "I08.2": 1.0, "I08.3": 1.0, "I11.1": 1.0}
    raised, gain = points_gain(rating, m, fills)
    assert raised[:3] == ["I08.1", "I08.2", "I08.3"]
    given = inputs_of(rating).get("I08", IndicatorInput())
    after = given.model_copy(update={"points": {**given.points, "I08.1": 1.0, "I08.2": 1.0,
                                                "I08.3": 1.0}})
    expected = score_indicator(m, "I08", after).score - score_indicator(m, "I08", given).score
    if "I11" not in {i.indicator for i in rating.counted}:
        assert gain == round(expected, 4) and gain > 0
    path = tmp_path / "points.json"
    path.write_text(json.dumps({k: {"rating": v} for k, v in fills.items()}), encoding="utf-8")
    line = gap_line(rating, m, read_point_ratings(path), "zh")
    assert "I08.1、I08.2、I08.3" in line and f"+{gain:g}" in line
    html = render_html(rating, m, "en", extra_gaps=[gap_line(rating, m, fills, "en")])
    assert "would also earn I08.1, I08.2, I08.3" in html
