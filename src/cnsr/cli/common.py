"""Options and error handling shared by every command."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Literal, ParamSpec, TypeVar

import typer

from cnsr.errors import CnsrError

P = ParamSpec("P")
R = TypeVar("R")

MethodologyOption = Annotated[
    Path | None,
    typer.Option("--methodology", help="Methodology YAML to use instead of the bundled default.",
                 exists=False, dir_okay=False),
]
Lang = Annotated[
    Literal["zh", "en"], typer.Option("--lang", help="Language of labels: zh (中文) or en."),
]


def fail_on_error(func: Callable[P, R]) -> Callable[P, R]:
    """Turn a CnsrError into one line on stderr and a non-zero exit, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except CnsrError as err:
            typer.secho(f"error: {err}", err=True, fg=typer.colors.RED)
            sys.exit(err.exit_code)

    return wrapper
