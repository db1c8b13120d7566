"""From inventory to rating: the disclosure points an inventory (and a checked target) fills.

This is where `ghg` meets the rating pipeline. A point is rated like an analyst would rate a
disclosure that publishes these results: 1 disclosed with numbers, 0.5 partly, 0 absent.
A 0 means "the inventory does not support it yet" and its reason says what is missing; when
combining with a company's rating, take the higher of the two ratings per point.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, field_validator

from cnsr.ghg.model import Inventory
from cnsr.ghg.summary import breakdown, year_totals
from cnsr.ghg.targets import TargetCheck

if TYPE_CHECKING:
    from cnsr.ghg.roadmap import Roadmap

Rating = float  # one of RATINGS
RATINGS = (0.0, 0.5, 1.0)


class PointFill(BaseModel):
    """A disclosure point's rating as the inventory supports it, with a bilingual reason."""

    model_config = ConfigDict(frozen=True)

    point: str
    rating: Rating
    zh: str
    en: str

    @field_validator("rating")
    @classmethod
    def _allowed(cls, value: float) -> float:
        if value not in RATINGS:
            raise ValueError(f"rating must be one of {RATINGS}")
        return value

    def reason(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


def _fill(out: dict[str, PointFill], point: str, rating: Rating, zh: str, en: str) -> None:
    out[point] = PointFill(point=point, rating=rating, zh=zh, en=en)


def _emission_points(inv: Inventory, out: dict[str, PointFill]) -> None:
    totals = year_totals(inv)
    last = totals[-1]
    y = last.year
    scopes = {line.scope for line in inv.lines if line.year == y}
    _fill(out, "I11.1", 1 if 1 in scopes else 0,
          f"{y} 年范围一排放 {last.scope1:,.0f} tCO2e" if 1 in scopes else "未核算范围一排放",
          f"scope 1 {y}: {last.scope1:,.0f} tCO2e" if 1 in scopes else "no scope 1 computed")
    _fill(out, "I11.2", 1 if 2 in scopes else 0,
          f"{y} 年范围二排放 {last.scope2_location:,.0f}（位置法）/ {last.scope2_market:,.0f}"
          "（市场法）tCO2e" if 2 in scopes else "未核算范围二排放",
          f"scope 2 {y}: {last.scope2_location:,.0f} location / {last.scope2_market:,.0f} "
          "market tCO2e" if 2 in scopes else "no scope 2 computed")
    cats = sorted({line.source_id for line in inv.lines if line.scope == 3 and line.year == y})
    _fill(out, "I11.3", 1 if cats else 0,
          f"范围三 {last.scope3:,.0f} tCO2e（{', '.join(cats)}）" if cats else "未核算范围三，请补充价值链数据",
          f"scope 3 {last.scope3:,.0f} tCO2e ({', '.join(cats)})" if cats
          else "no scope 3 computed; add value-chain data")
    intensity = last.intensity_output() is not None or last.intensity_revenue() is not None
    _fill(out, "I11.4", 1 if intensity else 0.5,
          "排放总量与排放强度均已计算" if intensity else "已有排放总量，缺少产量或营收，无法计算强度",
          "total and intensity computed" if intensity
          else "total computed; no output or revenue for an intensity")
    n = len(totals)
    _fill(out, "I11.5", 1 if n >= 3 else (0.5 if n == 2 else 0),
          f"历史排放 {n} 年（{totals[0].year}–{y}）", f"{n} years of history ({totals[0].year}–{y})")
    gases = breakdown(inv, y, "gas", scopes=(1, 2))
    sources = breakdown(inv, y, "source")
    _fill(out, "I11.6", 1 if gases and sources else 0,
          f"按 {len(gases)} 种气体、{len(sources)} 个排放源及厂区细分",
          f"broken down by {len(gases)} gases, {len(sources)} sources and by site")


def _method_points(inv: Inventory, out: dict[str, PointFill]) -> None:
    e = inv.entity
    sites = sorted({line.site for line in inv.lines if line.site})
    _fill(out, "I12.1", 1 if e.boundary else (0.5 if sites else 0),
          f"组织边界：{e.boundary}" if e.boundary else f"仅列出厂区：{', '.join(sites) or '无'}",
          f"boundary: {e.boundary}" if e.boundary else f"sites listed only: {', '.join(sites)}")
    _fill(out, "I12.2", 1,
          "按 GB/T 32150-2015 与温室气体核算体系公式核算" + (f"（{e.standard}）" if e.standard else ""),
          "computed with GB/T 32150-2015 and GHG Protocol formulas"
          + (f" ({e.standard})" if e.standard else ""))
    flagged = sum(1 for f in inv.factors.values() if f.flag)
    _fill(out, "I12.3", 1,
          f"{len(inv.factors)} 个因子均注明来源和年份（{flagged} 个待确认）",
          f"all {len(inv.factors)} factors carry source and year ({flagged} flagged)")
    with_source = sum(1 for line in inv.lines if line.data_source)
    share = with_source / len(inv.lines)
    _fill(out, "I12.4", 1 if share == 1 else (0.5 if share > 0 else 0),
          f"{share:.0%} 的活动数据注明了数据来源", f"{share:.0%} of activity rows name a data source")
    _fill(out, "I12.5", 1 if e.verification else 0,
          f"第三方核查：{e.verification}" if e.verification else "未填写第三方核查信息",
          f"verification: {e.verification}" if e.verification else "no third-party verification")


def _energy_points(inv: Inventory, out: dict[str, PointFill]) -> None:
    last = year_totals(inv)[-1]
    if last.energy_tce > 0:
        _fill(out, "I03.1", 1, f"{last.year} 年综合能耗 {last.energy_tce:,.0f} tce",
              f"total energy {last.year}: {last.energy_tce:,.0f} tce")
        carriers = breakdown(inv, last.year, "energy")
        _fill(out, "I03.2", 1, f"分 {len(carriers)} 个能源品种统计",
              f"energy by {len(carriers)} carriers")
        if last.output:
            per = last.energy_tce / last.output
            _fill(out, "I03.3", 1, f"单位产量能耗 {per:.4g} tce/{last.output_unit}",
                  f"energy intensity {per:.4g} tce per {last.output_unit}")
    green = sum(line.green_mwh for line in inv.lines if line.year == last.year)
    if green > 0:
        _fill(out, "I14.3", 1, f"绿电与绿证 {green:,.0f} MWh", f"green power and certificates "
              f"{green:,.0f} MWh")


def _target_points(check: TargetCheck, out: dict[str, PointFill]) -> None:
    tgt = check.target
    _fill(out, "I06.2", 1, f"基准年 {tgt.base_year}，目标年 {tgt.target_year}",
          f"base year {tgt.base_year}, target year {tgt.target_year}")
    items = "; ".join(f"S{'+'.join(map(str, i.scopes))} −{i.reduction_pct:g}% ({i.type})"
                      for i in tgt.targets)
    _fill(out, "I06.3", 1, f"量化目标：{items}", f"quantified targets: {items}")
    failed = [r.id for r in check.rules if r.status == "fail"]
    if not failed and tgt.sbti_validated:
        _fill(out, "I06.4", 1, "目标边界符合要求，并经 SBTi 验证", "boundary meets the criteria; "
              "validated by SBTi")
    elif not failed:
        _fill(out, "I06.4", 0.5, "目标边界与力度符合 SBTi 标准（自评，未经验证）",
              "boundary and ambition meet the SBTi criteria (self-check, not validated)")
    else:
        _fill(out, "I06.4", 0.5, f"已说明目标边界，但未通过：{', '.join(failed)}",
              f"boundary stated but fails: {', '.join(failed)}")


CATEGORY_POINTS = {"energy": ("I08.2", "能源结构调整", "energy-structure"),
                   "efficiency": ("I08.3", "工艺与设备改造", "process and equipment"),
                   "operations": ("I08.4", "运营与办公减碳", "operations and offices"),
                   "supply_chain": ("I08.5", "供应链减碳", "supply-chain"),
                   "removal": ("I08.6", "负碳措施", "negative-carbon")}


def roadmap_points(rm: Roadmap) -> dict[str, PointFill]:
    """Points a published roadmap earns: I08 for the plan and its quantified chosen measures,
    and half of I08.6 / I14.2 / I14.3 for compensation volumes that are planned, not yet bought."""
    out: dict[str, PointFill] = {}
    first, last = rm.last_year + 1, rm.target.target_year
    chosen = rm.chosen
    _fill(out, "I08.1", 1, f"减排路线图：{len(rm.measures)} 项候选措施、{len(chosen)} 项入选，"
          f"{first}–{last} 年逐年路径", f"roadmap: {len(rm.measures)} measures, {len(chosen)} "
          f"chosen, a pathway for every year {first}–{last}")
    for category, (point, zh, en) in CATEGORY_POINTS.items():
        mine = [m for m in chosen if m.measure.category == category
                or (category == "supply_chain" and m.scope == 3)]
        if mine:
            tonnes = sum(m.at_target for m in mine)
            ids = ", ".join(m.measure.id for m in mine)
            _fill(out, point, 1, f"{zh}措施 {ids}：{last} 年减排 {tonnes:,.0f} tCO2e",
                  f"{en} measures {ids}: {tonnes:,.0f} tCO2e abated in {last}")
    planned = {c.instrument: c for c in rm.compensation if c.volume}
    if "gec" in planned:
        _fill(out, "I14.3", 0.5, f"计划绿证/绿电 {planned['gec'].volume:,.0f} MWh（尚未购买）",
              f"planned certificates / green power {planned['gec'].volume:,.0f} MWh (not bought)")
    credits = [c for c in rm.compensation if c.volume and c.purpose in ("voluntary",
                                                                        "ets_compliance")]
    if credits:
        volume = max(c.volume or 0.0 for c in credits)
        _fill(out, "I14.2", 0.5, f"计划使用碳信用抵销剩余排放约 {volume:,.0f} t（尚未购买）",
              f"planned credits for about {volume:,.0f} t of residual emissions (not bought)")
        if "I08.6" not in out:
            _fill(out, "I08.6", 0.5, "已量化剩余排放的抵销与中和方案", "offset and neutralisation "
                  "plan for the residual emissions, quantified")
    return out


def fill_points(inv: Inventory, check: TargetCheck | None = None,
                roadmap: Roadmap | None = None) -> dict[str, PointFill]:
    """Disclosure point id → PointFill for everything the inventory (and target, roadmap)
    supports."""
    out: dict[str, PointFill] = {}
    if not inv.lines:
        return out
    _energy_points(inv, out)
    _emission_points(inv, out)
    _method_points(inv, out)
    if check is not None:
        _target_points(check, out)
    if roadmap is not None:
        for point, fill in roadmap_points(roadmap).items():
            if point not in out or out[point].rating < fill.rating:
                out[point] = fill
    return dict(sorted(out.items()))
