"""One rating as terminal tables: the headline, then each indicator with bands and score.

The tables are described once (`Grid`s, `report.plain_table`) and printed two ways, byte for
byte the same: into a pipe or a file (no colour) by `plain_table`, which lays them out as rich
does at a fraction of the cost (session 29: rich's layout took 51-73 ms of CPU after the last
page, the largest serial step left in `cnsr rate`); on a colour terminal by rich itself
(`rating_tables`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from cnsr.methodology import LoadedMethodology
from cnsr.rating import Rating
from cnsr.report.evidence_text import page_text, quote
from cnsr.report.labels import t
from cnsr.report.plain_table import Col, Grid, draw, safe_cell, wrap
from cnsr.report.stage_zero import first_stage_needs

if TYPE_CHECKING:
    from rich.console import Group
    from rich.table import Table


def _headline(r: Rating, m: LoadedMethodology, lang: str) -> tuple[str, str]:
    """The company's name (bold) and the rest of the headline."""
    stage = m.spec.stage(r.stage)
    score = ((f"{t('score', lang)} {r.total:.2f} / {r.maximum}    "
              f"{t('share', lang)} {r.share:.1%}") if r.stage > 0 else
             f"{t('not_scored', lang)}\n{first_stage_needs(m, lang, r)}")
    return (f"{r.company.name}",
            f"  {r.company.code}  {r.company.industry}  {r.company.size}  {r.company.year}\n"
            f"{t('stage', lang)} {r.stage} · {stage.name(lang)}    {score}")


def _note(m: LoadedMethodology, lang: str) -> str:
    cap = m.spec.scoring.quantitative_cap
    return (f"* 要求数据但未披露数字，封顶 {cap}%；灰色指标不计入本阶段总分"
            if lang == "zh" else f"* quantitative points without numbers: capped at {cap}%; "
            "dim rows do not count at this stage")


def indicator_grid(r: Rating, m: LoadedMethodology, lang: str) -> Grid:
    zh = lang == "zh"
    columns = []
    for zh_head, en_head, justify in (
        ("指标", "Indicator", "left"), ("计入", "Counted", "center"),
        ("水平", "Level", "right"), ("档位", "Band", "center"), ("趋势", "Trend", "center"),
        ("对比", "Comp.", "center"), ("整合", "Integr.", "center"), ("得分率", "%", "right"),
        ("得分", "Score", "right"), ("证据页", "Evidence pages", "left"),
    ):
        wide = en_head in ("Indicator", "Evidence pages")
        columns.append(Col(zh_head if zh else en_head, justify=justify,  # type: ignore[arg-type]
                           no_wrap=True, overflow="ellipsis", max_width=30 if wide else None))
    grid = Grid(columns)
    for ind in r.indicators:
        spec = m.spec.indicator_by_id[ind.indicator]
        s = ind.score
        pages = sorted({(e.file.rsplit("/", 1)[-1], e.page, e.page_label or "")
                        for p in ind.points for e in p.evidence if e.page})
        where = (", ".join(f"p{label or page}" for _, page, label in pages[:6])
                 + (" …" if len(pages) > 6 else ""))
        grid.rows.append(([
            f"{ind.indicator} {spec.name(lang)}", "✓" if ind.counted else "",
            f"{s.level}%", s.level_band + ("*" if s.capped else ""), ind.trend.band,
            ind.comparison.band, ind.integration.band, f"{s.percent}%",
            f"{s.score:.2f}/{s.points_max}" if ind.counted else "", where,
        ], "" if ind.counted else "dim"))
    return grid


QUOTE_CHARS = 90
"""Quotes in the terminal are trimmed to this many characters (the card and JSON keep more)."""


def evidence_grid(r: Rating, m: LoadedMethodology, lang: str) -> Grid:
    """The first quote of every counted point that has one, with its file and page."""
    # document text is literal, never markup: "[b]" or "[i]" in a quote is the report's
    grid = Grid([Col(t("point", lang), no_wrap=True, max_width=24, overflow="ellipsis"),
                 Col(t("rating", lang), no_wrap=True),
                 Col(f"{t('file', lang)} · {t('page', lang)}", no_wrap=True, literal=True),
                 Col(t("evidence", lang), overflow="fold", literal=True)],
                title=t("evidence", lang), title_justify="left", show_lines=True)
    for ind in r.counted:
        for p in ind.points:
            if not p.evidence:
                continue
            e = p.evidence[0]
            name = m.spec.point_by_id[p.point].name(lang)
            where = " · ".join(x for x in (Path(e.file).name, page_text(e, lang)) if x)
            grid.rows.append(([f"{p.point} {name}", f"{p.rating:g}", where,
                               quote(e.passage, QUOTE_CHARS)], ""))
    return grid


KIND_NAMES = {"own": ("自身", "own"), "part": ("其中（分项）", "part of scope"), "avoided": ("减排/避免", "avoided"),
              "financed": ("投融资", "financed"), "customers": ("客户/产品使用", "customers"),
              "suppliers": ("供应商", "suppliers"), "sector": ("行业/国家", "sector")}


def emissions_grid(r: Rating, lang: str, limit: int = 12) -> Grid:
    """The GHG figures found: own ones first, then the others, each with its page."""
    zh = lang == "zh"
    columns = [Col(zh_head if zh else en_head, justify=justify,  # type: ignore[arg-type]
                   no_wrap=True, overflow="ellipsis",
                   max_width=28 if en_head == "As written" else None,
                   literal=en_head == "As written")
               for zh_head, en_head, justify in (
                   ("范围", "Scope", "left"), ("年度", "Year", "right"), ("数值", "Value", "right"),
                   ("单位", "Unit", "left"), ("类别", "Kind", "left"), ("原文", "As written", "left"),
                   ("页", "Page", "right"))]
    grid = Grid(columns, title="排放数据" if zh else "Emissions", title_justify="left")
    ordered = sorted(r.emissions, key=lambda e: (e.kind != "own", e.scope, e.year or 0))
    for e in ordered[:limit]:
        grid.rows.append(([e.scope, str(e.year or "—"), f"{e.value:,.6g}" if e.value < 10_000
                           else f"{e.value:,.0f}", e.unit, KIND_NAMES[e.kind][0 if zh else 1],
                           e.written, str(e.evidence.page or "")],
                          "" if e.kind == "own" else "dim"))
    if len(ordered) > limit:
        grid.caption = (f"另有 {len(ordered) - limit} 项（见 JSON / Excel）" if zh
                        else f"{len(ordered) - limit} more (see JSON / Excel)")
    return grid


def _grids(r: Rating, m: LoadedMethodology, lang: str) -> list[Grid]:
    grids = [indicator_grid(r, m, lang)]
    quotes = evidence_grid(r, m, lang)
    if quotes.rows:
        grids.append(quotes)
    if r.emissions:
        grids.append(emissions_grid(r, lang))
    return grids


def rating_text(r: Rating, m: LoadedMethodology, lang: str, width: int) -> str | None:
    """What `rich.console.Console(width=width)` prints of `rating_tables` into a pipe or a
    file (no colour), or None when only rich can say (`plain_table.draw`)."""
    name, rest = _headline(r, m, lang)
    note = _note(m, lang)
    if not (safe_cell(name + rest, True) and safe_cell(note, True)):
        return None
    lines = wrap(name + rest, width, "default", "fold", False)
    for grid in _grids(r, m, lang):
        drawn = draw(grid, width)
        if drawn is None:
            return None
        lines += drawn
    lines += wrap(note, width, "default", "fold", False)
    return "\n".join(lines) + "\n"


def rating_tables(r: Rating, m: LoadedMethodology, lang: str) -> Group:
    """The same tables as rich renderables (a colour terminal: styles and highlighting)."""
    from rich.console import Group
    from rich.text import Text

    name, rest = _headline(r, m, lang)
    head = Text.assemble((name, "bold"), rest)
    return Group(head, *(rich_table(g) for g in _grids(r, m, lang)), Text(_note(m, lang),
                                                                           style="dim"))


def rich_table(grid: Grid) -> Table:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=grid.title, title_justify=grid.title_justify,
                  show_lines=grid.show_lines)
    for col in grid.columns:
        table.add_column(col.header, justify=col.justify,
                         no_wrap=col.no_wrap, overflow=col.overflow, max_width=col.max_width)
    for cells, style in grid.rows:
        table.add_row(*(Text(c) if col.literal else c
                        for c, col in zip(cells, grid.columns, strict=True)), style=style)
    if grid.caption:
        table.caption = grid.caption
    return table
