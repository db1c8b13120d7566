"""Year series in disclosure tables, and their direction (pure functions).

    extract_series(rows)     -> list[Series]     year series from a table, either orientation
    direction(series)        -> "down" | "up" | "flat";  relative_change(series) -> float

The unit of bare cells comes from the row label's parentheses, a 单位 column or the corner
cell; cells with their own unit are read by `quantities.extract_quantities`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from cnsr.errors import InputError
from cnsr.evidence import numbers, tonnes_context, units
from cnsr.evidence.numbers import normalize
from cnsr.evidence.quantities import Direction, Series, extract_quantities
from cnsr.evidence.units import UnitMatch
from cnsr.ingest.reading_limits import layout_limits

_YEAR_CELL = re.compile(
    r"(?:FY\s?)?(?P<y>(?:19|20)\d{2})\s*(?:年度?|财年)?\s*"
    r"(?:[(（](?:本年|上年|本期|上期|当年|实际|(?i:actual))[)）])?")
_UNIT_HEADER = re.compile(r"(?:计量)?单位|(?i:units?)")
_LABEL_UNIT = re.compile(r"[(（]\s*(?:单位\s*[:：]\s*)?(?P<u>[^()（）]{1,30}?)\s*[)）]\s*$")
_UNIT_IN_LABEL = re.compile(r"单位\s*[:：]\s*(?P<u>[^\s,，;；)）]+)")
_NOT_AVAILABLE = frozenset(layout_limits().table_words.not_available)  # data/text/layout.yaml
_CELL_NUMBER = re.compile(
    r"(?P<neg>-|\()?\s*(?P<int>\d{1,3}(?:[,，]\d{3})+|\d+)(?P<frac>\.\d+)?\s*\)?\s*[*#]?")


def _cell_year(cell: str) -> int | None:
    m = _YEAR_CELL.fullmatch(cell.strip())
    return int(m.group("y")) if m else None


def _label_unit(label: str) -> tuple[str, UnitMatch | None, str | None]:
    """Split "二氧化碳排放总量（万吨）" into the label, its unit and the unit as written."""
    m = _LABEL_UNIT.search(label)
    if m is not None:
        um = units.parse_unit(m.group("u"))
        if um is not None:
            return label[:m.start()].strip(), um, m.group("u").strip()
    m = _UNIT_IN_LABEL.search(label)
    if m is not None:
        um = units.parse_unit(m.group("u"))
        if um is not None:
            return label[:m.start()].strip(" ,，(（"), um, m.group("u")
    return label.strip(), None, None


def _cell_value(cell: str, um: UnitMatch | None) -> tuple[float, UnitMatch | None] | None:
    """A cell's value: a bare number in the row's unit, or a number with its own unit."""
    s = cell.strip()
    if s.lower() in _NOT_AVAILABLE:
        return None
    m = _CELL_NUMBER.fullmatch(s)
    if m is not None:
        v = numbers.arabic_to_decimal("-" if m.group("neg") else None, m.group("int"),
                                      m.group("frac"))
        if um is None:
            return float(v), None
        return float(v * (um.multiplier or 1) * um.factor), um
    found = [q for q in extract_quantities(s) if q.unit is not None]
    if len(found) == 1:
        q = found[0]
        return q.value, UnitMatch(0, None, q.unit, q.dimension, Decimal(1))
    return None


def _make_series(label: str, um: UnitMatch | None, raw: str | None,
                 cells: list[tuple[int, str]]) -> Series | None:
    clean_label, label_um, label_raw = _label_unit(label)
    if label_um is not None:
        um, raw = label_um, label_raw
    unit = um.unit if um is not None else None
    dimension = um.dimension if um is not None else None
    points: list[tuple[int, float]] = []
    for year, cell in cells:
        got = _cell_value(cell, um)
        if got is None:
            continue
        value, cell_um = got
        if cell_um is not None and cell_um is not um:  # the cell wrote its own unit
            if unit is None:
                unit, dimension = cell_um.unit, cell_um.dimension
            elif cell_um.unit != unit:
                continue
        points.append((year, value))
    if len(points) < 2 or not clean_label:
        return None
    if unit == "t":
        read = tonnes_context.unit_from_context(clean_label, len(clean_label))
        if read is not None:
            unit, dimension = read
    return Series(label=clean_label, unit=unit, dimension=dimension, points=sorted(points),
                  raw_unit=raw)


def extract_series(table_rows: Sequence[Sequence[str]]) -> list[Series]:
    """Year series in a table whose first row is the header.

    Years across the header (指标 | 2021年 | 2022年 | 2023年) give one series per row; years
    down the first column (年份 | 排放量（万吨） | …) one series per column. The unit comes
    from the label's parentheses ("（万吨）", "(tCO2e)"), a 单位/Unit column, "单位：万吨" in the
    corner cell, or the cells ("12.5%"); bare cells are multiplied out ("（万吨）" × 1.2 →
    12000 t). Plain tonnes under an emissions or energy label become tCO2(e) or tce.
    Series with fewer than two values are left out.
    """
    rows = [[normalize(c or "").strip() for c in row] for row in table_rows if row]
    if len(rows) < 2:
        return []
    header = rows[0]
    col_years = {j: y for j, c in enumerate(header) if (y := _cell_year(c)) is not None}
    row_years = {i: y for i, r in enumerate(rows[1:], 1) if (y := _cell_year(r[0])) is not None}
    _, corner_um, corner_raw = _label_unit(header[0]) if header else ("", None, None)
    out: list[Series] = []
    if len(col_years) >= 2 and len(col_years) >= len(row_years):
        first_year_col = min(col_years)
        unit_col = next((j for j, c in enumerate(header) if _UNIT_HEADER.fullmatch(c)), None)
        for row in rows[1:]:
            texts = [c for j, c in enumerate(row[:first_year_col]) if j != unit_col and c]
            if not texts:
                continue
            um, raw = corner_um, corner_raw
            if unit_col is not None and unit_col < len(row):
                parsed = units.parse_unit(row[unit_col])
                if parsed is not None:
                    um, raw = parsed, row[unit_col]
            cells = [(y, row[j]) for j, y in col_years.items() if j < len(row)]
            s = _make_series(texts[-1], um, raw, cells)
            if s is not None:
                out.append(s)
    elif len(row_years) >= 2:
        for j in range(1, len(header)):
            cells = [(y, rows[i][j]) for i, y in row_years.items() if j < len(rows[i])]
            s = _make_series(header[j], corner_um, corner_raw, cells)
            if s is not None:
                out.append(s)
    return out


# --- trends --------------------------------------------------------------------------------

def relative_change(series: Series) -> float | None:
    """(last − first) / |first| from the earliest to the latest year; None when first is 0."""
    pts = _ordered_points(series)
    first, last = pts[0][1], pts[-1][1]
    if first == 0:
        return None
    return units.clean((last - first) / abs(first))


def direction(series: Series, *, tolerance: float = 0.01) -> Direction:
    """"down", "up" or "flat" (|relative change| ≤ tolerance) from the first to the last year.

    Whether that direction is good for the indicator is for the caller to decide. Raises
    InputError for a series with fewer than two points.
    """
    pts = _ordered_points(series)
    first, last = pts[0][1], pts[-1][1]
    change = relative_change(series)
    if change is None:
        return "flat" if last == first else ("up" if last > first else "down")
    if abs(change) <= tolerance:
        return "flat"
    return "up" if change > 0 else "down"


def _ordered_points(series: Series) -> list[tuple[int, float]]:
    pts = sorted(series.points)
    if len(pts) < 2:
        raise InputError(f"series {series.label!r} has {len(pts)} point(s); a trend needs two")
    return pts
