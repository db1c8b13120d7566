"""Each target rule on a passing and a failing example.

Inventory used (round numbers on purpose): base year 2022 with scope 1 = 600 tCO2e (SF6:
600 / 23,500 t × GWP 23,500), scope 2 market-based = 400 t (1,000 MWh × a 0.4 supplier factor;
targets use market-based scope 2 by default) and scope 3 as each test needs (category 1,
spend in 万元 × 1 tCO2e/万元).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.errors import DataError, InputError
from cnsr.ghg.targets import (
    Target,
    annual_rate,
    check_target,
    load_target,
    load_thresholds,
    planned_path,
    required_path,
)


def rows(scope3: float | None, years=(2022, 2023)):
    out = {"process": [], "electricity": [], "scope3": []}
    for y in years:
        out["process"].append({"year": y, "source": "GIS", "material": "SF6",
                               "quantity": 600 / 23_500, "unit": "t"})
        out["electricity"].append({"year": y, "region": "江苏", "quantity": 1000, "unit": "MWh",
                                   "supplier_factor": 0.4})
        if scope3 is not None:
            out["scope3"].append({"year": y, "category": 1, "quantity": scope3, "unit": "万元",
                                  "factor": 1, "factor_unit": "tCO2e/万元"})
    return out


def target(**kw) -> Target:
    base = {"base_year": 2022, "target_year": 2030, "set_year": 2023,
            "targets": [{"scopes": [1, 2], "reduction_pct": 42}]}
    return Target.model_validate({**base, **kw})


def status(check, rule_id):
    return [r.status for r in check.rules if r.id == rule_id]


@pytest.fixture
def small(inventory_of):  # scope 3 = 500 of 1,500 → 33%: no scope 3 target required
    return inventory_of(rows(500))


@pytest.fixture
def s3heavy(inventory_of):  # scope 3 = 1,000 of 2,000 → 50%: scope 3 target required
    return inventory_of(rows(1000))


def test_inventory_base_is_as_designed(small):
    check = check_target(target(), small)
    assert round(check.base.scope1) == 600
    assert round(check.base.scope2("market")) == 400
    assert round(check.base.scope3) == 500


def test_all_pass(small):
    check = check_target(target(), small)
    assert check.passed, [r.en for r in check.rules if r.status == "fail"]
    assert status(check, "scope3_required") == ["pass"]


@pytest.mark.parametrize(("base", "ok"), [(2015, "pass"), (2014, "fail")])
def test_base_year_2015_or_later(inventory_of, base, ok):
    inv = inventory_of(rows(500, years=(base, 2023)))
    check = check_target(target(base_year=base, target_year=2030), inv)
    assert status(check, "base_year") == [ok]


@pytest.mark.parametrize(("target_year", "ok"), [(2028, "pass"), (2033, "pass"), (2027, "fail"),
                                                 (2034, "fail")])
def test_timeframe_5_to_10_years(small, target_year, ok):
    check = check_target(target(target_year=target_year, targets=[
        {"scopes": [1, 2], "reduction_pct": 90}]), small)
    assert status(check, "timeframe") == [ok]


def test_timeframe_defaults_to_latest_inventory_year(small):
    check = check_target(target(set_year=None, target_year=2027), small)
    assert status(check, "timeframe") == ["fail"]  # 2023 → 2027 is 4 years


@pytest.mark.parametrize(("targets", "ok"), [
    ([{"scopes": [1, 2], "reduction_pct": 42, "coverage_pct": 95}], "pass"),
    ([{"scopes": [1, 2], "reduction_pct": 42, "coverage_pct": 94}], "fail"),
    # scope 1 only covers 600 of 1,000 t → 60%
    ([{"scopes": [1], "reduction_pct": 42}], "fail"),
    # separate targets for scope 1 (100%) and scope 2 (90%): (600 + 360) / 1,000 = 96%
    ([{"scopes": [1], "reduction_pct": 42}, {"scopes": [2], "reduction_pct": 42,
                                            "coverage_pct": 90}], "pass"),
])
def test_scope12_coverage_95_percent(small, targets, ok):
    assert status(check_target(target(targets=targets), small), "scope12_coverage")[0] == ok


@pytest.mark.parametrize(("reduction", "ok"), [(33.6, "pass"), (33.5, "fail")])
def test_one_point_five_degrees_is_4_2_percent_a_year(small, reduction, ok):
    # 8 years (2022 → 2030): 33.6% / 8 = 4.2% per year passes; 33.5% / 8 = 4.19% fails
    check = check_target(target(targets=[{"scopes": [1, 2], "reduction_pct": reduction}]), small)
    assert status(check, "scope12_ambition") == [ok]


def test_intensity_target_needs_output_growth(small):
    item = {"scopes": [1, 2], "type": "intensity", "reduction_pct": 50}
    check = check_target(target(targets=[item]), small)
    assert status(check, "scope12_ambition") == ["fail"]
    assert "output_growth_pct" in check.rules[-2].en or any(
        "output_growth_pct" in r.en for r in check.rules)
    # -50% intensity with +20% output = 1 - 0.5 × 1.2 = 40% absolute over 8 years = 5%/yr
    grown = check_target(target(targets=[{**item, "output_growth_pct": 20}]), small)
    assert status(grown, "scope12_ambition") == ["pass"]
    assert annual_rate(grown.target.targets[0], 8) == pytest.approx(0.05)


def test_scope3_required_at_40_percent(inventory_of, s3heavy):
    check = check_target(target(), s3heavy)
    assert status(check, "scope3_required") == ["fail"]
    assert "none is set" in next(r.en for r in check.rules if r.id == "scope3_required")
    # exactly 40%: scope 3 = 666.67 of 1,666.67
    edge = inventory_of(rows(1000 / 1.5))
    assert status(check_target(target(), edge), "scope3_required") == ["fail"]
    below = inventory_of(rows(660))  # 660 / 1,660 = 39.8%
    assert status(check_target(target(), below), "scope3_required") == ["pass"]


@pytest.mark.parametrize(("coverage", "ok"), [(66.67, "pass"), (66.6, "fail")])
def test_scope3_coverage_two_thirds(s3heavy, coverage, ok):
    targets = [{"scopes": [1, 2], "reduction_pct": 42},
               {"scopes": [3], "reduction_pct": 25, "coverage_pct": coverage}]
    check = check_target(target(targets=targets), s3heavy)
    assert status(check, "scope3_required") == ["pass"]
    assert status(check, "scope3_coverage") == [ok]


@pytest.mark.parametrize(("reduction", "ok"), [(20, "pass"), (19.9, "fail")])
def test_scope3_ambition_2_5_percent(s3heavy, reduction, ok):
    targets = [{"scopes": [1, 2], "reduction_pct": 42},
               {"scopes": [3], "reduction_pct": reduction}]
    assert status(check_target(target(targets=targets), s3heavy), "scope3_ambition") == [ok]


def test_no_scope3_data_cannot_be_judged(inventory_of):
    check = check_target(target(), inventory_of(rows(None)))
    assert status(check, "scope3_required") == ["fail"]
    assert "cannot be judged" in check.rules[-1].en


def test_missing_base_year_is_a_clear_error(small):
    with pytest.raises(InputError, match="base year 2019 is not in the inventory"):
        check_target(target(base_year=2019), small)


def test_messages_are_bilingual(s3heavy):
    for rule in check_target(target(), s3heavy).rules:
        assert rule.zh and rule.en and rule.zh != rule.en


def test_paths(small):
    check = check_target(target(), small)
    req = required_path(check)
    assert req[2022] == pytest.approx(1000) and req[2030] == pytest.approx(1000 * (1 - 0.336))
    plan = planned_path(check)
    assert plan[2030] == pytest.approx(580)


def test_target_file_and_thresholds_file(tmp_path: Path, small):
    path = tmp_path / "t.yaml"
    path.write_text("base_year: 2022\ntarget_year: 2030\nset_year: 2023\n"
                    "targets:\n  - {scopes: [1, 2], reduction_pct: 50}\n", encoding="utf-8")
    assert check_target(load_target(path), small).passed
    path.write_text("base_year: 2022\ntarget_year: 2020\ntargets: [{scopes: [1], "
                    "reduction_pct: 5}]\n")
    with pytest.raises(InputError, match="target_year must be after base_year"):
        load_target(path)
    path.write_text("base_year: 2022\ntarget_year: 2030\ntargets: [{scopes: [4], "
                    "reduction_pct: 5}]\n")
    with pytest.raises(InputError, match="targets.0.scopes"):
        load_target(path)
    rules = tmp_path / "rules.yaml"
    rules.write_text("id: x\nsource: y\nbase_year_min: 2015\n")
    with pytest.raises(DataError, match="timeframe_min_years"):
        load_thresholds(rules)


def test_bundled_thresholds_keep_two_thirds_exact():
    t = load_thresholds()
    assert t.scope3_min_coverage == pytest.approx(2 / 3)
    assert (t.scope12_min_coverage, t.scope12_min_annual_reduction) == (0.95, 0.042)
    assert (t.scope3_trigger_share, t.base_year_min) == (0.40, 2015)
    assert (t.timeframe_min_years, t.timeframe_max_years) == (5, 10)
