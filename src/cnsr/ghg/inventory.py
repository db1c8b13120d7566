"""Activity data + factor library → an Inventory: emission lines by scope, gas, site, source, year.

The per-sheet arithmetic lives in `rows`; this module runs it over a whole workbook and adds
notes about the data as a whole (gaps in the history, years without output data).
"""

from __future__ import annotations

from cnsr.ghg.activity import ActivityData
from cnsr.ghg.context import Context
from cnsr.ghg.library import FactorLibrary
from cnsr.ghg.model import EmissionLine, Inventory, InventoryOptions, Note
from cnsr.ghg.rows import electricity_lines, fuel_lines, heat_lines, process_lines, scope3_lines


def compute_inventory(data: ActivityData, lib: FactorLibrary,
                      options: InventoryOptions | None = None) -> Inventory:
    """All emission lines of the activity data, with the factors used and run notes."""
    options = options or InventoryOptions()
    ctx = Context(lib, options)
    lines: list[EmissionLine] = []
    for fuel in data.fuels:
        lines += fuel_lines(fuel, ctx)
    for proc in data.process:
        lines += process_lines(proc, ctx)
    for elec in data.electricity:
        lines += electricity_lines(elec, ctx)
    for heat in data.heat:
        lines += heat_lines(heat, ctx)
    for s3 in data.scope3:
        lines += scope3_lines(s3, ctx)
    return Inventory(entity=data.entity, options=options, lines=lines, outputs=data.output,
                     factors=ctx.uses, notes=_year_notes(data), origin=data.origin,
                     factor_origin=lib.tables.origin)


def _year_notes(data: ActivityData) -> list[Note]:
    years = data.years
    gaps = [y for y in range(years[0], years[-1] + 1) if y not in years] if years else []
    notes = []
    if gaps:
        text = ", ".join(map(str, gaps))
        notes.append(Note(zh=f"历史数据缺少年份：{text}", en=f"years missing from the history: {text}"))
    no_output = [y for y in years if not any(o.year == y for o in data.output)]
    if data.output and no_output:
        text = ", ".join(map(str, no_output))
        notes.append(Note(zh=f"以下年份无产量/营收数据，无法计算强度：{text}",
                          en=f"no output or revenue for {text}; intensity not computed"))
    return notes
