"""`cnsr evaluate`: rate a labelled corpus with the reader and compare with the labels."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Literal

import typer
from rich.console import Console
from rich.table import Table

from cnsr.cli.common import MethodologyOption, fail_on_error
from cnsr.methodology import load_methodology


@fail_on_error
def evaluate(
    corpus: Annotated[Path, typer.Option(
        "--corpus", help="Folder with documents and their <doc>.label.yaml files.",
        file_okay=False)] = Path("demo/corpus"),
    fmt: Annotated[Literal["text", "json"], typer.Option(
        "--format", help="text (tables) or json.")] = "text",
    methodology_file: MethodologyOption = None,
    lexicon: Annotated[Path | None, typer.Option(
        "--lexicon", help="Folder with zh.yaml, en.yaml and rules.yaml to use instead of "
                          "the bundled lexicon.", file_okay=False)] = None,
) -> None:
    """Stage accuracy, point precision / recall / F1 and score error of the reader."""
    from cnsr.assess.evaluate import evaluate_corpus
    from cnsr.evidence.lexicon import load_lexicon
    from cnsr.ingest import read_document

    m = load_methodology(methodology_file)
    lex = load_lexicon(lexicon)
    console = Console(stderr=True)
    report = evaluate_corpus(corpus, m, read_document, lex,
                             progress=(lambda name: console.print(f"rating {name}", style="dim"))
                             if fmt == "text" else None)
    if fmt == "json":
        typer.echo(json.dumps(report.model_dump(), ensure_ascii=False, indent=2))
        return
    out = Console()
    table = Table("label", "stage (label→reader)", "P", "R", "exact", "score (label→reader)",
                  "no page")
    for d in report.documents:
        p = d.tp / (d.tp + d.fp) if d.tp + d.fp else 1.0
        r = d.tp / (d.tp + d.fn) if d.tp + d.fn else 1.0
        table.add_row(d.label, f"{d.stage_expected}→{d.stage_found}", f"{p:.2f}", f"{r:.2f}",
                      f"{d.exact}/{d.points}", f"{d.score_expected:.1f}→{d.score_found:.1f}",
                      str(len(d.missing_evidence)))
    out.print(table)
    out.print(f"stage accuracy {report.stage_accuracy:.1%}  precision {report.precision:.3f}  "
              f"recall {report.recall:.3f}  F1 {report.f1:.3f}  exact {report.exact_accuracy:.1%}  "
              f"score MAE {report.score_mae:.2f}  points without page evidence "
              f"{report.missing_evidence}")
