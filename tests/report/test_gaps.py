"""Gap analysis: every gain checked by re-scoring with the methodology engine."""

from __future__ import annotations

import pytest
from rank_factory import make_rating

from cnsr.errors import InputError
from cnsr.methodology import LoadedMethodology, load_methodology
from cnsr.methodology.scoring import IndicatorInput, score_indicator
from cnsr.rating import Rating
from cnsr.report.gaps import Change, analyse, inputs_of


def _apply(given: IndicatorInput, change: Change) -> IndicatorInput:
    if change.kind == "point":
        return given.model_copy(update={"points": {**given.points,
                                                   change.target: float(change.proposed)}})
    return given.model_copy(update={change.target: change.proposed})


def test_steps_reach_the_next_band_and_gains_match_rescoring(demo: list[Rating],
                                                             m: LoadedMethodology) -> None:
    for rating in [r for r in demo if r.stage > 0][:8]:
        gaps = analyse(rating, m)
        inputs = inputs_of(rating)
        assert [g.gain for g in gaps.indicators] == sorted((g.gain for g in gaps.indicators),
                                                           reverse=True)
        for gap in gaps.indicators:
            given = inputs[gap.indicator]
            base = score_indicator(m, gap.indicator, given)
            assert base.percent == rating.indicator(gap.indicator).score.percent
            for step in gap.steps:
                given = _apply(given, step.change)
                after = score_indicator(m, gap.indicator, given)
                assert (after.percent, after.score) == (step.percent_after, step.score_after)
            final = score_indicator(m, gap.indicator, given)
            assert final.percent == gap.percent_after
            assert gap.gain == pytest.approx(final.score - base.score)
            assert m.spec.band_rank(m.spec.band_for(final.percent).id) >= \
                m.spec.band_rank(gap.next_band or "")
            assert m.spec.band_for(base.percent).id == gap.band


def test_single_recommendations_ordered_by_rescored_gain(demo: list[Rating],
                                                         m: LoadedMethodology) -> None:
    rating = next(r for r in demo if r.stage == 3)
    gaps = analyse(rating, m)
    inputs = inputs_of(rating)
    assert gaps.recommendations
    assert [g.gain for g in gaps.recommendations] == sorted(
        (g.gain for g in gaps.recommendations), reverse=True)
    for rec in gaps.recommendations:
        ind = rec.change.indicator
        base = score_indicator(m, ind, inputs[ind])
        after = score_indicator(m, ind, _apply(inputs[ind], rec.change))
        assert rec.gain == pytest.approx(after.score - base.score) and rec.gain > 0
    assert len(analyse(rating, m, limit=3).recommendations) == 3


def test_adding_figures_lifts_a_capped_indicator(m: LoadedMethodology) -> None:
    # I03 (energy use, 5 pts, all points quantitative) mentioned without numbers: capped at 25%
    rating = make_rating(m, "甲", stage=1, disclose={"I03": 0.5})
    assert rating.indicator("I03").score.capped and rating.indicator("I03").score.percent == 25
    gaps = analyse(rating, m)
    gap = next(g for g in gaps.indicators if g.indicator == "I03")
    assert len(gap.steps) == 1
    step = gap.steps[0]
    assert step.change.kind == "point" and step.change.current == "0.5"
    assert step.change.zh.startswith("为") and "补充定量数据" in step.change.zh
    assert step.change.en.startswith("Add figures to ")
    # 4 × 0.5 + 1 = 3 of 5 → 60% (B3), up from the 25% cap: +1.75 points of 5
    assert (step.percent_after, step.band_after, gap.gain) == (60, "B3", 1.75)
    top = gaps.recommendations[0]
    assert top.change.indicator == "I03" and top.gain == 1.75


def test_dimension_change_that_earns_the_bonus(m: LoadedMethodology) -> None:
    # I06 at 60% (B3); trend already B3, comparison B0: raising comparison to B3 gives +5%
    rating = make_rating(m, "乙", stage=2,
                         points={"I06.1": 1, "I06.2": 1, "I06.3": 1},
                         dims={"I06": {"trend": "B3", "comparison": "B0", "integration": "B1"}})
    assert rating.indicator("I06").score.percent == 60
    gaps = analyse(rating, m)
    dims = [g for g in gaps.recommendations
            if g.change.kind == "dimension" and g.change.indicator == "I06"]
    assert {g.change.target for g in dims} == {"comparison", "integration"}
    for g in dims:
        assert g.change.proposed == "B3" and g.percent_after == 65
        assert g.gain == pytest.approx(m.points("I06") * 0.05)
    assert "对比维度达到B3" in next(g for g in dims if g.change.target == "comparison").change.zh


def test_stage_paths(m: LoadedMethodology) -> None:
    stage2 = make_rating(m, "丙", stage=2, disclose={"I06": 1, "I11": 1})
    gaps = analyse(stage2, m)
    assert [p.stage for p in gaps.stages] == [3]
    path = gaps.next_stage
    assert path is not None
    assert [c.id for c in path.missing] == ["quantified_emissions"]
    expected = sum(score_indicator(m, i.id, inputs_of(stage2)[i.id]).score
                   for i in m.spec.indicators_for_stage(3))
    assert path.projected_total == pytest.approx(expected)
    assert path.gain == pytest.approx(expected - stage2.total) and path.gain > 0
    assert path.maximum == 100
    assert [n.indicator for n in path.new_indicators][:2] == ["I11", "I12"]  # 12, 11 points
    assert path.new_indicators[0].projected_score > 0  # I11 is already disclosed

    stage0 = make_rating(m, "丁", stage=0)
    paths = analyse(stage0, m).stages
    assert [p.stage for p in paths] == [1, 2, 3]
    assert [c.id for c in paths[0].missing] == ["environmental_awareness"]
    assert analyse(stage0, m).indicators == []

    top = make_rating(m, "戊", stage=3, disclose={"I01": 1})
    assert analyse(top, m).next_stage is None


def test_top_band_indicator_has_no_gap(m: LoadedMethodology) -> None:
    rating = make_rating(m, "己", stage=1, disclose={"I01": 1})
    gaps = analyse(rating, m)
    assert "I01" not in {g.indicator for g in gaps.indicators}
    assert "I02" in {g.indicator for g in gaps.indicators}


def test_recommendation_text_uses_methodology_names(m: LoadedMethodology) -> None:
    rating = make_rating(m, "庚", stage=1)
    recs = {g.change.target: g.change for g in analyse(rating, m).recommendations}
    assert recs["I01.2"].zh == "披露ISO 14001 等环境管理体系认证"
    assert recs["I01.2"].en == "Disclose ISO 14001 or equivalent certification"
    assert recs["I03.1"].zh.endswith("并给出具体数据")
    assert recs["I03.1"].en == "Disclose total energy consumption (e.g. tce), with figures"


def test_refuses_another_methodology(m: LoadedMethodology, methodology_variant) -> None:  # type: ignore[no-untyped-def]
    def rename(data: dict) -> None:  # type: ignore[type-arg]
        data["version"] = "custom-2"

    other = load_methodology(methodology_variant(rename))
    with pytest.raises(InputError, match="pass the methodology"):
        analyse(make_rating(m, "辛", stage=1), other)
