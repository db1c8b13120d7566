"""Charts of a study (matplotlib, no pyplot, no display): the seed's ranking chart, an
indicator heat map per peer group, and the stage distribution. Each is saved as PNG and SVG.

Fonts, colours and file writing are in `chart_style.py`, label wrapping in `chart_text.py`.
"""

from __future__ import annotations

from pathlib import Path

from matplotlib.colors import LinearSegmentedColormap, to_rgba
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from cnsr.batch.industries import industry_label, size_label
from cnsr.rank.peers import Ranked
from cnsr.rank.study import GroupSummary, Study, group_title
from cnsr.rating import Rating
from cnsr.report.chart_style import chart_style, new_figure, save, stage_colour
from cnsr.report.chart_text import (
    char_units,
    points_text,
    slug,
    units_per_line,
    wrap_chars,
    wrap_units,
)
from cnsr.report.labels import t

INDUSTRY_COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
                    "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#ad494a",
                    "#637939", "#d6616b", "#7b4173", "#e7ba52", "#3182bd", "#31a354",
                    "#756bb1", "#636363")
"""Distinct colours (matplotlib's tab10, then dark tab20b/tab20c tones), one per industry in the
stage-distribution chart; `LEGEND_INDUSTRIES` of them are used."""
LEGEND_INDUSTRIES = 12
"""A stage-distribution chart names at most this many industries, the largest; the rest are
stacked as one grey "other industries" block. A market-wide study spans some 80 industry
divisions, whose colours could not be told apart in a legend."""
OTHER_COLOUR = "#c7c7c7"
OTHER = "\uffffother"
"""Key of the folded industries; sorts after every industry code."""
HEAT = LinearSegmentedColormap.from_list("cnsr", ["#f7f4ea", "#cfe3c1", "#6fb07f", "#1f7a5a"])


NAME_UNITS = 26
"""Company names beside the heat map are wrapped to this many display units a line."""
ROW_IN = 0.26
"""Height of one row of the ranking chart (a bar or a stage header), in inches."""


# -- ranking chart -------------------------------------------------------------------------
def ranking_figure(study: Study, lang: str, industry: str, size: str) -> Figure:
    """Companies on the vertical axis, score on the horizontal one, grouped by stage (highest
    on top); each bar sits on a pale track that ends at its stage's maximum."""
    groups = [g for g in study.groups if (g.key.industry, g.key.size) == (industry, size)]
    groups.sort(key=lambda g: -g.key.stage)
    rows: list[GroupSummary | Ranked] = []
    for g in groups:
        rows.append(g)
        rows.extend(g.entries)
    with chart_style():
        # fixed room for the title, axis, note and legend, then a fixed height per row: a
        # one-company chart keeps rows tall enough for its stage header
        height = 2.0 + ROW_IN * len(rows)
        fig = new_figure(8.2, height)
        ax = fig.add_subplot()
        top = max((g.maximum for g in groups), default=100) or 100
        labels, ticks = [], []
        for y, item in enumerate(rows):
            if isinstance(item, GroupSummary):
                # the header sits on its own row, its baseline just above the rule
                ax.text(0.004, y + 0.4, f"{item.stage_name(lang)}  ({t('stage_max', lang)} "
                        f"{item.maximum})", transform=ax.get_yaxis_transform(), ha="left",
                        va="bottom", fontsize=9.5, fontweight="bold",
                        color=stage_colour(item.key.stage), gid="stage-header")
                ax.axhline(y + 0.5, color="#d0d0d0", lw=0.6)
                continue
            colour = stage_colour(item.group.stage)
            ax.barh(y, item.maximum, height=0.72, color=to_rgba(colour, 0.13), edgecolor="none")
            ax.barh(y, item.total, height=0.72, color=colour, edgecolor="none")
            ax.text(item.total + top * 0.006, y, points_text(item.total), va="center", ha="left",
                    fontsize=7.5, color="#333333")
            ticks.append(y)
            labels.append(f"{item.rank}. {item.name}")
        ax.set_yticks(ticks, labels)
        ax.tick_params(axis="y", length=0, labelsize=8.5)
        ax.set_ylim(len(rows) - 0.5, -0.5)
        ax.set_xlim(0, top * 1.06)
        ax.set_xlabel(t("score_axis", lang))
        ax.grid(axis="x", color="#e6e6e6", lw=0.6)
        ax.set_axisbelow(True)
        ax.spines["left"].set_visible(False)
        unknown = t("unspecified", lang)
        sub = (f"{t('industry', lang)} {industry_label(industry, lang) if industry else unknown}"
               f" · {t('size', lang)} {size_label(size, lang) if size else unknown}")
        sub = wrap_units(sub, units_per_line(7.8, 12))
        fig.suptitle(f"{t('ranking_title', lang, year=study.year)}\n{sub}", x=0.01,
                     ha="left", fontsize=12, fontweight="bold")
        handles = [Patch(color=stage_colour(g.key.stage), label=g.stage_name(lang))
                   for g in groups]
        handles.append(Patch(color=to_rgba("#555555", 0.15), label=t("stage_max", lang)))
        fig.legend(handles=handles, loc="outside lower left", ncols=min(len(handles), 4),
                   fontsize=7.5, frameon=False)
        ax.annotate(t("source_note", lang), xy=(0, 0), xycoords="axes fraction",
                    xytext=(0, -30), textcoords="offset points", fontsize=7, color="#777777",
                    ha="left", va="top")
    return fig


# -- heat map -----------------------------------------------------------------------------
HEAT_LABEL_UNITS = 22
"""Indicator labels under the heat map are wrapped to this many display units a line."""


def _longest_line(text: str) -> int:
    return max(sum(map(char_units, line)) for line in text.splitlines() or [""])


def heatmap_figure(group: GroupSummary, study: Study, lang: str,
                   percents: dict[str, dict[str, int]]) -> Figure:
    """Companies (by rank) × the group's counted indicators, cell = percent of points.
    `percents` maps Company.key → indicator id → percent (from the ratings).

    The figure is sized for what it holds (title lines, rows, the rotated indicator labels),
    so constrained layout never has to squeeze the cells away."""
    indicators = sorted(group.indicators, key=lambda s: s.indicator)
    rows: list[list[float]] = [[float(percents[e.key][s.indicator]) for s in indicators]
                               for e in group.entries]
    means = [s.mean_percent for s in indicators]
    names = [wrap_units(f"{e.rank}. {e.name}", NAME_UNITS) for e in group.entries]
    names.append(t("group_mean", lang))
    data: list[list[float]] = [*rows, means]
    columns = [wrap_units(f"{s.indicator} {s.name(lang)}", HEAT_LABEL_UNITS) for s in indicators]
    with chart_style():
        width = min(13.0, max(7.0, 3.2 + 0.62 * len(indicators)))
        title = "\n".join([
            f"{t('heatmap_title', lang)} · {study.year}",
            wrap_units(group_title(group.key, group.stage_name(lang), lang),
                       units_per_line(width - 0.4, 10.5))])
        unit_in = 7.5 * 0.6 / 72  # one display unit of a 7.5 pt label, in inches
        label_in = max(map(_longest_line, columns)) * unit_in * 0.71 + 0.35  # at 45°
        height = 0.5 + 0.2 * (title.count("\n") + 1) + 0.36 * len(data) + label_in
        fig = new_figure(width, height)
        ax = fig.add_subplot()
        image = ax.imshow(data, cmap=HEAT, vmin=0, vmax=100, aspect="auto")
        for i, row in enumerate(data):
            for j, value in enumerate(row):
                ax.text(j, i, f"{value:.0f}", ha="center", va="center", fontsize=7,
                        color="white" if value >= 70 else "#222222",
                        fontweight="bold" if i == len(data) - 1 else "normal")
        ax.axhline(len(rows) - 0.5, color="white", lw=2.5)
        ax.set_xticks(range(len(indicators)), columns, rotation=45, ha="right",
                      rotation_mode="anchor", fontsize=7.5)
        ax.set_yticks(range(len(names)), names, fontsize=8)
        ax.tick_params(length=0)
        for side in ("left", "bottom"):
            ax.spines[side].set_visible(False)
        fig.suptitle(title, x=0.01, ha="left", fontsize=10.5, fontweight="bold")
        bar = fig.colorbar(image, ax=ax, fraction=0.035, pad=0.015, aspect=12)
        bar.set_label(t("percent", lang))
    return fig


# -- stage distribution -----------------------------------------------------------------------
LEGEND_UNITS = 34
"""Industry names in the distribution legend are wrapped to this many display units."""


def industry_colour(k: int) -> str:
    return INDUSTRY_COLOURS[k % len(INDUSTRY_COLOURS)]


def fold_industries(by_industry: dict[int, dict[str, int]],
                    keep: int = LEGEND_INDUSTRIES) -> dict[int, dict[str, int]]:
    """Counts with all but the `keep - 1` largest industries summed under `OTHER` when there are
    more than `keep` (largest by companies over all stages, then by code)."""
    totals: dict[str, int] = {}
    for counts in by_industry.values():
        for industry, n in counts.items():
            totals[industry] = totals.get(industry, 0) + n
    if len(totals) <= keep:
        return by_industry
    kept = set(sorted(totals, key=lambda i: (-totals[i], i))[:keep - 1])
    folded: dict[int, dict[str, int]] = {}
    for stage, counts in by_industry.items():
        out = folded.setdefault(stage, {})
        for industry, n in counts.items():
            key = industry if industry in kept else OTHER
            out[key] = out.get(key, 0) + n
    return folded


def distribution_figure(study: Study, lang: str, by_industry: dict[int, dict[str, int]]) -> Figure:
    """Companies per stage, stacked by industry. `by_industry`: stage → industry → count.
    The legend names each industry ("D44 电力、热力生产和供应业"), below the bars."""
    stages = sorted(study.stage_counts)
    named = len({i for counts in by_industry.values() for i in counts})
    by_industry = fold_industries(by_industry)
    industries = sorted({i for counts in by_industry.values() for i in counts})
    folded = named - len(industries) + 1
    several = len(industries) > 1
    columns = 2 if len(industries) > 4 else 1
    legend_rows = -(-len(industries) // columns) if several else 0
    with chart_style():
        fig = new_figure(6.8, 3.8 + 0.3 * legend_rows)
        ax = fig.add_subplot()
        names = [wrap_chars(study.stage_name(s, lang).replace("：", "\n").replace(": ", "\n"), 16)
                 for s in stages]
        bottom = [0] * len(stages)
        for k, industry in enumerate(industries):
            counts = [by_industry.get(s, {}).get(industry, 0) for s in stages]
            # one industry: the stage colours; several: one colour per industry
            colours = ([stage_colour(s) for s in stages] if not several
                       else [OTHER_COLOUR if industry == OTHER else industry_colour(k)]
                       * len(stages))
            label = (industry_label(industry, lang) if industry not in ("", OTHER)
                     else t("unspecified", lang) if not industry
                     else t("other_industries", lang, n=folded))
            ax.bar(names, counts, bottom=bottom, color=colours, edgecolor="white", lw=0.8,
                   label=wrap_units(label, LEGEND_UNITS))
            bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
        for x, total in enumerate(bottom):
            ax.text(x, total, str(total), ha="center", va="bottom", fontsize=9,
                    fontweight="bold")
        ax.set_ylabel(t("companies_axis", lang))
        ax.set_ylim(0, max(bottom + [1]) * 1.15)
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.tick_params(axis="x", length=0, labelsize=8)
        ax.set_title(t("distribution_title", lang, year=study.year), loc="left")
        if several:
            fig.legend(*ax.get_legend_handles_labels(), title=t("industry", lang),
                       loc="outside lower left", ncols=columns, fontsize=7.5,
                       title_fontsize=8, frameon=False, alignment="left")
    return fig


def indicator_percents(ratings: list[Rating]) -> dict[str, dict[str, int]]:
    """Company.key → indicator id → percent, as stored in the ratings."""
    return {r.company.key: {i.indicator: i.score.percent for i in r.indicators} for r in ratings}


def stage_industry_counts(ratings: list[Rating], year: int) -> dict[int, dict[str, int]]:
    counts: dict[int, dict[str, int]] = {}
    for r in ratings:
        if r.company.year == year:
            per = counts.setdefault(r.stage, {})
            per[r.company.industry] = per.get(r.company.industry, 0) + 1
    return counts


def write_charts(study: Study, ratings: list[Rating], out: Path, lang: str) -> list[Path]:
    """All charts of a study into `out`: ranking-<industry>-<size>, heatmap-S<stage>-…,
    stages; PNG and SVG each. Returns the paths written."""
    percents = indicator_percents(ratings)
    written: list[Path] = []
    segments = sorted({(g.key.industry, g.key.size) for g in study.groups})
    for industry, size in segments:
        fig = ranking_figure(study, lang, industry, size)
        written += save(fig, out / f"ranking-{slug(industry)}-{slug(size)}-{lang}")
    for g in study.groups:
        fig = heatmap_figure(g, study, lang, percents)
        name = f"heatmap-S{g.key.stage}-{slug(g.key.industry)}-{slug(g.key.size)}-{lang}"
        written += save(fig, out / name)
    counts = stage_industry_counts(ratings, study.year)
    written += save(distribution_figure(study, lang, counts), out / f"stages-{lang}")
    return written
