"""Reduction measures as validated rows: what a team could do, on which source, at what cost.

Read from the `measures` sheet of the activity workbook (or a workbook / CSV folder of its
own). Only checks a single row can make live here; checks against the inventory (unknown
source, abatement above the source, start years outside the horizon, overlaps) are made when
the roadmap is built, and name the row too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from cnsr.errors import InputError, SheetError
from cnsr.ghg.workbook import _parse_table, read_raw

Mode = Literal["absolute", "share", "activity", "green_power"]
Category = Literal["energy", "efficiency", "operations", "supply_chain", "removal", ""]


class Measure(BaseModel):
    """One candidate measure; `row` is its row on the measures sheet (header = row 1)."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True, frozen=True)

    row: int = 0
    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    category: Category = ""
    source: str = Field(min_length=1)
    site: str = ""
    mode: Mode
    amount: float = Field(ge=0)
    unit: str = ""
    start_year: int = Field(ge=1990, le=2100)
    ramp_years: int = Field(default=1, ge=1, le=50)
    lifetime: int | None = Field(default=None, ge=1, le=100)
    capex: float | None = Field(default=None, ge=0, description="10k CNY, spent once")
    opex: float | None = Field(default=None, description="10k CNY per year; savings negative")
    cost_per_t: float | None = Field(default=None, description="CNY per tCO2e")
    excludes: str = ""
    note: str = ""

    @model_validator(mode="after")
    def _consistent(self) -> Measure:
        if self.mode == "share" and self.amount > 1:
            raise ValueError(f"a share is 0–1 (got {self.amount:g}); write 0.3 or 30% / 比例应在 0–1")
        if self.mode in ("activity", "green_power") and not self.unit:
            raise ValueError(f"mode '{self.mode}' needs a unit (e.g. MWh) / 需填写单位")
        if self.cost_per_t is not None and (self.capex is not None or self.opex is not None):
            raise ValueError("give either capex/opex or cost_per_t, not both / 成本只能二选一")
        return self

    @property
    def excluded(self) -> tuple[str, ...]:
        parts = self.excludes.replace("，", ",").replace("、", ",").replace("|", ",").split(",")
        return tuple(p.strip() for p in parts if p.strip())


def parse_measures(cells: list[tuple[int, list[object]]]) -> list[Measure]:
    """Validate the measures sheet; ids must be unique and exclusions must name known ids."""
    measures: list[Measure] = _parse_table("measures", cells, [], Measure)
    seen: dict[str, int] = {}
    for m in measures:
        if m.id in seen:
            raise SheetError(f"measure id '{m.id}' is also used on row {seen[m.id]} / 措施编号重复",
                             sheet="measures", row=m.row, column="id")
        seen[m.id] = m.row
    for m in measures:
        for other in m.excluded:
            if other not in seen:
                raise SheetError(f"excludes unknown measure '{other}' / 互斥措施不存在",
                                 sheet="measures", row=m.row, column="excludes")
            if other == m.id:
                raise SheetError("a measure cannot exclude itself / 措施不能与自身互斥",
                                 sheet="measures", row=m.row, column="excludes")
    return measures


def read_measures(path: Path) -> list[Measure]:
    """The measures of a workbook (its `measures` / `减排措施` sheet) or CSV folder."""
    raw = read_raw(path)
    if "measures" not in raw:
        raise InputError(f"{path}: no 'measures' / '减排措施' sheet; write one with "
                         "`cnsr ghg template` / 未找到减排措施表")
    measures = parse_measures(raw["measures"])
    if not measures:
        raise InputError(f"{path}: the measures sheet has no rows / 减排措施表为空")
    return measures
