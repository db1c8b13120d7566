"""Inventory analysis (盘查分析): what changed between years, why, and what to do next.

Pure functions over an Inventory. The scope 2 split into an activity effect and a grid-factor
effect separates what the company controls (its consumption) from what it does not (the grid
mix published by MEE/NBS), which the seed's outline asks for ("不可控因素").
"""

from __future__ import annotations

from collections import defaultdict

from pydantic import BaseModel

from cnsr.ghg.model import Inventory, Note, Scope2Method
from cnsr.ghg.summary import breakdown, year_totals
from cnsr.ghg.units import convert


class Change(BaseModel):
    key: str
    zh: str
    en: str
    before: float
    after: float

    @property
    def delta(self) -> float:
        return self.after - self.before


class GridEffect(BaseModel):
    """Change of location-based electricity emissions split into consumption and factor."""

    region: str
    activity_effect: float
    factor_effect: float


class Analysis(BaseModel):
    year: int
    previous: int | None = None
    total_before: float = 0.0
    total_after: float = 0.0
    changes: list[Change] = []
    grid_effects: list[GridEffect] = []
    recommendations: list[Note] = []

    @property
    def delta_pct(self) -> float | None:
        if not self.total_before:
            return None
        return (self.total_after - self.total_before) / self.total_before * 100


def source_changes(inv: Inventory, before: int, after: int,
                   method: Scope2Method = "location") -> list[Change]:
    """Change per emission source between two years, largest absolute change first."""
    a = {s.key: s for s in breakdown(inv, before, "source", method)}
    b = {s.key: s for s in breakdown(inv, after, "source", method)}
    out = []
    for key in a.keys() | b.keys():
        label = b.get(key) or a[key]
        out.append(Change(key=key, zh=label.zh, en=label.en,
                          before=a[key].value if key in a else 0.0,
                          after=b[key].value if key in b else 0.0))
    return sorted(out, key=lambda c: -abs(c.delta))


def grid_effects(inv: Inventory, before: int, after: int) -> list[GridEffect]:
    """Δ = (MWh₁ − MWh₀)·f₀ + MWh₁·(f₁ − f₀) per grid region (location-based)."""
    mwh: dict[tuple[str, int], float] = defaultdict(float)
    co2: dict[tuple[str, int], float] = defaultdict(float)
    for line in inv.lines:
        if line.kind == "electricity" and line.year in (before, after):
            mwh[line.source_id, line.year] += convert(line.activity, line.activity_unit, "MWh")
            co2[line.source_id, line.year] += line.co2e_t
    out = []
    for region in sorted({r for r, _ in mwh}):
        m0, m1 = mwh.get((region, before), 0.0), mwh.get((region, after), 0.0)
        if not (m0 and m1):
            continue
        f0, f1 = co2[region, before] / m0, co2[region, after] / m1
        out.append(GridEffect(region=region, activity_effect=(m1 - m0) * f0,
                              factor_effect=m1 * (f1 - f0)))
    return out


def recommendations(inv: Inventory, method: Scope2Method = "location") -> list[Note]:
    """Short, rule-based suggestions; each names the evidence that triggered it."""
    totals = year_totals(inv)
    if not totals:
        return []
    last = totals[-1]
    sources = breakdown(inv, last.year, "source", method)
    s12 = last.scope12(method) or 1.0
    kinds = {line.kind for line in inv.lines if line.year == last.year}
    ids = {line.source_id for line in inv.lines if line.year == last.year}
    elec = sum(s.value for s in sources if s.key.startswith("2:electricity"))
    out: list[Note] = []
    if elec / s12 > 0.3:
        out.append(Note(zh=f"外购电力占范围一、二排放的 {elec / s12:.0%}：可增加绿电交易、绿证或"
                           "分布式光伏，并开展节电改造。",
                        en=f"Purchased electricity is {elec / s12:.0%} of scope 1+2: consider "
                           "green-power contracts, certificates or on-site solar, and "
                           "power-saving retrofits."))
    if ids & {"raw_coal", "power_coal"}:
        out.append(Note(zh="燃煤是主要排放源：持续降低供电煤耗，按月实测入炉煤低位发热量和元素"
                           "碳含量，以实测值替代缺省值。",
                        en="Coal is a main source: keep lowering coal consumption per kWh and "
                           "measure NCV and carbon content monthly to replace defaults."))
    if "natural_gas" in ids:
        out.append(Note(zh="天然气用于供热：评估热泵、余热回收与电气化替代的可行性。",
                        en="Natural gas for heat: assess heat pumps, waste-heat recovery and "
                           "electrification."))
    if "fugitive" in kinds:
        out.append(Note(zh="存在含氟气体逸散：加强检漏与回收，选用低 GWP 替代品。",
                        en="Fluorinated gases leak: tighten leak detection and recovery, and "
                           "switch to low-GWP alternatives."))
    if not last.has_scope3:
        out.append(Note(zh="尚未核算范围三：先对外购商品、运输、差旅与通勤等类别做筛查。",
                        en="Scope 3 is not yet accounted: screen purchased goods, transport, "
                           "business travel and commuting first."))
    elif last.scope3 / (last.total(method) or 1.0) >= 0.4:
        out.append(Note(zh="范围三占排放总量 40% 以上：需要设定范围三目标，并推动供应商减排。",
                        en="Scope 3 is 40% or more of the total: a scope 3 target is needed; "
                           "engage suppliers on their emissions."))
    if len(totals) < 3:
        out.append(Note(zh="历史数据不足三年：补充核算以披露三年及以上的历史排放。",
                        en="Fewer than three years: complete the history to disclose three or "
                           "more years."))
    if any(line.notes for line in inv.lines):
        out.append(Note(zh="部分年份使用了替代年份的电网因子：待主管部门发布后用 --factors 更新。",
                        en="Some years use a grid factor of another year: update it with "
                           "--factors once MEE/NBS publish it."))
    if not inv.entity.verification:
        out.append(Note(zh="建议开展第三方核查或鉴证，提高数据可信度。",
                        en="Have the inventory verified or assured by a third party."))
    if last.output is None:
        out.append(Note(zh="填写产量或营业收入，以计算并披露排放强度。",
                        en="Add output or revenue to compute and disclose intensity."))
    return out


def analyse(inv: Inventory, method: Scope2Method = "location") -> Analysis:
    """Changes between the last two years with data, and recommendations."""
    years = inv.years
    result = Analysis(year=years[-1] if years else 0, recommendations=recommendations(inv, method))
    if len(years) < 2:
        return result
    before, after = years[-2], years[-1]
    totals = {t.year: t for t in year_totals(inv)}
    result.previous = before
    result.total_before = totals[before].total(method)
    result.total_after = totals[after].total(method)
    result.changes = source_changes(inv, before, after, method)
    result.grid_effects = grid_effects(inv, before, after)
    return result
