"""The corpus manifest: which documents belong to which company-year.

A manifest is a CSV (UTF-8, optional BOM) or an Excel workbook (first sheet) with one row per
document. It is validated once, here, so that a 10,000-row batch fails in its first second with
the file, row and column of every bad cell instead of after hours of reading. Rows sharing a
company key (stock code, else name) and year form one company-year, rated from all its
documents together.

Columns (English or Chinese headers, any order): path 文件, company 公司, code 代码,
industry 行业, size 规模, year 年份. `code` may be empty for unlisted firms.
"""

from __future__ import annotations

import errno
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from cnsr.company_fields import CompanyFieldsError, check_company
from cnsr.errors import SheetError
from cnsr.file_limits import LimitExceeded, check_archive
from cnsr.rating import Company

COLUMNS: dict[str, tuple[str, ...]] = {
    "path": ("path", "file", "文件", "文件路径", "路径"),
    "company": ("company", "name", "公司", "公司名称", "企业名称"),
    "code": ("code", "stock code", "代码", "股票代码", "证券代码"),
    "industry": ("industry", "行业", "行业代码"),
    "size": ("size", "规模", "规模类别"),
    "year": ("year", "report year", "年份", "报告年度", "年度"),
}
REQUIRED = ("path", "company", "industry", "size", "year")


class CompanyYear(BaseModel):
    """One unit of batch work: a company-year and the documents it is rated from."""

    model_config = ConfigDict(frozen=True)
    company: Company
    documents: tuple[Path, ...]
    rows: tuple[int, ...]

    @property
    def key(self) -> str:
        return self.company.key


class Manifest(BaseModel):
    path: Path
    items: list[CompanyYear]

    @property
    def document_count(self) -> int:
        return sum(len(i.documents) for i in self.items)


class _Problems:
    """Collects every bad cell so the user fixes the manifest in one pass."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.errors: list[SheetError] = []

    def add(self, message: str, row: int, column: str | None = None) -> None:
        self.errors.append(SheetError(message, sheet=self.where, row=row, column=column))

    def raise_if_any(self) -> None:
        if not self.errors:
            return
        if len(self.errors) == 1:
            raise ManifestError(str(self.errors[0]), self.errors)
        lines = "\n".join(f"  {e}" for e in self.errors)
        raise ManifestError(f"{self.where}: {len(self.errors)} problems\n{lines}", self.errors)


class ManifestError(SheetError):
    """Every bad cell, one per line (one line when there is one); `problems` holds them."""

    def __init__(self, message: str, problems: list[SheetError]) -> None:
        super().__init__(message)
        self.problems = problems
        self.sheet, self.row, self.column = problems[0].sheet, problems[0].row, problems[0].column


def read_manifest(path: Path | str) -> Manifest:
    """Read, validate and group a manifest; raise SheetError naming file, row and column."""
    path = Path(path)
    if not path.is_file():
        raise SheetError(f"manifest {path} not found")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        sheet, rows = _excel_rows(path)
        where = f"{path.name}[{sheet}]"
    elif suffix in (".csv", ".txt"):
        rows, where = _csv_rows(path), path.name
    else:
        raise SheetError(f"{path.name}: a manifest must be .csv or .xlsx")
    return Manifest(path=path, items=_validate(rows, path.parent.resolve(), where))


def _csv_rows(path: Path) -> list[list[str]]:
    import csv

    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return [row for row in csv.reader(handle)]
    except UnicodeDecodeError as err:
        raise SheetError(f"{path.name}: not UTF-8 text (save the CSV as UTF-8)") from err


def _excel_rows(path: Path) -> tuple[str, list[list[str]]]:
    from openpyxl import load_workbook

    try:
        check_archive(path)  # a zip bomb is refused from its directory, before inflating
    except LimitExceeded as err:
        raise SheetError(f"{path.name}: {err}") from None
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises many unrelated types for a bad file
        raise SheetError(f"{path.name}: cannot open workbook ({err})") from err
    sheet = book.worksheets[0]
    rows = [["" if v is None else _cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    book.close()
    return sheet.title, rows


def _cell(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores 2023 as 2023.0
    return str(value)


def _header(cells: list[str], problems: _Problems) -> dict[str, int]:
    aliases = {alias.casefold(): name for name, names in COLUMNS.items() for alias in names}
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        name = aliases.get(cell.strip().casefold())
        if name and name not in found:
            found[name] = index
    for name in REQUIRED:
        if name not in found:
            problems.add(f"missing column '{name}' ({' / '.join(COLUMNS[name])})", row=1)
    return found


def _validate(rows: list[list[str]], base: Path, where: str) -> list[CompanyYear]:
    problems = _Problems(where)
    if not rows:
        problems.add("the manifest is empty", row=1)
        problems.raise_if_any()
    columns = _header(rows[0], problems)
    problems.raise_if_any()
    groups: dict[tuple[str, int], list[tuple[int, Company, Path]]] = {}
    for number, cells in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        parsed = _row(number, cells, columns, base, problems)
        if parsed:
            company, doc = parsed
            groups.setdefault((company.code or company.name, company.year), []).append(
                (number, company, doc))
    items = [_group(members, problems) for members in groups.values()]
    if not items and not problems.errors:
        problems.add("the manifest lists no documents", row=2)
    problems.raise_if_any()
    return items


def _row(number: int, cells: list[str], columns: dict[str, int], base: Path,
         problems: _Problems) -> tuple[Company, Path] | None:
    def get(name: str) -> str:
        index = columns.get(name)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    before = len(problems.errors)
    for name in REQUIRED:
        if not get(name):
            problems.add("empty cell", row=number, column=name)
    if len(problems.errors) > before:
        return None
    company: Company | None = None
    try:
        company = check_company(name=get("company"), code=get("code"), industry=get("industry"),
                                size=get("size"), year=get("year"))
    except CompanyFieldsError as err:
        for problem in err.problems:
            column = "company" if problem.field == "name" else problem.field
            problems.add(problem.message, row=number, column=column)
    doc, missing = resolve_document(base, get("path"))
    if missing:
        problems.add(missing, row=number, column="path")
    if company is None or len(problems.errors) > before:
        return None
    return company, doc


def resolve_document(base: Path, cell: str) -> tuple[Path, str | None]:
    """The document a path cell names, symlinks followed safely: a loop, a dangling link or
    an unreadable folder is a row problem, never an exception (pathlib raises RuntimeError
    for a loop on Python 3.11, OSError on 3.13)."""
    raw = base / cell
    try:
        doc = raw.resolve(strict=True)
    except FileNotFoundError:
        where = "is a symbolic link to a missing file" if raw.is_symlink() else "not found"
        return raw, f"document '{cell}' {where} (paths are relative to the manifest)"
    except (RuntimeError, OSError) as err:
        what = ("a symbolic link loop" if "loop" in str(err).lower()
                or getattr(err, "errno", None) == errno.ELOOP
                else f"cannot be resolved ({getattr(err, 'strerror', None) or err})")
        return raw, f"document '{cell}' is {what}"
    if not doc.is_file():
        return doc, f"document '{cell}' is not a file"
    return doc, None


def _group(members: list[tuple[int, Company, Path]], problems: _Problems) -> CompanyYear:
    """One company-year; every row of it must describe the company the same way."""
    first_row, company, _ = members[0]
    docs: list[Path] = []
    for number, other, doc in members:
        for field in ("name", "industry", "size"):
            if getattr(other, field) != getattr(company, field):
                column = "company" if field == "name" else field
                problems.add(f"differs from row {first_row} of the same company-year "
                             f"('{getattr(other, field)}' vs '{getattr(company, field)}')",
                             row=number, column=column)
        if doc in docs:
            problems.add("document listed twice for the same company-year", row=number,
                         column="path")
        docs.append(doc)
    return CompanyYear(company=company, documents=tuple(docs),
                       rows=tuple(number for number, _, _ in members))


def write_manifest(path: Path, rows: Iterable[dict[str, object]]) -> None:
    """Write a CSV manifest (used by tests and the benchmark to build corpora)."""
    import csv

    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(COLUMNS))
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
