"""Years a report names relative to its own ("上年同期", "the previous year", "报告期内"): the
patterns of data/text/relative-years.yaml, validated on load and compiled once.

The quantity scanner (`quantity_scan.QuantityScan`, through `quantity_dates.relative_years_in`)
reads them as year events when it is given the report year: a prior-year figure then carries report year − 1, so figures compared with the
previous year form a series (history, trend) instead of standing undated.
"""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from cnsr.data_files import Patterns, load_bundled
from cnsr.evidence.scan_index import start_guard

YEARS_FILE = "relative-years.yaml"


class RelativeYears(BaseModel):
    # defer_build: the validator is built on first use, which `cnsr rate` never makes
    # (session 24: deferring 20 such models saved the parent ~10 ms of CPU)
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    source: str
    year: int
    prior: Patterns = Field(min_length=1)
    current: Patterns = Field(min_length=1)
    own_year_prepositions: Patterns = Field(min_length=1)
    own_year_names: Patterns = Field(min_length=1)
    base_year_zh: Patterns = Field(min_length=1)
    base_year_en: Patterns = Field(min_length=1)


@cache
def _data() -> RelativeYears:
    return load_bundled(RelativeYears, "cnsr.data.text", YEARS_FILE)


@cache
def pattern() -> re.Pattern[str]:
    """One pattern with the groups `prior` and `current` (longest alternatives first as the
    file lists them), behind a guard of the characters they can start with."""
    data = _data()
    prior = "|".join(f"(?:{p})" for p in data.prior)
    current = "|".join(f"(?:{p})" for p in data.current)
    guard = start_guard([*data.prior, *data.current])  # the same matches, found far sooner
    return re.compile(f"{guard}(?:(?P<prior>{prior})|(?P<current>{current}))", re.I)


@cache
def own_year_after() -> re.Pattern[str]:
    """The words between a figure and a year after it that make the year the figure's own
    ("… in FY2022", "… for the financial year 2022"), to `fullmatch` the gap between them."""
    data = _data()
    preps = "|".join(data.own_year_prepositions)
    names = "|".join(data.own_year_names)
    return re.compile(rf"[ \t]*(?i:{preps})[ \t]+(?:(?i:the[ \t]+)?(?:{names})[ \t]+year[ \t]+)?"
                      r"(?:FY[ \t]?)?")


@cache
def base_year_named() -> re.Pattern[str]:
    """A base year named at the end of a window, before the year itself ("较基准年（",
    "against the baseline (")."""
    data = _data()
    zh = "|".join(data.base_year_zh)
    en = "|".join(data.base_year_en)
    return re.compile(rf"(?:{zh})年?[ \t]*[(（]?$|(?i:the[ \t]+)?(?i:{en})[ \t]*[(（]?$")
