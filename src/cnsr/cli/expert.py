"""`cnsr template` and `cnsr score`: the expert scoring sheet."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cnsr.cli.common import FrameworkOption, Lang, MethodologyOption, fail_on_error, load_scheme


@fail_on_error
def template(
    out: Annotated[Path, typer.Argument(help="Workbook to write (.xlsx).")] = Path(
        "cnsr-expert-sheet.xlsx"),
    methodology_file: MethodologyOption = None,
    framework: FrameworkOption = None,
) -> None:
    """Write an empty expert scoring workbook (专家评分表) with drop-downs and instructions."""
    from cnsr.batch.industries import industries, size_classes
    from cnsr.expert.template import write_template

    m = load_scheme(methodology_file, framework)
    write_template(m, out, industries=list(industries()), sizes=list(size_classes()))
    typer.echo(f"wrote {out}")


@fail_on_error
def score(
    sheet: Annotated[Path, typer.Argument(help="A filled expert scoring workbook.")],
    out: Annotated[Path | None, typer.Option("--out", "-o",
                                             help="Results workbook (default: SHEET-results.xlsx).")] = None,
    methodology_file: MethodologyOption = None,
    framework: FrameworkOption = None,
    lang: Lang = "zh",
) -> None:
    """Score a filled expert sheet: stage, indicator scores, total, share, peer rank."""
    from rich.console import Console
    from rich.table import Table

    from cnsr.expert.results import write_results
    from cnsr.expert.score import score_sheet
    from cnsr.rank.peers import position, rank_groups
    from cnsr.report.labels import t
    from cnsr.report.stage_zero import first_stage_needs

    m = load_scheme(methodology_file, framework)
    ratings = score_sheet(m, sheet)
    groups = rank_groups(ratings)
    target = out or sheet.with_name(f"{sheet.stem}-results.xlsx")
    write_results(m, ratings, groups, target)
    zh = lang == "zh"
    table = Table(title="专家评分结果" if zh else "Expert sheet results")
    for zh_head, en_head in (("公司", "Company"), ("年度", "Year"), ("阶段", "Stage"),
                             ("得分", "Score"), ("得分率", "Share"), ("同组", "Peer group"),
                             ("排名", "Rank")):
        table.add_column(zh_head if zh else en_head)
    needs = []
    for r in ratings:
        placed = position(groups, r.company.key)
        if r.stage == 0:  # maximum 0: no score, no share; what stage 1 needs instead
            table.add_row(r.company.name, str(r.company.year), "0", t("not_scored", lang), "—",
                          "—", "—")
            needs.append(f"{r.company.name}{'：' if zh else ': '}"
                         f"{first_stage_needs(m, lang, r)}")
            continue
        table.add_row(r.company.name, str(r.company.year), str(r.stage),
                      f"{r.total:.2f} / {r.maximum}", f"{r.share:.1%}",
                      placed.group.label if placed else "—",
                      f"{placed.rank}/{placed.group_size}" if placed else "—")
    console = Console()
    console.print(table)
    for line in needs:
        console.print(line, highlight=False)
    console.print(f"wrote {target}")
