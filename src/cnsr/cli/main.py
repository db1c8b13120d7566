"""Entry point of the `cnsr` command; each command group lives in its own module.

Command modules are imported here and registered one line each.
"""

from __future__ import annotations

import os
import sys

import typer

from cnsr import __version__
from cnsr.cli import (
    batch,
    card,
    check,
    demo,
    evaluate,
    expert,
    ghg,
    methodology,
    rank,
    rate,
    serve,
    tag,
    users,
)

app = typer.Typer(
    name="cnsr",
    help="Rate corporate carbon-neutrality social responsibility (企业碳中和社会责任评价).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", help="Print the version and exit."),
) -> None:
    """cnsr — 企业碳中和社会责任评价 / corporate carbon-neutrality social responsibility rating."""
    if version:
        typer.echo(__version__)
        raise typer.Exit()
    if not sys.stdout.isatty() and "COLUMNS" not in os.environ:
        # Piped or logged output: Rich would assume 80 columns and wrap Chinese tables badly.
        os.environ["COLUMNS"] = "140"


app.command("methodology")(methodology.methodology)
app.command("template")(expert.template)
app.command("score")(expert.score)
app.command("demo")(demo.demo)
app.command("batch")(batch.batch)
app.command("rank")(rank.rank)
app.command("card")(card.card)
app.command("rate")(rate.rate)
app.command("tag")(tag.tag)
app.command("evaluate")(evaluate.evaluate)
app.command("check")(check.check)
app.add_typer(ghg.app, name="ghg")
app.command("serve")(serve.serve)
app.add_typer(users.app, name="users")
