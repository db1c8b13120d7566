"""Session 27, lead: what the post-merge audit of blind rounds 38-40 found wrong, by kind
(docs/reader-history.md, "Session 27, lead"). English units of CO2 written with a space ("t CO2",
"g CO2") lost their denominator; a calculation factor written as its CO2 mass per fuel was read as
the company's intensity; a transport intensity's row label ("CO2 per revenue tonne-km") named no
intensity; fuel saved by mass in English earned no saving (zh 节约燃油…万吨 did)."""

from __future__ import annotations

import pytest

from cnsr.evidence.quantities import extract_quantities

from .tagged import points


@pytest.mark.parametrize(("text", "unit", "value"), [
    ("Scope 1 intensity was 0.82 t CO2 per tonne of product in 2023.", "tCO2/t", 0.82),
    ("The fleet's carbon intensity was 842 g CO2/RTK in 2023.", "tCO2/tkm", 0.000842),
    ("Scope 1 emissions were 12,400 t CO2 in 2023.", "tCO2", 12400.0),
    ("Direct emissions were 3,100 t CO2e.", "tCO2e", 3100.0),
])
def test_a_spaced_co2_unit_keeps_its_denominator(text: str, unit: str, value: float) -> None:
    [q] = extract_quantities(text)
    assert (q.unit, q.value) == (unit, pytest.approx(value))


@pytest.mark.parametrize("text", [
    "Emissions are calculated under the GHG Protocol, using a factor of 3.15 t CO2 per tonne of jet fuel.",
    "Jet fuel burned is converted to CO2 with the factor of 3.16 tonnes CO2 per tonne of fuel.",
])
def test_a_factor_per_fuel_is_no_intensity_of_the_company(text: str) -> None:
    got = points(text)
    assert got.get("I12.3") == 1.0 and got.get("I11.4", 0) < 1.0, got


def test_a_factor_of_without_co2_is_no_emission_factor() -> None:
    assert "I12.3" not in points("Fuel efficiency improved by a factor of two since 2010."), \
        points("Fuel efficiency improved by a factor of two since 2010.")


@pytest.mark.parametrize("text", [
    "CO2 per revenue tonne-km was 842 g in 2023, down from 906 g in 2022.",
    "Our CO2 per RTK fell to 842 g CO2/RTK in 2023.",
    "CO2 per available seat kilometre was 71 g in 2023.",
])
def test_a_transport_intensity_is_an_intensity(text: str) -> None:
    assert points(text).get("I11.4") == 1.0, points(text)


@pytest.mark.parametrize("text", [
    "We installed air lubrication systems on six vessels, saving an estimated 41,000 tonnes of fuel a year.",
    "Weather routing and hull cleaning saved 12,300 tonnes of fuel in 2023.",
    "Single-engine taxiing and lighter catering carts saved about 9,800 tonnes of jet fuel.",
    "公司实施船舶空气润滑改造，年节约燃油约4.1万吨。",
])
def test_fuel_saved_by_mass_is_a_saving(text: str) -> None:
    assert points(text).get("I03.4") == 1.0, points(text)


def test_a_planned_saving_is_no_saving_done() -> None:
    assert points("We plan to save 5,000 tonnes of coal by 2026.").get("I03.4", 0) < 1.0
