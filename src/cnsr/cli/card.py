"""`cnsr card`: the report card of one company-year, as PDF or HTML."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cnsr.cli.common import (
    FrameworkOption,
    Lang,
    MethodologyOption,
    existing_store,
    fail_on_error,
    load_scheme,
)
from cnsr.cli.rank import Db, Kind, RatingPaths
from cnsr.errors import InputError


@fail_on_error
def card(
    key: Annotated[str, typer.Argument(
        help="Company-year, e.g. 600795.SH/2021; or a stock code or name (latest year).")],
    out: Annotated[Path, typer.Option("--out", help="Card file: .pdf or .html.")],
    db: Db = None,
    rating: Annotated[list[Path] | None, typer.Option(
        "--rating", help="Rating JSON file(s) holding the company's rating.")] = None,
    peers: RatingPaths = None,
    lang: Lang = "zh",
    methodology_file: MethodologyOption = None,
    framework: FrameworkOption = None,
    kind: Kind = "effective",
    ghg_points: Annotated[Path | None, typer.Option(
        "--ghg-points", help="`cnsr ghg points --json` output: adds the points the GHG "
                             "inventory / roadmap would earn to the gap analysis.")] = None,
) -> None:
    """Write a company's report card: stage, score, peer position, indicators, evidence, gaps.

    With --db the peer group comes from the store; with --rating, from the same files plus
    any given with --ratings."""
    from cnsr.rank.study import build_study
    from cnsr.report.card import check_card_path, write_card  # jinja2: loaded only when run
    from cnsr.report.sources import (
        find_rating,
        ratings_from_store,
        read_rating_files,
        stored_rating,
    )

    check_card_path(out)
    m = load_scheme(methodology_file, framework)
    if bool(db) == bool(rating):
        raise InputError("give either --db URL or --rating FILE.json (one of them)")
    if db:
        db = existing_store(db)
        try:
            target = stored_rating(db, key, methodology=m.label, kind=kind)
        except InputError:
            from cnsr.report.labels import t
            from cnsr.report.store_notes import failure_of

            failed = failure_of(db, key)
            if failed is None:
                raise
            raise InputError(t("card_failed", lang, cy=failed.key, error=failed.error,
                               run=failed.run_id)) from None
        c = target.company
        group = ratings_from_store(db, years=[c.year, c.year - 1], methodology=m.label,
                                   kind=kind, industry=c.industry, size=c.size)
    else:
        pool = read_rating_files(rating or [])
        target = find_rating(pool, key)
        group = pool + (read_rating_files(peers) if peers else [])
    keyset = {r.company.key for r in group}
    if target.company.key not in keyset:
        group.append(target)
    study = build_study(group, m, target.company.year)
    extra = None
    if ghg_points is not None:
        from cnsr.ghg.card_line import gap_line, read_point_ratings

        extra = [gap_line(target, m, read_point_ratings(ghg_points), lang)]
    written = write_card(target, m, out, lang, study, extra)
    typer.echo(f"wrote {written}")
