"""`cnsr rate`: read a company-year's documents and rate it, with evidence."""

from __future__ import annotations

import datetime
import sys
from contextlib import nullcontext
from enum import StrEnum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from cnsr.cli.common import FrameworkOption, Lang, MethodologyOption, fail_on_error, load_scheme

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from rich.console import Console
    from rich.progress import Progress

    from cnsr.evidence.early import EarlyAnalysis
    from cnsr.ingest import Document, Page
    from cnsr.ingest.read import PendingDocument
    from cnsr.methodology import LoadedMethodology
    from cnsr.rating import Rating


class Format(StrEnum):
    table = "table"
    json = "json"
    excel = "excel"


@fail_on_error
def rate(
    files: Annotated[list[Path], typer.Argument(help="The company-year's documents (PDF, DOCX, HTML, TXT).")],
    company: Annotated[str | None, typer.Option(help="Company name (default: first file's name).")] = None,
    code: Annotated[str, typer.Option(help="Stock code, e.g. 601991.SH.")] = "",
    industry: Annotated[str, typer.Option(help="CSRC 2012 industry code, e.g. D44 or D.")] = "",
    size: Annotated[str, typer.Option(
        help="Size class: L, M or S (also large / medium / small, 大型 / 中型 / 小微).")] = "",
    year: Annotated[str | None, typer.Option(
        metavar="YEAR", help="Report year (default: the year the documents state, else last "
                             "year; the one used is printed).")] = None,
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write JSON / Excel here.")] = None,
    ocr: Annotated[bool, typer.Option(help="OCR image-only pages.")] = True,
    methodology_file: MethodologyOption = None,
    framework: FrameworkOption = None,
    lang: Lang = "zh",
) -> None:
    """Rate one company-year from its disclosures (阅读披露文件并评分). A file that cannot be
    read is reported and the others are still rated."""
    from cnsr.gc_pause import collector_off_for_command

    with collector_off_for_command():
        _rate(files, company, code, industry, size, year, format, out, ocr, methodology_file,
              framework, lang)


def _rate(files: list[Path], company: str | None, code: str, industry: str, size: str,
          year: str | None, format: Format, out: Path | None, ocr: bool,
          methodology_file: Path | None, framework: str | None, lang: str) -> None:
    # First of all, a long PDF's pages start being read by worker processes (when the
    # machine has cores to spare), so that runs while the options are checked and the reader
    # is loaded; a rejected option stops them. A file error is reported later, in its turn.
    # The console script may have started the same reading before typer ran (prefetch).
    from cnsr.cli import prefetch
    from cnsr.ingest.parallel import available_workers
    from cnsr.ingest.read import PendingDocument, ReadOptions

    workers = available_workers()
    first = None
    if workers > 1:
        options = ReadOptions(ocr=ocr, workers=workers)
        first = prefetch.adopt(files[0], options) or PendingDocument(files[0], options)
    with first or nullcontext():
        from cnsr.company_fields import CLI_OPTIONS, check_company, year_bounds

        last_year = datetime.date.today().year - 1
        fields = {"name": company or files[0].stem, "code": code, "industry": industry,
                  "size": size}
        who = check_company(**fields, year=last_year if year is None else year,
                            labels=CLI_OPTIONS)
        # Checked first: a mistyped option fails before the reader is loaded.
        from cnsr.assess.rate import prepare_reader, rate_documents
        from cnsr.evidence.early import EarlyAnalysis
        from cnsr.evidence.subject import subject_for
        from cnsr.ingest.report_year import (
            chosen_year,
            pages_read_for_year,
            report_year,
            year_in_pages,
        )

        m = load_scheme(methodology_file, framework)
        prepare_reader(m)  # while the workers read the first PDF
        # Each page's passages are analysed as it arrives, while the workers read the
        # next ones; without --year, once the first pages have told the document's year.
        subject = subject_for(who.name, None if year is None else who.year)
        bounds = year_bounds()

        def early_for(path: Path) -> EarlyAnalysis:
            # without --year, a document's passages are analysed with the year its first
            # pages state, the year chosen below unless the documents disagree
            def own_year(pages: Sequence[Page]) -> int:
                return chosen_year([year_in_pages(str(path), pages)], last_year, bounds).year
            return EarlyAnalysis(m.lexicon(), subject, own_year, pages_read_for_year())

        documents, failed, early = _read_all(files, ocr, first, early_for)
    if year is None:
        found = report_year(documents, last_year, bounds)
        who = who.model_copy(update={"year": found.year})
        typer.echo(found.explain(lang), err=True)
    # with worker processes allowed (a single-threaded process, cores to spare), part of
    # the assessment runs in a forked child while this process does the rest
    rating = rate_documents(documents, who, m, early=early, fork=workers > 1,
                            meanwhile=_warm_table if format is Format.table else None)
    _emit(rating, m, format, out, lang)
    from cnsr.cli.launch import keep_until_exit

    keep_until_exit(documents, early, rating)
    if failed:
        raise typer.Exit(1)


def _read_all(files: list[Path], ocr: bool, first: PendingDocument | None = None,
              analysis: Callable[[Path], EarlyAnalysis] | None = None
              ) -> tuple[list[Document], int, list[EarlyAnalysis]]:
    """Every readable document and, with `analysis`, its passages analysed as its pages
    were read (by a fresh `analysis(path)` per file); each unreadable one is one line on
    stderr. None readable is the error itself (one line for one file). `first`, when given,
    is files[0] already started (in worker processes); the others are read here, serially:
    no fork once the progress bar's thread runs."""
    from cnsr.errors import DocumentError
    from cnsr.ingest.read import PendingDocument, ReadOptions

    documents: list[Document] = []
    analysed: list[EarlyAnalysis] = []
    errors: list[DocumentError] = []
    # A progress bar is for a person watching a terminal: into a log, a pipe or a test
    # there is no bar, so nothing but real messages on stderr, and rich is not even imported
    # here (session 23: ~15 ms of the parent's CPU while it reads).
    console = _stderr_console() if _stderr_is_tty() else None
    bar = _progress_bar(console) if console is not None else None
    with bar or nullcontext():
        for number, path in enumerate(files):
            tick: Callable[[int, int], None] | None = None
            if bar is not None:
                tick = _ticker(bar, path.name)
            pending = first if number == 0 and first is not None else PendingDocument(
                path, ReadOptions(ocr=ocr))
            early = analysis(path) if analysis is not None else None
            each_page = partial(_analyse_page, early, pending) if early is not None else None
            try:
                with pending:  # closed (its workers stopped) before `finish` forks
                    documents.append(pending.read(tick, each_page))
                if early is not None:
                    early.finish(documents[-1])
                    analysed.append(early)
            except DocumentError as err:
                errors.append(err)
                if len(files) > 1:
                    console = console or _stderr_console()
                    console.print(f"[red]error:[/] {err}", highlight=False, markup=True,
                                  soft_wrap=True)
            if bar is not None:
                bar.remove_task(bar.task_ids[-1])
    if not documents:
        if len(errors) == 1:
            raise errors[0]
        raise DocumentError(", ".join(str(f) for f in files), "no readable document to rate")
    return documents, len(errors), analysed


def _stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True)


def _stderr_is_tty() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):  # no stderr, or a closed one
        return False


def _analyse_page(early: EarlyAnalysis, pending: PendingDocument, page: Page) -> None:
    # once the workers have read every page, the rest waits for `early.finish` (shared
    # with a forked child there)
    early.add(page, later=pending.all_extracted())


def _progress_bar(console: Console) -> Progress:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("pages"), TimeElapsedColumn(), console=console, transient=True)


def _ticker(bar: Progress, name: str) -> Callable[[int, int], None]:
    """A new task of the bar, and the call that moves it (`PendingDocument.read`'s progress)."""
    task = bar.add_task(name, total=None)

    def tick(done: int, total: int) -> None:
        bar.update(task, completed=done, total=total)

    return tick


def _warm_table() -> None:
    """What the table's first print pays once, paid while a forked child ranks the evidence
    (`assess_documents`' `meanwhile`) instead of after it: the printer's imports; and when
    rich prints (a colour terminal), rich's first render (table, box, padding and cell-width
    modules, ~10 ms) into a scratch console; the real output is untouched (session 15).
    Into a pipe or a file the table is printed without rich's console (session 29)."""
    import io

    from cnsr.report.plain_table import plain_console_width
    from cnsr.report.rating_table import rating_text  # noqa: F401

    if plain_console_width() is not None:
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("指标", "Score")
    table.add_row("I01 气候治理", "1.00")
    Console(file=io.StringIO(), width=80).print(table)


def _emit(rating: Rating, m: LoadedMethodology, format: Format, out: Path | None,
          lang: str) -> None:
    if format is Format.table:
        from cnsr.report.plain_table import plain_console_width
        from cnsr.report.rating_table import rating_tables, rating_text

        # into a pipe or a file, the same bytes as rich's without its layout cost
        width = plain_console_width()
        text = rating_text(rating, m, lang, width) if width is not None else None
        if text is not None:
            sys.stdout.write(text)
            sys.stdout.flush()
        else:
            from rich.console import Console

            Console().print(rating_tables(rating, m, lang))
        if out:
            _write_json(rating, out)
    elif format is Format.json:
        if out:
            _write_json(rating, out)
        else:
            typer.echo(rating.model_dump_json(indent=2))
    else:
        from cnsr.rank.study import build_study
        from cnsr.report.excel import write_study_excel

        target = out or Path(f"{rating.company.code or rating.company.name}-{rating.company.year}.xlsx")
        study = build_study([rating], m)
        write_study_excel(study, [rating], m, target)
        typer.echo(f"wrote {target}")


def _write_json(rating: Rating, out: Path) -> None:
    from cnsr.files import write_atomically

    write_atomically(out, lambda tmp: tmp.write_text(rating.model_dump_json(indent=2),
                                                      encoding="utf-8"))
