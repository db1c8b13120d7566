"""Inventory report as an Excel workbook: one sheet per view, numbers left as numbers.

Sheets: summary (entity and totals by year), by_source (source × year), by_gas, by_site,
lines (every emission line with its formula), factors (value, unit, source, flag), analysis.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from cnsr.files import save_workbook
from cnsr.ghg.analysis import analyse
from cnsr.ghg.i18n import Lang, t
from cnsr.ghg.model import Inventory
from cnsr.ghg.sheets import ENTITY_FIELDS
from cnsr.ghg.summary import By, breakdown, year_totals

_BOLD = Font(bold=True)
_FILL = PatternFill("solid", fgColor="DDEBF7")


def _table(ws: Worksheet, header: Sequence[str], rows: Sequence[Sequence[Any]],
           start: int | None = None) -> None:
    first = (start or ws.max_row + (0 if ws.max_row == 1 and ws["A1"].value is None else 2))
    for i, text in enumerate(header, start=1):
        cell = ws.cell(row=first, column=i, value=text)
        cell.font, cell.fill = _BOLD, _FILL
        width = ws.column_dimensions[cell.column_letter].width or 10
        ws.column_dimensions[cell.column_letter].width = max(width, min(40, len(str(text)) + 4))
    for r, row in enumerate(rows, start=first + 1):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(row=r, column=c, value=value)
            if isinstance(value, float):
                cell.number_format = "#,##0.00" if abs(value) < 100 else "#,##0"


def _pivot(inv: Inventory, by: By, lang: Lang, scopes: tuple[int, ...]) -> list[list[Any]]:
    years = inv.years
    method = inv.options.scope2_headline
    table: dict[str, list[Any]] = {}
    for i, year in enumerate(years):
        for share in breakdown(inv, year, by, method, scopes):
            row = table.setdefault(share.key, [share.label(lang)] + [0.0] * len(years))
            row[i + 1] = share.value
    return sorted(table.values(), key=lambda r: -r[-1])


def write_excel(inv: Inventory, path: Path, lang: Lang = "zh") -> Path:
    """Write the inventory workbook; labels in `lang`, numbers unrounded."""
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "summary"
    ws.append([t("title", lang)])
    ws["A1"].font = Font(bold=True, size=14)
    _table(ws, [t("s1", lang), ""], [
        [f.zh if lang == "zh" else f.en, getattr(inv.entity, f.key)] for f in ENTITY_FIELDS
        if getattr(inv.entity, f.key, None) not in (None, "")], start=3)
    _table(ws, [t(k, lang) for k in ("year", "scope1", "scope2_loc", "scope2_mkt", "scope3",
                                     "total_loc", "total_mkt", "energy", "int_output",
                                     "int_revenue")] + [t("biogenic", lang)],
           [[y.year, y.scope1, y.scope2_location, y.scope2_market,
             y.scope3 if y.has_scope3 else None, y.total("location"), y.total("market"),
             y.energy_tce, y.intensity_output(), y.intensity_revenue(), y.biogenic_co2]
            for y in year_totals(inv)])
    years = [str(y) for y in inv.years]
    for name, by, scopes in (("by_source", "source", (1, 2, 3)), ("by_gas", "gas", (1, 2)),
                             ("by_site", "site", (1, 2)), ("energy_tce", "energy", (1, 2, 3))):
        sheet = book.create_sheet(name)
        _table(sheet, [t("source" if by != "site" else "site", lang), *years],
               _pivot(inv, by, lang, scopes), start=1)  # type: ignore[arg-type]
    _table(book.create_sheet("lines"),
           [t("year", lang), t("site", lang), t("scope", lang), t("source", lang),
            t("activity", lang), t("unit", lang), t("gas", lang), "t gas", "tCO2e",
            "tCO2e (market)", "tce", t("formula", lang), "sheet", "row"],
           [[ln.year, ln.site, ln.scope, ln.label_zh if lang == "zh" else ln.label_en,
             ln.activity, ln.activity_unit, ln.gas, ln.gas_t, ln.co2e_t, ln.co2e_market_t,
             ln.energy_tce, ln.formula, ln.sheet, ln.row] for ln in inv.lines], start=1)
    _table(book.create_sheet("factors"),
           [t("factor", lang), t("value", lang), t("unit", lang), t("data_year", lang),
            t("src", lang), t("flag", lang)],
           [[f.label_zh if lang == "zh" else f.label_en, f.value, f.unit, f.year, f.source,
             f.flag] for f in sorted(inv.factors.values(), key=lambda f: f.key)], start=1)
    _analysis_sheet(book.create_sheet("analysis"), inv, lang)
    save_workbook(book, path)
    return path


def _analysis_sheet(ws: Worksheet, inv: Inventory, lang: Lang) -> None:
    result = analyse(inv, inv.options.scope2_headline)
    ws.append([t("s4", lang)])
    ws["A1"].font = Font(bold=True, size=12)
    if result.previous:
        ws.append([t("total_change", lang, a=result.total_before, b=result.total_after,
                     p=result.delta_pct or 0.0)])
        _table(ws, [t("source", lang), str(result.previous), str(result.year), t("change", lang)],
               [[c.zh if lang == "zh" else c.en, c.before, c.after, c.delta]
                for c in result.changes])
        if result.grid_effects:
            _table(ws, [t("region", lang), t("activity_effect", lang), t("factor_effect", lang)],
                   [[g.region, g.activity_effect, g.factor_effect] for g in result.grid_effects])
    _table(ws, [t("s4_3", lang)], [[n.text(lang)] for n in result.recommendations])
    ws.column_dimensions["A"].width = 60
