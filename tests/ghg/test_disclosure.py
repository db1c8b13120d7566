"""Inventory results → disclosure points of the default methodology."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from cnsr.ghg.disclosure import PointFill, fill_points
from cnsr.ghg.targets import Target, check_target

from .test_hand_manufacturer import maker_rows


def methodology_points() -> set[str]:
    text = resources.files("cnsr.data.methodology").joinpath("cnsr-default.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    return {p["id"] for ind in data["indicators"] for p in ind["points"]}


@pytest.fixture
def maker(inventory_of):
    return inventory_of(maker_rows(), {"name": "M", "boundary": "运营控制权法，两家工厂"})


def test_points_exist_in_the_methodology(maker):
    check = check_target(Target(base_year=2022, target_year=2030, set_year=2023,
                                targets=[{"scopes": [1, 2], "reduction_pct": 42}]), maker)
    filled = fill_points(maker, check)
    assert set(filled) <= methodology_points()
    assert all(isinstance(v, PointFill) and v.rating in (0, 0.5, 1) for v in filled.values())
    assert all(v.zh and v.en for v in filled.values())


def test_inventory_points(maker):
    p = {k: v.rating for k, v in fill_points(maker).items()}
    assert p["I11.1"] == p["I11.2"] == p["I11.3"] == 1
    assert p["I11.4"] == 1          # revenue intensity
    assert p["I11.5"] == 0.5        # two years only
    assert p["I11.6"] == 1
    assert p["I12.1"] == p["I12.2"] == p["I12.3"] == 1
    assert p["I12.4"] == 0          # no data_source in the rows
    assert p["I12.5"] == 0          # no verification
    assert p["I03.1"] == p["I03.2"] == 1
    assert "I03.3" not in p         # no physical output
    assert p["I14.3"] == 1          # green power and certificates
    assert not any(k.startswith("I06") for k in p)


def test_reasons_say_what_is_missing(inventory_of):
    inv = inventory_of({"fuels": [{"year": 2023, "fuel": "diesel", "quantity": 1, "unit": "t"}]})
    p = fill_points(inv)
    assert p["I11.2"].rating == 0 and "scope 2" in p["I11.2"].en
    assert p["I11.3"].rating == 0 and "范围三" in p["I11.3"].zh
    assert p["I11.4"].rating == 0.5 and "intensity" in p["I11.4"].en
    assert p["I11.5"].rating == 0
    assert p["I12.1"].rating == 0


def test_target_points(maker):
    ok = check_target(Target(base_year=2023, target_year=2030, set_year=2024,
                             targets=[{"scopes": [1, 2], "reduction_pct": 42},
                                      {"scopes": [3], "reduction_pct": 30}]), maker)
    p = fill_points(maker, ok)
    assert ok.passed
    assert (p["I06.2"].rating, p["I06.3"].rating, p["I06.4"].rating) == (1, 1, 0.5)
    validated = ok.model_copy(update={"target": ok.target.model_copy(
        update={"sbti_validated": True})})
    assert fill_points(maker, validated)["I06.4"].rating == 1
    weak = check_target(Target(base_year=2022, target_year=2030, set_year=2023,
                               targets=[{"scopes": [1, 2], "reduction_pct": 10}]), maker)
    assert "scope12_ambition" in fill_points(maker, weak)["I06.4"].en
