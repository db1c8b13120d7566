"""Band rules turn observations into B0–B5 exactly as rules.yaml says."""

from __future__ import annotations

from cnsr.assess.dimensions import Observed, band_comparison, band_integration, band_trend
from cnsr.evidence.lexicon import load_lexicon

RULES = load_lexicon().rules.dimensions


def test_trend_bands() -> None:
    assert band_trend(Observed(), RULES["trend"], "B0") == "B0"
    assert band_trend(Observed(unfavourable=2), RULES["trend"], "B0") == "B1"
    assert band_trend(Observed(favourable=1), RULES["trend"], "B0") == "B2"
    assert band_trend(Observed(favourable=2, unfavourable=1), RULES["trend"], "B0") == "B3"
    assert band_trend(Observed(favourable=4), RULES["trend"], "B0") == "B5"
    # mostly unfavourable never reaches the "mainly favourable" bands
    assert band_trend(Observed(favourable=2, unfavourable=5), RULES["trend"], "B0") == "B1"


def test_comparison_bands() -> None:
    assert band_comparison(Observed(), RULES["comparison"], "B0") == "B0"
    assert band_comparison(Observed(kinds={"prior_year": 1}), RULES["comparison"], "B0") == "B1"
    assert band_comparison(Observed(kinds={"prior_year": 3}), RULES["comparison"], "B0") == "B2"
    assert band_comparison(Observed(kinds={"standard": 1}), RULES["comparison"], "B0") == "B3"
    assert band_comparison(Observed(kinds={"prior_year": 2, "target": 1, "industry": 1}),
                           RULES["comparison"], "B0") == "B4"
    assert band_comparison(Observed(kinds={"prior_year": 2, "industry": 1, "leader": 1}),
                           RULES["comparison"], "B0") == "B5"


def test_integration_bands() -> None:
    assert band_integration(Observed(), RULES["integration"], "B0") == "B0"
    assert band_integration(Observed(coverage=0.2, passages=1), RULES["integration"], "B0") == "B1"
    assert band_integration(Observed(coverage=0.6, passages=3), RULES["integration"], "B0") == "B3"
    assert band_integration(Observed(coverage=0.6, passages=3, future=True),
                            RULES["integration"], "B0") == "B4"
    assert band_integration(Observed(coverage=1.0, passages=6, future=True),
                            RULES["integration"], "B0") == "B5"
