"""What is left after the measures, and which instrument can serve which purpose, at what cost.

Rules and prices are data (`data/factors/roadmap.yaml`), each with source, date and flag. The
plan never lets a credit close the gap to a science-based target: credits serve claims and
compliance, green certificates and green power serve market-based scope 2 only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from cnsr.errors import DataError
from cnsr.ghg.targets import _load_yaml, _validated

Purpose = Literal["scope2_market", "ets_compliance", "voluntary", "neutralisation"]


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    discount_rate: float = Field(ge=0, lt=1)
    default_lifetime: int = Field(ge=1)
    source: str
    flag: str = ""


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    value: float
    zh: str
    en: str
    source: str = Field(min_length=1)
    date: str = Field(min_length=4)
    flag: str = ""

    def text(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class Instrument(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    zh: str
    en: str
    purposes: list[Purpose] = Field(min_length=1)
    unit: Literal["MWh", "tCO2e"]
    currency: Literal["CNY", "USD"]
    price_low: float | None = Field(default=None, ge=0)
    price_high: float | None = Field(default=None, ge=0)
    price_source: str = ""
    price_date: str = ""
    flag: str = ""

    def name(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class Fx(BaseModel):
    model_config = ConfigDict(extra="forbid")

    cny_per_usd: float = Field(gt=0)
    source: str
    flag: str = ""


class RoadmapData(BaseModel):
    """Everything in roadmap.yaml."""

    model_config = ConfigDict(extra="forbid")

    settings: Settings
    rules: list[Rule]
    instruments: list[Instrument]
    fx: Fx

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise DataError(f"roadmap data: rule '{rule_id}' is missing")

    def instrument(self, instrument_id: str) -> Instrument | None:
        return next((i for i in self.instruments if i.id == instrument_id), None)


def load_roadmap_data(path: Path | None = None) -> RoadmapData:
    data = _load_yaml(path, "roadmap.yaml")
    return _validated(RoadmapData, data, str(path or "factors/roadmap.yaml"), DataError)


class PlanLine(BaseModel):
    """One use of one instrument: purpose, volume and the cost range in CNY."""

    instrument: str
    zh: str
    en: str
    purpose: Purpose
    volume: float | None = Field(description="MWh or tCO2e; None when it depends on data we lack")
    unit: str
    cost_low: float | None = None
    cost_high: float | None = None
    note_zh: str = ""
    note_en: str = ""
    rule: str = Field(default="", description="id of the rule in roadmap.yaml that applies")
    source: str = Field(default="", description="price source")
    date: str = ""
    flag: str = ""

    def name(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en

    def note(self, lang: str) -> str:
        return self.note_zh if lang == "zh" else self.note_en


class Residual(BaseModel):
    """Target-year emissions left after the chosen measures, split the way instruments need."""

    total: float = Field(description="covered scopes, tCO2e")
    scope1: float
    electricity_market: float = Field(description="market-based electricity emissions, tCO2e")
    electricity_mwh: float = Field(description="purchased MWh still carrying a factor")
    base: float = Field(description="base-year covered emissions, for the net-zero 10% check")
    shortfall: float = Field(description="tCO2e above the target line in the target year")


def _cost(inst: Instrument, volume: float, fx: Fx) -> tuple[float | None, float | None]:
    rate = fx.cny_per_usd if inst.currency == "USD" else 1.0
    low = volume * inst.price_low * rate if inst.price_low is not None else None
    high = volume * inst.price_high * rate if inst.price_high is not None else None
    return low, high


def _line(inst: Instrument | None, purpose: Purpose, volume: float | None, data: RoadmapData,
          zh: str, en: str, rule: Rule | None = None) -> PlanLine | None:
    if inst is None:
        return None
    low, high = _cost(inst, volume, data.fx) if volume is not None else (None, None)
    flags = [f for f in (inst.flag, data.fx.flag if inst.currency == "USD" else "") if f]
    return PlanLine(instrument=inst.id, zh=inst.zh, en=inst.en, purpose=purpose, volume=volume,
                    unit=inst.unit, cost_low=low, cost_high=high, note_zh=zh, note_en=en,
                    rule=rule.id if rule else "", source=inst.price_source,
                    date=inst.price_date, flag="; ".join(flags))


def plan(residual: Residual, data: RoadmapData, ets_covered: bool = False) -> list[PlanLine]:
    """Instrument by purpose for the residual: scope 2 certificates, ETS offsets within the cap,
    credits for a voluntary neutrality claim, removals for net-zero neutralisation."""
    out: list[PlanLine | None] = []
    s2 = data.rule("scope2_instruments")
    mwh = residual.electricity_mwh
    for inst_id in ("gec", "green_power"):
        out.append(_line(data.instrument(inst_id), "scope2_market", mwh, data,
                         f"覆盖剩余外购电量 {mwh:,.0f} MWh，市场法电力排放 "
                         f"{residual.electricity_market:,.0f} t 降至 0",
                         f"covers the {mwh:,.0f} MWh still bought: market-based electricity "
                         f"emissions of {residual.electricity_market:,.0f} t go to 0", s2))
    cap = data.rule("ccer_cap")
    ccer_volume = cap.value * residual.scope1 if ets_covered else None
    out.append(_line(
        data.instrument("ccer"), "ets_compliance", ccer_volume, data,
        f"上限为应清缴配额的 {cap.value:.0%}（按范围一估算）" if ets_covered
        else "仅适用于纳入全国碳市场的重点排放单位（--ets）",
        f"at most {cap.value:.0%} of allowances due (estimated on scope 1)" if ets_covered
        else "only for units covered by the national ETS (--ets)", cap))
    other = max(residual.total - residual.electricity_market, 0.0)
    sbti = data.rule("sbti_credits")
    for inst_id in ("ccer", "intl_credits"):
        out.append(_line(
            data.instrument(inst_id), "voluntary", other, data,
            f"电力以外的剩余排放 {other:,.0f} t；不计入科学碳目标",
            f"the {other:,.0f} t left besides electricity; does not count toward a "
            "science-based target", sbti))
    share = residual.total / residual.base if residual.base else 0.0
    within = share <= sbti.value + 1e-9
    out.append(_line(
        data.instrument("removals"), "neutralisation", residual.total, data,
        f"剩余排放为基准年的 {share:.1%}（{'不超过' if within else '超过'} {sbti.value:.0%}）",
        f"residual is {share:.1%} of the base year ({'within' if within else 'above'} "
        f"{sbti.value:.0%})", sbti))
    return [line for line in out if line is not None]
