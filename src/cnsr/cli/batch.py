"""`cnsr batch`: rate every company-year of a manifest into the store, resumably.

The store, runner and executors are imported when the command runs, not when `cnsr` starts:
SQLAlchemy, Alembic and Dask would add a second to every other command.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from cnsr.cli.common import FrameworkOption, MethodologyOption, fail_on_error, load_scheme
from cnsr.errors import CnsrError

if TYPE_CHECKING:
    from rich.console import Console

    from cnsr.batch.executors import RateFn
    from cnsr.batch.runner import Summary


class _RichProgress:
    """Progress bar on stderr; one line per failure above it."""

    def __init__(self, console: Console) -> None:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.bar = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                            MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn(),
                            console=console, transient=False)
        self.task = self.bar.add_task("rating", total=None)

    def begin(self, total: int, skipped: int, workers: int) -> None:
        self.bar.start()  # only now: a batch refused for a busy store draws no bar
        self.bar.update(self.task, total=total,
                        description=f"rating ({skipped} done before, {workers} workers)")

    def advance(self, key: str, error: str | None) -> None:
        if error:
            from rich.markup import escape

            self.bar.console.print(f"[red]failed[/red] {key}: {escape(error)}",
                                   highlight=False, soft_wrap=True)
        self.bar.advance(self.task)


def _load_rater(spec: str) -> RateFn:
    module, _, name = spec.partition(":")
    try:
        rate: RateFn = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError, ValueError) as err:
        raise CnsrError(f"--rater {spec}: cannot import ({err})") from err
    return rate


@fail_on_error
def batch(
    manifest: Annotated[Path, typer.Argument(
        help="CSV or Excel manifest: path, company, code, industry, size, year per document.")],
    db: Annotated[str, typer.Option(
        "--db", envvar="CNSR_DB",
        help="Store: a SQLite file or URL (postgresql+psycopg://user@host/db).")] = "cnsr.sqlite",
    workers: Annotated[int | None, typer.Option(
        "--workers", "-w", min=1, help="Worker processes (default: CPU count).")] = None,
    engine: Annotated[Literal["local", "dask"], typer.Option(
        "--engine", help="local: processes on this machine; dask: dask.distributed.")] = "local",
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", help="Dask scheduler address (tcp://host:8786) instead of a local "
                            "cluster; workers must see the same document paths.")] = None,
    methodology_file: MethodologyOption = None,
    framework: FrameworkOption = None,
    rater: Annotated[str | None, typer.Option(
        "--rater", help="Advanced: rate with MODULE:FUNCTION(paths, company) -> Rating "
                        "instead of the document reader.")] = None,
    check: Annotated[list[str] | None, typer.Option(
        "--check", help="Also check each company-year against this checklist bundle (a "
                        "bundled name such as exchange-2024-climate, or a folder), from the "
                        "same reading; repeat for several.")] = None,
) -> None:
    """Rate a corpus in parallel; stop it any time and run it again to resume (批量评价)."""
    from rich.console import Console

    from cnsr.batch.executors import make_executor
    from cnsr.batch.manifest import read_manifest
    from cnsr.batch.runner import default_rater, run_batch
    from cnsr.store import Store

    items = read_manifest(manifest)
    scheme = load_scheme(methodology_file, framework)
    label = scheme.label
    reader = scheme.path if methodology_file or framework else None
    rate = _load_rater(rater) if rater else default_rater(reader)
    checks = None
    if check:
        if rater:
            raise CnsrError("--check reads the documents with the document reader; it "
                            "cannot be combined with --rater")
        from cnsr.batch.checks import plan_checks

        checks = plan_checks(check, reader)
    console = Console(stderr=True)
    executor = make_executor(engine, workers or os.cpu_count() or 1, scheduler)
    try:
        with Store.open(db) as store:
            progress = _RichProgress(console)
            try:
                summary = run_batch(items, store, executor, rate=rate, methodology=label,
                                    progress=progress, checks=checks)
            finally:
                progress.bar.stop()
    except KeyboardInterrupt:
        console.print("interrupted: finished company-years are stored; run the same command "
                      "again to resume")
        raise typer.Exit(130) from None
    finally:
        executor.close()
    _print_summary(summary, items.document_count)
    if summary.failed or summary.check_failed:
        raise typer.Exit(1)


def _print_summary(summary: Summary, documents: int) -> None:
    for run in summary.interrupted:
        typer.echo(f"note: run {run.id} (started {run.started_at:%Y-%m-%d %H:%M}, manifest "
                   f"{run.manifest}) did not finish (killed or crashed); the {run.rated} "
                   "company-year(s) it finished were kept, this run did the rest", err=True)
    if summary.relocated:
        typer.echo(f"note: {summary.relocated} document(s) moved since they were rated; "
                   "recognised by content hash and their stored paths updated", err=True)
    checked = "".join(f", checked {n} ({framework})"
                      for framework, n in sorted(summary.checked.items()))
    if summary.check_failed:
        checked += f", {summary.check_failed} check(s) failed"
    typer.echo(f"rated {summary.rated}, skipped {summary.skipped} (already rated), "
               f"failed {summary.failed}{checked} — {documents} documents, "
               f"{summary.seconds:.1f} s, run {summary.run_id}")
