"""The reduction roadmap: BAU, measures year by year, MACC, cheapest set, gap and residual.

Future years are inventories of projected activity (the last year's rows grown by the BAU
rate), computed by `compute_inventory` with the same options and factor library, so every
abatement uses the inventory's own factors — a grid factor added for a future year (with
`--factors`) changes both the BAU line and what a green-power or efficiency measure saves.
Costs are annualised (capex × capital recovery factor + opex) so the MACC, the optimiser and
the report speak of the same CNY per year.
"""

from __future__ import annotations

from itertools import combinations

from pydantic import BaseModel, Field

from cnsr.errors import InputError, SheetError
from cnsr.ghg.activity import ActivityData
from cnsr.ghg.compensation import PlanLine, Residual, RoadmapData, Rule, plan
from cnsr.ghg.inventory import compute_inventory
from cnsr.ghg.library import FactorLibrary
from cnsr.ghg.measures import Measure
from cnsr.ghg.model import EmissionLine, Inventory, Note, Scope2Method
from cnsr.ghg.optimise import cheapest_set, greedy_set
from cnsr.ghg.targets import Target, annual_rate
from cnsr.ghg.units import convert

KINDS: dict[str, tuple[str, ...]] = {
    "fuel": ("fuel",), "process": ("process", "fugitive"), "fugitive": ("process", "fugitive"),
    "electricity": ("electricity",), "heat": ("heat",), "scope3": ("scope3",),
}
SCOPE_OF = {"fuel": 1, "process": 1, "fugitive": 1, "electricity": 2, "heat": 2, "scope3": 3}


class Source(BaseModel):
    """What a measure acts on: line kinds, an optional source id and site."""

    kinds: tuple[str, ...]
    source_id: str = ""
    site: str = ""
    scope: int

    def matches(self, line: EmissionLine) -> bool:
        return (line.kind in self.kinds and not line.biogenic
                and (not self.source_id or line.source_id == self.source_id)
                and (not self.site or line.site == self.site))

    def overlaps(self, other: Source) -> bool:
        return (bool(set(self.kinds) & set(other.kinds))
                and (not self.source_id or not other.source_id
                     or self.source_id == other.source_id)
                and (not self.site or not other.site or self.site == other.site))


class MeasureResult(BaseModel):
    measure: Measure
    scope: int
    abatement: dict[int, float] = Field(description="tCO2e by year, ramp and lifetime applied")
    full: float = Field(description="tCO2e/yr at full effect, target year (MACC width)")
    at_target: float = Field(description="tCO2e counted in the target year")
    annual_cost: float = Field(description="CNY per year, annualised")
    cost_per_t: float
    chosen: bool = False
    greedy: bool = False


class YearRow(BaseModel):
    year: int
    history: bool
    bau: float
    target: float | None
    pathway: float
    gap: float | None
    by_measure: dict[str, float] = {}


class Roadmap(BaseModel):
    entity: str
    target: Target
    method: Scope2Method
    scopes: list[int]
    growth_pct: float
    last_year: int
    years: list[YearRow]
    measures: list[MeasureResult] = Field(description="MACC order: cheapest per tonne first")
    required: float = Field(description="abatement needed in the target year, tCO2e")
    achieved: float
    reached: bool
    shortfall: float
    residual: Residual
    cost: float = Field(description="annual cost of the chosen set, CNY/yr")
    greedy_cost: float
    greedy_reached: bool
    compensation: list[PlanLine]
    rules: list[Rule] = Field(description="the compensation rules applied, with sources")
    notes: list[Note] = []

    @property
    def chosen(self) -> list[MeasureResult]:
        return [m for m in self.measures if m.chosen]

    def row(self, year: int) -> YearRow:
        return next(r for r in self.years if r.year == year)


def crf(rate: float, years: int) -> float:
    """Capital recovery factor: the annual payment that repays 1 over `years` at `rate`."""
    if rate == 0:
        return 1.0 / years
    return rate * (1 + rate) ** years / ((1 + rate) ** years - 1)


def project(data: ActivityData, year: int, growth: float) -> ActivityData:
    """The last year's activity rows moved to `year`, quantities grown by (1+growth)^n."""
    last = data.years[-1]
    k = (1 + growth) ** (year - last)

    def grown(rows: list, fields: tuple[str, ...]) -> list:
        return [r.model_copy(update={"year": year, **{f: getattr(r, f) * k for f in fields
                                                      if getattr(r, f) is not None}})
                for r in rows if r.year == last]

    return data.model_copy(update={
        "output": grown(data.output, ("output", "revenue")),
        "fuels": grown(data.fuels, ("quantity",)),
        "process": grown(data.process, ("quantity",)),
        "electricity": grown(data.electricity, ("quantity", "green_power", "green_certificates")),
        "heat": grown(data.heat, ("quantity",)),
        "scope3": grown(data.scope3, ("quantity",)),
    })


def _err(m: Measure, column: str, message: str) -> SheetError:
    return SheetError(f"measure {m.id}: {message}", sheet="measures", row=m.row, column=column)


def resolve(m: Measure, lib: FactorLibrary) -> Source:
    """'fuel:天然气', 'electricity:江苏', 'heat:steam', 'fugitive:HFC-134a', 'scope3:1' → Source."""
    kind, _, name = m.source.replace("：", ":").partition(":")
    kind, name = kind.strip().lower(), name.strip()
    if kind not in KINDS:
        raise _err(m, "source", f"unknown source kind '{kind}'; use one of {', '.join(KINDS)} "
                                "/ 未知排放源类型")
    try:
        if not name:
            source_id = ""
        elif kind == "fuel":
            source_id = lib.fuel(name).id
        elif kind == "electricity":
            source_id = lib.region(name).id
        elif kind == "heat":
            source_id = lib.heat(name).id
        elif kind == "scope3":
            source_id = "C" + name.upper().removeprefix("C")
        else:
            material = lib.material(name)
            source_id = material.id if material else lib.gwp(name, "AR5")[0]
    except InputError as err:
        raise _err(m, "source", str(err)) from None
    return Source(kinds=KINDS[kind], source_id=source_id, site=m.site, scope=SCOPE_OF[kind])


def _mwh(line: EmissionLine) -> float:
    return convert(line.activity, line.activity_unit, "MWh")


def full_abatement(m: Measure, src: Source, lines: list[EmissionLine],
                   method: Scope2Method) -> tuple[float, float]:
    """(tCO2e at full effect, the source's tCO2e) for one year's lines."""
    mine = [ln for ln in lines if src.matches(ln)]
    total = sum(ln.co2e(method) for ln in mine)
    if m.mode == "absolute":
        return (convert(m.amount, m.unit, "tCO2e") if m.unit else m.amount), total
    if m.mode == "share":
        return m.amount * total, total
    electricity = all(ln.kind == "electricity" for ln in mine)
    if m.mode == "green_power" and not electricity:
        raise _err(m, "mode", "green_power applies to electricity sources only / 绿电仅适用于外购电力")
    try:
        amount = convert(m.amount, m.unit, "MWh") if electricity else m.amount
        if electricity:
            green = sum(ln.green_mwh for ln in mine) if method == "market" else 0.0
            if m.mode == "green_power" and method == "location":
                return 0.0, total  # contracts do not change the location-based figure
            carrying = sum(_mwh(ln) for ln in mine) - green
        else:
            carrying = sum(convert(ln.activity, ln.activity_unit, m.unit) for ln in mine)
    except InputError as err:
        raise _err(m, "unit", str(err)) from None
    return (amount * total / carrying if carrying > 0 else 0.0), total


def _fraction(m: Measure, year: int) -> float:
    if year < m.start_year or (m.lifetime and year >= m.start_year + m.lifetime):
        return 0.0
    return min(1.0, (year - m.start_year + 1) / m.ramp_years)


def target_line(target: Target, base: dict[int, float]) -> dict[int, float]:
    """Allowed covered emissions each year, base to target year: each item on a straight line.

    `base` holds base-year emissions by scope; a coverage below 100% reduces only that share.
    """
    span = target.target_year - target.base_year
    out = {y: 0.0 for y in range(target.base_year, target.target_year + 1)}
    for item in target.targets:
        rate = annual_rate(item, span)
        if rate is None:
            raise InputError("an intensity target needs output_growth_pct for a roadmap / "
                             "强度目标须给出 output_growth_pct")
        start = sum(base.get(s, 0.0) for s in item.scopes)
        for y in out:
            out[y] += start * (1 - rate * (y - target.base_year) * item.coverage_pct / 100)
    return out


def _covered(lines: list[EmissionLine], scopes: list[int], method: Scope2Method) -> float:
    return sum(ln.co2e(method) for ln in lines if ln.scope in scopes and not ln.biogenic)


def _by_scope(lines: list[EmissionLine], method: Scope2Method) -> dict[int, float]:
    out: dict[int, float] = {}
    for ln in lines:
        if not ln.biogenic:
            out[ln.scope] = out.get(ln.scope, 0.0) + ln.co2e(method)
    return out


def build_roadmap(data: ActivityData, inv: Inventory, lib: FactorLibrary, target: Target,
                  measures: list[Measure], settings: RoadmapData, growth_pct: float = 0.0,
                  ets_covered: bool = False) -> Roadmap:
    """Everything `cnsr ghg roadmap` reports, for one inventory, target and list of measures."""
    method = target.scope2_method
    scopes: list[int] = sorted({int(s) for item in target.targets for s in item.scopes})
    last = inv.years[-1]
    if target.base_year not in inv.years:
        raise InputError(f"base year {target.base_year} is not in the inventory / 基准年不在盘查数据中")
    if target.target_year <= last:
        raise InputError(f"target year {target.target_year} is not after the last inventory year "
                         f"{last} / 目标年须晚于最后盘查年份")
    options = inv.options.model_copy(update={"year_policy": "nearest"})
    future = range(last + 1, target.target_year + 1)
    lines = {y: [ln for ln in inv.lines if ln.year == y] for y in inv.years}
    for y in future:
        lines[y] = compute_inventory(project(data, y, growth_pct / 100), lib, options).lines
    notes: list[Note] = []
    results = _measures(measures, lines, lib, scopes, method, list(future), settings, notes)
    base = _by_scope(lines[target.base_year], method)
    allowed = target_line(target, base)
    bau_t = _covered(lines[target.target_year], scopes, method)
    required = bau_t - allowed[target.target_year]
    index = {r.measure.id: i for i, r in enumerate(results)}
    pairs = sorted({(min(index[r.measure.id], index[o]), max(index[r.measure.id], index[o]))
                    for r in results for o in r.measure.excluded if o in index})
    costs, gains = [r.annual_cost for r in results], [r.at_target for r in results]
    chosen, reached = cheapest_set(costs, gains, required, pairs)
    greedy = greedy_set(costs, gains, required, pairs)
    for r, c, g in zip(results, chosen, greedy, strict=True):
        r.chosen, r.greedy = c, g
    achieved = sum(r.at_target for r in results if r.chosen)
    years = []
    for y in sorted(lines):
        bau = _covered(lines[y], scopes, method)
        by = {r.measure.id: r.abatement.get(y, 0.0) for r in results if r.chosen}
        path = bau - sum(by.values())
        tgt = allowed.get(y)
        years.append(YearRow(year=y, history=y <= last, bau=bau, target=tgt, pathway=path,
                             gap=max(path - tgt, 0.0) if tgt is not None and y > last else None,
                             by_measure={k: v for k, v in by.items() if v}))
    final = years[-1]
    residual = _residual(lines[target.target_year], results, method, scopes,
                         final.pathway, sum(base.get(s, 0.0) for s in scopes), final.gap or 0.0)
    ranked = sorted(results, key=lambda r: (r.cost_per_t, r.measure.row))
    return Roadmap(
        entity=inv.entity.name or inv.origin, target=target, method=method, scopes=scopes,
        growth_pct=growth_pct, last_year=last, years=years, measures=ranked,
        required=required, achieved=achieved, reached=reached,
        shortfall=max(required - achieved, 0.0), residual=residual,
        cost=sum(r.annual_cost for r in results if r.chosen),
        greedy_cost=sum(r.annual_cost for r in results if r.greedy),
        greedy_reached=sum(r.at_target for r in results if r.greedy) >= required - 1e-6,
        compensation=plan(residual, settings, ets_covered), rules=settings.rules, notes=notes)


def _measures(measures: list[Measure], lines: dict[int, list[EmissionLine]], lib: FactorLibrary,
              scopes: list[int], method: Scope2Method, future: list[int],
              settings: RoadmapData, notes: list[Note]) -> list[MeasureResult]:
    first, end = future[0], future[-1]
    sources: dict[str, Source] = {}
    results = []
    for m in measures:
        src = resolve(m, lib)
        sources[m.id] = src
        if src.scope not in scopes:
            raise _err(m, "source", f"acts on scope {src.scope}, which the target does not cover "
                                    "/ 该排放源不在目标范围内")
        if not any(src.matches(ln) for ln in lines[first - 1]):
            raise _err(m, "source", f"'{m.source}'{' at ' + m.site if m.site else ''} has no "
                                    f"emissions in {first - 1} / 该排放源在最后盘查年份无排放")
        if not first <= m.start_year <= end:
            raise _err(m, "start_year", f"start year {m.start_year} is outside the roadmap "
                                        f"horizon {first}–{end} / 开始年份超出路线图期限")
        abatement, full_t = {}, 0.0
        for y in future:
            full, total = full_abatement(m, src, lines[y], method)
            f = _fraction(m, y)
            if f and full > total + 1e-6:
                raise _err(m, "amount", f"abates {full:,.0f} t in {y}, more than the source's "
                                        f"{total:,.0f} t / 减排量超过该排放源排放量")
            abatement[y] = full * f
            if f:
                full_t = full
        if full_t <= 0 and m.mode == "green_power" and method == "location":
            notes.append(Note(
                zh=f"措施 {m.id}（第 {m.row} 行）为绿电/绿证，位置法目标下不减少排放，未参与优化",
                en=f"measure {m.id} (row {m.row}) is green power: it does not lower "
                   "location-based emissions, so the target cannot use it"))
            continue
        if full_t <= 0:
            raise _err(m, "amount", "abates nothing within the horizon / 期限内无减排量")
        results.append(MeasureResult(measure=m, scope=src.scope, abatement=abatement,
                                     full=full_t, at_target=abatement[end],
                                     annual_cost=0.0, cost_per_t=0.0))
    _check_overlaps(results, sources, lines[end], method)
    for r in results:
        m = r.measure
        if m.cost_per_t is not None:
            r.annual_cost = m.cost_per_t * r.full
        else:
            life = m.lifetime or settings.settings.default_lifetime
            r.annual_cost = ((m.capex or 0.0) * crf(settings.settings.discount_rate, life)
                             + (m.opex or 0.0)) * 1e4
        r.cost_per_t = r.annual_cost / r.full
    return results


def _check_overlaps(results: list[MeasureResult], sources: dict[str, Source],
                    lines: list[EmissionLine], method: Scope2Method) -> None:
    """Two measures on the same source that may both be chosen must fit in it together."""
    for a, b in combinations(results, 2):
        ma, mb = a.measure, b.measure
        if mb.id in ma.excluded or ma.id in mb.excluded:
            continue
        sa, sb = sources[ma.id], sources[mb.id]
        if not sa.overlaps(sb):
            continue
        narrow = sa if sa.source_id and (sa.site or not sb.site) else sb
        room = sum(ln.co2e(method) for ln in lines if narrow.matches(ln))
        if a.full + b.full > room + 1e-6:
            raise SheetError(
                f"measures {ma.id} and {mb.id} (row {ma.row}) act on the same source and together "
                f"abate {a.full + b.full:,.0f} t of its {room:,.0f} t; list one in the other's "
                "'excludes' / 两项措施作用于同一排放源且合计超过其排放量，请设为互斥",
                sheet="measures", row=mb.row, column="excludes")


def _residual(lines: list[EmissionLine], results: list[MeasureResult], method: Scope2Method,
              scopes: list[int], total: float, base: float, shortfall: float) -> Residual:
    year = lines[0].year
    elec = [ln for ln in lines if ln.kind == "electricity" and 2 in scopes]
    cut = sum(r.abatement.get(year, 0.0) for r in results
              if r.chosen and r.scope == 2 and "electricity" in _kinds(r))
    market = max(sum(ln.co2e_market_t for ln in elec) - cut, 0.0) if method == "market" else \
        max(sum(ln.co2e_market_t for ln in elec), 0.0)
    carrying = sum(_mwh(ln) - ln.green_mwh for ln in elec)
    factor = sum(ln.co2e_market_t for ln in elec) / carrying if carrying > 0 else 0.0
    s1 = sum(ln.co2e_t for ln in lines if ln.scope == 1 and not ln.biogenic) - sum(
        r.abatement.get(year, 0.0) for r in results if r.chosen and r.scope == 1)
    return Residual(total=total, scope1=max(s1, 0.0), electricity_market=market,
                    electricity_mwh=market / factor if factor else 0.0, base=base,
                    shortfall=shortfall)


def _kinds(r: MeasureResult) -> tuple[str, ...]:
    return KINDS.get(r.measure.source.replace("：", ":").partition(":")[0].strip().lower(), ())
