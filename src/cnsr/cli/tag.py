"""`cnsr tag`: which disclosure points each passage supports (one passage per line)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Literal

import typer

from cnsr.cli.common import fail_on_error
from cnsr.errors import InputError


@fail_on_error
def tag(
    file: Annotated[Path | None, typer.Argument(
        help="Text file with one passage per line (default: standard input).",
        dir_okay=False)] = None,
    fmt: Annotated[Literal["jsonl", "table"], typer.Option(
        "--format", help="jsonl (one JSON object per passage) or table.")] = "jsonl",
    lexicon: Annotated[Path | None, typer.Option(
        "--lexicon", help="Folder with zh.yaml, en.yaml and rules.yaml to use instead of "
                          "the bundled lexicon.", file_okay=False)] = None,
) -> None:
    """Tag passages with disclosure points (rating 0.5 / 1, matched cues, numbers)."""
    from rich.console import Console
    from rich.table import Table

    from cnsr.evidence.lexicon import load_lexicon
    from cnsr.evidence.tag import tag_passage

    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise InputError(f"{file}: cannot read as UTF-8 text ({err})") from err
    else:
        text = sys.stdin.read()
    lex = load_lexicon(lexicon)
    results = [tag_passage(line, lex) for line in text.splitlines() if line.strip()]
    if fmt == "jsonl":
        for result in results:
            typer.echo(json.dumps(result, ensure_ascii=False))
        return
    table = Table("passage", "points", "numbers")
    for result in results:
        points = ", ".join(f"{p['point']}={p['rating']:g}" for p in result["points"]) or "—"
        numbers = ", ".join(q["raw"] for q in result["quantities"]) or "—"
        passage = result["passage"]
        table.add_row(passage if len(passage) <= 60 else passage[:59] + "…", points, numbers)
    Console().print(table)
