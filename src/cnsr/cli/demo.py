"""`cnsr demo`: the main job on the bundled demo data, end to end."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from cnsr.cli import expert
from cnsr.cli.common import Lang, fail_on_error


@fail_on_error
def demo(
    data: Annotated[Path, typer.Option(help="The demo folder of a cnsr checkout.")] = Path("demo"),
    out: Annotated[Path, typer.Option(help="Where results go.")] = Path("out/demo"),
    lang: Lang = "zh",
) -> None:
    """Run the demo: score the sample expert sheet (more steps as the pipeline grows)."""
    if not (data / "expert-sheet.xlsx").exists():
        raise typer.BadParameter(f"{data}/expert-sheet.xlsx not found; run from the repository "
                                 "root or pass --data")
    out.mkdir(parents=True, exist_ok=True)
    typer.echo("== 1. 专家评分表 / expert sheet ==")
    expert.score(data / "expert-sheet.xlsx", out=out / "expert-results.xlsx",
                 methodology_file=None, lang=lang)
