"""Properties of the formulas that hold for any input."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cnsr.ghg import calc

positive = st.floats(min_value=0, max_value=1e9, allow_nan=False)
fraction = st.floats(min_value=0, max_value=1, allow_nan=False)


def test_combustion_formula_on_a_known_case():
    # 1 TJ of diesel heat: 1,000 GJ × 0.0202 tC/GJ × 0.98 × 44/12 = 72.5853 t
    assert calc.combustion_co2_t(1000, 0.0202, 0.98) == pytest.approx(72.58533, rel=1e-6)


@given(positive, positive, fraction)
def test_market_never_negative_and_green_only_lowers_it(mwh, green, factor):
    full = calc.grid_market_co2_t(mwh, 0, factor)
    claimed = calc.grid_market_co2_t(mwh, green, factor)
    assert 0 <= claimed <= full + 1e-9


@given(positive, st.floats(min_value=0.1, max_value=100), fraction, fraction)
def test_combustion_is_linear_in_quantity(energy, carbon, oxidation, k):
    one = calc.combustion_co2_t(energy, carbon, oxidation)
    assert calc.combustion_co2_t(energy * k, carbon, oxidation) == pytest.approx(one * k)


def test_linear_rate():
    assert calc.linear_reduction_per_year(0.42, 10) == pytest.approx(0.042)
    assert calc.linear_reduction_per_year(0.42, 0) == 0
