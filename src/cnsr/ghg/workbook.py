"""Read an activity workbook (.xlsx, or a folder of one CSV per sheet) into ActivityData.

The only place that touches spreadsheet files on the way in. Every problem becomes a
SheetError naming the sheet, the row as the user sees it (header = row 1) and the column key.
Nothing is dropped silently: a missing `fuels` / `electricity` sheet, a misspelt sheet name or
column header (close to a known one, by difflib), a formula Excel never calculated and a row
that only looks like a comment because its site starts with "#" ("#2机组") are errors; a sheet
or column that resembles nothing known is ignored with a warning in `ActivityData.warnings`
(an error under `--strict`).
"""

from __future__ import annotations

import csv
import difflib
import re
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from pydantic import BaseModel, ValidationError

from cnsr.errors import InputError, SheetError
from cnsr.file_limits import LimitExceeded, check_archive
from cnsr.ghg.activity import ROW_MODELS, ActivityData, Entity
from cnsr.ghg.sheets import (
    ENTITY_FIELDS,
    REQUIRED_SHEETS,
    SHEETS,
    TABLE_SHEETS,
    Column,
    Sheet,
    match_header,
    near_header,
)

Cells = list[tuple[int, list[Any]]]  # (row number as shown in Excel, cell values)

_NUMBER_NOISE = re.compile(r"[,\s，]")
_OTHER_SHEETS = re.compile(r"^(readme|说明|ref_.*)$", re.I)  # the template's own extra sheets
NEAR = 0.6
"""difflib ratio from which an unknown sheet or header is taken for a misspelt known one."""


class Unsaved:
    """A formula cell without a saved result (written by a program, never opened in Excel):
    openpyxl reads it as blank, which would silently drop the value."""

    def __init__(self, formula: str) -> None:
        self.formula = formula


class Raw(BaseModel):
    """Cells of the recognised sheets and the names of the sheets that were not."""

    model_config = {"arbitrary_types_allowed": True}
    sheets: dict[str, Cells]
    others: list[str] = []


def read_activity(path: Path) -> ActivityData:
    """Read and validate activity data from a workbook or a folder of CSV files."""
    raw = _read_any(path)
    warnings = _check_sheets(raw)
    data = parse_sheets(raw.sheets, origin=str(path))
    return data.model_copy(update={"warnings": [*warnings, *data.warnings]})


def read_raw(path: Path) -> dict[str, Cells]:
    """The cells of every known sheet of a workbook or CSV folder, by sheet key (for sheets
    read on their own, such as the roadmap's measures)."""
    return _read_any(path).sheets


def _read_any(path: Path) -> Raw:
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
    return raw


def _check_sheets(raw: Raw) -> list[str]:
    """Errors for a missing required sheet or a misspelt sheet name; warnings for the rest."""
    labels = {label: s for s in SHEETS.values() for label in (s.name, s.zh, s.en)}
    warnings: list[str] = []
    for title in raw.others:
        if _OTHER_SHEETS.match(title.strip()):
            continue
        close = difflib.get_close_matches(title.strip(), list(labels), n=1, cutoff=NEAR)
        if close:
            known = labels[close[0]]
            raise SheetError(f"not a known sheet name; did you mean '{known.name}' "
                             f"({known.zh})? / 工作表名称无法识别，是否应为 '{known.name}'？",
                             sheet=title)
        warnings.append(f"sheet '{title}': not an activity sheet, ignored / 非活动数据工作表，已忽略")
    for name in REQUIRED_SHEETS:
        if name not in raw.sheets:
            sheet = SHEETS[name]
            raise SheetError(f"missing sheet '{name}' ({sheet.zh}); keep it with its header row "
                             f"even when empty / 缺少工作表 '{name}'（{sheet.zh}），无数据时也请保留表头",
                             sheet=name)
    return warnings


def _sheet_for(name: str) -> Sheet | None:
    key = name.strip().casefold()
    for sheet in SHEETS.values():
        if key in {sheet.name, sheet.zh.casefold(), sheet.en.casefold()}:
            return sheet
    return None


def _read_xlsx(path: Path) -> Raw:
    try:
        check_archive(path)  # a zip bomb is refused from its directory, before inflating
    except LimitExceeded as err:
        raise InputError(f"{path}: {err}") from None
    try:
        book = load_workbook(path, read_only=True, data_only=True)
        formulas = load_workbook(path, read_only=True, data_only=False)
    except Exception as err:  # openpyxl raises many types for a bad file
        raise InputError(f"{path}: cannot open workbook / 无法打开工作簿 ({err})") from err
    out: dict[str, Cells] = {}
    others: list[str] = []
    try:
        for ws in book.worksheets:
            sheet = _sheet_for(ws.title)
            if sheet is None:
                others.append(ws.title)
                continue
            rows = zip(ws.iter_rows(values_only=True),
                       formulas[ws.title].iter_rows(values_only=True), strict=False)
            out[sheet.name] = [(i, _saved(values, written))
                               for i, (values, written) in enumerate(rows, start=1)]
    finally:
        book.close()
        formulas.close()
    return Raw(sheets=out, others=others)


def _saved(values: tuple[Any, ...], written: tuple[Any, ...]) -> list[Any]:
    """Cell values, with `Unsaved` where a formula has no saved result."""
    out = list(values)
    for i, value in enumerate(out):
        formula = written[i] if i < len(written) else None
        text = getattr(formula, "text", formula)  # ArrayFormula keeps its text in .text
        if value is None and isinstance(text, str) and text.startswith("="):
            out[i] = Unsaved(text)
    return out


def _read_csv_folder(folder: Path) -> Raw:
    out: dict[str, Cells] = {}
    others: list[str] = []
    for file in sorted(folder.glob("*.csv")):
        sheet = _sheet_for(file.stem)
        if sheet is None:
            others.append(file.stem)
            continue
        with file.open(encoding="utf-8-sig", newline="") as handle:
            out[sheet.name] = [(i, list(r)) for i, r in enumerate(csv.reader(handle), start=1)]
    if not out:
        raise InputError(f"{folder}: no activity CSV files (fuels.csv, electricity.csv ...) found")
    return Raw(sheets=out, others=others)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _clean(value: Any, column: Column, sheet: str, row: int) -> Any:
    """Cell → Python value of the column's type; blanks become None."""
    if isinstance(value, Unsaved):
        raise SheetError(f"formula {value.formula} has no saved value (the file was written by "
                         "a program and never calculated); open and save it in Excel, or type "
                         "the value / 公式无计算结果，请在 Excel 中打开并保存，或直接填写数值",
                         sheet=sheet, row=row, column=column.key)
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


def _parse_table(name: str, cells: Cells, warnings: list[str],
                 model: type[BaseModel] | None = None) -> list[Any]:
    sheet = SHEETS[name]
    model = model or ROW_MODELS[name]
    rows = iter([(n, v) for n, v in cells if any(not _blank(c) for c in v)])
    header = next(rows, None)
    if header is None:
        return []
    header_row, header_cells = header
    positions = _header(sheet, header_row, header_cells, warnings)
    present = {key for key in positions.values() if key}
    for column in sheet.columns:
        if column.required and column.key not in present:
            raise SheetError(f"missing column '{column.header}' / 缺少列", sheet=name,
                             row=header_row, column=column.key)
    out = []
    for number, values in rows:
        if _comment(sheet, positions, number, values):
            continue
        data: dict[str, Any] = {"row": number}
        for i, value in enumerate(values):
            key = positions.get(i)
            if key:
                cleaned = _clean(value, sheet.column(key), name, number)
                if cleaned is not None:
                    data[key] = cleaned
        out.append(_validate(model, data, name, number))
    return out


def _header(sheet: Sheet, row: int, cells: list[Any], warnings: list[str]
            ) -> dict[int, str | None]:
    """Column position → key. A header close to a known one is an error naming both (a
    misspelt 碳氧化率 would silently fall back to the default oxidation); one that resembles
    nothing is ignored with a warning."""
    positions = {i: match_header(sheet, text) for i, text in enumerate(cells)}
    present = {key for key in positions.values() if key}
    for i, text in enumerate(cells):
        if positions[i] is not None or _blank(text):
            continue
        letter = get_column_letter(i + 1)
        near = near_header(sheet, str(text), NEAR)
        if near is not None and near.key not in present:
            raise SheetError(f"unknown header '{text}'; did you mean '{near.header}'? / "
                             f"表头无法识别，是否应为 '{near.header}'？",
                             sheet=sheet.name, row=row, column=letter)
        warnings.append(f"sheet '{sheet.name}', row {row}, column '{letter}': unknown header "
                        f"'{text}', column ignored / 表头无法识别，该列已忽略")
    return positions


def _comment(sheet: Sheet, positions: dict[int, str | None], row: int, values: list[Any]
             ) -> bool:
    """Whether a row is a comment: its first filled cell starts with "#". When that cell is a
    text column (a site named "#2机组") and the year is blank, the row is ambiguous: an error,
    not a silent drop."""
    index, first = next(((i, c) for i, c in enumerate(values) if not _blank(c)), (0, ""))
    if not (isinstance(first, str) and first.strip().startswith("#")):
        return False
    key = positions.get(index)
    if key is None or sheet.column(key).type != "text":
        return True  # "# 2023" in the year column: the template's example rows
    year_at = next((i for i, k in positions.items() if k == "year"), None)
    if year_at is None:
        return True  # a sheet without years (the roadmap's measures): "# M1" is the example row
    if year_at < len(values) and not _blank(values[year_at]):
        return False  # a year is given: data whose site happens to start with "#"
    raise SheetError(f"'{first}' starts with # but the row has data and no year: fill in the "
                     "year to count it, or put # in the first column to mark a comment / "
                     "以 # 开头的行：如为数据请填写年份，如为注释请在第一列以 # 开头",
                     sheet=sheet.name, row=row, column=key)


def parse_sheets(raw: dict[str, Cells], origin: str = "") -> ActivityData:
    """Validate raw sheet cells (already split by sheet) into ActivityData."""
    entity = _parse_entity(raw["entity"]) if "entity" in raw else Entity()
    warnings: list[str] = []
    tables = {name: _parse_table(name, raw[name], warnings) for name in TABLE_SHEETS
              if name in raw}
    data = ActivityData(entity=entity, origin=origin, warnings=warnings, **tables)
    if not data.years:
        raise InputError(f"{origin}: no activity rows found / 未找到任何活动数据")
    return data
