"""`cnsr methodology`: show indicators, disclosure points, weights and points."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any

import typer

from cnsr.cli.common import FrameworkOption, Lang, MethodologyOption, fail_on_error, load_scheme

if TYPE_CHECKING:
    from cnsr.methodology import LoadedMethodology


class Format(StrEnum):
    table = "table"
    json = "json"


def methodology_summary(m: LoadedMethodology) -> dict[str, Any]:
    """The methodology with its computed weights, as plain data."""
    spec = m.spec
    return {
        "id": spec.id,
        "version": spec.version,
        "source": spec.source,
        "stage_maxima": {str(s.stage): m.stage_maximum(s.stage) for s in spec.stages},
        "points": {i.id: m.points(i.id) for i in spec.indicators},
        "indicators": [
            {
                "id": i.id, "stage": i.stage, "zh": i.zh, "en": i.en,
                "row_sum": m.weights[i.id].row_sum,
                "weight": round(m.weights[i.id].weight, 6),
                "points": m.points(i.id),
                "disclosure_points": [
                    {"id": p.id, "zh": p.zh, "en": p.en, "quantitative": p.quantitative}
                    for p in i.points
                ],
            }
            for i in spec.indicators
        ],
    }


@fail_on_error
def methodology(
    methodology_file: MethodologyOption = None,
    framework: FrameworkOption = None,
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
    lang: Lang = "zh",
    points: Annotated[bool, typer.Option(help="List each indicator's disclosure points.")] = False,
) -> None:
    """Show the methodology: indicators, weights (优序图法), points and stage maxima."""
    from rich.console import Console
    from rich.table import Table


    m = load_scheme(methodology_file, framework)
    if format is Format.json:
        typer.echo(json.dumps(methodology_summary(m), ensure_ascii=False, indent=2))
        return
    zh = lang == "zh"
    table = Table(title=f"{m.spec.title_zh if zh else m.spec.title_en}  ({m.label})")
    for header in (("指标", "Indicator"), ("名称", "Name"), ("阶段", "Stage"),
                   ("优序和 T", "Row sum T"), ("权重", "Weight"), ("分值", "Points")):
        table.add_column(header[0] if zh else header[1])
    for ind in m.spec.indicators:
        w = m.weights[ind.id]
        table.add_row(ind.id, ind.name(lang), str(ind.stage), f"{w.row_sum:g}",
                      f"{w.weight:.4f}", str(w.points))
        if points:
            for p in ind.points:
                mark = " (Q)" if p.quantitative else ""
                table.add_row("", f"  {p.id} {p.name(lang)}{mark}", "", "", "", "")
    console = Console()
    console.print(table)
    maxima = " / ".join(f"{s.stage}: {m.stage_maximum(s.stage)}" for s in m.spec.stages)
    console.print(("阶段满分 " if zh else "Stage maxima ") + maxima)
