"""`cnsr ghg`: activity template, inventory, reports, target checks, roadmap and disclosure points.

Thin: parse options, call `cnsr.ghg`, print. Every CnsrError becomes one line and an exit code.
The GHG package (pint, openpyxl, matplotlib, weasyprint behind it) is imported inside each
command, so the rest of `cnsr` starts without it.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from cnsr.cli.common import PLAIN_HELP
from cnsr.errors import CnsrError, InputError

if TYPE_CHECKING:
    from rich.console import Console

    from cnsr.ghg.activity import ActivityData
    from cnsr.ghg.i18n import Lang
    from cnsr.ghg.library import FactorLibrary
    from cnsr.ghg.model import Inventory
    from cnsr.ghg.roadmap import Roadmap

app = typer.Typer(
    help="温室气体盘查与目标检查 / Greenhouse-gas inventory, reports and target checks.",
    no_args_is_help=True,
    rich_markup_mode=PLAIN_HELP,
)
F = TypeVar("F", bound=Callable[..., Any])


def _console() -> Console:
    from rich.console import Console

    return Console()


class LangOpt(StrEnum):
    zh = "zh"
    en = "en"


class GwpOpt(StrEnum):
    AR4 = "AR4"
    AR5 = "AR5"
    AR6 = "AR6"


class GridOpt(StrEnum):
    regional = "regional"
    national = "national"


class Scope2Opt(StrEnum):
    location = "location"
    market = "market"


def _errors(fn: F) -> F:
    """One line on stderr and a non-zero exit instead of a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except CnsrError as err:
            typer.echo(f"error / 错误: {err}", err=True)
            raise typer.Exit(err.exit_code) from None

    return wrapper  # type: ignore[return-value]


FactorsOpt = Annotated[Path | None, typer.Option(
    "--factors", help="YAML 因子文件，增加或覆盖因子 / YAML file adding or overriding factors")]
GwpArg = Annotated[GwpOpt | None, typer.Option("--gwp", help="GWP 版本 / GWP set (default AR5)")]
GridArg = Annotated[GridOpt | None, typer.Option(
    "--grid", help="位置法电网因子口径 / location-based grid factor (default regional)")]
StrictArg = Annotated[bool, typer.Option(
    "--strict-years", help="缺少当年因子时报错而非采用最近年份 / error when a year has no factor")]
StrictSheetsArg = Annotated[bool, typer.Option(
    "--strict", help="工作簿警告（未识别的工作表或列）视为错误 / workbook warnings (an unknown "
                     "sheet or column) are errors")]
LangArg = Annotated[LangOpt, typer.Option("--lang", help="报告语言 / report language")]


def _inventory(data: Path, factors: Path | None, gwp: GwpOpt | None, grid: GridOpt | None,
               strict: bool, scope2: Scope2Opt = Scope2Opt.location, *,
               strict_sheets: bool = False) -> tuple[Inventory, FactorLibrary]:
    _, inv, lib = _activity_inventory(data, factors, gwp, grid, strict, scope2,
                                      strict_sheets=strict_sheets)
    return inv, lib


def _activity_inventory(data: Path, factors: Path | None, gwp: GwpOpt | None,
                        grid: GridOpt | None, strict: bool,
                        scope2: Scope2Opt = Scope2Opt.location, *,
                        strict_sheets: bool = False,
                        ) -> tuple[ActivityData, Inventory, FactorLibrary]:
    from cnsr.ghg.inventory import compute_inventory
    from cnsr.ghg.library import FactorLibrary
    from cnsr.ghg.model import InventoryOptions
    from cnsr.ghg.workbook import read_activity

    lib = FactorLibrary.load(factors)
    activity = read_activity(data)
    for warning in activity.warnings:
        typer.echo(f"warning / 警告: {warning}", err=True)
    if strict_sheets and activity.warnings:
        raise InputError(f"{data}: {len(activity.warnings)} workbook warning(s) with --strict / "
                         f"--strict 模式下工作簿有 {len(activity.warnings)} 条警告")
    options = InventoryOptions(
        gwp=(gwp.value if gwp else activity.entity.gwp) or "AR5",
        grid=(grid.value if grid else activity.entity.grid_basis) or "regional",
        year_policy="exact" if strict else "nearest", scope2_headline=scope2.value)
    return activity, compute_inventory(activity, lib, options), lib


def _print_totals(inv: Inventory, lang: Lang) -> None:
    from rich.table import Table

    from cnsr.ghg.i18n import t
    from cnsr.ghg.summary import year_totals

    console = _console()
    table = Table(title=f"{inv.entity.name or inv.origin} — {t('unit_t', lang)}")
    for key in ("year", "scope1", "scope2_loc", "scope2_mkt", "scope3", "total_loc",
                "total_mkt", "energy"):
        table.add_column(t(key, lang), justify="right")
    for y in year_totals(inv):
        table.add_row(str(y.year), *(f"{v:,.0f}" for v in (
            y.scope1, y.scope2_location, y.scope2_market, y.scope3, y.total("location"),
            y.total("market"), y.energy_tce)))
    console.print(table)
    for note in inv.notes:
        console.print(f"• {note.text(lang)}")


@app.command()
@_errors
def template(out: Annotated[Path, typer.Argument(help=".xlsx 文件，或 CSV 文件夹 / .xlsx or a folder")],
             factors: FactorsOpt = None) -> None:
    """写出活动数据模板 / Write the activity-data template (.xlsx, or CSV files in a folder)."""
    from cnsr.ghg.library import FactorLibrary
    from cnsr.ghg.template import write_workbook

    console = _console()
    path = write_workbook(out, FactorLibrary.load(factors))
    console.print(f"template written / 模板已生成: {path}")


@app.command()
@_errors
def demo(out: Annotated[Path, typer.Argument(help="输出 .xlsx / output workbook")]) -> None:
    """写出示范企业活动数据 / Write the demo company's activity workbook."""
    from cnsr.ghg.demo import write_demo

    console = _console()
    console.print(f"demo written / 示范数据已生成: {write_demo(out)}")


@app.command()
@_errors
def inventory(
    data: Annotated[Path, typer.Argument(help="活动数据 .xlsx 或 CSV 文件夹 / activity data")],
    factors: FactorsOpt = None, gwp: GwpArg = None, grid: GridArg = None,
    strict_years: StrictArg = False, strict: StrictSheetsArg = False,
    scope2: Annotated[Scope2Opt, typer.Option(help="总量与强度采用的范围二方法")] = Scope2Opt.location,
    lang: LangArg = LangOpt.zh,
    out: Annotated[Path | None, typer.Option("--out", help="报告输出目录 / report folder")] = None,
    formats: Annotated[str, typer.Option(help="xlsx,html,pdf,png,svg")] = "xlsx,html,pdf,png",
    as_json: Annotated[bool, typer.Option("--json", help="输出 JSON / print JSON")] = False,
) -> None:
    """核算范围一、二、三排放并生成盘查报告 / Compute scope 1, 2, 3 and write the reports."""
    from cnsr.ghg.charts import history_chart
    from cnsr.ghg.report import write_html, write_pdf
    from cnsr.ghg.report_excel import write_excel

    console = _console()
    inv, lib = _inventory(data, factors, gwp, grid, strict_years, scope2, strict_sheets=strict)
    if as_json:
        typer.echo(inv.model_dump_json(indent=2))
    else:
        _print_totals(inv, lang.value)
    if out is None:
        return
    wanted = {f.strip().lower() for f in formats.split(",") if f.strip()}
    unknown = wanted - {"xlsx", "html", "pdf", "png", "svg"}
    if unknown:
        raise InputError(f"unknown format(s) / 未知格式: {', '.join(sorted(unknown))}")
    stem = out / f"ghg-inventory-{lang.value}"
    writers: dict[str, Callable[[], Path]] = {
        "xlsx": lambda: write_excel(inv, stem.with_suffix(".xlsx"), lang.value),
        "html": lambda: write_html(inv, stem.with_suffix(".html"), lang.value, lib),
        "pdf": lambda: write_pdf(inv, stem.with_suffix(".pdf"), lang.value, lib),
    }
    for fmt in sorted(wanted):
        if fmt in writers:
            console.print(f"written / 已生成: {writers[fmt]()}")
        else:
            path = out / f"ghg-history-{lang.value}.{fmt}"
            history_chart(inv, lang.value, path, scope2.value)
            console.print(f"written / 已生成: {path}")


@app.command()
@_errors
def target(
    target_file: Annotated[Path, typer.Argument(help="目标 YAML / target file")],
    inventory_file: Annotated[Path, typer.Option("--inventory", help="活动数据 / activity data")],
    factors: FactorsOpt = None, gwp: GwpArg = None, grid: GridArg = None,
    strict_years: StrictArg = False, strict: StrictSheetsArg = False,
    rules: Annotated[Path | None, typer.Option(help="阈值文件 / thresholds YAML")] = None,
    chart: Annotated[Path | None, typer.Option(help="路径图 PNG/SVG / pathway chart")] = None,
    lang: LangArg = LangOpt.zh,
) -> None:
    """按 SBTi 与研究报告规则检查减排目标 / Check a target against the SBTi and seed rules."""
    from rich.table import Table

    from cnsr.ghg.charts import pathway_chart
    from cnsr.ghg.i18n import t
    from cnsr.ghg.targets import check_target, load_target, load_thresholds

    console = _console()
    inv, _ = _inventory(inventory_file, factors, gwp, grid, strict_years,
                        strict_sheets=strict)
    check = check_target(load_target(target_file), inv, load_thresholds(rules))
    table = Table(title=f"{check.thresholds.title_zh if lang.value == 'zh' else check.thresholds.title_en}")
    table.add_column("rule")
    table.add_column("")
    table.add_column("")
    for rule in check.rules:
        style = {"pass": "green", "fail": "bold red"}.get(rule.status, "dim")
        table.add_row(rule.id, f"[{style}]{t(rule.status, lang.value)}[/]", rule.text(lang.value))
    console.print(table)
    if chart is not None:
        pathway_chart(check, lang.value, chart)
        console.print(f"written / 已生成: {chart}")
    if not check.passed:
        raise typer.Exit(1)


MeasuresOpt = Annotated[Path | None, typer.Option(
    "--measures", help="减排措施工作簿（缺省：活动数据中的“减排措施”表）/ measures workbook "
                       "(default: the activity workbook's measures sheet)")]
GrowthOpt = Annotated[float, typer.Option(
    "--growth", help="基准情景年增长率 % / BAU growth of activity, % per year")]
EtsOpt = Annotated[bool, typer.Option(
    "--ets", help="企业为全国碳市场重点排放单位 / the company is covered by the national ETS")]
RoadmapDataOpt = Annotated[Path | None, typer.Option(
    "--roadmap-data", help="替换 roadmap.yaml（规则、价格、折现率）/ replace roadmap.yaml")]


def _roadmap(data: Path, target_file: Path, measures: Path | None, growth: float, ets: bool,
             roadmap_data: Path | None, factors: Path | None, gwp: GwpOpt | None,
             grid: GridOpt | None, strict: bool, *, strict_sheets: bool = False
             ) -> tuple[Roadmap, Inventory, FactorLibrary]:
    from cnsr.ghg.compensation import load_roadmap_data
    from cnsr.ghg.measures import read_measures
    from cnsr.ghg.roadmap import build_roadmap
    from cnsr.ghg.targets import load_target

    activity, inv, lib = _activity_inventory(data, factors, gwp, grid, strict,
                                             strict_sheets=strict_sheets)
    rm = build_roadmap(activity, inv, lib, load_target(target_file),
                       read_measures(measures or data), load_roadmap_data(roadmap_data),
                       growth, ets)
    return rm, inv, lib


@app.command()
@_errors
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

    console = _console()
    rm, inv, lib = _roadmap(data, target_file, measures, growth, ets, roadmap_data, factors,
                            gwp, grid, strict_years)
    lg: Lang = "zh" if lang is LangOpt.zh else "en"
    if as_json:
        typer.echo(rm.model_dump_json(indent=2))
    else:
        _print_roadmap(rm, lg)
    if out is not None:
        wanted = {f.strip().lower() for f in formats.split(",") if f.strip()}
        unknown = wanted - {"xlsx", "html", "pdf", "png", "svg"}
        if unknown:
            raise InputError(f"unknown format(s) / 未知格式: {', '.join(sorted(unknown))}")
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
    from rich.table import Table

    from cnsr.ghg.i18n import t
    from cnsr.ghg.report_roadmap import measure_rows, summary_rows, verdict

    console = _console()
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


@app.command()
@_errors
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

    console = _console()
    rm = None
    if with_roadmap or measures is not None:
        if target_file is None:
            raise InputError("--roadmap needs --target / 路线图需要目标文件")
        rm, inv, _ = _roadmap(data, target_file, measures, growth, ets, roadmap_data, factors,
                              gwp, grid, strict_years, strict_sheets=strict)
    else:
        inv, _ = _inventory(data, factors, gwp, grid, strict_years, strict_sheets=strict)
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


@app.command("factors")
@_errors
def list_factors(factors: FactorsOpt = None,
                 table: Annotated[str, typer.Option(help="表名 / table")] = "grid") -> None:
    """以 --factors 文件格式列出一张因子表 / Print one factor table in --factors YAML form."""
    import yaml

    from cnsr.ghg.library import FactorLibrary

    tables = FactorLibrary.load(factors).tables.model_dump(exclude={"origin"})
    if table not in tables:
        raise InputError(f"unknown table '{table}' / 未知的表; known: {', '.join(tables)}")
    typer.echo(yaml.safe_dump({table: tables[table]}, allow_unicode=True, sort_keys=False,
                              width=100))
