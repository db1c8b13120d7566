"""Company 1, computed by hand: a coal power plant in Shanxi (North grid), 2021–2023.

Fictitious plant "晋北示范电厂". Fuels: power-plant coal with a measured NCV (carbon content
left to the MEE 2022 default 0.03085 tC/GJ, oxidation to the table's 0.94), diesel for start-up
and vehicles (all defaults). Process: limestone for flue-gas desulfurization, 90% CaCO3.
Fugitive: SF6 from gas-insulated switchgear. Scope 2: grid power bought when units are down.

Constants (from the factor tables, cited there):
  44/12 = 3.666…;  power_coal carbon content 30.85 tC/TJ = 0.03085 tC/GJ, oxidation 0.94
  diesel: NCV 42.652 GJ/t, 20.2 tC/TJ = 0.0202 tC/GJ, oxidation 0.98
  CaCO3 → CO2: 44.01/100.09 = 0.4397 t/t;  SF6 GWP-100: AR5 23,500, AR6 25,200
  North grid: 2022 0.6776, 2023 0.6361 tCO2/MWh (no 2021 value → nearest year, 2022)
  Residual (national excl. market non-fossil): 2021 0.5942, 2022 0.5856, 2023 0.6096
  National average 2023: 0.5306;  1 tce = 29.307 GJ;  diesel 1.4571 tce/t;
  electricity 0.1229 kgce/kWh = 0.1229 tce/MWh

2023
  coal   2,500,000 t × 21.000 GJ/t         = 52,500,000 GJ
         × 0.03085 tC/GJ                   =  1,619,625 tC
         × 0.94                            =  1,522,447.5 tC
         × 44/12 (= ×44 = 66,987,690; /12) =  5,582,307.5 tCO2
  diesel 300 t × 42.652 GJ/t               =     12,795.6 GJ
         × 0.0202 = 258.47112 tC × 0.98    =        253.3016976 tC
         × 44/12                           =        928.7728912 tCO2
  lime   60,000 t × 0.90 × 0.4397          =     23,743.8 tCO2
  SF6    0.05 t × 23,500                   =      1,175 tCO2e
  scope 1 = 5,582,307.5 + 928.7728912 + 23,743.8 + 1,175 = 5,608,155.0728912 → 5,608,155
  scope 2 location = 8,000 MWh × 0.6361 = 5,088.8 → 5,089
  scope 2 market   = 8,000 MWh × 0.6096 = 4,876.8 → 4,877
  intensity (S1+2, location) = (5,608,155.0729 + 5,088.8) / 5,800,000 MWh = 0.96780 tCO2/MWh
  energy = 52,500,000 / 29.307 = 1,791,380.90 (measured NCV) + 300 × 1.4571 = 437.13
           + 8,000 × 0.1229 = 983.2  → 1,792,801.23 tce → 1,792,801
  with AR6: scope 1 = 5,608,155.0729 − 1,175 + 0.05 × 25,200 (1,260) = 5,608,240.07 → 5,608,240
  with the national grid: scope 2 location = 8,000 × 0.5306 = 4,244.8 → 4,245

2022
  coal   2,450,000 × 20.8 = 50,960,000 GJ × 0.03085 = 1,572,116 tC × 0.94 = 1,477,789.04 tC
         × 44/12 = 5,418,559.8133 tCO2
  diesel 320 × 42.652 = 13,648.64 GJ × 0.0202 = 275.702528 tC × 0.98 = 270.1884774 tC
         × 44/12 = 990.6910839 tCO2
  lime   58,000 × 0.90 × 0.4397 = 22,952.34;  SF6 0.04 × 23,500 = 940
  scope 1 = 5,418,559.8133 + 990.6911 + 22,952.34 + 940 = 5,443,442.8444 → 5,443,443
  scope 2 location = 9,000 × 0.6776 = 6,098.4 → 6,098;  market = 9,000 × 0.5856 = 5,270.4 → 5,270

2021
  coal   2,400,000 × 20.5 = 49,200,000 GJ × 0.03085 = 1,517,820 tC × 0.94 = 1,426,750.8 tC
         × 44/12 = 5,231,419.6 tCO2
  lime   56,000 × 0.90 × 0.4397 = 22,160.88
  scope 1 = 5,253,580.48 → 5,253,580
  scope 2 location = 10,000 × 0.6776 (2022 factor stands in) = 6,776; market = 10,000 × 0.5942
           = 5,942
"""

from __future__ import annotations

from typing import Any

import pytest

from cnsr.errors import SheetError
from cnsr.ghg.summary import breakdown, totals_for

SITE = "晋北示范电厂"


def plant_rows() -> dict[str, list[dict[str, Any]]]:
    fuels, process, elec, output = [], [], [], []
    for year, coal, ncv, diesel in ((2021, 2_400_000, 20.5, None), (2022, 2_450_000, 20.8, 320),
                                    (2023, 2_500_000, 21.0, 300)):
        fuels.append({"year": year, "site": SITE, "fuel": "电厂燃煤", "quantity": coal,
                      "unit": "t", "ncv": ncv, "ncv_unit": "GJ/t", "data_source": "入炉煤台账"})
        if diesel:
            fuels.append({"year": year, "site": SITE, "fuel": "diesel", "quantity": diesel,
                          "unit": "t"})
    for year, lime in ((2021, 56_000), (2022, 58_000), (2023, 60_000)):
        process.append({"year": year, "site": SITE, "source": "石灰石-石膏湿法脱硫",
                        "material": "石灰石", "quantity": lime, "unit": "t", "purity": 0.9})
    process.append({"year": 2022, "site": SITE, "source": "GIS 断路器", "material": "SF6",
                    "quantity": 40, "unit": "kg"})
    process.append({"year": 2023, "site": SITE, "source": "GIS 断路器", "material": "SF6",
                    "quantity": 0.05, "unit": "t"})
    for year, mwh in ((2021, 10_000), (2022, 9_000), (2023, 8_000)):
        elec.append({"year": year, "site": SITE, "region": "山西省", "quantity": mwh,
                     "unit": "MWh"})
    output.append({"year": 2023, "output": 5_800_000, "output_unit": "MWh"})
    return {"fuels": fuels, "process": process, "electricity": elec, "output": output}


@pytest.fixture
def plant(inventory_of):
    return inventory_of(plant_rows(), {"name": "晋北示范电厂 (fictitious)",
                                       "boundary": "运营控制权：一座 2×600 MW 燃煤电厂"})


def test_scope1_each_year_matches_hand_computation(plant):
    assert round(totals_for(plant, 2023).scope1) == 5_608_155
    assert round(totals_for(plant, 2022).scope1) == 5_443_443
    assert round(totals_for(plant, 2021).scope1) == 5_253_580


def test_single_sources_match_to_the_tonne(plant):
    by_source = {s.key: s.value for s in breakdown(plant, 2023, "source")}
    assert round(by_source["1:fuel:power_coal"], 1) == 5_582_307.5
    assert round(by_source["1:fuel:diesel"], 4) == 928.7729
    assert round(by_source["1:process:caco3"], 1) == 23_743.8
    assert round(by_source["1:fugitive:SF6"]) == 1_175


def test_scope2_location_and_market(plant):
    t23, t22, t21 = (totals_for(plant, y) for y in (2023, 2022, 2021))
    assert (round(t23.scope2_location, 1), round(t23.scope2_market, 1)) == (5_088.8, 4_876.8)
    assert (round(t22.scope2_location, 1), round(t22.scope2_market, 1)) == (6_098.4, 5_270.4)
    assert (round(t21.scope2_location, 1), round(t21.scope2_market, 1)) == (6_776.0, 5_942.0)


def test_missing_2021_regional_factor_is_substituted_and_said(plant):
    line = next(x for x in plant.lines if x.kind == "electricity" and x.year == 2021)
    assert line.notes and "2022" in line.notes[0].en


def test_strict_years_refuses_the_substitution(inventory_of):
    with pytest.raises(SheetError) as err:
        inventory_of(plant_rows(), year_policy="exact")
    assert (err.value.sheet, err.value.column) == ("electricity", "year")
    assert "2021" in str(err.value) and "available: 2022, 2023" in str(err.value)


def test_intensity_and_energy(plant):
    t23 = totals_for(plant, 2023)
    assert round(t23.intensity_output(), 5) == 0.96780
    assert t23.output_unit == "MWh"
    assert round(t23.energy_tce) == 1_792_801


def test_gwp_set_and_national_grid_are_selectable(inventory_of):
    ar6 = inventory_of(plant_rows(), gwp="AR6")
    assert round(totals_for(ar6, 2023).scope1) == 5_608_240
    national = inventory_of(plant_rows(), grid="national")
    assert round(totals_for(national, 2023).scope2_location, 1) == 4_244.8


def test_gas_breakdown(plant):
    gases = {s.key: s.value for s in breakdown(plant, 2023, "gas", scopes=(1, 2))}
    assert set(gases) == {"CO2", "SF6"}
    assert round(gases["SF6"]) == 1_175
