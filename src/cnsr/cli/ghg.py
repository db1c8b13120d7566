"""`cnsr ghg`: activity template, inventory, reports, target checks and factor tables.

Thin: parse options, call `cnsr.ghg`, print. Every CnsrError becomes one line and an exit code.
The GHG package (pint, openpyxl, matplotlib, weasyprint behind it) is imported inside each
command, so the rest of `cnsr` starts without it. The roadmap and disclosure-point commands
live in cli/ghg_roadmap.py; the options they share in cli/ghg_options.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cnsr.cli import ghg_roadmap
from cnsr.cli.common import PLAIN_HELP
from cnsr.cli.ghg_options import (
    FactorsOpt,
    GridArg,
    GwpArg,
    LangArg,
    LangOpt,
    Scope2Opt,
    StrictArg,
    StrictSheetsArg,
    errors,
    load_inventory,
    make_console,
    wanted_formats,
)
from cnsr.errors import InputError

if TYPE_CHECKING:
    from cnsr.ghg.i18n import Lang
    from cnsr.ghg.model import Inventory

app = typer.Typer(
    help="温室气体盘查与目标检查 / Greenhouse-gas inventory, reports and target checks.",
    no_args_is_help=True,
    rich_markup_mode=PLAIN_HELP,
)


def _print_totals(inv: Inventory, lang: Lang) -> None:
    """The year-by-year totals table and the inventory notes."""
    from rich.table import Table

    from cnsr.ghg.i18n import t
    from cnsr.ghg.summary import year_totals

    console = make_console()
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
@errors
def template(out: Annotated[Path, typer.Argument(help=".xlsx 文件，或 CSV 文件夹 / .xlsx or a folder")],
             factors: FactorsOpt = None) -> None:
    """写出活动数据模板 / Write the activity-data template (.xlsx, or CSV files in a folder)."""
    from cnsr.ghg.library import FactorLibrary
    from cnsr.ghg.template import write_workbook

    console = make_console()
    path = write_workbook(out, FactorLibrary.load(factors))
    console.print(f"template written / 模板已生成: {path}")


@app.command()
@errors
def demo(out: Annotated[Path, typer.Argument(help="输出 .xlsx / output workbook")]) -> None:
    """写出示范企业活动数据 / Write the demo company's activity workbook."""
    from cnsr.ghg.demo import write_demo

    console = make_console()
    console.print(f"demo written / 示范数据已生成: {write_demo(out)}")


@app.command()
@errors
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

    console = make_console()
    inv, lib = load_inventory(data, factors, gwp, grid, strict_years, scope2, strict_sheets=strict)
    if as_json:
        typer.echo(inv.model_dump_json(indent=2))
    else:
        _print_totals(inv, lang.value)
    if out is None:
        return
    wanted = wanted_formats(formats)
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
@errors
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

    console = make_console()
    inv, _ = load_inventory(inventory_file, factors, gwp, grid, strict_years,
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

app.command()(errors(ghg_roadmap.roadmap))
app.command()(errors(ghg_roadmap.points))


@app.command("factors")
@errors
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
