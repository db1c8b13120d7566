"""Units registry, factor tables (sources, flags, overrides) and name resolution."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cnsr.errors import DataError, InputError
from cnsr.ghg.factors import TABLES, load_tables
from cnsr.ghg.library import FactorLibrary
from cnsr.ghg.units import convert, normalize_unit, product


@pytest.mark.parametrize(("value", "unit", "target", "expected"), [
    (1, "kt", "t", 1000),            # a kilotonne here, not pint's knot
    (3, "万千瓦时", "MWh", 30),
    (3, "万kWh", "MWh", 30),
    (2, "万Nm3", "Nm3", 20_000),
    (2, "10^4 Nm3", "Nm3", 20_000),
    (1, "tce", "GJ", 29.307),
    (0.1229, "kgce/kWh", "tce/MWh", 0.1229),
    (1, "亿元", "万元", 10_000),
    (5, "万吨", "t", 50_000),
    (1, "Mt", "kt", 1000),
    (1, "tC/TJ", "tC/GJ", 0.001),
    (1, "度", "kWh", 1),
    (2, "万tCO2e", "tCO2e", 20_000),
])
def test_conversions(value, unit, target, expected):
    assert convert(value, unit, target) == pytest.approx(expected)


def test_unknown_and_incompatible_units():
    with pytest.raises(InputError, match="unknown unit 'furlong'"):
        convert(1, "furlong", "t")
    with pytest.raises(InputError, match="cannot convert 'GJ' to 't'"):
        convert(1, "GJ", "t")
    with pytest.raises(InputError, match="does not give"):
        product(1, "t", 1, "tCO2e/MWh", "tCO2e")


def test_normalize_unit():
    assert normalize_unit(" 10⁴ Nm³ ") == "万Nm3"
    assert normalize_unit("tCO2e／万元") == "tCO2e/万元"


@given(st.floats(min_value=0, max_value=1e12, allow_nan=False))
def test_round_trip_through_chinese_units(x):
    assert convert(convert(x, "MWh", "万千瓦时"), "万千瓦时", "MWh") == pytest.approx(x)
    assert convert(convert(x, "t", "万t"), "万t", "kt") == pytest.approx(x / 1000)


def test_every_bundled_factor_has_a_source_and_unconfirmed_ones_are_flagged():
    tables = load_tables()
    for name in TABLES:
        for row in getattr(tables, name):
            if hasattr(row, "source"):
                assert row.source.strip(), (name, row)
    fuels = {f.id: f for f in tables.fuels}
    assert all("UNCONFIRMED" in f.flag for f in fuels.values())
    assert fuels["power_coal"].carbon_content == 30.85 and fuels["power_coal"].ncv is None


def test_facts_values_are_in_the_tables(lib: FactorLibrary):
    assert lib.grid("national", "CN", 2021, "exact").tco2_per_mwh == 0.5568
    assert lib.grid("regional", "southwest", 2023, "exact").tco2_per_mwh == 0.2472
    assert lib.grid("ets", "CN", 2022, "exact").tco2_per_mwh == 0.5703
    assert lib.gwp("CH4", "AR6") == ("CH4", 27.9)
    assert lib.gwp("氧化亚氮", "AR4") == ("N2O", 298)
    assert lib.gwp("NF3", "AR5") == ("NF3", 16100)
    assert lib.heat("蒸汽").value == 0.11
    assert lib.coal_equivalent("natural_gas").value == 12.143


@pytest.mark.parametrize(("name", "region"), [
    ("江苏省", "east"), ("Guangdong Province", "south"), ("广西壮族自治区", "south"),
    ("新疆维吾尔自治区", "northwest"), ("上海市", "east"), ("蒙西", "north"),
    ("内蒙古东部", "northeast"), ("华中", "central"), ("Southwest", "southwest"),
    ("重庆", "southwest"), ("黑龙江", "northeast"),
])
def test_province_to_grid_region(lib, name, region):
    assert lib.region(name).id == region


def test_every_province_maps_to_a_known_region(lib):
    ids = {r.id for r in lib.tables.grid_regions}
    assert len(lib.tables.grid_regions) == 7
    for p in lib.tables.provinces:
        assert set(p.regions) <= ids
    assert len([p for p in lib.tables.provinces if len(p.regions) == 1]) == 32


def test_year_policy(lib):
    pick = lib.grid("regional", "east", 2021, "nearest")
    assert (pick.row.year, pick.substituted) == (2022, True)
    assert lib.grid("regional", "east", 2030, "nearest").row.year == 2023
    with pytest.raises(InputError, match="available: 2022, 2023"):
        lib.grid("regional", "east", 2021, "exact")


def test_user_file_adds_and_overrides(tmp_path: Path):
    path = tmp_path / "my.yaml"
    path.write_text(
        "grid:\n"
        "  - {basis: regional, region: east, year: 2024, value: 0.53, unit: kgCO2/kWh,\n"
        "     source: my utility}\n"
        "  - {basis: regional, region: east, year: 2023, value: 0.5, unit: tCO2/MWh,\n"
        "     source: override}\n"
        "fuels:\n"
        "  - {id: biomass_pellets, zh: 生物质颗粒, en: Biomass pellets, unit: t, ncv: 16,\n"
        "     ncv_unit: GJ/t, carbon_content: 27.3, carbon_content_unit: tC/TJ,\n"
        "     oxidation: 1, biogenic: true, source: supplier analysis}\n"
        "scope3_factors:\n"
        "  - {id: steel, value: 1.9, unit: tCO2e/t, source: EPD 2023}\n", encoding="utf-8")
    lib = FactorLibrary.load(path)
    assert lib.grid("regional", "east", 2024, "exact").tco2_per_mwh == pytest.approx(0.53)
    assert lib.grid("regional", "east", 2023, "exact").row.source == "override"
    assert lib.fuel("生物质颗粒").biogenic
    assert lib.scope3_factor("STEEL").value == 1.9
    assert "user factor file" in lib.tables.origin[-1]


@pytest.mark.parametrize(("text", "words"), [
    ("gird: []\n", "unknown table 'gird'"),
    ("grid:\n  - {basis: regional, region: east, year: 2024, value: -1, unit: tCO2/MWh, "
     "source: x}\n", "table 'grid' entry 1, field 'value'"),
    ("grid:\n  - {basis: regional, region: east, year: 2024, value: 1, unit: bananas, "
     "source: x}\n", "field 'unit'"),
    ("fuels:\n  - {id: x, zh: x, en: x, unit: t, ncv_unit: GJ/t, carbon_content: 1, "
     "carbon_content_unit: tC/GJ, oxidation: 1.5, source: s}\n", "field 'oxidation'"),
    ("gwp:\n  - {gas: X, AR5: 3}\n", "field 'source'"),
    ("- just a list\n", "expected a mapping"),
    ("grid: {a: 1}\n", "must be a list"),
    ("grid: [\n", "not valid YAML"),
])
def test_user_file_errors_name_table_entry_and_field(tmp_path: Path, text, words):
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError, match=words.replace("(", r"\(")):
        FactorLibrary.load(path)


def test_missing_user_file(tmp_path: Path):
    with pytest.raises(InputError, match="cannot read factor file"):
        FactorLibrary.load(tmp_path / "none.yaml")


def test_biogenic_fuel_is_reported_apart(tmp_path: Path, inventory_of, workbook):
    from cnsr.ghg.inventory import compute_inventory
    from cnsr.ghg.summary import totals_for
    from cnsr.ghg.workbook import read_activity

    path = tmp_path / "bio.yaml"
    path.write_text("fuels:\n  - {id: pellets, zh: 生物质颗粒, en: Pellets, unit: t, ncv: 16,\n"
                    "     ncv_unit: GJ/t, carbon_content: 0.0273, carbon_content_unit: tC/GJ,\n"
                    "     oxidation: 1, biogenic: true, source: supplier}\n", encoding="utf-8")
    data = read_activity(workbook({"fuels": [
        {"year": 2023, "fuel": "pellets", "quantity": 100, "unit": "t"},
        {"year": 2023, "fuel": "diesel", "quantity": 1, "unit": "t"}]}))
    inv = compute_inventory(data, FactorLibrary.load(path))
    t = totals_for(inv, 2023)
    # pellets: 100 t × 16 GJ/t × 0.0273 × 1 × 44/12 = 160.16 t, outside the total
    assert t.biogenic_co2 == pytest.approx(160.16)
    assert t.scope1 == pytest.approx(1 * 42.652 * 0.0202 * 0.98 * 44 / 12)
