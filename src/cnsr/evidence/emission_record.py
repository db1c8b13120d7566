"""One GHG figure the reader found, as a record (kept apart from the code that finds it so the
modules that read figures after a sentence, or decide parts, share it without a cycle)."""

from __future__ import annotations

from dataclasses import dataclass

from cnsr.evidence.find import Located

PART = "part"
"""The kind of a part of the company's own emissions (a source, gas, site, segment or scope 3
category of a figure): its `scope` is the scope it is a part of, and it is never a scope's or
a total's figure itself (session 26)."""


@dataclass(frozen=True, slots=True)
class Figure:
    """One GHG figure found in a passage. `value` is in `unit` (tCO2e or tCO2 for amounts, a
    canonical intensity unit such as tCO2e/万元 for intensities); `row` is the table row
    (index into the table's non-empty rows) when the figure comes from a table."""

    scope: str
    kind: str
    year: int | None
    value: float
    unit: str
    written: str
    label: str
    where: Located
    sentence: tuple[int, int]
    row: int | None
    at: int = -1
    """Where the figure's number starts in its passage's text (-1: not known)."""

    @property
    def dimension_of(self) -> str:
        """The quantity dimension of the figure: intensity or emissions."""
        return "intensity" if "/" in self.unit else "emissions"

    @property
    def denominator(self) -> str:
        return self.unit.split("/", 1)[1] if "/" in self.unit else ""

    @property
    def key(self) -> tuple[str, str, int | None, str, float]:
        return (self.kind, self.scope, self.year, self.unit, round(self.value, 6))
