"""Company 2, computed by hand: a manufacturer buying electricity and heat in two provinces.

Fictitious "示范电子有限公司" with a plant in Zhejiang (East grid) and one in Guangdong (South
grid), 2022–2023. Zhejiang buys green power and certificates and steam by the tonne; Guangdong
has a supplier-specific electricity factor and a heat supplier factor. Scope 3 (2023 only):
purchased goods by spend and business travel by passenger-km, with company-supplied factors.

Constants: natural gas NCV 389.31 GJ/10^4 Nm3, 15.3 tC/TJ, oxidation 0.99; LPG 50.179 GJ/t,
17.2 tC/TJ, 0.98; HFC-134a GWP AR5 1,300; heat 0.11 tCO2/GJ; East 2022 0.5617, 2023 0.5500;
South 2022 0.3869, 2023 0.4042; residual 2022 0.5856, 2023 0.6096; 1 certificate = 1 MWh.
Coal equivalents: gas 12.143 tce/10^4 Nm3, LPG 1.7143 tce/t, power 0.1229 tce/MWh, heat
0.0341 tce/GJ.

2023, Hangzhou (Zhejiang → East)
  gas    150 万Nm3 × 389.31 = 58,396.5 GJ × 0.0153 = 893.46645 tC × 0.99 = 884.5317855 tC
         × 44/12 = 3,243.2832135 tCO2
  HFC    200 kg = 0.2 t × 1,300 = 260 tCO2e
  power  1,200 万千瓦时 = 12,000 MWh; location 12,000 × 0.5500 = 6,600
         green power 200 万千瓦时 = 2,000 MWh, 1,000 certificates = 1,000 MWh
         market (12,000 − 2,000 − 1,000) × 0.6096 = 9,000 × 0.6096 = 5,486.4
  steam  20,000 t × 2.8 GJ/t = 56,000 GJ × 0.11 = 6,160 (both methods)
2023, Dongguan (Guangdong → South)
  power  8,000,000 kWh = 8,000 MWh; location × 0.4042 = 3,233.6; market × 0.45 (supplier) = 3,600
  heat   5,000 GJ; location × 0.11 = 550; market × 0.09 (supplier) = 450
  LPG    12 t × 50.179 = 602.148 GJ × 0.0172 = 10.3569456 tC × 0.98 = 10.14980669 tC
         × 44/12 = 37.2159579 tCO2
2023 totals
  scope 1 = 3,243.2832 + 260 + 37.2160 = 3,540.4992 → 3,540
  scope 2 location = 6,600 + 6,160 + 3,233.6 + 550 = 16,543.6 → 16,544
  scope 2 market   = 5,486.4 + 6,160 + 3,600 + 450 = 15,696.4 → 15,696
  scope 3 = 30,000 万元 × 0.85 tCO2e/万元 = 25,500 + 2,000,000 pkm × 0.15 kgCO2e/pkm = 300
          = 25,800
  total location = 3,540.4992 + 16,543.6 + 25,800 = 45,884.0992 → 45,884
  total market   = 3,540.4992 + 15,696.4 + 25,800 = 45,036.8992 → 45,037
  revenue 25 亿元 = 250,000 万元; intensity (S1+2 location) = 20,084.0992 / 250,000 = 0.080336
  by site (S1+2 location): Hangzhou 3,243.2832 + 260 + 6,600 + 6,160 = 16,263.2832 → 16,263
                           Dongguan 3,233.6 + 550 + 37.2160 = 3,820.8160 → 3,821
  by gas: HFC-134a 260; CO2 3,540.4992 − 260 + 16,543.6 = 19,824.0992 → 19,824
  energy = 150 × 12.143 (1,821.45) + 12 × 1.7143 (20.5716) + 20,000 MWh × 0.1229 (2,458)
           + 61,000 GJ × 0.0341 (2,080.1) = 6,380.1216 → 6,380 tce
2022
  Hangzhou: gas 140 万Nm3 → 54,503.4 GJ × 0.0153 × 0.99 × 44/12 = 3,027.0643; HFC 150 kg → 195
            power 1,100 万千瓦时 = 11,000 MWh → location × 0.5617 = 6,178.7, market × 0.5856
            = 6,441.6; steam 19,000 t × 2.8 = 53,200 GJ × 0.11 = 5,852
  Dongguan: power 7,500 MWh → × 0.3869 = 2,901.75, × 0.45 = 3,375; heat 4,800 GJ → 528 / 432;
            LPG 11 t → 551.969 GJ × 0.0172 × 0.98 × 44/12 = 34.1146
  scope 1 = 3,027.0643 + 195 + 34.1146 = 3,256.1790 → 3,256
  scope 2 location = 6,178.7 + 5,852 + 2,901.75 + 528 = 15,460.45 → 15,460
  scope 2 market   = 6,441.6 + 5,852 + 3,375 + 432 = 16,100.6 → 16,101
"""

from __future__ import annotations

from typing import Any

import pytest

from cnsr.ghg.summary import breakdown, gas_masses, totals_for

HZ, DG = "杭州工厂", "东莞工厂"


def maker_rows() -> dict[str, list[dict[str, Any]]]:
    return {
        "fuels": [
            {"year": 2023, "site": HZ, "fuel": "天然气", "quantity": 150, "unit": "万Nm3"},
            {"year": 2022, "site": HZ, "fuel": "natural gas", "quantity": 1_400_000,
             "unit": "Nm3"},
            {"year": 2023, "site": DG, "fuel": "液化石油气", "quantity": 12, "unit": "t"},
            {"year": 2022, "site": DG, "fuel": "LPG", "quantity": 11_000, "unit": "kg"},
        ],
        "process": [
            {"year": 2023, "site": HZ, "source": "冷水机组", "material": "R134a",
             "quantity": 200, "unit": "kg"},
            {"year": 2022, "site": HZ, "source": "冷水机组", "material": "HFC-134a",
             "quantity": 150, "unit": "kg"},
        ],
        "electricity": [
            {"year": 2023, "site": HZ, "region": "浙江省", "quantity": 1200, "unit": "万千瓦时",
             "green_power": 200, "green_certificates": 1000},
            {"year": 2022, "site": HZ, "region": "Zhejiang", "quantity": 1100, "unit": "万kWh"},
            {"year": 2023, "site": DG, "region": "广东", "quantity": 8_000_000, "unit": "kWh",
             "supplier_factor": 0.45},
            {"year": 2022, "site": DG, "region": "南方电网", "quantity": 7500, "unit": "MWh",
             "supplier_factor": 0.45},
        ],
        "heat": [
            {"year": 2023, "site": HZ, "kind": "steam", "quantity": 20_000, "unit": "t",
             "enthalpy": 2.8},
            {"year": 2022, "site": HZ, "kind": "蒸汽", "quantity": 19_000, "unit": "吨",
             "enthalpy": 2.8},
            {"year": 2023, "site": DG, "kind": "heat", "quantity": 5000, "unit": "GJ",
             "supplier_factor": 0.09},
            {"year": 2022, "site": DG, "kind": "heat", "quantity": 4.8, "unit": "TJ",
             "supplier_factor": 0.09},
        ],
        "scope3": [
            {"year": 2023, "category": 1, "description": "原材料", "quantity": 30_000,
             "unit": "万元", "factor": 0.85, "factor_unit": "tCO2e/万元"},
            {"year": 2023, "category": 6, "description": "商务差旅", "quantity": 2_000_000,
             "unit": "pkm", "factor": 0.15, "factor_unit": "kgCO2e/pkm"},
        ],
        "output": [
            {"year": 2023, "revenue": 25, "revenue_unit": "亿元"},
            {"year": 2022, "revenue": 230_000, "revenue_unit": "万元"},
        ],
    }


@pytest.fixture
def maker(inventory_of):
    return inventory_of(maker_rows(), {"name": "示范电子有限公司 (fictitious)"})


def test_2023_scopes_match_hand_computation(maker):
    t = totals_for(maker, 2023)
    assert round(t.scope1) == 3_540
    assert round(t.scope1, 4) == 3_540.4992
    assert round(t.scope2_location, 1) == 16_543.6
    assert round(t.scope2_market, 1) == 15_696.4
    assert round(t.scope3, 1) == 25_800.0
    assert round(t.total("location")) == 45_884
    assert round(t.total("market")) == 45_037


def test_2022_scopes_match_hand_computation(maker):
    t = totals_for(maker, 2022)
    assert round(t.scope1) == 3_256
    assert round(t.scope2_location, 2) == 15_460.45
    assert round(t.scope2_market, 1) == 16_100.6
    assert not t.has_scope3


def test_each_electricity_line(maker):
    lines = {(x.year, x.site): x for x in maker.lines if x.kind == "electricity"}
    hz = lines[2023, HZ]
    assert (round(hz.co2e_t, 1), round(hz.co2e_market_t, 1), hz.green_mwh) == (6600.0, 5486.4,
                                                                                3000.0)
    dg = lines[2023, DG]
    assert (round(dg.co2e_t, 1), round(dg.co2e_market_t, 1)) == (3233.6, 3600.0)
    assert lines[2022, DG].source_id == "south"


def test_revenue_intensity_in_wan_yuan(maker):
    assert round(totals_for(maker, 2023).revenue_wan_yuan) == 250_000
    assert round(totals_for(maker, 2023).intensity_revenue(), 6) == 0.080336


def test_breakdowns_by_site_and_gas(maker):
    sites = {s.key: s.value for s in breakdown(maker, 2023, "site", scopes=(1, 2))}
    assert (round(sites[HZ]), round(sites[DG])) == (16_263, 3_821)
    gases = {s.key: s.value for s in breakdown(maker, 2023, "gas", scopes=(1, 2))}
    assert (round(gases["CO2"]), round(gases["HFC-134a"])) == (19_824, 260)
    assert round(gas_masses(maker, 2023)["HFC-134a"], 3) == 0.2


def test_energy_in_tce(maker):
    assert round(totals_for(maker, 2023).energy_tce, 4) == 6_380.1216


def test_scope3_by_category(maker):
    cats = {s.key: s.value for s in breakdown(maker, 2023, "source", scopes=(3,))}
    assert cats == {"3:scope3:C1": 25_500.0, "3:scope3:C6": pytest.approx(300.0)}
