"""`cnsr check`: a company-year's documents against a checklist bundle (default: the exchanges'
2024 sustainability reporting guideline, climate and general items)."""

from __future__ import annotations

import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from cnsr.cli.common import Lang, fail_on_error


class Format(StrEnum):
    table = "table"
    json = "json"
    excel = "excel"


@fail_on_error
def check(
    files: Annotated[list[Path], typer.Argument(help="The company-year's documents.")],
    framework: Annotated[str, typer.Option(
        "--framework", help="Checklist bundle: a bundled name or a folder with bundle.yaml."
    )] = "exchange-2024-climate",
    company: Annotated[str | None, typer.Option(help="Company name (default: first file's name).")] = None,
    code: Annotated[str, typer.Option(help="Stock code, e.g. 601991.SH.")] = "",
    year: Annotated[int | None, typer.Option(
        help="Report year (default: the year the report states, else last year).")] = None,
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write JSON / Excel here.")] = None,
    ocr: Annotated[bool, typer.Option(help="OCR image-only pages.")] = True,
    card: Annotated[Path | None, typer.Option(
        "--card", help="Also write a readiness card (.html or .pdf).")] = None,
    lang: Lang = "zh",
) -> None:
    """Check disclosures against a guideline's items: met / partly / missing, with evidence
    (对照披露指引逐条检查). The documents are read once, for the check and the rating."""
    from rich.console import Console

    from cnsr.cli.rate import _read_all
    from cnsr.company_fields import CLI_OPTIONS, check_company, year_bounds
    from cnsr.files import write_atomically
    from cnsr.frameworks.check import check_documents
    from cnsr.frameworks.check_outputs import check_tables, write_check_excel
    from cnsr.frameworks.checklist import load_checklist
    from cnsr.ingest.report_year import report_year

    last_year = datetime.date.today().year - 1
    who = check_company(name=company or files[0].stem, code=code,
                        year=last_year if year is None else year, labels=CLI_OPTIONS)
    checklist = load_checklist(framework)
    if card is not None:
        from cnsr.report.card import check_card_path
        check_card_path(card)
    documents, failed, _ = _read_all(files, ocr)
    if year is None:
        found = report_year(documents, last_year, year_bounds())
        who = who.model_copy(update={"year": found.year})
        typer.echo(found.explain(lang), err=True)
    rating, result = check_documents(documents, who, checklist)
    if card is not None:
        from cnsr.report.card import write_readiness_card
        write_readiness_card(result, checklist, rating, card, lang)
    if format is Format.table:
        Console().print(check_tables(result, checklist, lang))
    elif format is Format.json:
        body = result.model_dump_json(indent=2)
        if out:
            write_atomically(out, lambda tmp: tmp.write_text(body, encoding="utf-8"))
        else:
            typer.echo(body)
    else:
        target = out or Path(f"{who.code or who.name}-{who.year}-{checklist.id}.xlsx")
        write_check_excel(result, checklist, target, lang)
        typer.echo(f"wrote {target}")
    if failed:
        raise typer.Exit(1)
