"""What the quantity scanner builds and hands on: a `Quantity` (the result), a `Token` (a
quantity being built) and a `YearEvent` (a year named in the text). Kept apart so that the
scanning (`quantity_scan`) and the dating (`quantity_dates`) share them without importing
each other."""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from cnsr.evidence.units import UnitMatch


class Quantity(NamedTuple):
    """A number found in text, in its canonical unit (a tuple: built for every number).

    For a range ("3-5%") `value` is the low end and `high` the high end. `qualifier` is
    "approx" (约, about, 左右), "at_least" (超过, 以上, 1200余吨) or "at_most" (不超过, 以下).
    `year` is the year the sentence ties the number to (2023年…; "… in FY2023"; the matching
    year of a "分别为 / respectively" list); `base_year` the comparison year (较2020年,
    vs 2020). `annual` marks a rate per year ("45万吨/年"). `unit_inferred` marks a unit taken
    from a neighbour ("120、115和108万吨") or read from context (plain tonnes after 二氧化碳排放
    are tCO2, after 温室气体/碳排放 tCO2e, after 能耗/标准煤 tce).
    """

    value: float
    unit: str | None
    dimension: str | None
    raw: str
    start: int
    end: int
    year: int | None = None
    high: float | None = None
    qualifier: str | None = None
    base_year: int | None = None
    annual: bool = False
    unit_inferred: bool = False

    @property
    def is_range(self) -> bool:
        return self.high is not None


class Token:
    """A quantity being built: value = num × (um.multiplier or 1) × um.factor."""

    __slots__ = ("start", "end", "num", "high", "um", "qualifier", "year", "base_year",
                 "inferred", "lead_year")

    def __init__(self, start: int, end: int, num: Decimal, um: UnitMatch | None,
                 high: Decimal | None = None) -> None:
        self.start, self.end, self.num, self.um, self.high = start, end, num, um, high
        self.qualifier: str | None = None
        self.year: int | None = None
        self.base_year: int | None = None
        self.inferred = False
        self.lead_year = False  # `year` is that of a year earlier in its sentence

    @property
    def unit(self) -> str | None:
        return self.um.unit if self.um is not None else None


class YearEvent:
    """A year event. A plain class with its own `__init__`, not a dataclass: mypyc compiles
    it (a dataclass's generated `__init__` stays interpreted), and ~3,000 are made a report."""

    __slots__ = ("year", "start", "end", "base", "first", "relative")

    def __init__(self, year: int, start: int, end: int, base: bool = False,
                 first: int | None = None, relative: bool = False) -> None:
        self.year, self.start, self.end, self.base = year, start, end, base
        self.first = first  # first year of a range "2021—2023年"
        self.relative = relative  # named relative to the report's ("a year earlier", "上年")
