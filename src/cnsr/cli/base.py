"""The `cnsr` command group itself: settings, one-line usage errors, `--version`.

`cnsr.cli.main` registers every command on it; the console script (`launch`) may run one
command on a group of its own (`one_command_app`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

import typer
from typer.core import TyperGroup

from cnsr import __version__
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


def new_app() -> typer.Typer:
    """The `cnsr` group without its commands: its settings, one-line errors and the options
    every command shares (`--version`)."""
    app = typer.Typer(
        name="cnsr",
        cls=_OneLineErrors,
        rich_markup_mode=PLAIN_HELP,
        help="Rate corporate carbon-neutrality social responsibility (企业碳中和社会责任评价).",
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        add_completion=False,
    )
    app.callback()(main)
    return app


def one_command_app(name: str, command: Callable[..., Any]) -> typer.Typer:
    """The `cnsr` group holding `command` alone. typer builds the parameters of every
    command of a group before it runs one (~25 ms for cnsr's 22), so the console script runs
    a one-shot command such as `cnsr rate` through this: the same command, options, help
    and errors."""
    app = new_app()
    app.command(name)(command)
    return app


def main(
    version: bool = typer.Option(False, "--version", help="Print the version and exit.",
                                 is_eager=True, callback=_show_version),
) -> None:
    """cnsr — 企业碳中和社会责任评价 / corporate carbon-neutrality social responsibility rating."""
    if not sys.stdout.isatty() and "COLUMNS" not in os.environ:
        # Piped or logged output: Rich would assume 80 columns and wrap Chinese tables badly.
        os.environ["COLUMNS"] = "140"
