"""Tables as text the sentence rules can read: one line per row, each number with its unit
and its column's year.

Disclosure tables put units and years in headers ("金额（亿元）", "2021年", a "单位" column),
so a cell alone ("1.16") is a bare number. `table_text` writes every row as
"label | header=value unit | …", so "购买碳排放配额支出 | 金额=1.16亿元" or
"范围一排放 | 2021年=12,186.4万吨二氧化碳当量 | 2022年=…" (one clause per row: no
commas or colons are added). Cells holding several numbers
and a header holding several years (a table whose columns were merged when the page was
read) are split when their counts agree. `year_values` gives the (year, value) pairs of a row
for trends.
"""

from __future__ import annotations

import re

from cnsr.evidence import quantities as q

_NUMBER = re.compile(r"^[-+−]?\d[\d,，]*(?:\.\d+)?%?$")
_YEAR = re.compile(r"(?<!\d)(20\d\d|19\d\d)(?!\d)")
_PAREN_UNIT = re.compile(r"[（(]([^（()）]{1,30})[)）]\s*$")
_UNIT_HEADERS = {"单位", "计量单位", "unit", "units"}
_GENERIC_FIRST = {"", "指标", "项目", "类别", "类型", "名称", "内容", "序号", "indicator", "item",
                  "metric", "kpi", "category"}
_DASH = {"—", "-", "–", "/", "／", "--", "——", "n/a", "N/A", "不适用", "—/—"}


def _is_number(cell: str) -> bool:
    return bool(_NUMBER.match(cell.replace(" ", "")))


def _split_values(cell: str) -> list[str]:
    parts = cell.split()
    if len(parts) > 1 and all(_is_number(p) or p in _DASH for p in parts):
        return parts
    return [cell]


def _expand_header(header: list[str], width: int) -> list[str]:
    """Split a header cell like "2021年2022年2023年" into one cell per year."""
    out: list[str] = []
    for cell in header:
        years = _YEAR.findall(cell)
        if len(years) > 1 and len("".join(_YEAR.sub("", cell).split()).strip("年度FY ")) <= 3:
            out.extend(f"{y}年" for y in years)
        else:
            out.append(cell)
    return out if len(out) == width else header


def _rows(rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    cleaned = [[c.strip() for c in row] for row in rows if any(c.strip() for c in row)]
    if not cleaned:
        return [], []
    body = [[v for c in row for v in _split_values(c)] for row in cleaned[1:]]
    width = max((len(r) for r in body), default=len(cleaned[0]))
    header = _expand_header(cleaned[0], width)
    return header, body


_CURRENCY_SCALE = re.compile(r"^\s*(RMB|CNY|USD|HKD|EUR|US\$|HK\$)\s+(thousand|million|billion|bn|mn)\s*$",
                             re.I)


def _with_unit(value: str, unit: str) -> str:
    """"1,500" with "RMB million" → "RMB 1,500 million"; otherwise the unit follows."""
    m = _CURRENCY_SCALE.match(unit)
    if m:
        return f"{m.group(1)} {value} {m.group(2)}"
    return f"{value}{unit}"


def _unit_only(cell: str) -> str:
    """The header cell itself when it is just a unit ("RMB million", "万元", "tCO2e")."""
    cell = cell.strip()
    if not cell or len(cell) > 20 or any(ch.isdigit() for ch in cell):
        return ""
    if _CURRENCY_SCALE.match(cell):
        return " " + cell.strip()
    found = q.extract_quantities(f"1 {cell}")
    if len(found) == 1 and found[0].dimension and found[0].end >= len(cell):
        return " " + cell if cell[0].isascii() else cell
    return ""


def _label_unit(label: str) -> str:
    """A unit in parentheses at the end of a row label: "二氧化碳排放量（万吨）", also the
    last part of "（含供热，吨二氧化碳/兆瓦时）"."""
    m = _PAREN_UNIT.search(label)
    if not m:
        return ""
    content = m.group(1)
    for part in (content, re.split(r"[，,;；]", content)[-1]):
        unit = _unit_only(part)
        if unit:
            return unit
    return ""


def table_text(rows: list[list[str]]) -> str:
    header, body = _rows(rows)
    if not header:
        return ""
    unit_col = next((j for j, h in enumerate(header) if h.strip().lower() in _UNIT_HEADERS), None)
    lines = [" | ".join(header)]
    first = header[0] if header and header[0].strip().lower() not in _GENERIC_FIRST else ""
    for row in body:
        row_unit = row[unit_col] if unit_col is not None and unit_col < len(row) else ""
        row_unit = row_unit or (_label_unit(row[0]) if row else "")
        parts = []
        for j, cell in enumerate(row):
            if j == unit_col or not cell:
                continue
            head = header[j] if j < len(header) else ""
            if _is_number(cell) and j > 0:
                m = _PAREN_UNIT.search(head)
                unit = row_unit or (m.group(1) if m else "") or _unit_only(head)
                label = _PAREN_UNIT.sub("", head).strip()
                value = cell if cell.endswith("%") else _with_unit(cell, unit)
                if _unit_only(head):
                    label = ""
                parts.append(f"{label}={value}" if label else value)
            elif j == 0 and first and not _is_number(cell):
                parts.append(f"{first}={cell}")
            else:
                parts.append(cell)
        lines.append(" | ".join(parts) or "-")
    return "\n".join(lines)


def year_values(rows: list[list[str]]) -> list[tuple[int, str, list[tuple[int, float]]]]:
    """(body row index, row label, [(year, value)]) for rows with numbers under year columns;
    row i is line i + 1 of `table_text`."""
    header, body = _rows(rows)
    years = {j: int(m.group(1)) for j, h in enumerate(header) for m in [_YEAR.search(h)] if m}
    if len(years) < 2:
        return []
    out = []
    for i, row in enumerate(body):
        pairs = []
        for j, year in sorted(years.items()):
            if j < len(row) and _is_number(row[j]) and not row[j].endswith("%"):
                pairs.append((year, float(row[j].replace(",", "").replace("，", "")
                                      .replace("−", "-"))))
        if len(pairs) >= 2 and row:
            out.append((i, row[0], pairs))
    return out
