"""Options and error handling shared by every command."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, ParamSpec, TypeVar

import typer

from cnsr.errors import CnsrError, InputError

if TYPE_CHECKING:
    from cnsr.methodology.load import LoadedMethodology

PLAIN_HELP = None
"""Typer's markup mode: plain click help. Rich help panels would import rich's markdown and
syntax modules (~0.1 s) at every `--help`; the one-line errors are cnsr's own (cli/main.py)."""
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


def existing_store(db: str, option: str = "--db") -> str:
    """`db` unchanged when it names an existing store; for a SQLite file that does not exist,
    an InputError naming the option, so a read-only command never creates an empty database
    from a typo. Server URLs (postgresql://...) are passed through: the server says."""
    text = db.strip()
    if text in (":memory:", "sqlite://", "sqlite:///:memory:"):
        return db
    if "://" in text:
        if not text.startswith("sqlite"):
            return db
        text = text.split(":///", 1)[1] if ":///" in text else ""
    path = Path(text).expanduser()
    if not path.is_file():
        raise InputError(f"{option} {db}: no such store (a store is made by `cnsr batch` or "
                         "`cnsr users add`; PostgreSQL: postgresql+psycopg://user@host/db)")
    return db


def load_scheme(methodology_file: Path | None, framework: str | None) -> LoadedMethodology:
    """The rating scheme of --methodology FILE (read with the bundled reader's rules) or
    --framework BUNDLE (methodology and rules together); the default bundle when neither."""
    from cnsr.methodology.load import load_framework, load_methodology

    if methodology_file and framework:
        raise InputError("give --methodology FILE or --framework BUNDLE, not both")
    return load_framework(framework) if framework else load_methodology(methodology_file)
