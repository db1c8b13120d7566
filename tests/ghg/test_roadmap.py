"""The reduction roadmap on the demo manufacturer, computed by hand.

Demo company 2023 (market-based scope 2; grid factors stay at 2023 values, growth 0, so BAU is
flat at the 2023 scope 1+2): scope 1 10,015.06 + scope 2 market 26,488.64 = 36,503.70 tCO2e.
Target: −25% scope 1+2 from 2023 to 2030 → 2030 line 0.75 × 36,503.70 = 27,377.77;
required abatement R = 9,125.92.

Measures (residual-mix factor 2023: 0.6096 tCO2/MWh; 8% discount rate):
  M1 green power 15,000 MWh, Suzhou, from 2025: 15,000 × 0.6096 = 9,144 t; opex 30 万元
     → 300,000 CNY/yr → 32.81 CNY/t
  M2 rooftop PV 2,000 MWh, Foshan, from 2026, 2-year ramp: 2,000 × 0.6096 = 1,219.2 t;
     capex 800 万元 × CRF(8%, 20) 0.101852 = 814,818 − opex savings 1,000,000 = −185,182
     CNY/yr → −151.89 CNY/t
  M3 heat pump, 50% of Suzhou gas 6,054.129 t = 3,027.06 t from 2027; 1,200 万元 × CRF(8%,
     15) 0.116830 = 1,401,955 + 200,000 = 1,601,955 → 529.21 CNY/t
  M4 refrigerant, 110.5 t from 2025 at 200 CNY/t → 22,100 CNY/yr
MACC order: M2, M1, M4, M3. Cheapest set with ≥ 9,125.92 t: {M1, M2} (114,818 CNY/yr; M1
alone 300,000; nothing without M1 reaches R: M2+M3+M4 = 4,356.8 t).
Pathway: 2024 36,503.70; 2025 − 9,144 = 27,359.70; 2026 − 609.6 (half of M2) = 26,750.10;
2027–2030 26,140.50. Gap 2024 = 36,503.70 − (36,503.70 × (1 − 0.25/7)) = 1,303.70, then 0.
Residual 2030 = 26,140.50 t; electricity still bought: (29,000 − 6,000 − 15,000) +
(17,400 − 2,000 − 2,000) = 21,400 MWh.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cnsr.errors import InputError, SheetError
from cnsr.ghg.compensation import load_roadmap_data
from cnsr.ghg.demo import MEASURES, demo_path
from cnsr.ghg.inventory import compute_inventory
from cnsr.ghg.library import FactorLibrary
from cnsr.ghg.measures import read_measures
from cnsr.ghg.optimise import cheapest_set, greedy_set
from cnsr.ghg.roadmap import Roadmap, build_roadmap
from cnsr.ghg.targets import Target
from cnsr.ghg.template import write_workbook
from cnsr.ghg.workbook import read_activity

TARGET = Target(base_year=2023, target_year=2030, set_year=2024, scope2_method="market",
                targets=[{"scopes": [1, 2], "reduction_pct": 25}])  # type: ignore[list-item]


@pytest.fixture
def roadmap_of(tmp_path: Path, lib: FactorLibrary) -> Callable[..., Roadmap]:
    """Demo activity + the given measures (default: the demo's) → roadmap."""
    from cnsr.ghg.demo import ENTITY, demo_rows

    def run(measures: list[dict[str, Any]] | None = None, target: Target = TARGET,
            growth: float = 0.0) -> Roadmap:
        rows = demo_rows()
        if measures is not None:
            rows["measures"] = measures
        path = write_workbook(tmp_path / "d.xlsx", lib, ENTITY, rows, examples=True)
        data = read_activity(path)
        inv = compute_inventory(data, lib)
        return build_roadmap(data, inv, lib, target, read_measures(path), load_roadmap_data(),
                             growth)

    return run


def test_hand_case_pathway_macc_choice_and_residual(roadmap_of: Callable[..., Roadmap]) -> None:
    r = roadmap_of()
    assert [m.measure.id for m in r.measures] == ["M2", "M1", "M4", "M3"]
    cost = {m.measure.id: m for m in r.measures}
    assert cost["M1"].full == pytest.approx(9144.0)
    assert cost["M2"].full == pytest.approx(1219.2)
    assert cost["M3"].full == pytest.approx(3027.06, abs=0.01)
    assert cost["M1"].cost_per_t == pytest.approx(32.81, abs=0.01)
    assert cost["M2"].annual_cost == pytest.approx(-185_182, abs=1)
    assert cost["M3"].cost_per_t == pytest.approx(529.21, abs=0.01)
    assert cost["M4"].annual_cost == pytest.approx(22_100)
    assert r.required == pytest.approx(9125.92, abs=0.01)
    assert {m.measure.id for m in r.chosen} == {"M1", "M2"} and r.reached
    assert r.cost == pytest.approx(114_818, abs=1)
    path = {y.year: y.pathway for y in r.years}
    assert path[2024] == pytest.approx(36503.70, abs=0.01)
    assert path[2025] == pytest.approx(27359.70, abs=0.01)
    assert path[2026] == pytest.approx(26750.10, abs=0.01)
    assert path[2030] == pytest.approx(26140.50, abs=0.01)
    assert r.row(2024).gap == pytest.approx(1303.70, abs=0.01)
    assert r.row(2030).gap == 0
    assert r.residual.total == pytest.approx(26140.50, abs=0.01)
    assert r.residual.electricity_mwh == pytest.approx(21400, abs=0.01)
    gec = next(c for c in r.compensation if c.instrument == "gec")
    assert gec.volume == pytest.approx(21400, abs=0.01)
    assert gec.cost_low == pytest.approx(21400 * 2.56, abs=0.1)


def test_the_shipped_demo_carries_the_measures() -> None:
    assert [m.id for m in read_measures(demo_path())] == [m["id"] for m in MEASURES]


def test_growth_raises_bau_and_the_requirement(roadmap_of: Callable[..., Roadmap]) -> None:
    flat, grown = roadmap_of(), roadmap_of(growth=2.0)
    assert grown.row(2030).bau == pytest.approx(flat.row(2030).bau * 1.02 ** 7, rel=1e-9)
    assert grown.required > flat.required


def test_a_future_grid_factor_changes_what_green_power_saves(tmp_path: Path) -> None:
    factors = tmp_path / "f.yaml"
    factors.write_text(
        "grid:\n  - {basis: national_excl_market_nonfossil, region: CN, year: 2030, "
        "value: 0.5, unit: tCO2/MWh, source: test}\n", encoding="utf-8")
    lib = FactorLibrary.load(factors)
    data = read_activity(demo_path())
    r = build_roadmap(data, compute_inventory(data, lib), lib, TARGET, read_measures(demo_path()),
                      load_roadmap_data())
    m1 = next(m for m in r.measures if m.measure.id == "M1")
    assert m1.abatement[2029] == pytest.approx(15000 * 0.6096)
    assert m1.abatement[2030] == pytest.approx(15000 * 0.5)


# -- the optimiser against greedy ordering by cost per tonne --------------------------------
def test_lumpy_measures_greedy_overpays() -> None:
    # A: 1,000 t at 20 CNY/t; B: 100 t at 10 CNY/t. Need 1,000 t.
    costs, gains = [20_000.0, 1_000.0], [1000.0, 100.0]
    assert greedy_set(costs, gains, 1000, []) == [True, True]  # 21,000
    assert cheapest_set(costs, gains, 1000, []) == ([True, False], True)  # 20,000


def test_exclusions_greedy_overpays() -> None:
    # X 800 t @10 excludes Y 1,000 t @12; Z 300 t @30. Need 1,000 t.
    costs, gains = [8_000.0, 12_000.0, 9_000.0], [800.0, 1000.0, 300.0]
    greedy = greedy_set(costs, gains, 1000, [(0, 1)])
    best, reached = cheapest_set(costs, gains, 1000, [(0, 1)])
    assert greedy == [True, False, True]  # 17,000
    assert best == [False, True, False] and reached  # 12,000


def test_roadmap_beats_greedy_with_exclusive_measures(roadmap_of: Callable[..., Roadmap]) -> None:
    """Suzhou gas 6,054.13 t. Need 16.5% of 36,503.70 = 6,023.11 t.
    A (90% of the gas, 5,448.72 t @100 = 544,872) excludes B (all of it, 6,054.13 t @110 =
    665,954); C is 2,000 MWh of green power, 1,219.2 t @300 = 365,760.
    Greedy: A (cheapest per tonne), B blocked, then C → 910,632 CNY/yr. Optimal: B alone."""
    measures = [
        {"id": "A", "name": "boiler retrofit", "source": "fuel:天然气", "site": "苏州工厂",
         "mode": "share", "amount": 0.9, "start_year": 2026, "cost_per_t": 100, "excludes": "B"},
        {"id": "B", "name": "boiler to heat pump", "source": "fuel:天然气", "site": "苏州工厂",
         "mode": "share", "amount": 1.0, "start_year": 2026, "cost_per_t": 110},
        {"id": "C", "name": "green power", "source": "electricity:江苏", "mode": "green_power",
         "amount": 2000, "unit": "MWh", "start_year": 2026, "cost_per_t": 300},
    ]
    target = TARGET.model_copy(deep=True)
    target.targets[0].reduction_pct = 16.5
    r = roadmap_of(measures, target)
    assert r.required == pytest.approx(6023.11, abs=0.01)
    assert {m.measure.id for m in r.chosen} == {"B"} and r.reached
    assert r.cost == pytest.approx(665_954, abs=1)
    assert {m.measure.id for m in r.measures if m.greedy} == {"A", "C"}
    assert r.greedy_cost == pytest.approx(910_632, abs=1)


# -- bad input -------------------------------------------------------------------------------
BASE = {"id": "X", "name": "x", "source": "fuel:天然气", "mode": "absolute", "amount": 100,
        "start_year": 2026, "cost_per_t": 50}


@pytest.mark.parametrize(("change", "message"), [
    ({"amount": 20000}, "more than the source"),
    ({"start_year": 2040}, "outside the roadmap horizon 2024–2030"),
    ({"start_year": 2023}, "outside the roadmap horizon"),
    ({"source": "scope3:1"}, "does not cover"),
    ({"source": "coal:无烟煤"}, "unknown source kind"),
    ({"source": "fuel:汽油"}, "no emissions in 2023"),
    ({"mode": "green_power", "unit": "MWh"}, "electricity sources only"),
    ({"capex": 10}, "not both"),
    ({"mode": "share", "amount": 1.5}, "0–1"),
])
def test_bad_measure_names_the_row(roadmap_of: Callable[..., Roadmap], change: dict[str, Any],
                                   message: str) -> None:
    with pytest.raises(SheetError, match=message) as err:
        roadmap_of([{**BASE, **change}])
    assert "measures" in str(err.value) and "row 3" in str(err.value)  # row 2 = example


def test_overlapping_measures_must_exclude_each_other(roadmap_of: Callable[..., Roadmap]) -> None:
    a = {**BASE, "id": "A", "mode": "share", "amount": 0.7}
    b = {**BASE, "id": "B", "mode": "share", "amount": 0.6}
    with pytest.raises(SheetError, match="A and B .* same source") as err:
        roadmap_of([a, b])
    assert "row 4" in str(err.value)
    r = roadmap_of([{**a, "excludes": "B"}, b])  # exclusive: fine
    assert len(r.measures) == 2


def test_duplicate_and_unknown_ids(roadmap_of: Callable[..., Roadmap]) -> None:
    with pytest.raises(SheetError, match="also used on row 3"):
        roadmap_of([BASE, BASE])
    with pytest.raises(SheetError, match="excludes unknown measure 'Q'"):
        roadmap_of([{**BASE, "excludes": "Q"}])


def test_unreachable_target_gives_best_pathway_and_shortfall(
        roadmap_of: Callable[..., Roadmap]) -> None:
    target = TARGET.model_copy(deep=True)
    target.targets[0].reduction_pct = 60  # R = 21,902.2 t; all four give 13,500.76 t
    r = roadmap_of(None, target)
    assert not r.reached
    assert {m.measure.id for m in r.chosen} == {"M1", "M2", "M3", "M4"}
    assert r.shortfall == pytest.approx(0.6 * 36503.698 - 13500.765, abs=0.01)
    assert r.row(2030).gap == pytest.approx(r.shortfall, abs=0.01)
    assert r.residual.shortfall == pytest.approx(r.shortfall, abs=0.01)


def test_ccer_cap_with_ets_and_sbti_rule_in_the_plan(lib: FactorLibrary) -> None:
    data = read_activity(demo_path())
    r = build_roadmap(data, compute_inventory(data, lib), lib, TARGET, read_measures(demo_path()),
                      load_roadmap_data(), ets_covered=True)
    ets = next(c for c in r.compensation if c.purpose == "ets_compliance")
    assert ets.volume == pytest.approx(0.05 * 10015.06, abs=0.01)  # measures chosen cut no scope 1
    assert ets.cost_low == pytest.approx(ets.volume * 60) and ets.rule == "ccer_cap"
    removal = next(c for c in r.compensation if c.purpose == "neutralisation")
    assert removal.cost_low is None and "UNCONFIRMED" in removal.flag
    assert "71.6%" in removal.note_en  # 26,140.50 / 36,503.70
    rules = {rule.id: rule for rule in r.rules}
    assert rules["ccer_cap"].value == 0.05 and rules["ccer_cap"].date
    assert "do not count" in rules["sbti_credits"].en


def test_target_years_must_fit_the_inventory(roadmap_of: Callable[..., Roadmap]) -> None:
    with pytest.raises(InputError, match="base year 2019"):
        roadmap_of(target=TARGET.model_copy(update={"base_year": 2019}))
    with pytest.raises(InputError, match="not after the last inventory year"):
        roadmap_of(target=TARGET.model_copy(update={"base_year": 2021, "target_year": 2023}))


def test_the_template_has_the_measures_sheet(tmp_path: Path, lib: FactorLibrary) -> None:
    xlsx = write_workbook(tmp_path / "t.xlsx", lib)
    with pytest.raises(InputError, match="measures sheet has no rows"):
        read_measures(xlsx)  # only the '# M1' example row
    folder = write_workbook(tmp_path / "csv", lib, rows={"measures": [dict(MEASURES[0])]})
    assert [m.id for m in read_measures(folder)] == ["M1"]


def test_green_power_under_a_location_target_is_left_out_with_a_note(
        roadmap_of: Callable[..., Roadmap]) -> None:
    target = TARGET.model_copy(update={"scope2_method": "location"})
    r = roadmap_of(target=target)
    assert "M1" not in {m.measure.id for m in r.measures}
    assert any("M1" in n.en and "location-based" in n.en for n in r.notes)
