"""Lookups over the factor tables: names and aliases, provinces to grids, factor years.

Kept apart from loading so that the policy choices (how a province maps to a grid, which
year's factor stands in for a year without one) are in one small place and tested alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Literal, TypeVar

from cnsr.errors import InputError
from cnsr.ghg.factors import (
    CoalEquivalent,
    Constant,
    FactorTables,
    Fuel,
    GridBasis,
    GridFactor,
    GridRegion,
    Gwp,
    HeatFactor,
    ProcessMaterial,
    Province,
    Scope3Category,
    Scope3Factor,
    load_tables,
)
from cnsr.ghg.units import convert

GwpSet = Literal["AR4", "AR5", "AR6"]
YearPolicy = Literal["exact", "nearest"]
T = TypeVar("T")

_SEPARATORS = re.compile(r"[\s_\-·()（）]+")
_PROVINCE_SUFFIX = re.compile(
    r"(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市|province|municipality|"
    r"autonomousregion|region)$"
)


def norm(name: str) -> str:
    """Compare names without case, spaces, hyphens or underscores."""
    return _SEPARATORS.sub("", str(name)).casefold()


@dataclass(frozen=True)
class GridPick:
    """A grid factor chosen for a data year; `year` may differ when the policy substituted."""

    row: GridFactor
    tco2_per_mwh: float
    wanted_year: int

    @property
    def substituted(self) -> bool:
        return self.row.year != self.wanted_year


class FactorLibrary:
    """Read-only view of the factor tables with name resolution and clear errors."""

    def __init__(self, tables: FactorTables) -> None:
        self.tables = tables

    @classmethod
    def load(cls, user_file: Path | None = None) -> FactorLibrary:
        return cls(load_tables(user_file))

    # --- indexes -----------------------------------------------------------------------
    @cached_property
    def _fuels(self) -> dict[str, Fuel]:
        return _index(self.tables.fuels, lambda f: [f.id, f.zh, f.en, *f.aliases])

    @cached_property
    def _gases(self) -> dict[str, Gwp]:
        return _index(self.tables.gwp, lambda g: [g.gas, *g.aliases])

    @cached_property
    def _materials(self) -> dict[str, ProcessMaterial]:
        return _index(self.tables.process, lambda m: [m.id, m.zh, m.en, *m.aliases])

    @cached_property
    def _regions(self) -> dict[str, GridRegion]:
        return _index(self.tables.grid_regions, lambda r: [r.id, r.zh, r.en, *r.aliases])

    @cached_property
    def _provinces(self) -> dict[str, Province]:
        index: dict[str, Province] = {}
        for p in self.tables.provinces:
            for name in (p.province, p.en, *p.aliases):
                index[norm(name)] = p
                index[_PROVINCE_SUFFIX.sub("", norm(name))] = p
        return index

    # --- lookups -----------------------------------------------------------------------
    def fuel(self, name: str) -> Fuel:
        found = self._fuels.get(norm(name))
        if found is None:
            known = ", ".join(f"{f.id} ({f.zh})" for f in self.tables.fuels)
            raise InputError(f"unknown fuel '{name}' / 未知燃料 '{name}'; known: {known}")
        return found

    def gas(self, name: str) -> Gwp | None:
        return self._gases.get(norm(name))

    def gwp(self, name: str, gwp_set: GwpSet) -> tuple[str, float]:
        """Canonical gas name and its GWP-100 in the chosen assessment report."""
        gas = self.gas(name)
        if gas is None:
            known = ", ".join(g.gas for g in self.tables.gwp)
            raise InputError(f"unknown gas '{name}' / 未知温室气体 '{name}'; known: {known}")
        value = getattr(gas, gwp_set)
        if value is None:
            raise InputError(f"no {gwp_set} GWP for {gas.gas} / 缺少 {gas.gas} 的 {gwp_set} GWP 值")
        return gas.gas, float(value)

    def material(self, name: str) -> ProcessMaterial | None:
        return self._materials.get(norm(name))

    def region(self, name: str) -> GridRegion:
        """Resolve a grid region name or a province to its regional grid."""
        key = norm(name)
        region = self._regions.get(key)
        if region is not None:
            return region
        province = self._provinces.get(key) or self._provinces.get(_PROVINCE_SUFFIX.sub("", key))
        if province is None:
            regions = ", ".join(f"{r.zh}/{r.en}" for r in self.tables.grid_regions)
            raise InputError(
                f"unknown province or grid region '{name}' / 未知省份或区域电网 '{name}'; "
                f"use a province (e.g. 江苏) or a region: {regions}"
            )
        if len(province.regions) > 1:
            options = " / ".join(self._region_by_id(r).zh for r in province.regions)
            raise InputError(
                f"'{name}' spans several grids ({options}); {province.flag or 'name the part'} / "
                f"'{name}' 跨多个区域电网，请写明具体部分"
            )
        return self._region_by_id(province.regions[0])

    def _region_by_id(self, region_id: str) -> GridRegion:
        for r in self.tables.grid_regions:
            if r.id == region_id:
                return r
        raise InputError(f"unknown grid region id '{region_id}' / 未知区域电网编号")

    def grid(self, basis: GridBasis, region: str, year: int, policy: YearPolicy) -> GridPick:
        """The grid factor for a data year; `nearest` takes the latest earlier year, else the
        earliest later one, and the pick says so (the report lists every substitution)."""
        rows = [g for g in self.tables.grid if g.basis == basis and norm(g.region) == norm(region)]
        if not rows:
            raise InputError(f"no {basis} grid factor for region '{region}' / 缺少该区域电网因子")
        exact = [g for g in rows if g.year == year]
        if exact:
            row = exact[-1]
        else:
            years = sorted({g.year for g in rows})
            if policy == "exact":
                raise InputError(
                    f"no {basis} grid factor for {region} in {year} (available: "
                    f"{', '.join(map(str, years))}) / 缺少 {year} 年电网排放因子; add one with "
                    f"--factors or allow the nearest year"
                )
            earlier = [y for y in years if y < year]
            chosen = earlier[-1] if earlier else years[0]
            row = [g for g in rows if g.year == chosen][-1]
        return GridPick(row, convert(row.value, row.unit, "tCO2/MWh"), year)

    def coal_equivalent(self, energy: str) -> CoalEquivalent | None:
        for row in self.tables.coal_equivalents:
            if norm(row.energy) == norm(energy):
                return row
        return None

    def heat(self, kind: str) -> HeatFactor:
        found = _index(self.tables.heat, lambda h: [h.id, h.zh, h.en, *h.aliases]).get(norm(kind))
        if found is not None:
            return found
        known = ", ".join(f"{h.id} ({h.zh})" for h in self.tables.heat)
        raise InputError(f"unknown heat kind '{kind}' / 未知热力类型 '{kind}'; known: {known}")

    def scope3_category(self, number: int) -> Scope3Category:
        for row in self.tables.scope3_categories:
            if row.category == number:
                return row
        raise InputError(f"unknown scope 3 category {number} / 范围三类别应为 1–15")

    def scope3_factor(self, factor_id: str) -> Scope3Factor:
        for row in self.tables.scope3_factors:
            if norm(row.id) == norm(factor_id):
                return row
        raise InputError(
            f"unknown scope 3 factor id '{factor_id}' / 未知范围三因子 '{factor_id}'; "
            "add it to the scope3_factors table of your --factors file"
        )

    def constant(self, constant_id: str) -> Constant:
        for row in self.tables.misc:
            if norm(row.id) == norm(constant_id):
                return row
        raise InputError(f"missing constant '{constant_id}' in the factor tables")


def _index(rows: list[T], names: Callable[[T], list[str]]) -> dict[str, T]:
    index: dict[str, T] = {}
    for row in rows:
        for name in names(row):
            index.setdefault(norm(name), row)
    return index
