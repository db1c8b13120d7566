"""`cnsr rank`: peer-group rankings of stored or saved ratings; charts and a study workbook.

From a store it also shows the stored checklist results of the year beside each company, and
lists the company-years whose rating failed; those failures make the exit code 1 (after the
tables and files are written), so a script notices an incomplete ranking."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cnsr.cli.common import (
    FrameworkOption,
    Lang,
    MethodologyOption,
    existing_store,
    fail_on_error,
    load_scheme,
)
from cnsr.errors import InputError

if TYPE_CHECKING:
    from cnsr.frameworks.results import StoredCheck
    from cnsr.methodology.load import LoadedMethodology
    from cnsr.rating import Rating

Db = Annotated[str | None, typer.Option(
    "--db", help="Store: database URL or an existing SQLite file (never created here).")]
RatingPaths = Annotated[
    list[Path] | None,
    typer.Option("--ratings", help="Rating JSON file (object, list or .jsonl) or a folder of "
                                   "them; repeat for several."),
]
Kind = Annotated[str, typer.Option(
    "--kind", help="Which stored ratings: effective (reviewed where signed off, else "
                   "automatic), reader, expert, reviewed.")]


def load_ratings(db: str | None, paths: list[Path] | None, m: LoadedMethodology,
                 years: list[int] | None, kind: str) -> list[Rating]:
    """Ratings from exactly one of --db or --ratings (an existing store only)."""
    from cnsr.report.sources import ratings_from_store, read_rating_files

    if bool(db) == bool(paths):
        raise InputError("give either --db URL or --ratings FILE_OR_DIR (one of them)")
    if db:
        return ratings_from_store(existing_store(db), years=years, methodology=m.label,
                                  kind=kind)
    ratings = read_rating_files(paths or [])
    if years is not None:
        ratings = [r for r in ratings if r.company.year in years]
    return ratings


def busier_year_note(ratings: list[Rating], year: int, lang: str) -> str | None:
    """A line naming the busiest year when the default (newest) year holds less than half as
    many company-years: the first reports of a new season, not the study a team means."""
    from cnsr.rank.study import busiest_year, company_years

    counts = company_years(ratings)
    busiest = busiest_year(ratings)
    if busiest == year or counts[busiest] < 2 * counts.get(year, 0):
        return None
    zh = (f"{year} 年只有 {counts.get(year, 0)} 家企业；{busiest} 年有 {counts[busiest]} 家，"
          f"排名该年请加 --year {busiest}")
    en = (f"{year} has {counts.get(year, 0)} company-years; {busiest} has {counts[busiest]}: "
          f"pass --year {busiest} to rank it")
    return f"{zh} / {en}" if lang == "zh" else f"{en} / {zh}"


@fail_on_error
def rank(
    db: Db = None,
    ratings: RatingPaths = None,
    year: Annotated[int | None, typer.Option(help="Year to rank (default: the latest; a busier year is named under the tables).")] = None,
    out: Annotated[Path | None, typer.Option(
        "--out", help="Folder for charts (PNG+SVG), study-<year>.xlsx and .json.")] = None,
    lang: Lang = "zh",
    methodology_file: MethodologyOption = None,
    framework: FrameworkOption = None,
    kind: Kind = "effective",
) -> None:
    """Rank companies within peer groups (year × stage × industry × size class). Exit code 1
    when company-years of the year failed in the store (they are listed)."""
    from rich.console import Console

    from cnsr.rank.study import build_study
    from cnsr.report.outputs import write_study_outputs  # matplotlib: loaded only when run
    from cnsr.report.tables import study_tables

    m = load_scheme(methodology_file, framework)
    years = [year, year - 1] if year is not None else None
    found = load_ratings(db, ratings, m, years, kind)
    study = build_study(found, m, year)
    hint = None if year is not None else busier_year_note(found, study.year, lang)
    checks: list[StoredCheck] | None = None
    notes: list[str] = []
    failed = 0
    if db:
        from cnsr.report.store_notes import failure_lines
        from cnsr.store import Store

        with Store.open(existing_store(db)) as store:
            checks = store.checks(year=study.year)
            failures = store.failures(study.year)
            notes = failure_lines(failures, store.interrupted_runs(), lang)
        failed = len(failures)
    console = Console()
    console.print(study_tables(study, lang, checks))
    if hint:
        console.print(hint, style="yellow", highlight=False, markup=False)
    for line in notes:
        console.print(line, style="yellow", highlight=False, markup=False)
    if out is not None:
        for path in write_study_outputs(study, found, m, out, lang, checks):
            typer.echo(f"wrote {path}")
    if failed:
        raise typer.Exit(1)
