"""`cnsr ghg`: activity template, inventory, reports, target checks and disclosure points.

Thin: parse options, call `cnsr.ghg`, print. Every CnsrError becomes one line and an exit code.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
import yaml
from rich.console import Console
from rich.table import Table

from cnsr.errors import CnsrError, InputError
from cnsr.ghg.charts import history_chart, pathway_chart
from cnsr.ghg.demo import write_demo
from cnsr.ghg.disclosure import fill_points
from cnsr.ghg.i18n import Lang, t
from cnsr.ghg.inventory import compute_inventory
from cnsr.ghg.library import FactorLibrary
from cnsr.ghg.model import Inventory, InventoryOptions
from cnsr.ghg.report import write_html, write_pdf
from cnsr.ghg.report_excel import write_excel
from cnsr.ghg.summary import year_totals
from cnsr.ghg.targets import check_target, load_target, load_thresholds
from cnsr.ghg.template import write_workbook
from cnsr.ghg.workbook import read_activity

app = typer.Typer(
    help="温室气体盘查与目标检查 / Greenhouse-gas inventory, reports and target checks.",
    no_args_is_help=True,
)
console = Console()
F = TypeVar("F", bound=Callable[..., Any])


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
    return compute_inventory(activity, lib, options), lib


def _print_totals(inv: Inventory, lang: Lang) -> None:
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
    path = write_workbook(out, FactorLibrary.load(factors))
    console.print(f"template written / 模板已生成: {path}")


@app.command()
@_errors
def demo(out: Annotated[Path, typer.Argument(help="输出 .xlsx / output workbook")]) -> None:
    """写出示范企业活动数据 / Write the demo company's activity workbook."""
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


@app.command()
@_errors
def points(
    data: Annotated[Path, typer.Argument(help="活动数据 / activity data")],
    target_file: Annotated[Path | None, typer.Option("--target", help="目标 YAML")] = None,
    factors: FactorsOpt = None, gwp: GwpArg = None, grid: GridArg = None,
    strict_years: StrictArg = False, strict: StrictSheetsArg = False,
    lang: LangArg = LangOpt.zh, as_json: Annotated[bool, typer.Option("--json", help="输出 JSON / print JSON")] = False,
) -> None:
    """盘查结果可满足的披露要点 / Disclosure points the inventory satisfies."""
    inv, _ = _inventory(data, factors, gwp, grid, strict_years, strict_sheets=strict)
    check = check_target(load_target(target_file), inv) if target_file else None
    filled = fill_points(inv, check)
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
    tables = FactorLibrary.load(factors).tables.model_dump(exclude={"origin"})
    if table not in tables:
        raise InputError(f"unknown table '{table}' / 未知的表; known: {', '.join(tables)}")
    typer.echo(yaml.safe_dump({table: tables[table]}, allow_unicode=True, sort_keys=False,
                              width=100))
