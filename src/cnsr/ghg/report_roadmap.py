"""The roadmap as an Excel workbook: summary, measures ranked (MACC order), pathway by year with
the gap, and the compensation plan with every rule and price source. Numbers unrounded."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from cnsr.files import save_workbook
from cnsr.ghg.i18n import Lang, t
from cnsr.ghg.report_excel import _table
from cnsr.ghg.roadmap import Roadmap


def summary_rows(rm: Roadmap, lang: Lang) -> list[tuple[str, Any]]:
    """Headline figures, shared by the workbook and the HTML section."""
    return [
        (t("rm_growth", lang), rm.growth_pct),
        (t("rm_required", lang), rm.required),
        (t("rm_achieved", lang), rm.achieved),
        (t("rm_shortfall", lang), rm.shortfall),
        (t("rm_residual", lang), rm.residual.total),
        (t("rm_cost", lang), rm.cost),
        (t("rm_greedy_cost", lang), rm.greedy_cost),
    ]


def verdict(rm: Roadmap, lang: Lang) -> str:
    return t("rm_reached", lang) if rm.reached else t("rm_unreached", lang, gap=rm.shortfall)


def measure_rows(rm: Roadmap, lang: Lang) -> tuple[list[str], list[list[Any]]]:
    header = [t(k, lang) for k in ("rm_id", "rm_measure", "rm_category", "rm_source", "rm_start",
                                   "rm_full", "rm_at_target", "rm_annual", "rm_cost_t",
                                   "rm_chosen", "rm_greedy")]
    rows = [[m.measure.id, m.measure.name, m.measure.category, m.measure.source
             + (f" @ {m.measure.site}" if m.measure.site else ""), m.measure.start_year, m.full,
             m.at_target, m.annual_cost, m.cost_per_t, "✓" if m.chosen else "",
             "✓" if m.greedy else ""] for m in rm.measures]
    return header, rows


def pathway_rows(rm: Roadmap, lang: Lang) -> tuple[list[str], list[list[Any]]]:
    ids = [m.measure.id for m in rm.chosen]
    header = [t("rm_year", lang), t("rm_bau", lang), t("rm_target", lang), t("rm_pathway", lang),
              t("rm_gap", lang), *ids]
    rows = [[r.year, r.bau, r.target, r.pathway, r.gap, *(r.by_measure.get(i) for i in ids)]
            for r in rm.years]
    return header, rows


def compensation_rows(rm: Roadmap, lang: Lang) -> tuple[list[str], list[list[Any]]]:
    header = [t("rm_instrument", lang), t("rm_purpose", lang), t("rm_volume", lang),
              t("unit", lang), t("rm_cost_range", lang) + " (low)",
              t("rm_cost_range", lang) + " (high)", t("notes", lang), t("rm_rule", lang),
              t("rm_price_source", lang), t("flag", lang)]
    rows = [[c.name(lang), t(c.purpose, lang), c.volume, c.unit, c.cost_low, c.cost_high,
             c.note(lang), c.rule, f"{c.source} ({c.date})" if c.date else c.source, c.flag]
            for c in rm.compensation]
    return header, rows


def rule_rows(rm: Roadmap, lang: Lang) -> tuple[list[str], list[list[Any]]]:
    header = [t("rm_rule", lang), t("notes", lang), t("src", lang), t("data_year", lang),
              t("flag", lang)]
    return header, [[r.id, r.text(lang), r.source, r.date, r.flag] for r in rm.rules]


def write_roadmap_excel(rm: Roadmap, path: Path, lang: Lang = "zh") -> Path:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "summary"
    ws.append([f"{t('rm_title', lang)} — {rm.entity}"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([verdict(rm, lang)])
    _table(ws, [t("rm_summary", lang), ""], [list(r) for r in summary_rows(rm, lang)], start=4)
    ws.column_dimensions["A"].width = 44
    for name, (header, rows) in (("measures", measure_rows(rm, lang)),
                                 ("pathway", pathway_rows(rm, lang)),
                                 ("compensation", compensation_rows(rm, lang)),
                                 ("rules", rule_rows(rm, lang))):
        _table(book.create_sheet(name), header, rows, start=1)
    save_workbook(book, path)
    return path
