"""Activity data as validated, typed rows: what the company burned, bought and emitted.

Each row keeps its sheet row number so a later error (unknown fuel, unit, region) can name the
cell. Only value checks live here (non-negative, fractions, required); names are resolved
against the factor library when the inventory is computed.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from cnsr.ghg.library import GwpSet

GridChoice = Literal["regional", "national"]


class _Row(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True, frozen=True)

    row: int = 0
    year: int = Field(ge=1990, le=2100)
    site: str = ""
    data_source: str = ""


class Entity(BaseModel):
    """Reporting entity (报告主体基本信息), as listed in the seed report's inventory outline."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    name: str = ""
    name_en: str = ""
    credit_code: str = ""
    entity_type: str = ""
    industry: str = ""
    reporting_year: int | None = None
    legal_representative: str = ""
    preparer: str = ""
    contact: str = ""
    boundary: str = ""
    standard: str = ""
    verification: str = ""
    gwp: GwpSet | None = None
    grid_basis: GridChoice | None = None


class OutputRow(_Row):
    output: float | None = Field(default=None, ge=0)
    output_unit: str = ""
    revenue: float | None = Field(default=None, ge=0)
    revenue_unit: str = ""


class FuelRow(_Row):
    fuel: str = Field(min_length=1)
    quantity: float = Field(ge=0)
    unit: str = Field(min_length=1)
    ncv: float | None = Field(default=None, gt=0)
    ncv_unit: str = ""
    carbon_content: float | None = Field(default=None, gt=0)
    carbon_content_unit: str = ""
    oxidation: float | None = Field(default=None, gt=0, le=1)


class ProcessRow(_Row):
    source: str = Field(min_length=1)
    material: str = Field(min_length=1)
    quantity: float = Field(ge=0)
    unit: str = Field(min_length=1)
    purity: float | None = Field(default=None, gt=0, le=1)


class ElectricityRow(_Row):
    region: str = Field(min_length=1)
    quantity: float = Field(ge=0)
    unit: str = Field(min_length=1)
    green_power: float | None = Field(default=None, ge=0)
    green_certificates: float | None = Field(default=None, ge=0)
    supplier_factor: float | None = Field(default=None, ge=0)


class HeatRow(_Row):
    kind: str = "heat"
    quantity: float = Field(ge=0)
    unit: str = Field(min_length=1)
    enthalpy: float | None = Field(default=None, gt=0)
    supplier_factor: float | None = Field(default=None, ge=0)


class Scope3Row(_Row):
    category: int = Field(ge=1, le=15)
    method: Literal["activity", "spend", ""] = ""
    description: str = ""
    quantity: float = Field(ge=0)
    unit: str = Field(min_length=1)
    factor: float | None = Field(default=None, ge=0)
    factor_unit: str = ""
    factor_id: str = ""
    factor_source: str = ""


ROW_MODELS: dict[str, type[_Row]] = {
    "output": OutputRow,
    "fuels": FuelRow,
    "process": ProcessRow,
    "electricity": ElectricityRow,
    "heat": HeatRow,
    "scope3": Scope3Row,
}


class ActivityData(BaseModel):
    """Everything read from one activity workbook, validated."""

    entity: Entity = Entity()
    output: list[OutputRow] = []
    fuels: list[FuelRow] = []
    process: list[ProcessRow] = []
    electricity: list[ElectricityRow] = []
    heat: list[HeatRow] = []
    scope3: list[Scope3Row] = []
    origin: str = ""
    warnings: list[str] = []
    """What the reader ignored (an unknown sheet or column); `--strict` makes them errors."""

    @property
    def years(self) -> list[int]:
        """Years with any emission activity (output rows alone do not make a year)."""
        rows: list[_Row] = [*self.fuels, *self.process, *self.electricity, *self.heat, *self.scope3]
        return sorted({r.year for r in rows})
