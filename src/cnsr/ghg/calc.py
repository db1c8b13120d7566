"""The accounting formulas as small pure functions, in tonnes, GJ and MWh.

Named for the quantity they return so a reader can match them to GB/T 32150-2015 and the GHG
Protocol Scope 2 Guidance without reading the inventory code around them.
"""

from __future__ import annotations

C_TO_CO2 = 44.0 / 12.0
"""Mass ratio of CO2 to carbon (the 44/12 of GB/T 32150)."""


def combustion_co2_t(energy_gj: float, carbon_tc_per_gj: float, oxidation: float) -> float:
    """CO2 from burning fuel, t = heat input (GJ) × carbon content (tC/GJ) × oxidation × 44/12."""
    return energy_gj * carbon_tc_per_gj * oxidation * C_TO_CO2


def co2e_t(gas_t: float, gwp: float) -> float:
    """CO2-equivalent, t = mass of gas (t) × GWP-100."""
    return gas_t * gwp


def calcination_co2_t(material_t: float, purity: float, tco2_per_t: float) -> float:
    """Process CO2 from a carbonate, t = raw material (t) × carbonate content × stoichiometric factor."""
    return material_t * purity * tco2_per_t


def grid_location_co2_t(mwh: float, tco2_per_mwh: float) -> float:
    """Location-based scope 2, t = purchased electricity (MWh) × grid average factor."""
    return mwh * tco2_per_mwh


def grid_market_co2_t(mwh: float, green_mwh: float, tco2_per_mwh: float) -> float:
    """Market-based scope 2, t = (purchased − green power − certificates, MWh) × residual factor.

    Green power and certificates are zero-emission claims; what is left carries the supplier's
    factor or the national factor that excludes market-traded non-fossil power.
    """
    return max(mwh - green_mwh, 0.0) * tco2_per_mwh


def heat_co2_t(gj: float, tco2_per_gj: float) -> float:
    """Purchased heat or steam, t = heat (GJ) × factor (tCO2/GJ)."""
    return gj * tco2_per_gj


def linear_reduction_per_year(reduction: float, years: int) -> float:
    """Linear annual reduction rate: total reduction share over the number of years."""
    return reduction / years if years > 0 else 0.0
