"""Inventory report as HTML and PDF, in the structure the seed report lists for 企业温室气体盘查:
reporting entity; emissions (current and history); boundary, gases and method; data sources
and parameters; results by source; analysis and recommendations.
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, PackageLoader, select_autoescape

from cnsr import __version__
from cnsr.ghg.analysis import analyse
from cnsr.ghg.charts import history_chart
from cnsr.ghg.i18n import METHOD_TEXT, Lang, t
from cnsr.ghg.library import FactorLibrary
from cnsr.ghg.model import Inventory
from cnsr.ghg.sheets import ENTITY_FIELDS
from cnsr.ghg.summary import breakdown, gas_masses, year_totals

if TYPE_CHECKING:
    from cnsr.ghg.roadmap import Roadmap


def _num(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f}"


def _dec(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.4f}" if abs(value) < 10 else f"{value:,.1f}"


def _signed(value: float) -> str:
    return f"{value:+,.0f}"


def _pct(part: float, whole: float) -> str:
    return f"{part / whole:.1%}" if whole else "—"


def _cell(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) < 100 else f"{value:,.0f}"
    return str(value)


def roadmap_section(rm: Roadmap, lang: Lang) -> dict[str, Any]:
    """What the report's roadmap section shows (section 5), charts embedded as PNG."""
    from cnsr.ghg.charts import macc_chart, roadmap_chart
    from cnsr.ghg.report_roadmap import (
        compensation_rows,
        measure_rows,
        pathway_rows,
        rule_rows,
        summary_rows,
        verdict,
    )

    return {"verdict": verdict(rm, lang), "summary": summary_rows(rm, lang),
            "measures": measure_rows(rm, lang), "pathway": pathway_rows(rm, lang),
            "compensation": compensation_rows(rm, lang), "rules": rule_rows(rm, lang),
            "pathway_chart": base64.b64encode(roadmap_chart(rm, lang)).decode(),
            "macc_chart": base64.b64encode(macc_chart(rm, lang)).decode()}


def render_html(inv: Inventory, lang: Lang = "zh", lib: FactorLibrary | None = None,
                roadmap: Roadmap | None = None) -> str:
    """The whole report as one self-contained HTML string (charts embedded as PNG); with a
    roadmap, section 5 shows it."""
    lib = lib or FactorLibrary.load()
    method = inv.options.scope2_headline
    totals = year_totals(inv)
    current = totals[-1]
    year = current.year
    analysis = analyse(inv, method)
    regions = {r.id: (r.zh if lang == "zh" else r.en) for r in lib.tables.grid_regions}
    cats = sorted({line.source_id for line in inv.lines if line.scope == 3})
    scopes_text = t("scopes_in", lang) + (t("scope3_in", lang, cats=", ".join(cats)) if cats else "")
    entity_rows = [(f.zh if lang == "zh" else f.en[:1].upper() + f.en[1:], getattr(inv.entity, f.key))
                   for f in ENTITY_FIELDS if getattr(inv.entity, f.key, None) not in (None, "")]
    notes = [n.text(lang) for n in inv.notes]
    for line in inv.lines:
        for note in line.notes:
            text = f"{line.year} {line.site}: {note.text(lang)}"
            if text not in notes:
                notes.append(text)
    used_gwp = {f.key.split(":")[-1]: f"{f.value:g}" for f in inv.factors.values()
                if f.key.startswith("gwp:")}
    sources = sorted({line.sheet for line in inv.lines})
    env = Environment(loader=PackageLoader("cnsr.ghg", "templates"),
                      autoescape=select_autoescape(["html", "j2"]))
    template = env.get_template("inventory.html.j2")
    return template.render(
        lang=lang, T=lambda key, **kw: t(key, lang, **kw), entity=inv.entity,
        version=__version__, years=[x.year for x in totals], totals=totals, current=year,
        current_total=current.total(method), entity_rows=entity_rows,
        biogenic=_num(sum(x.biogenic_co2 for x in totals)) if any(
            x.biogenic_co2 for x in totals) else "",
        chart=base64.b64encode(history_chart(inv, lang, method=method)).decode(),
        by_site=breakdown(inv, year, "site", method, (1, 2)),
        by_gas=breakdown(inv, year, "gas", method, (1, 2)), s12_total=current.scope12(method),
        by_energy=breakdown(inv, year, "energy"), energy_total=current.energy_tce,
        gas_mass=gas_masses(inv, year), gwp=used_gwp, options=inv.options,
        scopes_text=scopes_text, gases=", ".join(g for g in inv.gases if g != "CO2e"),
        methods=[zh if lang == "zh" else en for zh, en in METHOD_TEXT],
        data_sources=", ".join(sources) + f" ({inv.origin})",
        factor_origin="; ".join(inv.factor_origin),
        factors=sorted(inv.factors.values(), key=lambda f: f.key), notes=notes,
        lines=[ln for ln in inv.lines if ln.year == year], analysis=analysis,
        changes=analysis.changes[:10], region_name=lambda r: regions.get(r, r),
        total_change=t("total_change", lang, a=analysis.total_before, b=analysis.total_after,
                       p=analysis.delta_pct or 0.0) if analysis.previous else "",
        num=_num, dec=_dec, signed=_signed, pct=_pct, cell=_cell,
        roadmap=roadmap_section(roadmap, lang) if roadmap else None,
    )


def write_html(inv: Inventory, path: Path, lang: Lang = "zh",
               lib: FactorLibrary | None = None, roadmap: Roadmap | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_html(inv, lang, lib, roadmap), encoding="utf-8")
    return path


def write_pdf(inv: Inventory, path: Path, lang: Lang = "zh",
              lib: FactorLibrary | None = None, roadmap: Roadmap | None = None) -> Path:
    """PDF through WeasyPrint; imported here so the rest works without its system libraries."""
    from weasyprint import HTML

    path.parent.mkdir(parents=True, exist_ok=True)
    HTML(string=render_html(inv, lang, lib, roadmap), base_url=str(path.parent)).write_pdf(path)
    return path
