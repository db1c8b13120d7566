"""The factor library: emission factors, GWPs, coal equivalents and grid regions as data.

Bundled tables live in `cnsr/data/factors/*.csv`, one row per factor with its source and a
`flag` for anything not confirmed. A user file (`--factors FILE`, YAML) adds rows or replaces
rows with the same key. Every row is validated by pydantic where it is read, and an error
names the file, table, row and field.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from cnsr.errors import DataError, InputError
from cnsr.ghg.units import parse_unit

GridBasis = Literal["national", "national_excl_market_nonfossil", "fossil", "ets", "regional"]


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    source: str = Field(min_length=1)
    flag: str = ""


def _split(value: Any) -> list[str]:
    """Aliases are written `a|b|c` in CSV and as a list in YAML."""
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [part.strip() for part in str(value).split("|") if part.strip()]


def _check_unit(value: str) -> str:
    try:
        parse_unit(value)
    except InputError as err:
        raise ValueError(str(err)) from err
    return value


class GridFactor(_Row):
    """Electricity CO2 factor for one basis, region and data year (tCO2/MWh or convertible)."""

    basis: GridBasis
    region: str
    year: int = Field(ge=1990, le=2100)
    value: float = Field(ge=0)
    unit: str

    _unit = field_validator("unit")(_check_unit)


class GridRegion(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    id: str
    zh: str
    en: str
    aliases: list[str] = []

    _aliases = field_validator("aliases", mode="before")(_split)


class Province(_Row):
    """A province and its grid region; `north|northeast` marks a province split between grids."""

    province: str
    en: str
    aliases: list[str] = []
    region: str

    _aliases = field_validator("aliases", mode="before")(_split)

    @property
    def regions(self) -> list[str]:
        return self.region.split("|")


class Fuel(_Row):
    """Fuel defaults: CO2 = quantity × NCV × carbon content × oxidation × 44/12."""

    id: str
    zh: str
    en: str
    aliases: list[str] = []
    unit: str
    ncv: float | None = Field(default=None, gt=0)
    ncv_unit: str
    carbon_content: float = Field(gt=0)
    carbon_content_unit: str
    oxidation: float = Field(gt=0, le=1)
    biogenic: bool = False
    year: int | None = None

    _aliases = field_validator("aliases", mode="before")(_split)
    _units = field_validator("unit", "ncv_unit", "carbon_content_unit")(_check_unit)


class CoalEquivalent(_Row):
    """Standard-coal coefficient of one energy carrier (a fuel id, `electricity` or `heat`)."""

    energy: str
    value: float = Field(gt=0)
    unit: str

    _unit = field_validator("unit")(_check_unit)


class HeatFactor(_Row):
    """CO2 factor of purchased heat or steam (tCO2/GJ)."""

    id: str
    zh: str
    en: str
    aliases: list[str] = []
    value: float = Field(ge=0)
    unit: str

    _aliases = field_validator("aliases", mode="before")(_split)
    _unit = field_validator("unit")(_check_unit)


class Gwp(_Row):
    """GWP-100 of one gas in each IPCC assessment report."""

    gas: str
    aliases: list[str] = []
    AR4: float | None = Field(default=None, gt=0)
    AR5: float | None = Field(default=None, gt=0)
    AR6: float | None = Field(default=None, gt=0)

    _aliases = field_validator("aliases", mode="before")(_split)


class ProcessMaterial(_Row):
    """A raw material whose use releases a gas in fixed proportion (e.g. carbonate calcination)."""

    id: str
    zh: str
    en: str
    aliases: list[str] = []
    gas: str
    value: float = Field(gt=0)
    unit: str

    _aliases = field_validator("aliases", mode="before")(_split)
    _unit = field_validator("unit")(_check_unit)


class Scope3Category(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    category: int = Field(ge=1, le=15)
    zh: str
    en: str
    stream: Literal["upstream", "downstream"]


class Scope3Factor(_Row):
    """A user-supplied scope 3 factor, referenced from the activity sheet by `factor_id`."""

    id: str
    zh: str = ""
    en: str = ""
    value: float = Field(ge=0)
    unit: str
    year: int | None = None

    _unit = field_validator("unit")(_check_unit)


class Constant(_Row):
    id: str
    value: float = Field(gt=0)
    unit: str

    _unit = field_validator("unit")(_check_unit)


# table name → (row model, key fields that identify a row for overriding)
TABLES: dict[str, tuple[type[BaseModel], tuple[str, ...]]] = {
    "grid": (GridFactor, ("basis", "region", "year")),
    "grid_regions": (GridRegion, ("id",)),
    "provinces": (Province, ("province",)),
    "fuels": (Fuel, ("id",)),
    "coal_equivalents": (CoalEquivalent, ("energy",)),
    "heat": (HeatFactor, ("id",)),
    "gwp": (Gwp, ("gas",)),
    "process": (ProcessMaterial, ("id",)),
    "scope3_categories": (Scope3Category, ("category",)),
    "scope3_factors": (Scope3Factor, ("id",)),
    "misc": (Constant, ("id",)),
}


class FactorTables(BaseModel):
    """All tables, validated. Lookups that need policy live in `cnsr.ghg.library`."""

    grid: list[GridFactor]
    grid_regions: list[GridRegion]
    provinces: list[Province]
    fuels: list[Fuel]
    coal_equivalents: list[CoalEquivalent]
    heat: list[HeatFactor]
    gwp: list[Gwp]
    process: list[ProcessMaterial]
    scope3_categories: list[Scope3Category]
    scope3_factors: list[Scope3Factor]
    misc: list[Constant]
    origin: list[str] = []


def _validate(model: type[BaseModel], raw: dict[str, Any], where: str) -> BaseModel:
    clean = {k: (None if v == "" and k not in {"flag", "source"} else v) for k, v in raw.items()}
    clean = {k: v for k, v in clean.items() if v is not None}
    try:
        return model.model_validate(clean)
    except ValidationError as err:
        first = err.errors()[0]
        field = ".".join(str(p) for p in first["loc"]) or "?"
        raise DataError(f"{where}, field '{field}': {first['msg']}") from err


def _read_csv(name: str) -> list[BaseModel]:
    model, _ = TABLES[name]
    text = resources.files("cnsr.data.factors").joinpath(f"{name}.csv").read_text("utf-8")
    return [_validate(model, dict(raw), f"factors/{name}.csv row {number}")
            for number, raw in enumerate(csv.DictReader(io.StringIO(text)), start=2)]


def _key(row: BaseModel, fields: Iterable[str]) -> tuple[str, ...]:
    return tuple(str(getattr(row, f)).casefold() for f in fields)


def merge(base: list[BaseModel], extra: list[BaseModel], fields: tuple[str, ...]) -> list[BaseModel]:
    """Rows of `extra` replace rows of `base` with the same key; new keys are appended."""
    merged = {_key(row, fields): row for row in base}
    for row in extra:
        merged[_key(row, fields)] = row
    return list(merged.values())


def read_user_tables(path: Path) -> dict[str, list[BaseModel]]:
    """Parse and validate a user factor file (YAML: table name → list of rows)."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise InputError(f"{path}: cannot read factor file / 无法读取因子文件 ({err.strerror})") from err
    except yaml.YAMLError as err:
        raise DataError(f"{path}: not valid YAML / 不是有效的 YAML: {err}") from err
    if not isinstance(data, dict):
        raise DataError(f"{path}: expected a mapping of table name to rows / 应为“表名: 行列表”")
    tables: dict[str, list[BaseModel]] = {}
    for name, rows in data.items():
        if name not in TABLES:
            known = ", ".join(TABLES)
            raise DataError(f"{path}: unknown table '{name}' / 未知的表 '{name}' (known: {known})")
        if not isinstance(rows, list):
            raise DataError(f"{path}: table '{name}' must be a list of rows / 应为行列表")
        model, _ = TABLES[name]
        tables[name] = [
            _validate(model, dict(row) if isinstance(row, dict) else {"?": row},
                      f"{path}: table '{name}' entry {i}")
            for i, row in enumerate(rows, start=1)
        ]
    return tables


def load_tables(user_file: Path | None = None) -> FactorTables:
    """Bundled tables, optionally overridden by a user file."""
    tables: dict[str, list[BaseModel]] = {name: _read_csv(name) for name in TABLES}
    origin = ["cnsr bundled factor tables (cnsr/data/factors)"]
    if user_file is not None:
        for name, rows in read_user_tables(user_file).items():
            tables[name] = merge(tables[name], rows, TABLES[name][1])
        origin.append(f"user factor file {user_file}")
    return FactorTables.model_validate({**tables, "origin": origin})
