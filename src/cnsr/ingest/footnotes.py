"""Units given in the notes under a table, carried to the rows that point at them.

Hong Kong ESG appendices and many KPI tables print no unit column: a row label carries a
note mark ("範圍一：直接溫室氣體排放⁽¹⁾", "Scope 1 emissions¹", "综合能耗注2") and the notes
under the table say "(1) 單位為噸二氧化碳當量。", "注2：单位为吨标准煤", "¹ Unit: tCO2e".
Without the unit such a row's figures were bare numbers, so a company whose emissions are
only in such a table stayed below stage 3 (session 8, issue #12). Here the unit a note names
is appended to each label with the same mark, as "（单位：…）", which the table reader takes
as the label's unit like "碳排放量（单位：千克）".

Only the passages after a table and before the next one are read, and only when a label
carries a mark: a page without a table costs nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cnsr.ingest.document import Passage, Table

NOTES_AFTER = 8
"""Passages after a table searched for its notes (a notes heading, a few wrapped notes)."""

_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_LABEL_MARK = re.compile(r"(?:[(（]\s*(\d{1,2})\s*[)）]|(?:注|註)\s*(\d{1,2})|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))\s*$")
"""A note mark closing a row label: "(1)", "（2）", "注3", "¹"."""
_NOTE_UNIT = re.compile(
    r"(?:^|(?<=[\s。；;.:：]))(?:注|註|(?i:Note))?\s*[(（]?\s*(\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})\s*[)）]?\s*"
    r"[:：.、]?\s*(?:單位|单位|計量單位|计量单位|(?i:Units?))\s*(?:為|为|是|：|:)?\s*"
    r"([^。；;，,（(\n]{1,40})")
"""A note naming a unit: "(1) 單位為噸二氧化碳當量", "注2：单位为吨标准煤", "¹ Unit: tCO2e"."""


def carry_note_units(passages: Sequence[Passage]) -> list[Passage]:
    """`passages` with the units of the notes under each table added to the marked labels."""
    out = list(passages)
    for index, passage in enumerate(passages):
        table = passage.table
        if table is None or not any(_mark(row) for row in table.rows[1:]):
            continue
        units: dict[str, str] = {}
        for after in passages[index + 1: index + 1 + NOTES_AFTER]:
            if after.table is not None:
                break
            for match in _NOTE_UNIT.finditer(after.text):
                unit = _unit_prefix(match.group(2))
                if unit:
                    units.setdefault(match.group(1).translate(_SUPERSCRIPT), unit)
        if units:
            rows = [_with_unit(row, units) if n else row for n, row in enumerate(table.rows)]
            if rows != table.rows:
                new = Table(rows=rows)
                out[index] = passage.model_copy(update={"table": new, "text": new.as_text()})
    return out


def _mark(row: Sequence[str]) -> tuple[int, str] | None:
    """(cell index, mark) of the first cell that ends in a note mark and holds a word."""
    for i, cell in enumerate(row):
        match = _LABEL_MARK.search(cell.strip())
        if match and match.start() > 0:
            return i, next(g for g in match.groups() if g).translate(_SUPERSCRIPT)
    return None


def _with_unit(row: list[str], units: dict[str, str]) -> list[str]:
    found = _mark(row)
    if found is None or found[1] not in units:
        return row
    i, mark = found
    return [*row[:i], f"{row[i].strip()}（单位：{units[mark]}）", *row[i + 1:]]


def _unit_prefix(text: str) -> str:
    """The longest start of `text` that the unit table reads as one unit ("千克二氧化碳當量／
    平方米" of "千克二氧化碳當量／平方米在管建築面積"), in the note's own characters; "" if none."""
    from cnsr.evidence.normalize import clean  # traditional → simplified, same length
    from cnsr.evidence.units import match_unit

    raw = text.strip()
    found = match_unit(clean(raw).replace("／", "/"), 0, chinese_numeral=True)
    if found is None or found.unit is None:
        return ""
    return raw[:found.end]
