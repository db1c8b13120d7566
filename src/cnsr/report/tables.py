"""Terminal tables (rich) of a study: one table per peer group, and the summary text; with
stored checklist results, a readiness column per framework and its summary line."""

from __future__ import annotations

from collections.abc import Mapping

from rich.cells import cell_len
from rich.console import Group
from rich.table import Table
from rich.text import Text

from cnsr.frameworks.results import CheckSummary, StoredCheck
from cnsr.rank.peers import Ranked
from cnsr.rank.reference import references
from cnsr.rank.study import GroupSummary, Study, group_title
from cnsr.report.check_tables import check_lines, readiness_cell, summaries, titles
from cnsr.report.labels import t

NAME_WIDTH = 24
"""Terminal cells at which a framework's name wraps in its readiness column's header (the
names are long; the cells below them are short)."""


def _num(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def group_table(group: GroupSummary, lang: str, study: Study | None = None,
                checks: Mapping[str, Mapping[str, CheckSummary]] | None = None,
                names: Mapping[str, str] | None = None) -> Table:
    """One peer group; with the study, each company's place in its industry (all sizes) and
    in the market (same stage) too, so a one-company group still has a reference; with
    `checks` (framework → company-year key → summary), a readiness column per framework,
    headed by its name in `names` (framework → name; the id when it has none)."""
    title = (f"{group_title(group.key, group.stage_name(lang), lang)} · "
             f"{t('maximum', lang)} {group.maximum}")
    table = Table(title=title, title_justify="left", title_style="bold", header_style="bold")
    rows = [_cells(e, study) for e in group.entries]
    columns = [("rank", True), ("name", False), ("code", False), ("total_score", True),
               ("share_short", True), ("percentile", True), ("change", True),
               ("rank_change", True)]
    if study is not None:
        columns += [(f"scope_{scope}", True) for scope in ("industry", "market")]
    for k, (name, right) in enumerate(columns):
        # in a narrow terminal the headers wrap and the company names fold; a score, code or
        # rank is never cut to "59…"
        widest = max((cell_len(str(r[k])) for r in rows), default=1)
        table.add_column(t(name, lang), justify="right" if right else "left",
                         min_width=None if name == "name" else widest, overflow="fold")
    ready = {framework: [readiness_cell(found.get(e.key), lang) for e in group.entries]
             for framework, found in (checks or {}).items()}
    for framework, cells in ready.items():
        name = (names or {}).get(framework, framework)
        widest = max((cell_len(c) for c in cells), default=1)
        table.add_column(t("check_col", lang, framework=name), justify="right",
                         min_width=widest, max_width=max(NAME_WIDTH, widest), overflow="fold")
    for row, own in enumerate(rows):
        table.add_row(*own, *[cells[row] for cells in ready.values()])
    return table


def _cells(e: Ranked, study: Study | None) -> list[str | Text]:
    """One company's cells before the readiness columns: rank, name, code, score, share,
    percentile, change, rank change and, with the study, its industry and market ranks."""
    c = e.change
    delta = Text("")
    if c is not None:
        style = "green" if c.delta > 0 else "red" if c.delta < 0 else ""
        delta = Text(f"{c.delta:+.2f}", style=style)
    moved = ""
    if c is not None and c.rank_change is not None:
        moved = f"{c.rank_change:+d}" if c.rank_change else "0"
    elif c is not None and c.stage_change:
        moved = f"S{c.previous_stage}→S{e.group.stage}"
    wider = ([f"{r.rank}{'=' if r.tied else ''}/{r.size}"
              for r in references(study, e.key) if r.scope != "group"]
             if study is not None else [])
    return [f"{e.rank}{'=' if e.tied else ''}", e.name, e.code, _num(e.total),
            f"{100 * e.share:.1f}%", "—" if e.percentile is None else f"{e.percentile:.0f}",
            delta, moved, *wider]


def study_tables(study: Study, lang: str, checks: list[StoredCheck] | None = None) -> Group:
    """The study's tables; with the stored `checks` of its year, their readiness beside each
    company and one line per framework under the tables."""
    columns = summaries(checks or [])
    parts: list[Table | Text] = [Text(study.text(lang).splitlines()[0], style="bold")]
    for g in study.groups:
        parts.append(group_table(g, lang, study, columns, titles(checks or [], lang)))
        parts.append(Text(g.text(lang), style="dim"))
    if study.unranked:
        sep = "、" if lang == "zh" else ", "
        parts.append(Text(t("stage0_unranked", lang, names=sep.join(study.unranked)),
                          style="dim"))
    parts.extend(Text(line) for line in check_lines(checks or [], lang))
    return Group(*parts)
