"""Quantities, years and year series in disclosure text and tables (pure functions).

    extract_quantities(text) -> list[Quantity]   numbers with their units, 万/亿 applied
    extract_years(text)      -> list[int]        years mentioned (2023年, FY2023, 二〇二三年)
    series_in_text(text)     -> list[Series]     "2021—2023年分别为120、115和108万吨"
    to_unit(q, unit)         -> float            conversion through pint (tce ↔ GJ, 万吨 …)

Table series and their direction are in `series.py`.

`Quantity.value` is in the canonical unit of its family (t, tCO2e, tce, GJ, kWh, kW, m3, m2,
CNY, %, tCO2e/万元 …; see data/units/aliases.yaml) after multipliers: "52万吨" → 520000 t.
Dimensions: emissions, energy, electricity, power, mass, volume, area, intensity, price,
money, ratio, duration. Offsets index the raw text; matching runs on a 1:1 folded copy
(numbers.normalize), so `raw == text[start:end]`.

Years, dates, stock codes, standard numbers (ISO 14001, GB/T 32150-2015), section, list,
scope and page numbers and phone numbers never become quantities. A number without a unit is
returned with unit None (unless `bare=False`); a Chinese numeral only when a unit follows.

The scanning itself is in `quantity_scan.py`, the dating after it in `quantity_dates.py`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from cnsr.errors import InputError
from cnsr.evidence import units
from cnsr.evidence.quantity_scan import YEAR_MAX, YEAR_MIN, QuantityScan
from cnsr.evidence.quantity_tokens import Quantity, Token

__all__ = ["YEAR_MAX", "YEAR_MIN", "Direction", "Quantity", "Series", "extract_quantities",
           "extract_years", "quantities_in_sentence", "series_in_text", "to_unit"]

Direction = Literal["down", "up", "flat"]


@dataclass(frozen=True, slots=True)
class Series:
    """One indicator over years; values in the canonical `unit`, `raw_unit` as written."""

    label: str
    unit: str | None
    dimension: str | None
    points: list[tuple[int, float]]
    raw_unit: str | None = None



# --- public API ----------------------------------------------------------------------------

def extract_quantities(text: str, *, bare: bool = True, report_year: int | None = None
                       ) -> list[Quantity]:
    """Quantities in `text`, in order. `bare=False` keeps only those with a unit. With
    `report_year`, years named relative to it ("上年同期", "the previous year") date figures."""
    scan = QuantityScan(text, report_year=report_year)
    return [scan.quantity(t) for t in scan.toks if bare or t.unit is not None]


def quantities_in_sentence(text: str, start: int, stop: int, norm: str | None = None,
                           report_year: int | None = None) -> list[Quantity]:
    """Quantities whose number starts in text[start:stop], read with the whole `text` around
    them (look-behinds, unit context, qualifiers), as `extract_quantities(text)` reads them.

    The same as filtering `extract_quantities(text)` when text[start:stop] is a whole sentence
    that follows a sentence end other than "." (。!?; reset the year context and no number,
    unit or standard number runs across them, while "ISO 14001. 2023" can); the reader uses
    it to read only the sentences that hold a quantitative cue. `norm`: `numbers.normalize(text)`
    when the caller has it."""
    scan = QuantityScan(text, start, stop, norm, report_year)
    return [scan.quantity(t) for t in scan.toks]


def extract_years(text: str, *, expand_ranges: bool = False) -> list[int]:
    """Years (YEAR_MIN–YEAR_MAX) mentioned in `text`, each once, in order of first mention.

    Reads 2023年, 2023年度, FY2023, FY23, 2023-12-31, 二〇二三年, a bare 2023 outside Chinese
    text ("in 2023"); "2021-2023" gives 2021 and 2023, or every year between with
    `expand_ranges`. Standard numbers (GB/T 32150-2015) and codes give none.
    """
    seen: dict[int, None] = {}
    for y in QuantityScan(text).years:
        if y.first is None:
            span: Sequence[int] = (y.year,)
        else:
            span = range(y.first, y.year + 1) if expand_ranges else (y.first, y.year)
        for year in span:
            if YEAR_MIN <= year <= YEAR_MAX:
                seen.setdefault(year, None)
    return list(seen)


def to_unit(q: Quantity, unit: str) -> float:
    """`q.value` expressed in `unit`: an alias ("万吨", "MWh", "吨标准煤") or a pint unit
    ("GJ", "gce/kWh"). 1 tce = 29.3076 GJ; 1 万千瓦时 = 10 MWh; tCO2e is its own dimension.

    Raises InputError when `q` has no unit, or `unit` is unknown or of another dimension.
    """
    if q.unit is None:
        raise InputError(f"cannot convert {q.raw!r} to {unit!r}: the number has no unit")
    return units.convert(q.value, q.unit, unit)


def series_in_text(text: str) -> list[Series]:
    """Series written inline: "2021—2023年排放量分别为120、115和108万吨", "… respectively"."""
    scan = QuantityScan(text)
    out: list[Series] = []
    for lo, years, toks in scan.pairs:
        qs = [scan.quantity(t) for t in toks]
        out.append(Series(
            label=_inline_label(scan, lo, toks), unit=qs[-1].unit, dimension=qs[-1].dimension,
            points=sorted(zip(years, (q.value for q in qs), strict=True)),
            raw_unit=re.sub(r"^[\d.,，\s+-]+", "", qs[-1].raw) or None))
    return out


_LABEL_JUNK = re.compile(
    r"^(?:[\s,，、:：()（）的为是]+|本?公司|本?集团|我们)|[\s,，、:：()（）的]+$|"
    r"(?:分别为|分别是|分别达到?|依次为|分别|依次|年度?|(?<![A-Za-z])(?i:in|for|were|was|are|is|"
    r"totall?ed|amounted\s+to|reached|respectively))[\s,，]*$")


def _inline_label(scan: QuantityScan, lo: int, toks: list[Token]) -> str:
    first_q = toks[0].start
    before = [y for y in scan.years if lo <= y.end <= first_q and not y.base]
    label = _clean_label(scan.text[before[-1].end if before else lo:first_q])
    if not label and before:
        label = _clean_label(scan.text[lo:before[0].start])
    return label


def _clean_label(s: str) -> str:
    prev = None
    s = s.strip()
    while prev != s:
        prev = s
        s = _LABEL_JUNK.sub("", s).strip()
    return s

