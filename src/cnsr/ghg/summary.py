"""Totals, intensities and breakdowns of an Inventory — pure sums over its lines.

Biogenic CO2 is kept out of every total (GB/T 32150: reported separately). Scope 2 is summed
both ways; `method` picks the one a headline total or an intensity uses.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Literal

from pydantic import BaseModel

from cnsr.ghg.model import EmissionLine, Inventory, Scope2Method
from cnsr.ghg.units import convert, is_dimension

By = Literal["gas", "site", "source", "scope", "energy"]


class YearTotals(BaseModel):
    """One year's emissions (tCO2e), energy (tce) and intensity denominators."""

    year: int
    scope1: float = 0.0
    scope2_location: float = 0.0
    scope2_market: float = 0.0
    scope3: float = 0.0
    biogenic_co2: float = 0.0
    energy_tce: float = 0.0
    has_scope3: bool = False
    output: float | None = None
    output_unit: str = ""
    revenue_wan_yuan: float | None = None

    def scope2(self, method: Scope2Method = "location") -> float:
        return self.scope2_market if method == "market" else self.scope2_location

    def scope12(self, method: Scope2Method = "location") -> float:
        return self.scope1 + self.scope2(method)

    def total(self, method: Scope2Method = "location") -> float:
        return self.scope12(method) + self.scope3

    def intensity_output(self, method: Scope2Method = "location") -> float | None:
        """Scope 1+2 per unit of output (tCO2e per output unit)."""
        return self.scope12(method) / self.output if self.output else None

    def intensity_revenue(self, method: Scope2Method = "location") -> float | None:
        """Scope 1+2 per 万元 of revenue."""
        return self.scope12(method) / self.revenue_wan_yuan if self.revenue_wan_yuan else None


class Share(BaseModel):
    key: str
    zh: str
    en: str
    value: float

    def label(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


def year_totals(inv: Inventory) -> list[YearTotals]:
    """Totals per year, oldest first."""
    out = []
    for year in inv.years:
        t = YearTotals(year=year)
        for line in (ln for ln in inv.lines if ln.year == year):
            t.energy_tce += line.energy_tce
            if line.biogenic:
                t.biogenic_co2 += line.gas_t
            elif line.scope == 1:
                t.scope1 += line.co2e_t
            elif line.scope == 2:
                t.scope2_location += line.co2e_t
                t.scope2_market += line.co2e_market_t
            else:
                t.scope3 += line.co2e_t
                t.has_scope3 = True
        _add_output(t, inv)
        out.append(t)
    return out


def _add_output(t: YearTotals, inv: Inventory) -> None:
    rows = [o for o in inv.outputs if o.year == t.year]
    units = {o.output_unit for o in rows if o.output is not None}
    if len(units) == 1:
        t.output = sum(o.output or 0.0 for o in rows)
        t.output_unit = units.pop()
    revenue = [(o.revenue, o.revenue_unit or "万元") for o in rows if o.revenue is not None]
    if revenue and all(is_dimension(unit, "[currency]") for _, unit in revenue):
        t.revenue_wan_yuan = sum(convert(v, unit, "万元") for v, unit in revenue)


def _key(line: EmissionLine, by: By) -> tuple[str, str, str]:
    if by == "gas":
        return line.gas, line.gas, line.gas
    if by == "site":
        return line.site, line.site or "（未分厂区）", line.site or "(no site)"
    if by == "scope":
        return str(line.scope), f"范围{'一二三'[line.scope - 1]}", f"Scope {line.scope}"
    if by == "energy":
        return line.energy_label_en, line.energy_label_zh, line.energy_label_en
    return f"{line.scope}:{line.kind}:{line.source_id}", line.label_zh, line.label_en


def breakdown(inv: Inventory, year: int, by: By, method: Scope2Method = "location",
              scopes: tuple[int, ...] = (1, 2, 3)) -> list[Share]:
    """Emissions (tCO2e) of one year grouped by gas, site, source or scope; energy (tce) by
    carrier when `by == "energy"`. Largest first."""
    sums: dict[str, float] = defaultdict(float)
    labels: dict[str, tuple[str, str]] = {}
    for line in inv.lines:
        if line.year != year or line.scope not in scopes or (line.biogenic and by != "energy"):
            continue
        if by == "energy" and not line.energy_tce:
            continue
        key, zh, en = _key(line, by)
        sums[key] += line.energy_tce if by == "energy" else line.co2e(method)
        labels[key] = (zh, en)
    shares = [Share(key=k, zh=labels[k][0], en=labels[k][1], value=v) for k, v in sums.items()]
    return sorted(shares, key=lambda s: -s.value)


def gas_masses(inv: Inventory, year: int) -> dict[str, float]:
    """Tonnes of each gas emitted in scopes 1 and 2 (before GWP weighting)."""
    out: dict[str, float] = defaultdict(float)
    for line in inv.lines:
        if line.year == year and line.scope in (1, 2) and not line.biogenic:
            out[line.gas] += line.gas_t
    return dict(out)


def totals_for(inv: Inventory, year: int) -> YearTotals:
    for t in year_totals(inv):
        if t.year == year:
            return t
    return YearTotals(year=year)
