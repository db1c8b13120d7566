"""Tables as text the sentence rules can read: one line per row, each number with its unit
and its column's year.

Disclosure tables put units and years in headers ("金额（亿元）", "2021年", a "单位" column),
so a cell alone ("1.16") is a bare number. `table_text` writes every row as
"label | header=value unit | …", so "购买碳排放配额支出 | 金额=1.16亿元" or
"范围一排放 | 2021年=12,186.4万吨二氧化碳当量 | 2022年=…" (one clause per row: no
commas or colons are added). `year_values` gives the (year, value) pairs of a row
for trends.

The table's captions, header and body are read by `evidence.table_layout`; where a figure's
unit comes from (a unit cell before it, the row's 单位 column or label, its column's header,
the table's caption), by `evidence.table_units`; caption rows are written before the header
on the first line.
"""

from __future__ import annotations

from cnsr.evidence.script import to_simplified
from cnsr.evidence.table_cells import AMOUNT, YEAR, figure, is_number
from cnsr.evidence.table_layout import header_and_body, parse_table
from cnsr.evidence.table_units import (
    PAREN_UNIT,
    bilingual_first,
    column_unit,
    ghg_row_unit,
    is_unit_header,
    lead_unit,
    scaled_label,
    trailing_unit,
    unit_only,
    with_unit,
)
from cnsr.ingest.reading_limits import layout_limits
from cnsr.ingest.text import thousands_unit

_GENERIC_FIRST = frozenset({"", *layout_limits().table_words.generic_first})  # data/text/layout.yaml


def table_text(rows: list[list[str]]) -> str:
    parsed = parse_table(rows)
    header, body = parsed.header, parsed.body
    if not header:
        return ""
    unit_col = next((j for j, h in enumerate(header) if is_unit_header(h)), None)
    if unit_col is None:
        unit_col = _headless_unit_column(header, body)
    table_unit = parsed.unit
    if unit_col is None:
        found = _unit_heading_column(header, body)
        if found is not None:
            unit_col, table_unit = found
    column_units = [column_unit(h) if j else "" for j, h in enumerate(header)]
    lines = [" | ".join([*parsed.captions, *header])]
    first = PAREN_UNIT.sub("", header[0]).strip() if header else ""
    first = "" if all(w in _GENERIC_FIRST for w in first.lower().split() or [""]) else first
    for row in body:
        row_unit = row[unit_col].strip() if unit_col is not None and unit_col < len(row) else ""
        row_unit = bilingual_first(row_unit) or row_unit
        row_unit = thousands_unit(row_unit)  # "'000 tonnes CO2e" (session 24, blind round 31)
        row_unit = row_unit or lead_unit(row) or trailing_unit(row)
        # an emission row in mass per unit under a GHG unit: the table's GHG intensity (session 21)
        row_unit = ghg_row_unit(row_unit, row[0] if row else "", parsed.unit)
        cell_unit = ""  # a unit cell standing before the figures ("万吨 | 1,021.5 | 998.2")
        parts = []
        for j, cell in enumerate(row):
            if j == unit_col or not cell:
                continue
            head = header[j] if j < len(header) else ""
            if is_number(cell) and j > 0:
                column = column_units[j] if j < len(header) else ""
                # a header that names its own unit ("二氧化碳排放（tCO2e）") is that column's,
                # whatever the row's unit cell says of its other figures ("消耗量 | 万升";
                # a fuel table, blind round 8)
                unit = (cell_unit or (column if unit_col is not None else "") or row_unit
                        or column or table_unit)
                label = "" if unit_only(head) else PAREN_UNIT.sub("", head).strip()
                value = figure(cell)
                value = value if value.endswith("%") or not unit else with_unit(value, unit)
                parts.append(f"{label}={value}" if label else value)
            elif (j > 0 and not YEAR.search(head) and unit_only(cell)
                  and any(is_number(c) for c in row[j + 1:])):
                cell_unit = cell
            elif j == 0 and first and not is_number(cell):
                parts.append(f"{first}={scaled_label(cell)}")
            elif j == 0:
                parts.append(scaled_label(cell))
            elif j > 0 and AMOUNT.search(cell) and head and not YEAR.search(head) \
                    and not unit_only(head):
                # a figure written with its own unit keeps its column's name ("排放因子=2.66
                # kgCO2/升"): what the column is says what the figure is (blind round 8)
                parts.append(f"{PAREN_UNIT.sub('', head).strip()}={cell}")
            else:
                parts.append(cell)
        lines.append(" | ".join(parts) or "-")
    return "\n".join(lines)


def _headless_unit_column(header: list[str], body: list[list[str]]) -> int | None:
    """A unit column whose heading was lost or left blank (session 21, blind round 18: a
    "單位" cell merged over two header rows is printed between them and read as a line of its
    own): a column with an empty heading, before the figures, whose cells hold no figure and
    most of them a unit (traditional spellings read as simplified)."""
    for j in range(1, min(len(header), 3)):
        if header[j].strip():
            continue
        cells = [row[j] for row in body if j < len(row) and row[j].strip()]
        if len(cells) < 2 or any(is_number(c) for c in cells):
            return None
        units = sum(1 for c in cells if unit_only(to_simplified(c)))
        if units * 2 > len(cells) and all(any(is_number(c) for c in row[j + 1:])
                                           for row in body if j < len(row) and row[j].strip()):
            return j
        return None
    return None


def _unit_heading_column(header: list[str], body: list[list[str]]) -> tuple[int, str] | None:
    """A unit column headed by the table's unit in brackets instead of "单位" ("温室气体 |
    （万吨CO2e） | 2021年 | …", session 29, blind round 46): its cells, empty or a row's own unit
    ("吨CO2e/吨"), hold no figure; the heading is the unit of the rows whose cell is empty."""
    for j in range(1, min(len(header), 3)):
        head = header[j].strip()
        if not head or YEAR.search(head):
            continue
        m = PAREN_UNIT.fullmatch(head)
        unit = unit_only(m.group(1)) if m else ""
        if not unit:
            return None
        cells = [row[j] for row in body if j < len(row) and row[j].strip()]
        if any(is_number(c) or not unit_only(to_simplified(c)) for c in cells):
            return None
        return j, unit
    return None


def year_values(rows: list[list[str]]) -> list[tuple[int, str, list[tuple[int, float]]]]:
    """(body row index, row label, [(year, value)]) for rows with numbers under year columns;
    row i is line i + 1 of `table_text`."""
    header, body = header_and_body(rows)
    years = {j: int(m.group(1)) for j, h in enumerate(header) for m in [YEAR.search(h)] if m}
    if len(years) < 2:
        return []
    out = []
    for i, row in enumerate(body):
        pairs = []
        for j, year in sorted(years.items()):
            cell = figure(row[j]) if j < len(row) else ""
            if cell and is_number(cell) and not cell.endswith("%"):
                pairs.append((year, float(cell.replace(",", "").replace("，", "")
                                      .replace("−", "-"))))
        if len(pairs) >= 2 and row:
            out.append((i, row[0], pairs))
    return out
