"""`cnsr users`: accounts of the web app (the first admin is made here)."""

from __future__ import annotations

import sys
from typing import Annotated, Literal

import typer

from cnsr.cli.common import PLAIN_HELP, existing_store, fail_on_error
from cnsr.errors import InputError

app = typer.Typer(help="Accounts of the web app (viewer, analyst, reviewer, admin).",
                  no_args_is_help=True, rich_markup_mode=PLAIN_HELP)
Role = Literal["viewer", "analyst", "reviewer", "admin"]
ROLE_HELP = "viewer, analyst, reviewer (signs off others' changes) or admin."


@app.command("add")
@fail_on_error
def add(
    name: Annotated[str, typer.Argument(help="User name.")],
    role: Annotated[Role, typer.Option("--role", help=ROLE_HELP)] = "viewer",
    db: Annotated[str, typer.Option("--db", help="Store URL or SQLite file.")] = "cnsr.sqlite",
    password_stdin: Annotated[bool, typer.Option(
        "--password-stdin", help="Read the password from the first line of stdin.")] = False,
) -> None:
    """Add a user; the password is asked for (twice) unless --password-stdin."""
    from sqlalchemy.exc import IntegrityError

    from cnsr.store.repository import Store
    from cnsr.store.review_workflow import ReviewStore

    hashed = _new_password(password_stdin)
    with Store.open(db) as store:
        try:
            ReviewStore(store).add_user(name.strip(), hashed, role, by="cli")
        except IntegrityError:
            raise InputError(f"user '{name}' exists already") from None
    typer.echo(f"added {role} '{name}'")


@app.command("list")
@fail_on_error
def list_users(
    db: Annotated[str, typer.Option("--db", help="Store URL or SQLite file.")] = "cnsr.sqlite",
) -> None:
    """List the users."""
    from cnsr.store.repository import Store
    from cnsr.store.review_workflow import ReviewStore

    with Store.open(existing_store(db)) as store:
        for u in ReviewStore(store).users():
            typer.echo(f"{u.name}\t{u.role}\t{'active' if u.active else 'disabled'}")


@app.command("set")
@fail_on_error
def set_user(
    name: Annotated[str, typer.Argument(help="User name.")],
    role: Annotated[Role | None, typer.Option("--role", help=ROLE_HELP)] = None,
    disable: Annotated[bool, typer.Option("--disable", help="Disable the account.")] = False,
    enable: Annotated[bool, typer.Option("--enable", help="Enable the account again.")] = False,
    password: Annotated[bool, typer.Option(
        "--password", help="Set a new password (asked for twice).")] = False,
    password_stdin: Annotated[bool, typer.Option(
        "--password-stdin", help="Set a new password read from the first line of stdin.")
    ] = False,
    db: Annotated[str, typer.Option("--db", help="Store URL or SQLite file.")] = "cnsr.sqlite",
) -> None:
    """Change a user's role, password or status. A new password or --disable ends all of the
    user's web sessions (a running app notices within 10 s)."""
    from cnsr.store.repository import Store
    from cnsr.store.review_workflow import ReviewStore

    if disable and enable:
        raise InputError("--disable and --enable: give one of them")
    hashed = _new_password(password_stdin) if password or password_stdin else None
    with Store.open(db) as store:
        review = ReviewStore(store)
        if review.user(name) is None:
            raise InputError(f"no user '{name}'")
        review.update_user(name, "cli", role=role, password_hash=hashed,
                           active=False if disable else (True if enable else None))
    typer.echo(f"updated '{name}'")


def _new_password(from_stdin: bool) -> str:
    """A new password's argon2 hash: from stdin's first line, else asked for twice."""
    from cnsr.web.security import hash_password

    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        return hash_password(password)
    except ValueError as err:
        raise InputError(str(err)) from None
