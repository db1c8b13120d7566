"""emissions.yaml (which GHG figures are whose), validated and compiled: the data side of
`evidence/emission_figures.py` and `emission_kinds.py`, kept apart so that they stay plain
typed Python for mypyc."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from cnsr.data_files import check_patterns, load_file
from cnsr.evidence.lexicon import data_dir
from cnsr.evidence.scan_index import start_guard
from cnsr.rating import EmissionScope as Scope


class _Strict(BaseModel):
    # defer_build: validators are built on first validation, which a process that reads
    # this file from the data cache (cnsr.data_cache) never does
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class _Kinds(_Strict):
    own: list[str]
    financed: list[str]
    customers: list[str]
    suppliers: list[str]
    sector: list[str]


class _Basis(_Strict):
    location: list[str]
    market: list[str]
    location_if: list[str] = []


class _Elliptical(_Strict):
    years: list[str]
    comparisons: list[str]
    compared_before: list[str] = []


class _Denominator(_Strict):
    unit: str
    factor: float = 1.0
    words: list[str]


class EmissionsFile(_Strict):
    """emissions.yaml, validated."""

    version: Literal[1]
    source: str = ""
    year: int | None = None
    kinds: _Kinds
    skip: list[str]
    scope2_basis: _Basis
    total_words: list[str]
    parts: list[str] = []
    sources: list[str] = []
    # session 21: a direct source and purchased energy, the two parts of the national guidelines' split
    direct_sources: list[str] = []
    purchased_sources: list[str] = []
    # session 24 (blind round 28): a scope named right after the figure ("792,000 tonnes direct")
    scope1_after: list[str] = []
    scope2_after: list[str] = []
    gases: list[str] = []
    sites: list[str] = []
    scope3_parts: list[str] = []
    # session 24 (gaps): the words of scope 3 itself (a table's only scope 3 row, `emission_parts`)
    scope3_words: list[str] = []
    # session 25 (gaps): a scope said to include a source ("范围一含公务车辆燃油排放（2023年412吨）")
    scope_includes: list[str] = []
    # session 26 (blind round 37): a pronoun opening the figure's clause ("其范围一和范围二排放…") refers to the clause before
    pronoun_subject: list[str] = []
    # session 29 (audit, blind round 41): another body's statistics opening the sentence ("据市交通运输局统计，…")
    source_opening: list[str] = []
    segments: list[str] = []
    restates: list[str] = []
    per_unit: list[str]
    denominators: list[_Denominator] = []
    level_after: list[str]
    level_before: list[str]
    avoided_after: list[str] = []
    skip_after: list[str] = []
    skip_sentence: list[str] = []
    intensity_numerators: list[str]
    mass_units: list[str]
    elliptical: _Elliptical
    bracket_chars: int = Field(ge=1)
    # blind round 26 (session 24): a scope named in the figure's own brackets ("10.21 million tonnes of CO2 (Scope 1)")
    bracket_scopes: dict[Scope, list[str]] = {}
    points: dict[Scope, str]
    # kinds whose scope-3 figures are the company's own scope-3 inventory (session 15)
    value_chain: list[str] = []


class Markers:
    """emissions.yaml compiled: one regular expression per marker class."""

    def __init__(self, data: EmissionsFile) -> None:
        self.data = data
        self.kinds = {k: _union(getattr(data.kinds, k))
                      for k in ("own", "financed", "customers", "suppliers", "sector")}
        self.kinds["skip"] = _union(data.skip)
        self.location = _union(data.scope2_basis.location)
        self.market = _union(data.scope2_basis.market)
        self.total = _union(data.total_words)
        self.parts = _union(data.parts)
        self.sources = _union(data.sources)
        self.direct_sources = _union(data.direct_sources)
        self.purchased_sources = _union(data.purchased_sources)
        # at the start of the text after a figure (`emission_kinds.figure_scope`)
        self.scope_after: list[tuple[re.Pattern[str], str]] = [(re.compile("|".join(f"(?:{p})" for p in pats), re.I), scope)
                            for pats, scope in ((data.scope1_after, "scope1"),
                                                (data.scope2_after, "scope2")) if pats]
        self.gases = _union(data.gases)
        self.sites = _union(data.sites)
        self.scope3_parts = _union(data.scope3_parts)
        self.scope3_words = _union(data.scope3_words)
        self.segments = _union(data.segments)
        self.scope_includes = _union(data.scope_includes)
        # at the start of a clause, after its separator
        self.pronoun_subject = re.compile(r"[\s,，;；]*(?:" + "|".join(
            f"(?:{w})" for w in data.pronoun_subject) + ")", re.I) if data.pronoun_subject \
            else re.compile("(?!)")
        self.location_if = _union(data.scope2_basis.location_if)
        # at the start of a clause, after its separator and a leading "约" / "about"
        self.restates = re.compile(r"[\s,，;；、]*(?:" + "|".join(
            f"(?:{w})" for w in data.restates) + ")", re.I) if data.restates \
            else re.compile("(?!)")
        self.per_unit = _union(data.per_unit)
        self.denominators = [(_union(d.words), d.unit, d.factor) for d in data.denominators]
        # after the figure: a "per" word, or any denominator word after a slash, the rest of
        # a unit the unit table does not know ("8.31千克二氧化碳当量/标准箱", "kgCO2e/TEU": the
        # first value of a table row, with no earlier cell to read it from; blind round 16)
        self.per_after = re.compile(r"\s*(?:" + "|".join(
            f"(?:{w})" if w.startswith((r"\bper ", "/")) else rf"(?:/\s*(?:{w}))"
            for d in data.denominators for w in d.words
        ) + ")", re.I) if data.denominators else re.compile("(?!)")
        self.level_after = _union(data.level_after)
        self.level_before = _union(data.level_before)
        self.avoided_after = re.compile(r"\s*(?:" + "|".join(
            f"(?:{w})" for w in data.avoided_after) + ")", re.I) \
            if data.avoided_after else re.compile("(?!)")
        self.skip_after = re.compile(r"\s*(?:" + "|".join(
            f"(?:{w})" for w in data.skip_after) + ")", re.I) \
            if data.skip_after else re.compile("(?!)")
        self.skip_sentence = _union(data.skip_sentence)
        # matched at a sentence's start (`emission_kinds._background`)
        self.source_opening = _union(data.source_opening)
        self.numerators = frozenset(data.intensity_numerators)
        # case matters (Mt, kt): not compiled with re.I like the marker classes
        self.mass_unit = re.compile("|".join(f"(?:{p})" for p in data.mass_units) or "(?!)")
        self.points: dict[str, str] = {str(k): v for k, v in data.points.items()}
        # a clause of nothing but another year or a comparison before a figure ("，2022年为…",
        # ", compared with …"): `emission_clauses.governing_cues`
        years = "|".join(data.elliptical.years)
        comparisons = "|".join(data.elliptical.comparisons)
        self.elliptical = re.compile(rf"[\s,，;；]*(?:(?:{years})\s*(?:为|是|[:：])?"
                                     rf"|(?i:{comparisons}))\s*")
        # a Chinese comparison opening its clause with a year before the figure ("与2021年的
        # 5.1万吨相比，排放总量下降…"): the main clause after it names the quantity (session 16)
        opening = "|".join(data.elliptical.compared_before) or "(?!)"
        self.compared = re.compile(rf"[\s,，;；]*(?:{opening})\s*(?:{years})\s*的?\s*")
        # what a figure's own brackets say ("41,200 tCO2e (location-based)"): `emission_kinds.figure_scope`
        self.bracketed = re.compile(rf"[ \t]*[(（]([^()（）]{{1,{data.bracket_chars}}})[)）]")
        self.bracket_scopes: list[tuple[str, re.Pattern[str]]] = [
            (str(k), _union(v)) for k, v in data.bracket_scopes.items() if v]


    def denominator(self, text: str, start: int, end: int) -> tuple[str, float] | None:
        """The unit an intensity's words name between `start` and `end` ("每万元营业收入",
        "吨钢", "人均"; the last one before `end`), with the factor into it, else None."""
        best: tuple[int, str, float] | None = None
        for words, unit, factor in self.denominators:
            for m in words.finditer(text, start, end):
                if best is None or m.start() > best[0]:
                    best = (m.start(), unit, factor)
        return (best[1], best[2]) if best else None

    def denominator_after(self, text: str, end: int) -> tuple[str, float] | None:
        """The unit "per square metre", "per employee" names right after a figure."""
        m = self.per_after.match(text, end)
        return self.denominator(text, end, m.end()) if m else None


_OPEN_START = frozenset(" \t\n\r\f\v0123456789")
"""Characters `scan_index.start_guard` also stands for a class by (\\s, \\d), whose Unicode
members it does not list: a guard holding one is not used."""


def _union(patterns: list[str]) -> re.Pattern[str]:
    """One pattern of `patterns` (ignoring case), behind a look-ahead of the characters its
    matches start with (`scan_index.start_guard`): the same matches, but `re` skips to those
    characters in C instead of trying every alternative (the English ones open with `\\b` or
    a look-behind) at every position. `figure_kind` searches the kinds' unions before every
    GHG figure: ~55 ms of the dense 200-page benchmark report's ~70 (session 15)."""
    body = "|".join(f"(?:{p})" for p in patterns)
    if not body:
        return re.compile("(?!)", re.I)
    guard = start_guard(patterns)
    if guard and _OPEN_START.isdisjoint(guard):
        body = f"{guard}(?:{body})"
    return re.compile(body, re.I)


def load_markers(directory: str | Path | None = None) -> Markers:
    """emissions.yaml from a lexicon `directory` when it has one, else the bundled file."""
    path = Path(directory) / "emissions.yaml" if directory else None
    if path is None or not path.is_file():
        path = data_dir() / "emissions.yaml"
    return _load(str(path))


@cache
def _load(path: str) -> Markers:
    """From the user cache when the file and this module are unchanged (`cnsr.data_cache`)."""
    import sys

    from cnsr import data_cache

    return data_cache.cached("markers", [path], lambda: _build(path),
                             code=[sys.modules[__name__]])


def _build(path: str) -> Markers:
    data = load_file(EmissionsFile, path)
    for name, patterns in (("skip", data.skip), ("total_words", data.total_words),
                           ("parts", data.parts), ("sources", data.sources), ("gases", data.gases),
                           ("direct_sources", data.direct_sources), ("purchased_sources", data.purchased_sources), ("sites", data.sites),
                           ("scope1_after", data.scope1_after), ("scope2_after", data.scope2_after),
                           ("scope3_parts", data.scope3_parts), ("scope3_words", data.scope3_words),
                           ("segments", data.segments), ("scope_includes", data.scope_includes),
                           ("pronoun_subject", data.pronoun_subject),
                           ("scope2_basis.location_if", data.scope2_basis.location_if),
                           ("restates", data.restates),
                           ("per_unit", data.per_unit),
                           *((f"denominators.{d.unit}", d.words) for d in data.denominators),
                           ("level_after", data.level_after), ("level_before", data.level_before),
                           ("avoided_after", data.avoided_after),
                           ("skip_after", data.skip_after),
                           ("skip_sentence", data.skip_sentence),
                           ("mass_units", data.mass_units),
                           ("elliptical.years", data.elliptical.years),
                           ("elliptical.comparisons", data.elliptical.comparisons),
                           *((f"kinds.{k}", v) for k, v in data.kinds.model_dump().items()),
                           *((f"scope2_basis.{k}", v)
                             for k, v in data.scope2_basis.model_dump().items())):
        check_patterns(path, name, patterns)
    return Markers(data)
