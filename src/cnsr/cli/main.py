"""Entry point of the `cnsr` command; each command group lives in its own module.

Command modules are imported here and registered one line each. They import only typer and
the standard library at module level and load their real work (the reader, matplotlib,
SQLAlchemy, openpyxl, the GHG package...) inside the command, so `cnsr --help` and each
command start with only what they use (tests/cli/test_startup.py keeps it so).
"""

from __future__ import annotations

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
from cnsr.cli.base import new_app

app = new_app()
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
