"""Inventory results: emission lines with the factors behind them, and run options.

An `Inventory` is what every report, chart, target check and disclosure point reads; nothing
downstream recomputes an emission. Each line keeps the sheet and row it came from.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from cnsr.ghg.activity import Entity, GridChoice, OutputRow
from cnsr.ghg.library import GwpSet, YearPolicy

Kind = Literal["fuel", "process", "fugitive", "electricity", "heat", "scope3"]
Scope2Method = Literal["location", "market"]


class Note(BaseModel):
    """A remark shown in reports, in both languages."""

    model_config = ConfigDict(frozen=True)

    zh: str
    en: str

    def text(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class InventoryOptions(BaseModel):
    """Choices that change results; printed in the report's methodology section."""

    model_config = ConfigDict(frozen=True)

    gwp: GwpSet = "AR5"
    grid: GridChoice = "regional"
    year_policy: YearPolicy = "nearest"
    scope2_headline: Scope2Method = "location"


class FactorUse(BaseModel):
    """One factor as used in the inventory, with its source and any flag."""

    model_config = ConfigDict(frozen=True)

    key: str
    label_zh: str
    label_en: str
    value: float
    unit: str
    source: str
    year: int | None = None
    flag: str = ""


class EmissionLine(BaseModel):
    """Emissions of one gas from one activity row. Scope 2 carries both methods."""

    model_config = ConfigDict(frozen=True)

    year: int
    site: str
    scope: Literal[1, 2, 3]
    kind: Kind
    source_id: str
    label_zh: str
    label_en: str
    gas: str
    activity: float
    activity_unit: str
    gas_t: float = Field(description="mass of the gas in tonnes (tCO2e for scope 3)")
    co2e_t: float = Field(description="tCO2e; location-based for scope 2")
    co2e_market_t: float = Field(description="tCO2e; market-based for scope 2, else = co2e_t")
    energy_tce: float = 0.0
    energy_label_zh: str = ""
    energy_label_en: str = ""
    formula: str = ""
    factor_keys: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()
    biogenic: bool = False
    green_mwh: float = 0.0
    data_source: str = ""
    sheet: str = ""
    row: int = 0

    def co2e(self, method: Scope2Method = "location") -> float:
        return self.co2e_market_t if method == "market" else self.co2e_t


class Inventory(BaseModel):
    entity: Entity
    options: InventoryOptions
    lines: list[EmissionLine]
    outputs: list[OutputRow] = []
    factors: dict[str, FactorUse] = {}
    notes: list[Note] = []
    origin: str = ""
    factor_origin: list[str] = []

    @property
    def years(self) -> list[int]:
        return sorted({line.year for line in self.lines})

    @property
    def gases(self) -> list[str]:
        return sorted({line.gas for line in self.lines})
