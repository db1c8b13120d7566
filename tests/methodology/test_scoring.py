"""The scoring rules: the seed's worked example, a hand-computed company, and properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cnsr.methodology.scoring import (
    IndicatorInput,
    score_company,
    score_indicator,
    stage_from_criteria,
)


def test_seed_worked_example(m):
    """能源使用情况: 30% disclosed (B2); trend favourable (B2), comparison with good levels (B3),
    detailed with future plans (B4): all three reach n's band, so 30% + 5 = 35%."""
    given_ = IndicatorInput(points={"I03.1": 1, "I03.2": 0.5}, trend="B2", comparison="B3",
                            integration="B4")  # mean (1 + 0.5) / 5 = 30 %
    s = score_indicator(m, "I03", given_)
    assert (s.level, s.level_band, s.dimensions_reaching, s.percent) == (30, "B2", 3, 35)
    assert s.score == pytest.approx(5 * 0.35)


def test_one_dimension_reaching_gives_no_bonus(m):
    s = score_indicator(m, "I03", IndicatorInput(points={"I03.1": 1, "I03.2": 0.5},
                                                 trend="B2", comparison="B1", integration="B0"))
    assert (s.dimensions_reaching, s.percent) == (1, 30)


# A stage-2 company computed by hand (points from the default matrix; stage 2 uses I01–I10).
#
# ind pts ratings (Q = quantitative)   mean     n  band cap? dims     reach  %   score
# I01  3  1, 1, .5, 0                  62.5%   60  B3   -    B1 B3 B4   2   65  1.95
# I02  3  .5Q .5Q .5Q 1                62.5%   60  ->   cap25 B5 B5 B5  3   25  0.75
# I03  5  1Q 1Q .5Q 0 0                50%     50  B3   -    B2 B2 B2   0   50  2.50
# I04  3  0 0 0                        0%       0  B0   -    B5 B5 B5   3    0  0.00 (n=0)
# I05  2  1Q 0 0                       33.3%   30  B2   -    B2 B0 B0   1   30  0.60
# I06 11  1 1Q 1Q 0 .5                 70%     70  B4   -    B4 B4 B0   2   75  8.25
# I07  7  1 .5 0 0                     37.5%   35  B2   -    B0 B0 B0   0   35  2.45
# I08  9  1 1Q .5Q .5 0 1              66.7%   65  B3   -    B3 B4 B5   3   70  6.30
# I09  6  .5Q 1 .5Q 0                  50%     50  ->   cap25 B1 B1 B0  2   25  1.50
# I10  3  1 1 1                        100%   100  B5   -    B5 B5 B5   3  100  3.00
# total 27.30 of 52 -> share 0.525. I11 is rated but does not count at stage 2.
HAND = {
    "I01": ({"I01.1": 1, "I01.2": 1, "I01.3": 0.5}, ("B1", "B3", "B4"), 65, 1.95),
    "I02": ({"I02.1": .5, "I02.2": .5, "I02.3": .5, "I02.4": 1}, ("B5", "B5", "B5"), 25, 0.75),
    "I03": ({"I03.1": 1, "I03.2": 1, "I03.3": .5}, ("B2", "B2", "B2"), 50, 2.5),
    "I04": ({}, ("B5", "B5", "B5"), 0, 0.0),
    "I05": ({"I05.1": 1}, ("B2", "B0", "B0"), 30, 0.6),
    "I06": ({"I06.1": 1, "I06.2": 1, "I06.3": 1, "I06.5": .5}, ("B4", "B4", "B0"), 75, 8.25),
    "I07": ({"I07.1": 1, "I07.2": .5}, ("B0", "B0", "B0"), 35, 2.45),
    "I08": ({"I08.1": 1, "I08.2": 1, "I08.3": .5, "I08.4": .5, "I08.6": 1}, ("B3", "B4", "B5"),
            70, 6.3),
    "I09": ({"I09.1": .5, "I09.2": 1, "I09.3": .5}, ("B1", "B1", "B0"), 25, 1.5),
    "I10": ({"I10.1": 1, "I10.2": 1, "I10.3": 1}, ("B5", "B5", "B5"), 100, 3.0),
    "I11": ({"I11.1": 1}, ("B5", "B5", "B5"), None, None),
}


def _inputs(table):
    return {
        ind: IndicatorInput(points=points, trend=t, comparison=c, integration=i)
        for ind, (points, (t, c, i), _, _) in table.items()
    }


def test_hand_computed_stage_two_company(m):
    card = score_company(m, 2, _inputs(HAND))
    by_id = {s.indicator: s for s in card.indicators}
    assert sorted(by_id) == [f"I{n:02d}" for n in range(1, 11)]
    for ind, (_, _, percent, score) in HAND.items():
        if percent is None:
            assert ind not in by_id
            continue
        assert by_id[ind].percent == percent, ind
        assert by_id[ind].score == pytest.approx(score), ind
    assert by_id["I02"].capped and by_id["I09"].capped
    assert card.total == pytest.approx(27.3)
    assert card.maximum == 52
    assert card.share == pytest.approx(0.525)


def test_stage_from_criteria(m):
    assert stage_from_criteria(m, {}) == 0
    assert stage_from_criteria(m, {"environmental_awareness": True}) == 1
    assert stage_from_criteria(m, {"environmental_awareness": True, "carbon_awareness": True}) == 2
    all_three = {"environmental_awareness": True, "carbon_awareness": True,
                 "quantified_emissions": True}
    assert stage_from_criteria(m, all_three) == 3
    # quantified emissions without carbon-neutrality awareness stays at stage 1
    assert stage_from_criteria(m, {"environmental_awareness": True,
                                   "quantified_emissions": True}) == 1


def test_bad_inputs_are_named(m):
    with pytest.raises(ValueError, match="I03.9"):
        score_indicator(m, "I03", IndicatorInput(points={"I03.9": 1}))
    with pytest.raises(ValueError, match="rating 0.7"):
        score_indicator(m, "I03", IndicatorInput(points={"I03.1": 0.7}))
    with pytest.raises(ValueError, match="band 'B9'"):
        score_indicator(m, "I03", IndicatorInput(trend="B9"))


# -- properties ----------------------------------------------------------------------------
RATING = st.sampled_from([0.0, 0.5, 1.0])
BAND = st.sampled_from(["B0", "B1", "B2", "B3", "B4", "B5"])


@st.composite
def company_inputs(draw, m):
    inputs = {}
    for ind in m.spec.indicators:
        points = {p.id: draw(RATING) for p in ind.points}
        inputs[ind.id] = IndicatorInput(points=points, trend=draw(BAND),
                                        comparison=draw(BAND), integration=draw(BAND))
    return inputs


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_more_disclosure_never_lowers_a_score(m, data):
    inputs = data.draw(company_inputs(m))
    ind = data.draw(st.sampled_from(m.spec.indicators))
    point = data.draw(st.sampled_from(ind.points))
    before = score_indicator(m, ind.id, inputs[ind.id])
    raised = dict(inputs[ind.id].points)
    raised[point.id] = min(1.0, raised[point.id] + data.draw(st.sampled_from([0.5, 1.0])))
    after = score_indicator(m, ind.id, inputs[ind.id].model_copy(update={"points": raised}))
    assert after.score >= before.score


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_better_bands_never_lower_a_score(m, data):
    inputs = data.draw(company_inputs(m))
    ind = data.draw(st.sampled_from(m.spec.indicators)).id
    dim = data.draw(st.sampled_from(["trend", "comparison", "integration"]))
    before = score_indicator(m, ind, inputs[ind])
    after = score_indicator(m, ind, inputs[ind].model_copy(update={dim: "B5"}))
    assert after.score >= before.score


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_stage_scores_stay_within_maxima(m, data):
    inputs = data.draw(company_inputs(m))
    for stage, maximum in ((1, 16), (2, 52), (3, 100)):
        card = score_company(m, stage, inputs)
        assert 0 <= card.total <= maximum
        assert card.maximum == maximum
        assert 0 <= card.share <= 1
        for s in card.indicators:
            assert s.level % 5 == 0 and 0 <= s.percent <= 100
            assert s.percent - s.level in (0, 5) or s.capped or s.percent == 100


def test_all_disclosed_scores_the_maximum(m):
    inputs = {ind.id: IndicatorInput(points={p.id: 1 for p in ind.points}, trend="B5",
                                     comparison="B5", integration="B5")
              for ind in m.spec.indicators}
    assert score_company(m, 3, inputs).total == 100
    assert score_company(m, 1, inputs).total == 16
