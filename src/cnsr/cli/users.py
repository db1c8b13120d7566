"""`cnsr users`: accounts of the web app (the first admin is made here)."""

from __future__ import annotations

import sys
from typing import Annotated, Literal

import typer

from cnsr.cli.common import PLAIN_HELP, existing_store, fail_on_error
from cnsr.errors import InputError

app = typer.Typer(help="Accounts of the web app (viewer, analyst, admin).", no_args_is_help=True,
                  rich_markup_mode=PLAIN_HELP)
Role = Literal["viewer", "analyst", "admin"]


@app.command("add")
@fail_on_error
def add(
    name: Annotated[str, typer.Argument(help="User name.")],
    role: Annotated[Role, typer.Option("--role", help="viewer, analyst or admin.")] = "viewer",
    db: Annotated[str, typer.Option("--db", help="Store URL or SQLite file.")] = "cnsr.sqlite",
    password_stdin: Annotated[bool, typer.Option(
        "--password-stdin", help="Read the password from the first line of stdin.")] = False,
) -> None:
    """Add a user; the password is asked for (twice) unless --password-stdin."""
    from sqlalchemy.exc import IntegrityError

    from cnsr.store.repository import Store
    from cnsr.store.review import ReviewStore
    from cnsr.web.security import hash_password

    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        hashed = hash_password(password)
    except ValueError as err:
        raise InputError(str(err)) from None
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
    from cnsr.store.review import ReviewStore

    with Store.open(existing_store(db)) as store:
        for u in ReviewStore(store).users():
            typer.echo(f"{u.name}\t{u.role}\t{'active' if u.active else 'disabled'}")
