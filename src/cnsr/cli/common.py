"""Options and error handling shared by every command."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Literal, ParamSpec, TypeVar

import typer

from cnsr.errors import CnsrError, InputError
from cnsr.methodology.load import LoadedMethodology, load_framework, load_methodology

P = ParamSpec("P")
R = TypeVar("R")

MethodologyOption = Annotated[
    Path | None,
    typer.Option("--methodology", help="Methodology YAML to use instead of the bundled default.",
                 exists=False, dir_okay=False),
]
FrameworkOption = Annotated[
    str | None,
    typer.Option("--framework", help="Framework bundle: a folder holding bundle.yaml (methodology "
                                     "and the reader's rules), or a bundled name such as "
                                     "cnsr-default."),
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


def load_scheme(methodology_file: Path | None, framework: str | None) -> LoadedMethodology:
    """The rating scheme of --methodology FILE (read with the bundled reader's rules) or
    --framework BUNDLE (methodology and rules together); the default bundle when neither."""
    if methodology_file and framework:
        raise InputError("give --methodology FILE or --framework BUNDLE, not both")
    return load_framework(framework) if framework else load_methodology(methodology_file)
