"""`cnsr rate`: read a company-year's documents and rate it, with evidence."""

from __future__ import annotations

import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from cnsr.assess.rate import rate_documents
from cnsr.cli.common import FrameworkOption, Lang, MethodologyOption, fail_on_error, load_scheme
from cnsr.errors import DocumentError, InputError
from cnsr.files import write_atomically
from cnsr.ingest import Document, read_document
from cnsr.methodology import LoadedMethodology
from cnsr.rank.study import build_study
from cnsr.rating import Company, Rating
from cnsr.report.excel import write_study_excel
from cnsr.report.rating_table import rating_tables


class Format(StrEnum):
    table = "table"
    json = "json"
    excel = "excel"


@fail_on_error
def rate(
    files: Annotated[list[Path], typer.Argument(help="The company-year's documents (PDF, DOCX, HTML, TXT).")],
    company: Annotated[str | None, typer.Option(help="Company name (default: first file's name).")] = None,
    code: Annotated[str, typer.Option(help="Stock code, e.g. 601991.SH.")] = "",
    industry: Annotated[str, typer.Option(help="CSRC industry code, e.g. D44.")] = "",
    size: Annotated[str, typer.Option(help="Size class: L, M or S.")] = "",
    year: Annotated[int | None, typer.Option(help="Report year (default: last year).")] = None,
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write JSON / Excel here.")] = None,
    ocr: Annotated[bool, typer.Option(help="OCR image-only pages.")] = True,
    methodology_file: MethodologyOption = None,
    framework: FrameworkOption = None,
    lang: Lang = "zh",
) -> None:
    """Rate one company-year from its disclosures (阅读披露文件并评分). A file that cannot be
    read is reported and the others are still rated."""
    m = load_scheme(methodology_file, framework)
    try:
        who = Company(name=company or files[0].stem, code=code, industry=industry.upper(),
                      size=size.upper(), year=year or datetime.date.today().year - 1)
    except ValidationError as err:
        raise InputError(err.errors()[0]["msg"].removeprefix("Value error, ")) from err
    err_console = Console(stderr=True)
    documents, failed = _read_all(files, ocr, err_console)
    if not documents:
        raise DocumentError(", ".join(str(f) for f in files), "no readable document to rate")
    rating = rate_documents(documents, who, m)
    _emit(rating, m, format, out, lang)
    if failed:
        raise typer.Exit(1)


def _read_all(files: list[Path], ocr: bool, console: Console) -> tuple[list[Document], int]:
    documents: list[Document] = []
    failed = 0
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("pages"), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        for path in files:
            task = progress.add_task(path.name, total=None)

            def tick(done: int, total: int, task: TaskID = task) -> None:
                progress.update(task, completed=done, total=total)

            try:
                documents.append(read_document(path, ocr=ocr, progress=tick))
            except DocumentError as err:
                failed += 1
                console.print(f"[red]error:[/] {err}", highlight=False)
            progress.remove_task(task)
    return documents, failed


def _emit(rating: Rating, m: LoadedMethodology, format: Format, out: Path | None,
          lang: str) -> None:
    if format is Format.table:
        Console().print(rating_tables(rating, m, lang))
        if out:
            _write_json(rating, out)
    elif format is Format.json:
        if out:
            _write_json(rating, out)
        else:
            typer.echo(rating.model_dump_json(indent=2))
    else:
        target = out or Path(f"{rating.company.code or rating.company.name}-{rating.company.year}.xlsx")
        study = build_study([rating], m)
        write_study_excel(study, [rating], m, target)
        typer.echo(f"wrote {target}")


def _write_json(rating: Rating, out: Path) -> None:
    write_atomically(out, lambda tmp: tmp.write_text(rating.model_dump_json(indent=2),
                                                      encoding="utf-8"))
