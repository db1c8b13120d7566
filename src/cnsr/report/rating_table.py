"""One rating as terminal tables: the headline, then each indicator with bands and score."""

from __future__ import annotations

from pathlib import Path

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from cnsr.methodology import LoadedMethodology
from cnsr.rating import Rating
from cnsr.report.evidence_text import page_text, quote
from cnsr.report.labels import t
from cnsr.report.stage_zero import first_stage_needs


def rating_tables(r: Rating, m: LoadedMethodology, lang: str) -> Group:
    zh = lang == "zh"
    stage = m.spec.stage(r.stage)
    score = ((f"{t('score', lang)} {r.total:.2f} / {r.maximum}    "
              f"{t('share', lang)} {r.share:.1%}") if r.stage > 0 else
             f"{t('not_scored', lang)}\n{first_stage_needs(m, lang, r)}")
    head = Text.assemble(
        (f"{r.company.name}", "bold"), f"  {r.company.code}  {r.company.industry}  "
        f"{r.company.size}  {r.company.year}\n",
        f"{t('stage', lang)} {r.stage} · {stage.name(lang)}    ", score,
    )
    table = Table(title=None, show_lines=False)
    for zh_head, en_head, justify in (
        ("指标", "Indicator", "left"), ("计入", "Counted", "center"),
        ("水平", "Level", "right"), ("档位", "Band", "center"), ("趋势", "Trend", "center"),
        ("对比", "Comp.", "center"), ("整合", "Integr.", "center"), ("得分率", "%", "right"),
        ("得分", "Score", "right"), ("证据页", "Evidence pages", "left"),
    ):
        wide = en_head in ("Indicator", "Evidence pages")
        table.add_column(zh_head if zh else en_head, justify=justify,  # type: ignore[arg-type]
                         no_wrap=True, overflow="ellipsis", max_width=30 if wide else None)
    for ind in r.indicators:
        spec = m.spec.indicator_by_id[ind.indicator]
        s = ind.score
        pages = sorted({(e.file.rsplit("/", 1)[-1], e.page, e.page_label or "")
                        for p in ind.points for e in p.evidence if e.page})
        where = (", ".join(f"p{label or page}" for _, page, label in pages[:6])
                 + (" …" if len(pages) > 6 else ""))
        style = "" if ind.counted else "dim"
        table.add_row(
            f"{ind.indicator} {spec.name(lang)}", "✓" if ind.counted else "",
            f"{s.level}%", s.level_band + ("*" if s.capped else ""), ind.trend.band,
            ind.comparison.band, ind.integration.band, f"{s.percent}%",
            f"{s.score:.2f}/{s.points_max}" if ind.counted else "", where, style=style,
        )
    parts: list[RenderableType] = [head, table]
    quotes = evidence_table(r, m, lang)
    if quotes.row_count:
        parts.append(quotes)
    if r.emissions:
        parts.append(emissions_table(r, lang))
    cap = m.spec.scoring.quantitative_cap
    note = Text((f"* 要求数据但未披露数字，封顶 {cap}%；灰色指标不计入本阶段总分"
                 if zh else f"* quantitative points without numbers: capped at {cap}%; "
                 "dim rows do not count at this stage"), style="dim")
    return Group(*parts, note)


QUOTE_CHARS = 90
"""Quotes in the terminal are trimmed to this many characters (the card and JSON keep more)."""


def evidence_table(r: Rating, m: LoadedMethodology, lang: str) -> Table:
    """The first quote of every counted point that has one, with its file and page."""
    table = Table(title=t("evidence", lang), title_justify="left", show_lines=True)
    table.add_column(t("point", lang), no_wrap=True, max_width=24, overflow="ellipsis")
    table.add_column(t("rating", lang), no_wrap=True)
    table.add_column(f"{t('file', lang)} · {t('page', lang)}", no_wrap=True)
    table.add_column(t("evidence", lang), overflow="fold")
    for ind in r.counted:
        for p in ind.points:
            if not p.evidence:
                continue
            e = p.evidence[0]
            name = m.spec.point_by_id[p.point].name(lang)
            where = " · ".join(x for x in (Path(e.file).name, page_text(e, lang)) if x)
            # document text as Text, never markup: "[b]" or "[i]" in a quote is the report's
            table.add_row(f"{p.point} {name}", f"{p.rating:g}", Text(where),
                          Text(quote(e.passage, QUOTE_CHARS)))
    return table


KIND_NAMES = {"own": ("自身", "own"), "part": ("其中（分项）", "part of scope"), "avoided": ("减排/避免", "avoided"),
              "financed": ("投融资", "financed"), "customers": ("客户/产品使用", "customers"),
              "suppliers": ("供应商", "suppliers"), "sector": ("行业/国家", "sector")}


def emissions_table(r: Rating, lang: str, limit: int = 12) -> Table:
    """The GHG figures found: own ones first, then the others, each with its page."""
    zh = lang == "zh"
    table = Table(title="排放数据" if zh else "Emissions", title_justify="left")
    for zh_head, en_head, justify in (("范围", "Scope", "left"), ("年度", "Year", "right"),
                                      ("数值", "Value", "right"), ("单位", "Unit", "left"),
                                      ("类别", "Kind", "left"), ("原文", "As written", "left"),
                                      ("页", "Page", "right")):
        table.add_column(zh_head if zh else en_head, justify=justify,  # type: ignore[arg-type]
                         no_wrap=True, overflow="ellipsis",
                         max_width=28 if en_head == "As written" else None)
    ordered = sorted(r.emissions, key=lambda e: (e.kind != "own", e.scope, e.year or 0))
    for e in ordered[:limit]:
        table.add_row(e.scope, str(e.year or "—"), f"{e.value:,.6g}" if e.value < 10_000
                      else f"{e.value:,.0f}", e.unit, KIND_NAMES[e.kind][0 if zh else 1],
                      Text(e.written), str(e.evidence.page or ""),
                      style="" if e.kind == "own" else "dim")
    if len(ordered) > limit:
        table.caption = (f"另有 {len(ordered) - limit} 项（见 JSON / Excel）" if zh
                         else f"{len(ordered) - limit} more (see JSON / Excel)")
    return table
