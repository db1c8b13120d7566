"""`cnsr evaluate`: rate a labelled corpus with the reader and compare with the labels."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from cnsr.cli.common import FrameworkOption, MethodologyOption, fail_on_error, load_scheme

if TYPE_CHECKING:
    from cnsr.evidence.lexicon import Lexicon


@fail_on_error
def evaluate(
    corpus: Annotated[Path, typer.Option(
        "--corpus", help="Folder with documents and their <doc>.label.yaml files.",
        file_okay=False)] = Path("demo/corpus"),
    fmt: Annotated[Literal["text", "json"], typer.Option(
        "--format", help="text (tables) or json.")] = "text",
    methodology_file: MethodologyOption = None,
    framework: FrameworkOption = None,
    lexicon: Annotated[Path | None, typer.Option(
        "--lexicon", help="Folder with zh.yaml, en.yaml and rules.yaml to use instead of "
                          "the bundled lexicon.", file_okay=False)] = None,
    sentences: Annotated[Path | None, typer.Option(
        "--sentences", help="JSON lines of labelled sentences from real reports (sentence, "
                            "topic, quality): carbon / environment recall, social and "
                            "governance false positives, quantitative accuracy.",
        dir_okay=False)] = None,
    misses: Annotated[int, typer.Option(
        "--misses", help="With --sentences: show up to this many missed and wrongly tagged "
                         "sentences of each kind.", min=0)] = 0,
    half: Annotated[Literal["a", "b"] | None, typer.Option(
        "--half", help="With --sentences: only one half of the file (a or b, fixed by a hash "
                       "of each sentence), to tune on one half and check on the other.")] = None,
    check: Annotated[bool, typer.Option(
        "--check", help="Evaluate `cnsr check` against the corpus's <doc>.check.yaml labels "
                        "(per item precision / recall).")] = False,
) -> None:
    """Stage accuracy, point precision / recall / F1 and score error of the reader; with
    --sentences, the reader's sentence tagging against labelled sentences of real reports."""
    from rich.console import Console
    from rich.table import Table

    from cnsr.evidence.lexicon import load_lexicon

    if check:
        _evaluate_checks(corpus, fmt)
        return
    lex = load_lexicon(lexicon)
    if sentences is not None:
        _evaluate_sentences(sentences, lex, fmt, misses, half)
        return
    from cnsr.assess.evaluate import evaluate_corpus
    from cnsr.ingest import read_document

    m = load_scheme(methodology_file, framework)
    console = Console(stderr=True)
    report = evaluate_corpus(corpus, m, read_document, lex if lexicon else m.lexicon(),
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
              f"{report.missing_evidence}  first evidence on the labelled page "
              f"{report.evidence_page_agreement:.1%}")


def _evaluate_checks(corpus: Path, fmt: str) -> None:
    from rich.console import Console
    from rich.table import Table

    from cnsr.frameworks.evaluate import evaluate_checks
    from cnsr.ingest import read_document

    console = Console(stderr=True)
    report = evaluate_checks(corpus, read_document,
                             progress=(lambda name: console.print(f"checking {name}", style="dim"))
                             if fmt == "text" else None)
    if fmt == "json":
        typer.echo(json.dumps(report.model_dump(), ensure_ascii=False, indent=2))
        return
    out = Console()
    table = Table("item", "P", "R", "exact", "labelled")
    for s in report.items:
        table.add_row(s.item, f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.exact}/{s.labelled}",
                      str(s.labelled))
    out.print(table)
    for name, items in report.wrong.items():
        out.print(f"{name}: " + ", ".join(f"{i} {w}→{g}" for i, (w, g) in items.items()),
                  markup=False)
    out.print(f"item precision {report.precision:.3f}  recall {report.recall:.3f}  "
              f"exact status {report.exact:.1%}  ({len(report.documents)} documents)")


def _evaluate_sentences(path: Path, lex: Lexicon, fmt: str, misses: int,
                        half: str | None = None) -> None:
    from rich.console import Console
    from rich.table import Table

    from cnsr.assess.sentence_eval import evaluate_sentences, load_sentences, split_half

    rows = load_sentences(path)
    if half is not None:
        rows = split_half(rows, half)
    report = evaluate_sentences(rows, lex, keep_misses=misses)
    if fmt == "json":
        body = report.model_dump()
        body["figures"] = report.figures()
        body["half"] = half
        typer.echo(json.dumps(body, ensure_ascii=False, indent=2))
        return
    out = Console()
    table = Table("figure / 指标", "value", "of",
                  title=f"half / 半数 {half}: {report.sentences} sentences" if half else None)
    table.add_row("carbon recall / 碳相关句召回率", f"{report.carbon_recall:.3f}",
                  f"{report.carbon_tagged}/{report.carbon}")
    table.add_row("other-environment recall / 其他环境句召回率",
                  f"{report.environment_recall:.3f}",
                  f"{report.environment_tagged}/{report.environment}")
    table.add_row("social / governance false positives / 社会治理句误标率",
                  f"{report.false_positive_rate:.3f}",
                  f"{report.social_governance_tagged}/{report.social_governance}")
    table.add_row("quantitative accuracy / 定量判断准确率", f"{report.quantitative_accuracy:.3f}",
                  f"{report.quality_agreed}/{report.labelled_quality}")
    out.print(table)
    for title, items in (("missed carbon", report.missed_carbon),
                         ("missed environment", report.missed_environment),
                         ("false positives", report.false_positives)):
        if items:
            out.print(f"[bold]{title}[/bold]")
            for miss in items:
                extra = f" {','.join(miss.points)}" if miss.points else ""
                out.print(f"  [{miss.topic}{extra}] {miss.sentence[:160]}", markup=False)
