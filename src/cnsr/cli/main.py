"""Entry point of the `cnsr` command; each command group lives in its own module.

Command modules are imported here and registered one line each. They import only typer and
the standard library at module level and load their real work (the reader, matplotlib,
SQLAlchemy, openpyxl, the GHG package...) inside the command, so `cnsr --help` and each
command start with only what they use (tests/cli/test_startup.py keeps it so).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

import typer
from typer.core import TyperGroup

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
from cnsr.cli.common import PLAIN_HELP


class _OneLineErrors(TyperGroup):
    """A usage error (bad or missing option value, unknown command) is one line on stderr
    naming the option, with where to find help, instead of a usage block and a framed box."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True,
             windows_expand_args: bool = True, **extra: Any) -> Any:
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False,
                                windows_expand_args=windows_expand_args, **extra)
        except typer.Abort:
            if not standalone_mode:
                raise
            typer.secho("aborted", err=True, fg=typer.colors.RED)
            sys.exit(1)
        except typer.TyperException as err:  # click's usage and file errors
            if not standalone_mode:
                raise
            ctx = getattr(err, "ctx", None)
            where = f" (see {ctx.command_path} --help)" if ctx is not None else ""
            typer.secho(f"error: {err.format_message()}{where}", err=True, fg=typer.colors.RED)
            sys.exit(err.exit_code)
        if not standalone_mode:
            return code
        sys.exit(code if isinstance(code, int) else 0)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"cnsr {__version__}")
        raise typer.Exit()


app = typer.Typer(
    name="cnsr",
    cls=_OneLineErrors,
    rich_markup_mode=PLAIN_HELP,
    help="Rate corporate carbon-neutrality social responsibility (企业碳中和社会责任评价).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", help="Print the version and exit.",
                                 is_eager=True, callback=_show_version),
) -> None:
    """cnsr — 企业碳中和社会责任评价 / corporate carbon-neutrality social responsibility rating."""
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
