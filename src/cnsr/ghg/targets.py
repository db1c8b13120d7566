"""Check a reduction target against the seed's rules and the SBTi near-term criteria.

Thresholds are data (`data/factors/targets-sbti.yaml`, replaceable). Each rule returns pass,
fail or n/a with a bilingual reason, so a company sees exactly what to change. Coverage and
shares are measured on base-year emissions from the inventory.
"""

from __future__ import annotations

from fractions import Fraction
from importlib import resources
from pathlib import Path
from typing import Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from cnsr.errors import DataError, InputError
from cnsr.ghg.model import Inventory, Scope2Method
from cnsr.ghg.summary import YearTotals, year_totals

Status = Literal["pass", "fail", "n/a"]
M = TypeVar("M", bound=BaseModel)


class Thresholds(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    title_zh: str = ""
    title_en: str = ""
    source: str
    base_year_min: int
    timeframe_min_years: int = Field(ge=0)
    timeframe_max_years: int = Field(ge=0)
    scope12_min_coverage: float = Field(gt=0, le=1)
    scope12_min_annual_reduction: float = Field(gt=0, lt=1)
    scope3_trigger_share: float = Field(gt=0, le=1)
    scope3_min_coverage: float = Field(gt=0, le=1)
    scope3_min_annual_reduction: float = Field(gt=0, lt=1)

    @field_validator("scope3_min_coverage", "scope12_min_coverage", mode="before")
    @classmethod
    def _fraction(cls, value: object) -> object:
        """Allow '2/3' so the seed's rule is kept exactly rather than as 0.67."""
        return float(Fraction(value)) if isinstance(value, str) else value


class TargetItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    scopes: list[Literal[1, 2, 3]] = Field(min_length=1)
    type: Literal["absolute", "intensity"] = "absolute"
    reduction_pct: float = Field(gt=0, le=100)
    coverage_pct: float = Field(default=100, gt=0, le=100)
    output_growth_pct: float | None = Field(
        default=None, description="intensity targets: expected output change base→target year")


class Target(BaseModel):
    """A company target as written in TARGET.yaml."""

    model_config = ConfigDict(extra="forbid")

    name: str = ""
    base_year: int
    target_year: int
    set_year: int | None = None
    scope2_method: Scope2Method = "market"
    targets: list[TargetItem] = Field(min_length=1)
    plan: dict[int, float] = {}
    sbti_validated: bool = False

    @model_validator(mode="after")
    def _order(self) -> Target:
        if self.target_year <= self.base_year:
            raise ValueError("target_year must be after base_year / 目标年须晚于基准年")
        return self


class RuleResult(BaseModel):
    id: str
    status: Status
    zh: str
    en: str

    def text(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class TargetCheck(BaseModel):
    target: Target
    thresholds: Thresholds
    rules: list[RuleResult]
    base: YearTotals
    history: list[YearTotals]

    @property
    def passed(self) -> bool:
        return all(r.status != "fail" for r in self.rules)


def _load_yaml(path: Path | None, default: str) -> object:
    try:
        if path is None:
            text = resources.files("cnsr.data.factors").joinpath(default).read_text("utf-8")
        else:
            text = path.read_text(encoding="utf-8")
        return yaml.safe_load(text)
    except OSError as err:
        raise InputError(f"{path}: cannot read / 无法读取 ({err.strerror})") from err
    except yaml.YAMLError as err:
        raise InputError(f"{path}: not valid YAML / 不是有效的 YAML: {err}") from err


def _validated(model: type[M], data: object, where: str, error: type[Exception]) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "(file)"
        raise error(f"{where}, field '{field}': {first['msg']}") from err


def load_thresholds(path: Path | None = None) -> Thresholds:
    data = _load_yaml(path, "targets-sbti.yaml")
    return _validated(Thresholds, data, str(path or "factors/targets-sbti.yaml"), DataError)


def load_target(path: Path) -> Target:
    return _validated(Target, _load_yaml(path, ""), str(path), InputError)


def annual_rate(item: TargetItem, years: int) -> float | None:
    """Linear annual absolute reduction; intensity items need the expected output change."""
    reduction = item.reduction_pct / 100
    if item.type == "intensity":
        if item.output_growth_pct is None:
            return None
        reduction = 1 - (1 - reduction) * (1 + item.output_growth_pct / 100)
    return reduction / years


def _coverage(target: Target, scope: int) -> float:
    return max((i.coverage_pct / 100 for i in target.targets if scope in i.scopes), default=0.0)


def _rule(id_: str, ok: bool | None, zh: str, en: str) -> RuleResult:
    status: Status = "n/a" if ok is None else ("pass" if ok else "fail")
    return RuleResult(id=id_, status=status, zh=zh, en=en)


def check_target(target: Target, inv: Inventory, rules: Thresholds | None = None) -> TargetCheck:
    """Every rule on one target; base-year emissions come from the inventory."""
    t = rules or load_thresholds()
    history = year_totals(inv)
    base = next((y for y in history if y.year == target.base_year), None)
    if base is None:
        have = ", ".join(str(y.year) for y in history)
        raise InputError(f"base year {target.base_year} is not in the inventory (years: {have}) / "
                         f"盘查数据中没有基准年 {target.base_year} 年的数据")
    m = target.scope2_method
    span = target.target_year - target.base_year
    set_year = target.set_year or history[-1].year
    out = [
        _rule("base_year", target.base_year >= t.base_year_min,
              f"基准年 {target.base_year}，要求不早于 {t.base_year_min} 年",
              f"base year {target.base_year}; must be {t.base_year_min} or later"),
    ]
    frame = target.target_year - set_year
    out.append(_rule(
        "timeframe", t.timeframe_min_years <= frame <= t.timeframe_max_years,
        f"目标期限 {frame} 年（{set_year}→{target.target_year}），近期目标应为 "
        f"{t.timeframe_min_years}–{t.timeframe_max_years} 年",
        f"timeframe {frame} years ({set_year}→{target.target_year}); near-term targets need "
        f"{t.timeframe_min_years}–{t.timeframe_max_years} years"))
    s12 = base.scope12(m)
    cov12 = (_coverage(target, 1) * base.scope1 + _coverage(target, 2) * base.scope2(m)) / s12 \
        if s12 else 0.0
    out.append(_rule(
        "scope12_coverage", cov12 >= t.scope12_min_coverage - 1e-9,
        f"目标覆盖范围一、二排放的 {cov12:.1%}，要求至少 {t.scope12_min_coverage:.0%}",
        f"target covers {cov12:.1%} of scope 1+2; at least {t.scope12_min_coverage:.0%} needed"))
    out += _ambition(target, span, [1, 2], t.scope12_min_annual_reduction, "scope12_ambition",
                     ("1.5°C", "1.5°C"))
    out += _scope3_rules(target, base, m, t, span)
    return TargetCheck(target=target, thresholds=t, rules=out, base=base, history=history)


def _ambition(target: Target, span: int, scopes: list[int], minimum: float, rule_id: str,
              label: tuple[str, str]) -> list[RuleResult]:
    items = [i for i in target.targets if set(i.scopes) & set(scopes)]
    if not items:
        name = "范围三" if scopes == [3] else "范围一、二"
        return [_rule(rule_id, False, f"没有覆盖{name}的目标",
                      f"no target covers scope {'3' if scopes == [3] else '1+2'}")]
    out = []
    for item in items:
        rate = annual_rate(item, span)
        scope_text = "+".join(map(str, item.scopes))
        if rate is None:
            out.append(_rule(rule_id, False,
                             f"范围{scope_text}强度目标未给出产量变化（output_growth_pct），无法判断绝对减排",
                             f"scope {scope_text} intensity target gives no output_growth_pct; "
                             "the absolute reduction cannot be checked"))
            continue
        out.append(_rule(
            rule_id, rate >= minimum - 1e-9,
            f"范围{scope_text}年均线性减排 {rate:.2%}，{label[0]} 要求至少 {minimum:.1%}/年",
            f"scope {scope_text}: {rate:.2%} per year linear reduction; {label[1]} needs at least "
            f"{minimum:.1%} per year"))
    return out


def _scope3_rules(target: Target, base: YearTotals, m: Scope2Method, t: Thresholds,
                  span: int) -> list[RuleResult]:
    has_item = any(3 in i.scopes for i in target.targets)
    if not base.has_scope3:
        return [_rule("scope3_required", False,
                      f"盘查数据缺少 {base.year} 年范围三排放，无法判断是否需要范围三目标",
                      f"no scope 3 emissions for {base.year} in the inventory; whether a scope 3 "
                      "target is needed cannot be judged")]
    share = base.scope3 / base.total(m) if base.total(m) else 0.0
    needed = share >= t.scope3_trigger_share - 1e-12
    out = [_rule(
        "scope3_required", has_item or not needed,
        f"范围三占排放总量 {share:.1%}（阈值 {t.scope3_trigger_share:.0%}）："
        + ("需要范围三目标" if needed else "不强制要求范围三目标")
        + ("，已设定" if has_item else ("，但未设定" if needed else "")),
        f"scope 3 is {share:.1%} of the total (threshold {t.scope3_trigger_share:.0%}): "
        + ("a scope 3 target is required" if needed else "no scope 3 target required")
        + ("; one is set" if has_item else ("; none is set" if needed else "")))]
    if has_item:
        cov3 = _coverage(target, 3)
        out.append(_rule(
            "scope3_coverage", cov3 >= t.scope3_min_coverage - 1e-9 if needed else None,
            f"范围三目标覆盖 {cov3:.1%}，要求至少 {t.scope3_min_coverage:.1%}",
            f"scope 3 target covers {cov3:.1%}; at least {t.scope3_min_coverage:.1%} needed"))
        out += _ambition(target, span, [3], t.scope3_min_annual_reduction, "scope3_ambition",
                         ("远低于2°C", "well-below 2°C"))
    return out


def required_path(check: TargetCheck, scope: Literal["12", "3"] = "12") -> dict[int, float]:
    """Emissions allowed each year from base to target year on the minimum linear path."""
    tgt, t, base = check.target, check.thresholds, check.base
    start = base.scope12(tgt.scope2_method) if scope == "12" else base.scope3
    rate = t.scope12_min_annual_reduction if scope == "12" else t.scope3_min_annual_reduction
    return {y: start * max(0.0, 1 - rate * (y - tgt.base_year))
            for y in range(tgt.base_year, tgt.target_year + 1)}


def planned_path(check: TargetCheck) -> dict[int, float]:
    """The company's scope 1+2 plan: its own points, else a straight line to the target."""
    tgt = check.target
    if tgt.plan:
        return dict(sorted(tgt.plan.items()))
    item = next((i for i in tgt.targets if {1, 2} & set(i.scopes)), None)
    start = check.base.scope12(tgt.scope2_method)
    if item is None:
        return {}
    rate = annual_rate(item, tgt.target_year - tgt.base_year) or 0.0
    return {y: start * (1 - rate * (y - tgt.base_year))
            for y in range(tgt.base_year, tgt.target_year + 1)}
