"""`cnsr ghg roadmap` and `cnsr ghg points`: the reduction roadmap and the disclosure points an
inventory (and, with --roadmap, its roadmap) earns.

Registered on the `cnsr ghg` group in cli/ghg.py; the GHG package is imported inside each function.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cnsr.cli.ghg_options import (
    FactorsOpt,
    GridArg,
    GridOpt,
    GwpArg,
    GwpOpt,
    LangArg,
    LangOpt,
    StrictArg,
    StrictSheetsArg,
    activity_inventory,
    load_inventory,
    make_console,
    wanted_formats,
)
from cnsr.errors import InputError

if TYPE_CHECKING:
    from cnsr.ghg.i18n import Lang
    from cnsr.ghg.library import FactorLibrary
    from cnsr.ghg.model import Inventory
    from cnsr.ghg.roadmap import Roadmap


MeasuresOpt = Annotated[Path | None, typer.Option(
    "--measures", help="减排措施工作簿（缺省：活动数据中的“减排措施”表）/ measures workbook "
                       "(default: the activity workbook's measures sheet)")]
GrowthOpt = Annotated[float, typer.Option(
    "--growth", help="基准情景年增长率 % / BAU growth of activity, % per year")]
EtsOpt = Annotated[bool, typer.Option(
    "--ets", help="企业为全国碳市场重点排放单位 / the company is covered by the national ETS")]
RoadmapDataOpt = Annotated[Path | None, typer.Option(
    "--roadmap-data", help="替换 roadmap.yaml（规则、价格、折现率）/ replace roadmap.yaml")]


def roadmap_of(data: Path, target_file: Path, measures: Path | None, growth: float, ets: bool,
               roadmap_data: Path | None, factors: Path | None, gwp: GwpOpt | None,
               grid: GridOpt | None, strict: bool, *, strict_sheets: bool = False
               ) -> tuple[Roadmap, Inventory, FactorLibrary]:
    """The roadmap for an activity file and target, with the inventory it starts from."""
    from cnsr.ghg.compensation import load_roadmap_data
    from cnsr.ghg.measures import read_measures
    from cnsr.ghg.roadmap import build_roadmap
    from cnsr.ghg.targets import load_target

    activity, inv, lib = activity_inventory(data, factors, gwp, grid, strict,
                                            strict_sheets=strict_sheets)
    rm = build_roadmap(activity, inv, lib, load_target(target_file),
                       read_measures(measures or data), load_roadmap_data(roadmap_data),
                       growth, ets)
    return rm, inv, lib


def roadmap(
    data: Annotated[Path, typer.Argument(help="活动数据（含减排措施表）/ activity data")],
    target_file: Annotated[Path, typer.Option("--target", help="目标 YAML / target file")],
    measures: MeasuresOpt = None, growth: GrowthOpt = 0.0, ets: EtsOpt = False,
    roadmap_data: RoadmapDataOpt = None, factors: FactorsOpt = None, gwp: GwpArg = None,
    grid: GridArg = None, strict_years: StrictArg = False, lang: LangArg = LangOpt.zh,
    out: Annotated[Path | None, typer.Option("--out", help="输出目录 / output folder")] = None,
    formats: Annotated[str, typer.Option(help="xlsx,html,pdf,png,svg")] = "xlsx,html,png",
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON / print JSON")] = False,
) -> None:
    """减排路线图：BAU、逐年路径、边际减排成本曲线、最低成本措施组合、剩余排放与抵销 /
    Reduction roadmap: BAU, pathway, MACC, cheapest set of measures, residual and offsets.
    Exits 1 when the measures cannot reach the target (the best pathway is still written)."""
    from cnsr.ghg.charts import macc_chart, roadmap_chart
    from cnsr.ghg.report import write_html, write_pdf
    from cnsr.ghg.report_roadmap import write_roadmap_excel

    console = make_console()
    rm, inv, lib = roadmap_of(data, target_file, measures, growth, ets, roadmap_data, factors,
                            gwp, grid, strict_years)
    lg: Lang = "zh" if lang is LangOpt.zh else "en"
    if as_json:
        typer.echo(rm.model_dump_json(indent=2))
    else:
        _print_roadmap(rm, lg)
    if out is not None:
        wanted = wanted_formats(formats)
        written = []
        if "xlsx" in wanted:
            written.append(write_roadmap_excel(rm, out / f"ghg-roadmap-{lg}.xlsx", lg))
        if "html" in wanted:
            written.append(write_html(inv, out / f"ghg-report-{lg}.html", lg, lib, rm))
        if "pdf" in wanted:
            written.append(write_pdf(inv, out / f"ghg-report-{lg}.pdf", lg, lib, rm))
        for fmt in sorted(wanted & {"png", "svg"}):
            for name, draw in (("pathway", roadmap_chart), ("macc", macc_chart)):
                path = out / f"ghg-roadmap-{name}-{lg}.{fmt}"
                draw(rm, lg, path)
                written.append(path)
        for path in written:
            console.print(f"written / 已生成: {path}")
    if not rm.reached:
        raise typer.Exit(1)


def _print_roadmap(rm: Roadmap, lang: Lang) -> None:
    """The measures table, the summary figures, the notes and the verdict."""
    from rich.table import Table

    from cnsr.ghg.i18n import t
    from cnsr.ghg.report_roadmap import measure_rows, summary_rows, verdict

    console = make_console()
    header, rows = measure_rows(rm, lang)
    table = Table(title=f"{t('rm_title', lang)} — {rm.entity}")
    for h in header:
        table.add_column(h)
    for r in rows:
        table.add_row(*("" if v is None else f"{v:,.0f}" if isinstance(v, float) else str(v)
                        for v in r))
    console.print(table)
    for label, value in summary_rows(rm, lang):
        console.print(f"{label}: {value:,.0f}" if abs(value) >= 100 else f"{label}: {value:g}")
    for note in rm.notes:
        console.print(f"• {note.text(lang)}")
    style = "green" if rm.reached else "bold red"
    console.print(f"[{style}]{verdict(rm, lang)}[/]")


def points(
    data: Annotated[Path, typer.Argument(help="活动数据 / activity data")],
    target_file: Annotated[Path | None, typer.Option("--target", help="目标 YAML")] = None,
    with_roadmap: Annotated[bool, typer.Option(
        "--roadmap", help="加上减排路线图可得的要点（需 --target 与减排措施）/ add the points a "
                          "roadmap earns (needs --target and measures)")] = False,
    measures: MeasuresOpt = None, growth: GrowthOpt = 0.0, ets: EtsOpt = False,
    roadmap_data: RoadmapDataOpt = None,
    factors: FactorsOpt = None, gwp: GwpArg = None, grid: GridArg = None,
    strict_years: StrictArg = False, strict: StrictSheetsArg = False,
    lang: LangArg = LangOpt.zh, as_json: Annotated[bool, typer.Option("--json", help="输出 JSON / print JSON")] = False,
) -> None:
    """盘查结果可满足的披露要点 / Disclosure points the inventory satisfies."""
    from rich.table import Table

    from cnsr.ghg.disclosure import fill_points
    from cnsr.ghg.targets import check_target, load_target

    console = make_console()
    rm = None
    if with_roadmap or measures is not None:
        if target_file is None:
            raise InputError("--roadmap needs --target / 路线图需要目标文件")
        rm, inv, _ = roadmap_of(data, target_file, measures, growth, ets, roadmap_data, factors,
                              gwp, grid, strict_years, strict_sheets=strict)
    else:
        inv, _ = load_inventory(data, factors, gwp, grid, strict_years, strict_sheets=strict)
    check = check_target(load_target(target_file), inv) if target_file else None
    filled = fill_points(inv, check, rm)
    if as_json:
        typer.echo(json.dumps({k: v.model_dump() for k, v in filled.items()},
                              ensure_ascii=False, indent=2))
        return
    table = Table()
    for name in ("point", "rating", "reason"):
        table.add_column(name)
    for point, fill in filled.items():
        table.add_row(point, f"{fill.rating:g}", fill.reason(lang.value))
    console.print(table)
