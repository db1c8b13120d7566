"""The multipliers written before an English unit in a bracket ("(10,000 tCO2e)" is 万tCO2e):
the model of data/units/bracket-multipliers.yaml, its checks and the bundled copy
(`evidence.table_units.scaled_unit` reads them)."""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict, Field, field_validator

from cnsr.data_files import load_bundled, load_text

BRACKET_MULTIPLIERS_FILE = "bracket-multipliers.yaml"


class BracketMultipliers(BaseModel):
    """data/units/bracket-multipliers.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    version: int
    source: str = Field(min_length=1)
    year: int
    unit_chars: int = Field(ge=1, le=60)
    multipliers: dict[str, str] = Field(min_length=1)

    @field_validator("multipliers")
    @classmethod
    def _multipliers(cls, values: dict[str, str]) -> dict[str, str]:
        for written, word in values.items():
            if not re.fullmatch(r"\d[\d, ]*\d(?: [A-Za-z]+)?", written):
                raise ValueError(f"a multiplier is digits, maybe grouped, and maybe a word: {written!r}")
            if not word or not word.strip() or word != word.strip():
                raise ValueError(f"the multiplier word of {written!r} is empty or has spaces around it")
        lowered = [w.lower() for w in values]
        if len(set(lowered)) != len(lowered):
            raise ValueError("a multiplier is given twice (case ignored)")
        return values

    def pattern(self) -> str:
        """The multipliers as one regex alternation, longest first (matched in any case)."""
        return "|".join(re.escape(w) for w in sorted(self.multipliers, key=len, reverse=True))

    def words(self) -> dict[str, str]:
        """The Chinese multiplier of each multiplier as written, keyed in lower case."""
        return {w.lower(): v for w, v in self.multipliers.items()}


def load_bracket_multipliers(text: str, source: str = BRACKET_MULTIPLIERS_FILE) -> BracketMultipliers:
    return load_text(BracketMultipliers, text, source)


@cache
def bundled_bracket_multipliers() -> BracketMultipliers:
    """The bundled bracket-multipliers.yaml."""
    return load_bundled(BracketMultipliers, "cnsr.data.units", BRACKET_MULTIPLIERS_FILE)
