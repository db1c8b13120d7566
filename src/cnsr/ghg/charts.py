"""Charts for the inventory and target reports (matplotlib, no pyplot global state).

Text uses Noto Sans CJK SC so Chinese labels render; the figure is written as PNG or SVG by the
file suffix, or returned as PNG bytes for embedding in HTML/PDF.
"""

from __future__ import annotations

import io
from contextlib import AbstractContextManager
from pathlib import Path

import matplotlib as mpl
from matplotlib.figure import Figure

from cnsr.ghg.i18n import Lang, t
from cnsr.ghg.model import Inventory, Scope2Method
from cnsr.ghg.roadmap import Roadmap
from cnsr.ghg.summary import year_totals
from cnsr.ghg.targets import TargetCheck, planned_path, required_path
from cnsr.report.chart_style import cjk_font


def _style() -> AbstractContextManager[None]:
    """An installed CJK font first so Chinese renders (the study charts' choice, with its
    warning when none is found); text as paths so SVGs need no fonts."""
    font = cjk_font()
    return mpl.rc_context({"font.family": [font, "DejaVu Sans"] if font else ["DejaVu Sans"],
                           "axes.unicode_minus": False, "svg.fonttype": "path", "font.size": 9})


COLORS = {"s1": "#1f4e79", "s2": "#5b9bd5", "s3": "#a9c8e8", "req": "#c00000", "plan": "#548235",
          "hist": "#1f4e79"}


def _save(fig: Figure, path: Path | None) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=160, bbox_inches="tight")
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fmt = "svg" if path.suffix.lower() == ".svg" else "png"
        fig.savefig(path, format=fmt, dpi=160, bbox_inches="tight")
    return buffer.getvalue()


def history_chart(inv: Inventory, lang: Lang = "zh", path: Path | None = None,
                  method: Scope2Method = "location") -> bytes:
    """Stacked bars of scope 1, 2 and 3 per year (tCO2e); returns PNG bytes."""
    totals = year_totals(inv)
    years = [str(x.year) for x in totals]
    s1 = [x.scope1 for x in totals]
    s2 = [x.scope2(method) for x in totals]
    s3 = [x.scope3 for x in totals]
    with _style():
        fig = Figure(figsize=(6.4, 3.4))
        ax = fig.add_subplot()
        ax.bar(years, s1, color=COLORS["s1"], label=t("scope1", lang), width=0.55)
        label2 = t("scope2_mkt" if method == "market" else "scope2_loc", lang)
        ax.bar(years, s2, bottom=s1, color=COLORS["s2"], label=label2, width=0.55)
        if any(s3):
            bottom = [a + b for a, b in zip(s1, s2, strict=True)]
            ax.bar(years, s3, bottom=bottom, color=COLORS["s3"], label=t("scope3", lang),
                   width=0.55)
        for i, x in enumerate(totals):
            ax.annotate(f"{x.total(method):,.0f}", (i, x.total(method)), ha="center",
                        va="bottom", fontsize=8, xytext=(0, 2), textcoords="offset points")
        ax.set_title(t("chart_title", lang))
        ax.set_ylabel("tCO2e")
        ax.yaxis.set_major_formatter(mpl.ticker.StrMethodFormatter("{x:,.0f}"))
        ax.spines[["top", "right"]].set_visible(False)
        ax.legend(frameon=False, fontsize=8, loc="upper left", bbox_to_anchor=(1.0, 1.0))
        ax.margins(y=0.12)
        return _save(fig, path)


def pathway_chart(check: TargetCheck, lang: Lang = "zh", path: Path | None = None) -> bytes:
    """History vs the company's plan vs the minimum science-based path; PNG bytes."""
    method = check.target.scope2_method
    with_scope3 = any(3 in i.scopes for i in check.target.targets) and check.base.has_scope3
    with _style():
        fig = Figure(figsize=(6.4, 6.0 if with_scope3 else 3.4))
        ax = fig.add_subplot(2 if with_scope3 else 1, 1, 1)
        hist = {h.year: h.scope12(method) for h in check.history}
        _draw(ax, hist, planned_path(check), required_path(check, "12"), lang, "required")
        ax.set_title(t("pathway_title", lang))
        if with_scope3:
            ax3 = fig.add_subplot(2, 1, 2)
            hist3 = {h.year: h.scope3 for h in check.history if h.has_scope3}
            item = next(i for i in check.target.targets if 3 in i.scopes)
            start, span = check.base.scope3, check.target.target_year - check.target.base_year
            plan3 = {y: start * (1 - item.reduction_pct / 100 * (y - check.target.base_year) / span)
                     for y in range(check.target.base_year, check.target.target_year + 1)}
            _draw(ax3, hist3, plan3, required_path(check, "3"), lang, "required3")
            ax3.set_title(t("pathway3_title", lang))
        fig.tight_layout()
        return _save(fig, path)


def _draw(ax: object, hist: dict[int, float], plan: dict[int, float], req: dict[int, float],
          lang: Lang, req_key: str) -> None:
    from matplotlib.axes import Axes

    assert isinstance(ax, Axes)
    ax.plot(list(req), list(req.values()), color=COLORS["req"], linestyle="--",
            label=t(req_key, lang))
    if plan:
        ax.plot(list(plan), list(plan.values()), color=COLORS["plan"], marker=".",
                label=t("plan", lang))
    ax.plot(list(hist), list(hist.values()), color=COLORS["hist"], marker="o", linewidth=2,
            label=t("history", lang))
    ax.set_ylabel("tCO2e")
    ax.set_ylim(bottom=0)
    ax.yaxis.set_major_formatter(mpl.ticker.StrMethodFormatter("{x:,.0f}"))
    ax.xaxis.set_major_locator(mpl.ticker.MaxNLocator(integer=True))
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(frameon=False, fontsize=8)


def _scopes_label(scopes: list[int], lang: Lang) -> str:
    names = "+".join(str(s) for s in scopes)
    return f"范围 {names}" if lang == "zh" else f"scope {names}"


def roadmap_chart(rm: Roadmap, lang: Lang = "zh", path: Path | None = None) -> bytes:
    """History, BAU, target line and the pathway with the chosen measures; PNG bytes."""
    hist = [r for r in rm.years if r.history]
    future = [r for r in rm.years if r.year >= rm.last_year]
    with _style():
        fig = Figure(figsize=(6.4, 3.6))
        ax = fig.add_subplot()
        years = [r.year for r in future]
        ax.fill_between(years, [r.pathway for r in future], [r.bau for r in future],
                        color=COLORS["plan"], alpha=0.15, linewidth=0)
        ax.plot(years, [r.bau for r in future], color="#7f7f7f", linestyle=":",
                label=t("rm_bau", lang))
        line = [r for r in rm.years if r.target is not None]
        ax.plot([r.year for r in line], [r.target or 0.0 for r in line], color=COLORS["req"],
                linestyle="--", label=t("rm_target", lang))
        ax.plot(years, [r.pathway for r in future], color=COLORS["plan"], marker=".",
                linewidth=2, label=t("rm_pathway", lang))
        ax.plot([r.year for r in hist], [r.pathway for r in hist], color=COLORS["hist"],
                marker="o", linewidth=2, label=t("rm_history", lang))
        last = rm.years[-1]
        if rm.shortfall > 0:
            ax.annotate(f"−{rm.shortfall:,.0f}", (last.year, last.pathway), color=COLORS["req"],
                        xytext=(4, 0), textcoords="offset points", fontsize=8, va="center")
        ax.set_title(t("rm_chart", lang, scopes=_scopes_label(rm.scopes, lang),
                       method=t(rm.method, lang)))
        ax.set_ylabel("tCO2e")
        ax.set_ylim(bottom=0)
        ax.yaxis.set_major_formatter(mpl.ticker.StrMethodFormatter("{x:,.0f}"))
        ax.xaxis.set_major_locator(mpl.ticker.MaxNLocator(integer=True))
        ax.spines[["top", "right"]].set_visible(False)
        ax.legend(frameon=False, fontsize=8, loc="lower left")
        return _save(fig, path)


def macc_chart(rm: Roadmap, lang: Lang = "zh", path: Path | None = None) -> bytes:
    """Marginal abatement cost curve: bar width = abatement, height = CNY/t, chosen filled."""
    with _style():
        fig = Figure(figsize=(6.4, 3.6))
        ax = fig.add_subplot()
        x = 0.0
        for m in rm.measures:
            chosen = m.chosen
            ax.bar(x, m.cost_per_t, width=m.full, align="edge",
                   color=COLORS["plan"] if chosen else "#d9d9d9",
                   edgecolor="#404040", linewidth=0.6,
                   label=t("rm_chosen" if chosen else "rm_not_chosen", lang))
            ax.annotate(m.measure.id, (x + m.full / 2, m.cost_per_t), ha="center",
                        va="bottom" if m.cost_per_t >= 0 else "top", fontsize=8,
                        xytext=(0, 2 if m.cost_per_t >= 0 else -2), textcoords="offset points")
            x += m.full
        ax.axhline(0, color="#404040", linewidth=0.8)
        ax.axvline(rm.required, color=COLORS["req"], linestyle="--", linewidth=1,
                   label=t("rm_required", lang))
        handles, labels = ax.get_legend_handles_labels()
        unique = dict(zip(labels, handles, strict=True))
        ax.legend(unique.values(), unique.keys(), frameon=False, fontsize=8, loc="upper left")
        ax.set_title(t("rm_macc", lang, year=rm.target.target_year))
        ax.set_xlabel(t("rm_macc_x", lang))
        ax.set_ylabel(t("rm_macc_y", lang))
        ax.xaxis.set_major_formatter(mpl.ticker.StrMethodFormatter("{x:,.0f}"))
        ax.spines[["top", "right"]].set_visible(False)
        ax.margins(y=0.15)
        return _save(fig, path)
