"""Shared state of one inventory run: library, options, factors used, and cell-pointing errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from cnsr.errors import InputError, SheetError
from cnsr.ghg.library import FactorLibrary, GridPick
from cnsr.ghg.model import FactorUse, InventoryOptions, Note
from cnsr.ghg.units import product

MEASURED = "company measurement / 企业实测"


@contextmanager
def at(sheet: str, row: int, column: str) -> Iterator[None]:
    """Turn a library InputError into a SheetError pointing at the cell that caused it."""
    try:
        yield
    except InputError as err:
        raise SheetError(str(err), sheet=sheet, row=row, column=column) from err


class Context:
    """Library, options and the factors used so far (collected for the report)."""

    def __init__(self, lib: FactorLibrary, options: InventoryOptions) -> None:
        self.lib, self.options = lib, options
        self.uses: dict[str, FactorUse] = {}

    def use(self, key: str, zh: str, en: str, value: float, unit: str, source: str,
            year: int | None = None, flag: str = "") -> str:
        self.uses.setdefault(key, FactorUse(key=key, label_zh=zh, label_en=en, value=value,
                                            unit=unit, source=source, year=year, flag=flag))
        return key

    def gwp(self, gas: str) -> tuple[str, float, str]:
        name, value = self.lib.gwp(gas, self.options.gwp)
        row = self.lib.gas(name)
        key = self.use(f"gwp:{self.options.gwp}:{name}", f"{name} GWP-100（{self.options.gwp}）",
                       f"{name} GWP-100 ({self.options.gwp})", value, "",
                       row.source if row else "", flag=row.flag if row else "")
        return name, value, key

    def grid(self, pick: GridPick, zh: str, en: str) -> str:
        r = pick.row
        return self.use(f"grid:{r.basis}:{r.region}:{r.year}", zh, en, pick.tco2_per_mwh,
                        "tCO2/MWh", r.source, r.year, r.flag)


def num(value: float) -> str:
    """A number for a formula: up to 10 significant digits, never in exponent form."""
    text = f"{value:.10g}"
    return f"{value:.0f}" if "e" in text else text


def substitution(pick: GridPick) -> tuple[Note, ...]:
    if not pick.substituted:
        return ()
    return (Note(zh=f"{pick.wanted_year} 年无该电网因子，采用 {pick.row.year} 年因子",
                 en=f"no grid factor for {pick.wanted_year}; the {pick.row.year} factor is used"),)


def coal_equivalent(ctx: Context, energy: str, quantity: float, unit: str,
                    names: tuple[str, str]) -> tuple[float, str | None]:
    """Standard coal (tce) of an energy amount by the GB/T 2589 coefficient, if there is one."""
    coef = ctx.lib.coal_equivalent(energy)
    if coef is None:
        return 0.0, None
    key = ctx.use(f"tce:{energy}", f"{names[0]} 折标准煤系数", f"{names[1]} coal equivalent",
                  coef.value, coef.unit, coef.source, flag=coef.flag)
    return product(quantity, unit, coef.value, coef.unit, "tce"), key


