"""Read a filled expert sheet back into companies and assessments.

Every bad cell is collected and reported together (sheet, row, column), so an analyst fixes a
sheet in one pass; nothing is scored unless the whole sheet is valid.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Collection
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.worksheet import Worksheet
from pydantic import BaseModel, ValidationError

from cnsr.errors import SheetError
from cnsr.expert.layout import FIRST_DATA_ROW, KEY_ROW, NO, RATINGS_SHEET, YES, Column, columns
from cnsr.file_limits import LimitExceeded, check_archive
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Assessment, Company, Criterion, DimensionRating, Evidence, PointRating

TRUE_WORDS = {YES.lower(), "yes", "是", "1", "true"}
FALSE_WORDS = {NO.lower(), "no", "否", "0", "false"}


class SheetRow(BaseModel):
    row: int
    company: Company
    assessment: Assessment


class SheetErrors(SheetError):
    """All the problems found in one sheet, one per line."""

    def __init__(self, path: Path, errors: list[SheetError]) -> None:
        shown = errors[:30]
        more = f"\n  … and {len(errors) - len(shown)} more" if len(errors) > len(shown) else ""
        lines = "\n".join(f"  {e}" for e in shown)
        super().__init__(f"{path}: {len(errors)} problem(s) in the sheet:\n{lines}{more}")
        self.errors = errors


def read_sheet(m: LoadedMethodology, path: Path, *, industries: Collection[str] = (),
               sizes: Collection[str] = ()) -> list[SheetRow]:
    ws = _open(path)
    by_key = _key_columns(ws, m, path)
    errors: list[SheetError] = []
    rows = []
    for row in range(FIRST_DATA_ROW, ws.max_row + 1):
        values = {key: ws.cell(row, index).value for key, (index, _) in by_key.items()}
        if all(_blank(v) for v in values.values()):
            continue
        parsed = _parse_row(m, row, values, by_key, industries, sizes, errors, path)
        if parsed is not None:
            rows.append(parsed)
    if errors:
        raise SheetErrors(path, errors)
    if not rows:
        raise SheetError(f"{path}: no filled rows (data starts at row {FIRST_DATA_ROW})",
                         sheet=RATINGS_SHEET)
    return rows


def _open(path: Path) -> Worksheet:
    try:
        check_archive(path)  # a zip bomb is refused from its directory, before inflating
    except LimitExceeded as err:
        raise SheetError(f"{path}: {err}") from None
    try:
        wb = load_workbook(path, data_only=True)
    except FileNotFoundError as err:
        raise SheetError(f"{path}: file not found") from err
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as err:
        raise SheetError(f"{path}: not a readable .xlsx workbook ({err})") from err
    if RATINGS_SHEET not in wb.sheetnames:
        raise SheetError(f"{path}: no sheet named '{RATINGS_SHEET}' — make one with "
                         "`cnsr template`")
    ws = wb[RATINGS_SHEET]
    assert isinstance(ws, Worksheet)
    return ws


def _key_columns(ws: Worksheet, m: LoadedMethodology, path: Path) -> dict[str, tuple[int, Column]]:
    expected = {c.key: c for c in columns(m)}
    found: dict[str, tuple[int, Column]] = {}
    for index in range(1, ws.max_column + 1):
        key = ws.cell(KEY_ROW, index).value
        if key is None:
            continue
        key = str(key).strip()
        if key not in expected:
            raise SheetError(f"unknown column key '{key}' (not in methodology {m.label})",
                             sheet=RATINGS_SHEET, row=KEY_ROW, column=get_column_letter(index))
        found[key] = (index, expected[key])
    missing = [k for k, c in expected.items() if c.required and k not in found]
    if missing:
        raise SheetError(f"{path}: required column(s) missing from row {KEY_ROW}: "
                         f"{', '.join(missing)}", sheet=RATINGS_SHEET)
    return found


def _parse_row(m: LoadedMethodology, row: int, values: dict[str, object],
               by_key: dict[str, tuple[int, Column]], industries: Collection[str],
               sizes: Collection[str], errors: list[SheetError], path: Path) -> SheetRow | None:
    before = len(errors)

    def bad(key: str, message: str) -> None:
        errors.append(SheetError(message, sheet=RATINGS_SHEET, row=row,
                                 column=f"{get_column_letter(by_key[key][0])} {key}"))

    allowed_points = set(m.spec.scoring.point_values)
    bands = {b.upper(): b for b in m.spec.band_by_id}  # a band is typed in any case
    lowest_band = m.spec.bands[0].id
    note = Evidence(file=path.name, passage=f"expert sheet row {row}")
    criteria: dict[str, Criterion] = {}
    points: dict[str, PointRating] = {}
    dims: dict[str, dict[str, DimensionRating]] = {}
    for key, (_, col) in by_key.items():
        value = values[key]
        if col.kind == "flag":
            text = "" if _blank(value) else str(value).strip().lower()
            if text and text not in TRUE_WORDS | FALSE_WORDS:
                bad(key, f"'{value}' is not {YES} or {NO}")
            criteria[key] = Criterion(met=text in TRUE_WORDS)
        elif col.kind == "point":
            rating = _number(value)
            if rating is None or rating not in allowed_points:
                bad(key, f"'{value}' is not a point rating ({', '.join(f'{v:g}' for v in sorted(allowed_points))})")
            elif not _blank(value):
                points[key] = PointRating(point=key, rating=rating, source="expert",
                                          evidence=[note] if rating else [])
        elif col.kind == "band":
            band = lowest_band if _blank(value) else \
                bands.get(str(value).strip().upper(), str(value).strip())
            if band not in m.spec.band_by_id:
                bad(key, f"'{value}' is not a band ({', '.join(m.spec.band_by_id)})")
            indicator, dimension = key.split(":")
            dims.setdefault(indicator, {})[dimension] = DimensionRating(band=band)
        elif col.kind == "industry" and industries and not _blank(value) \
                and str(value).strip() not in industries:
            bad(key, f"unknown industry code '{value}' (use a CSRC code such as D44)")
        elif col.kind == "size" and sizes and not _blank(value) and str(value).strip() not in sizes:
            bad(key, f"unknown size class '{value}' ({', '.join(sorted(sizes))})")
        elif col.required and _blank(value):
            bad(key, "required value is empty")
    for c in m.spec.criteria:
        criteria.setdefault(c.id, Criterion(met=False))
    company = _company(values, bad)
    if company is None or len(errors) > before:
        return None
    return SheetRow(row=row, company=company,
                    assessment=Assessment(criteria=criteria, points=points, dimensions=dims))


def _company(values: dict[str, object], bad: Callable[[str, str], None]) -> Company | None:
    fields = {k: values.get(k) for k in ("name", "code", "industry", "size", "year")}
    if _blank(fields["year"]) or _blank(fields["name"]):
        return None  # already reported as a required value
    year = _number(fields["year"])
    if year is None or year != int(year):
        bad("year", f"'{fields['year']}' is not a year")
        return None
    try:
        return Company(
            name=str(fields["name"] or "").strip(),
            code=str(fields["code"] or "").strip(),
            industry=str(fields["industry"] or "").strip().upper(),
            size=str(fields["size"] or "").strip().upper(),
            year=int(year) if year is not None else 0,
        )
    except ValidationError as err:
        first = err.errors()[0]
        bad(str(first["loc"][0]), first["msg"].removeprefix("Value error, "))
        return None


def _number(value: object) -> float | None:
    if _blank(value):
        return 0.0
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).strip())
    except ValueError:
        return None


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())
