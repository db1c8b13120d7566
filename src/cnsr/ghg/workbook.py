"""Read an activity workbook (.xlsx, or a folder of one CSV per sheet) into ActivityData.

The only place that touches spreadsheet files on the way in. Every problem becomes a
SheetError naming the sheet, the row as the user sees it (header = row 1) and the column key.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from pydantic import BaseModel, ValidationError

from cnsr.errors import InputError, SheetError
from cnsr.file_limits import LimitExceeded, check_archive
from cnsr.ghg.activity import ROW_MODELS, ActivityData, Entity
from cnsr.ghg.sheets import ENTITY_FIELDS, SHEETS, TABLE_SHEETS, Column, Sheet, match_header

Cells = list[tuple[int, list[Any]]]  # (row number as shown in Excel, cell values)

_NUMBER_NOISE = re.compile(r"[,\s，]")


def read_activity(path: Path) -> ActivityData:
    """Read and validate activity data from a workbook or a folder of CSV files."""
    if not path.exists():
        raise InputError(f"{path}: file not found / 文件不存在")
    if path.is_dir():
        raw = _read_csv_folder(path)
    elif path.suffix.lower() in {".xlsx", ".xlsm"}:
        raw = _read_xlsx(path)
    else:
        raise InputError(
            f"{path}: expected an .xlsx workbook or a folder of CSV files / "
            "应为 .xlsx 工作簿或 CSV 文件夹"
        )
    return parse_sheets(raw, origin=str(path))


def _sheet_for(name: str) -> Sheet | None:
    key = name.strip().casefold()
    for sheet in SHEETS.values():
        if key in {sheet.name, sheet.zh.casefold(), sheet.en.casefold()}:
            return sheet
    return None


def _read_xlsx(path: Path) -> dict[str, Cells]:
    try:
        check_archive(path)  # a zip bomb is refused from its directory, before inflating
    except LimitExceeded as err:
        raise InputError(f"{path}: {err}") from None
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises many types for a bad file
        raise InputError(f"{path}: cannot open workbook / 无法打开工作簿 ({err})") from err
    out: dict[str, Cells] = {}
    try:
        for ws in book.worksheets:
            sheet = _sheet_for(ws.title)
            if sheet is not None:
                rows = ws.iter_rows(values_only=True)
                out[sheet.name] = [(i, list(r)) for i, r in enumerate(rows, start=1)]
    finally:
        book.close()
    return out


def _read_csv_folder(folder: Path) -> dict[str, Cells]:
    out: dict[str, Cells] = {}
    for file in sorted(folder.glob("*.csv")):
        sheet = _sheet_for(file.stem)
        if sheet is not None:
            with file.open(encoding="utf-8-sig", newline="") as handle:
                out[sheet.name] = [(i, list(r)) for i, r in enumerate(csv.reader(handle), start=1)]
    if not out:
        raise InputError(f"{folder}: no activity CSV files (fuels.csv, electricity.csv ...) found")
    return out


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _clean(value: Any, column: Column, sheet: str, row: int) -> Any:
    """Cell → Python value of the column's type; blanks become None."""
    if _blank(value):
        return None
    if column.type == "text":
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value).strip()
    text = _NUMBER_NOISE.sub("", str(value)) if isinstance(value, str) else value
    try:
        if column.type == "int":
            if isinstance(text, str):
                text = text.removesuffix("年")
            number = float(text)
            if not number.is_integer():
                raise ValueError
            return int(number)
        if column.type == "fraction" and isinstance(text, str) and text.endswith("%"):
            return float(text[:-1]) / 100
        return float(text)
    except (TypeError, ValueError):
        kind = "a whole number / 整数" if column.type == "int" else "a number / 数字"
        raise SheetError(f"'{value}' is not {kind}", sheet=sheet, row=row,
                         column=column.key) from None


_MESSAGES = {
    "missing": "missing value / 缺少必填值",
    "string_too_short": "missing value / 缺少必填值",
    "greater_than_equal": "negative values are not allowed (got {input}) / 不允许负值",
    "greater_than": "must be greater than 0 (got {input}) / 应大于 0",
    "less_than_equal": "must be at most {le} (got {input}); fractions are 0–1, e.g. 0.98 or 98% "
                       "/ 应不大于 {le}",
    "literal_error": "got '{input}', expected {expected} / 取值无效",
}


def _validation_error(err: ValidationError, sheet: str, row: int,
                      field_column: dict[str, str]) -> SheetError:
    first = err.errors()[0]
    field = str(first["loc"][0]) if first["loc"] else ""
    template = _MESSAGES.get(first["type"])
    context = {"input": first.get("input"), **(first.get("ctx") or {})}
    message = template.format(**context) if template else first["msg"]
    return SheetError(message, sheet=sheet, row=row, column=field_column.get(field, field))


def _validate(model: type[BaseModel], data: dict[str, Any], sheet: str, row: int,
              field_column: dict[str, str] | None = None) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as err:
        raise _validation_error(err, sheet, row, field_column or {}) from err


def _parse_entity(cells: Cells) -> Entity:
    sheet = SHEETS["entity"]
    fields = Sheet("entity", sheet.zh, sheet.en, ENTITY_FIELDS)
    data: dict[str, Any] = {}
    rows: dict[str, int] = {}
    for number, values in cells:
        if not values or _blank(values[0]):
            continue
        key = match_header(fields, values[0])
        if key is None:
            continue  # the header row ("字段 / field") or a free note
        value = values[1] if len(values) > 1 else None
        data[key] = _clean(value, fields.column(key), "entity", number)
        rows[key] = number
    data = {k: v for k, v in data.items() if v is not None}
    try:
        return Entity.model_validate(data)
    except ValidationError as err:
        field = str(err.errors()[0]["loc"][0])
        raise _validation_error(err, "entity", rows.get(field, 0), {field: "value"}) from err


def _parse_table(name: str, cells: Cells) -> list[Any]:
    sheet = SHEETS[name]
    model = ROW_MODELS[name]
    rows = iter([(n, v) for n, v in cells if any(not _blank(c) for c in v)])
    header = next(rows, None)
    if header is None:
        return []
    header_row, header_cells = header
    positions = {i: match_header(sheet, text) for i, text in enumerate(header_cells)}
    present = {key for key in positions.values() if key}
    for column in sheet.columns:
        if column.required and column.key not in present:
            raise SheetError(f"missing column '{column.header}' / 缺少列", sheet=name,
                             row=header_row, column=column.key)
    out = []
    for number, values in rows:
        first = next((c for c in values if not _blank(c)), "")
        if isinstance(first, str) and first.strip().startswith("#"):
            continue  # comment / example rows
        data: dict[str, Any] = {"row": number}
        for i, value in enumerate(values):
            key = positions.get(i)
            if key:
                cleaned = _clean(value, sheet.column(key), name, number)
                if cleaned is not None:
                    data[key] = cleaned
        out.append(_validate(model, data, name, number))
    return out


def parse_sheets(raw: dict[str, Cells], origin: str = "") -> ActivityData:
    """Validate raw sheet cells (already split by sheet) into ActivityData."""
    entity = _parse_entity(raw["entity"]) if "entity" in raw else Entity()
    tables = {name: _parse_table(name, raw[name]) for name in TABLE_SHEETS if name in raw}
    data = ActivityData(entity=entity, origin=origin, **tables)
    if not data.years:
        raise InputError(f"{origin}: no activity rows found / 未找到任何活动数据")
    return data
