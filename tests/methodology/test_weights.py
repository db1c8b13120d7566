"""Weights by the priority chart method, checked against the points the spec publishes."""

from __future__ import annotations

import pytest

from cnsr.methodology.model import Matrix
from cnsr.methodology.weights import priority_chart_weights

# methodology.md §3 "Resulting points"
SPEC_POINTS = {"I01": 3, "I02": 3, "I03": 5, "I04": 3, "I05": 2, "I06": 11, "I07": 7, "I08": 9,
               "I09": 6, "I10": 3, "I11": 12, "I12": 11, "I13": 10, "I14": 6, "I15": 5, "I16": 4}


def test_default_points_match_the_spec(m):
    assert {k: w.points for k, w in m.weights.items()} == SPEC_POINTS


def test_default_stage_maxima(m):
    assert [m.stage_maximum(s) for s in range(4)] == [0, 16, 52, 100]


def test_weights_are_row_sums_over_pairs(m):
    assert m.weights["I11"].row_sum == 14.5
    assert m.weights["I11"].weight == pytest.approx(14.5 / 120)
    assert sum(w.weight for w in m.weights.values()) == pytest.approx(1.0)


def test_three_by_three_by_hand():
    # A beats B and C, B ties C: T = 2, 0.5, 0.5 over 3 pairs -> 66.7, 16.7, 16.7
    matrix = Matrix(order=["A", "B", "C"],
                    rows=[[None, 1, 1], [0, None, 0.5], [0, 0.5, None]])
    weights = priority_chart_weights(matrix)
    assert [w.row_sum for w in weights] == [2, 0.5, 0.5]
    assert [w.points for w in weights] == [67, 17, 17]


def test_half_rounds_up_without_float_noise():
    # Two items, one pair: T = 0.5 each -> 50 points each; with scale 5 -> 2.5 rounds to 3.
    matrix = Matrix(order=["A", "B"], rows=[[None, 0.5], [0.5, None]])
    assert [w.points for w in priority_chart_weights(matrix, scale=5)] == [3, 3]
