"""Options and helpers shared by the `cnsr ghg` command modules (cli/ghg.py, cli/ghg_roadmap.py).

Only typer and the standard library at module level: the GHG package (pint, openpyxl, ...) is
imported inside the helpers, so `cnsr --help` stays light (tests/cli/test_cli_startup.py).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer

from cnsr.errors import CnsrError, InputError

if TYPE_CHECKING:
    from rich.console import Console

    from cnsr.ghg.activity import ActivityData
    from cnsr.ghg.library import FactorLibrary
    from cnsr.ghg.model import Inventory

F = TypeVar("F", bound=Callable[..., Any])
REPORT_FORMATS = frozenset({"xlsx", "html", "pdf", "png", "svg"})


def make_console() -> Console:
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


def errors(fn: F) -> F:
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


def load_inventory(data: Path, factors: Path | None, gwp: GwpOpt | None, grid: GridOpt | None,
                   strict: bool, scope2: Scope2Opt = Scope2Opt.location, *,
                   strict_sheets: bool = False) -> tuple[Inventory, FactorLibrary]:
    """The inventory and factor library for an activity file (the activity data dropped)."""
    _, inv, lib = activity_inventory(data, factors, gwp, grid, strict, scope2,
                                     strict_sheets=strict_sheets)
    return inv, lib


def activity_inventory(data: Path, factors: Path | None, gwp: GwpOpt | None,
                       grid: GridOpt | None, strict: bool,
                       scope2: Scope2Opt = Scope2Opt.location, *,
                       strict_sheets: bool = False,
                       ) -> tuple[ActivityData, Inventory, FactorLibrary]:
    """Read the activity data, print its warnings (errors with --strict), compute the inventory."""
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


def wanted_formats(formats: str) -> set[str]:
    """The comma-separated --formats value as a set; an unknown format is a one-line error."""
    wanted = {f.strip().lower() for f in formats.split(",") if f.strip()}
    unknown = wanted - REPORT_FORMATS
    if unknown:
        raise InputError(f"unknown format(s) / 未知格式: {', '.join(sorted(unknown))}")
    return wanted
