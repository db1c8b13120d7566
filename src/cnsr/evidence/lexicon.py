"""The reader's lexicon: cue concepts (zh.yaml, en.yaml) and rules (rules.yaml), validated
once on load and compiled for fast scanning.

A *concept* is a named class of cue terms (regular expressions over NFKC text, case ignored),
defined per language; the languages are merged. Rules refer to concepts only, so one rule
serves Chinese and English text. See docs/reader.md for the file formats.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from cnsr.errors import DataError

DIMENSION_NAMES = ("trend", "comparison", "integration")
QUANTITY_DIMENSIONS = frozenset({"emissions", "energy", "electricity", "mass", "volume",
                                 "intensity", "money", "ratio", "count", "power", "year"})
_EXTRACTED_DIMENSIONS = frozenset({"emissions", "energy", "electricity", "mass", "volume",
                                   "intensity", "money", "ratio"})
"""Dimensions `cnsr.evidence.quantities` reads; the others come from `extra_quantities`."""
Clause = list[str]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LexiconFile(_Strict):
    language: str
    concepts: dict[str, list[str]]


class PointRule(_Strict):
    match: list[Clause] = Field(min_length=1)
    weak: list[Clause] = Field(default_factory=list)
    none: list[str] = Field(default_factory=list)
    subject: Literal["company", "required", "any"] = "company"
    quantity: list[str] = Field(default_factory=list)
    own: bool = False
    better: Literal["lower", "higher"] | None = None
    history: int = Field(default=0, ge=0)
    plans_count: bool = False

    @field_validator("quantity")
    @classmethod
    def _dims(cls, values: list[str]) -> list[str]:
        unknown = sorted(set(values) - QUANTITY_DIMENSIONS)
        if unknown:
            raise ValueError(f"unknown quantity dimension(s) {', '.join(unknown)}; "
                             f"use {', '.join(sorted(QUANTITY_DIMENSIONS))}")
        return values

    @property
    def concepts(self) -> set[str]:
        return {c for clause in self.match + self.weak for c in clause} | set(self.none)


class CompiledRule:
    """A point rule in the form the matcher tests it sentence by sentence: each clause as a set
    (tested against a sentence's concepts in one C-level subset check), the quantity
    dimensions as a set, split into those the quantity extractor gives and the extra ones."""

    __slots__ = ("rule", "match", "weak", "clauses", "none", "quantity", "extracted", "extra")

    def __init__(self, rule: PointRule) -> None:
        self.rule = rule
        self.match = tuple(frozenset(cl) for cl in rule.match)
        self.weak = tuple(frozenset(cl) for cl in rule.weak)
        # every distinct clause, strong or weak: a sentence can support the point only when
        # it holds all the concepts of one of them
        self.clauses = tuple(dict.fromkeys(tuple(dict.fromkeys(cl)) for cl in rule.match
                                           + rule.weak))
        self.none = frozenset(rule.none)
        self.quantity = frozenset(rule.quantity)
        self.extracted = bool(self.quantity & _EXTRACTED_DIMENSIONS)
        self.extra = tuple(sorted(self.quantity - _EXTRACTED_DIMENSIONS))


class EnvAwareness(_Strict):
    indicators: list[str]
    min_points: int = Field(ge=1)


class CarbonAwareness(_Strict):
    match: list[Clause] = Field(min_length=1)
    subject: Literal["company"] | None = None


class QuantifiedEmissions(_Strict):
    points: list[str] = Field(min_length=1)
    dimensions: list[str] = Field(min_length=1)


class CriteriaRules(_Strict):
    environmental_awareness: EnvAwareness
    carbon_awareness: CarbonAwareness
    quantified_emissions: QuantifiedEmissions


class BandRule(_Strict):
    band: str
    min_favourable: int = 0
    max_unfavourable_share: float = 1.0
    min_series: int = 0
    min_kinds: int = 0
    min_mentions: int = 0
    requires: list[str] = Field(default_factory=list)
    requires_any: list[str] = Field(default_factory=list)
    min_coverage: float = 0.0
    future: bool = False
    min_passages: int = 0


class EvidenceSettings(_Strict):
    max_per_point: int = Field(default=3, ge=1)
    excerpt_chars: int = Field(default=300, ge=40)
    next_clauses: int = Field(default=1, ge=0, le=5)
    result_concepts: list[str] = Field(default_factory=list)
    english_document_point: str | None = None


class RulesFile(_Strict):
    version: int
    extra_quantities: dict[str, list[str]] = Field(default_factory=dict)
    points: dict[str, PointRule]
    criteria: CriteriaRules
    dimensions: dict[str, list[BandRule]]
    comparison_kinds: dict[str, str]
    evidence: EvidenceSettings = Field(default_factory=EvidenceSettings)

    @field_validator("dimensions")
    @classmethod
    def _three(cls, value: dict[str, list[BandRule]]) -> dict[str, list[BandRule]]:
        if sorted(value) != sorted(DIMENSION_NAMES):
            raise ValueError(f"dimensions must be exactly {', '.join(DIMENSION_NAMES)}")
        return value


class Lexicon:
    """Concepts compiled for scanning, plus the validated rules."""

    def __init__(self, concepts: dict[str, list[str]], rules: RulesFile, source: str) -> None:
        self.source = source
        self.rules = rules
        self.names: list[str] = sorted(concepts)
        self.patterns = concepts
        self.regex: dict[str, re.Pattern[str]] = {}
        for name in self.names:
            self.regex[name] = re.compile("|".join(f"(?:{p})" for p in concepts[name]), re.I)
        # Positions where any concept may start are found with one combined scan; only the
        # concepts whose possible first character is the one at that position are tried there.
        # Scanning: a character class of every character a cue can start with finds candidate
        # positions (a fast C loop); at a position only the patterns whose first two
        # characters (or first one, when the second is open) are those found there are tried.
        # ASCII letters and digits are only tried where a word or number starts (Latin cues
        # start with \b or a letter look-behind); a pattern whose start cannot be enumerated
        # is tried everywhere.
        self.by_prefix: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
        self.anywhere: list[tuple[str, re.Pattern[str]]] = []
        for name in self.names:
            for pattern in concepts[name]:
                rx = re.compile(pattern, re.I)
                keys = _prefixes(pattern)
                if keys is None:
                    self.anywhere.append((name, rx))
                    continue
                for key in sorted(keys):
                    self.by_prefix.setdefault(key, []).append((name, rx))
        firsts = sorted({key[0] for key in self.by_prefix})
        chars = [c for c in firsts if not (c.isascii() and (c.isalnum() or c.isspace()))]
        # (an ASCII letter or digit not after another: written as a character class first, so
        # re can skip to candidates by that class)
        starts = "[A-Za-z0-9](?<![A-Za-z0-9_][A-Za-z0-9])"
        self.scanner = re.compile(starts + "|[" + "".join(re.escape(c) for c in chars) + "]"
                                  if not self.anywhere else r"(?s:.)")
        # The patterns to try at a position, by the two (or, failing that, one) lower-case
        # characters found there, merged once here so `scan` does one look-up per position
        # (same patterns, same order as trying the two-character key, the one-character key,
        # then the open patterns).
        Bucket = tuple[tuple[str, Callable[[str, int], re.Match[str] | None]], ...]
        anywhere = [(name, rx.match) for name, rx in self.anywhere]
        self.bucket_any: Bucket = tuple(anywhere)
        self.buckets1: dict[str, Bucket] = {
            key: tuple([(name, rx.match) for name, rx in pats] + anywhere)
            for key, pats in self.by_prefix.items() if len(key) == 1}
        self.buckets2: dict[str, Bucket] = {
            key: tuple([(name, rx.match) for name, rx in pats + self.by_prefix.get(key[0], [])]
                       + anywhere)
            for key, pats in self.by_prefix.items() if len(key) == 2}
        self.extra_quantities = {
            dim: re.compile("|".join(f"(?:{p})" for p in pats), re.I)
            for dim, pats in rules.extra_quantities.items()
        }
        # quantity dimensions the rules ask for that the quantity extractor does not give
        self.extra_dims: frozenset[str] = frozenset(
            d for r in rules.points.values() for d in r.quantity) - _EXTRACTED_DIMENSIONS
        # concept -> points whose rules mention it (so a passage only checks relevant points)
        # (a clause holds only when its first concept does, so the first concepts suffice)
        self.points_by_concept: dict[str, list[str]] = {}
        for point_id in sorted(rules.points):
            rule = rules.points[point_id]
            for concept in sorted({clause[0] for clause in rule.match + rule.weak}):
                self.points_by_concept.setdefault(concept, []).append(point_id)
        self.compiled: dict[str, CompiledRule] = {
            pid: CompiledRule(rule) for pid, rule in rules.points.items()}
        # concepts that mark the topic of a quantitative point: a clause holding one of them
        # starts a new topic, so a number after it is not carried back to the previous cue
        self.topic_concepts = frozenset(
            clause[0] for rule in rules.points.values() if rule.quantity
            for clause in rule.match + rule.weak
        )


def data_dir() -> Path:
    return Path(str(resources.files("cnsr.data").joinpath("lexicon")))


def load_lexicon(directory: Path | str | None = None) -> Lexicon:
    """Load zh.yaml, en.yaml and rules.yaml from `directory` (default: the bundled lexicon)."""
    return _load(str(Path(directory).resolve()) if directory else str(data_dir()))


@cache
def _load(directory: str) -> Lexicon:
    base = Path(directory)
    concepts: dict[str, list[str]] = {}
    for name in ("zh.yaml", "en.yaml"):
        path = base / name
        data = _read(path)
        try:
            lex = LexiconFile.model_validate(data)
        except ValidationError as err:
            raise DataError(f"{path}: {_describe(err)}") from err
        for concept, patterns in lex.concepts.items():
            if not patterns:
                raise DataError(f"{path}: concept '{concept}' has no patterns")
            for pattern in patterns:
                try:
                    re.compile(pattern, re.I)
                except re.error as err:
                    raise DataError(f"{path}: concept '{concept}': bad pattern {pattern!r} "
                                    f"({err})") from err
            concepts.setdefault(concept, []).extend(patterns)
    rules_path = base / "rules.yaml"
    try:
        rules = RulesFile.model_validate(_read(rules_path))
    except ValidationError as err:
        raise DataError(f"{rules_path}: {_describe(err)}") from err
    _check_references(rules, set(concepts), rules_path)
    for dim, pats in rules.extra_quantities.items():
        for pattern in pats:
            try:
                re.compile(pattern, re.I)
            except re.error as err:
                raise DataError(f"{rules_path}: extra_quantities.{dim}: bad pattern {pattern!r} "
                                f"({err})") from err
    return Lexicon(concepts, rules, directory)


def _read(path: Path) -> Any:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise DataError(f"{path}: lexicon file not found") from err
    except yaml.YAMLError as err:
        raise DataError(f"{path}: not valid YAML ({str(err).strip().splitlines()[0]})") from err
    if not isinstance(data, dict):
        raise DataError(f"{path}: a lexicon file must be a YAML mapping")
    return data


def _check_references(rules: RulesFile, known: set[str], path: Path) -> None:
    def check(where: str, names: set[str]) -> None:
        unknown = sorted(names - known)
        if unknown:
            raise DataError(f"{path}: {where} uses undefined concept(s) {', '.join(unknown)}")

    for point_id, rule in rules.points.items():
        check(f"point {point_id}", rule.concepts)
    check("criteria.carbon_awareness",
          {c for clause in rules.criteria.carbon_awareness.match for c in clause})
    check("comparison_kinds", set(rules.comparison_kinds.values()))
    check("evidence.result_concepts", set(rules.evidence.result_concepts))
    needed = {"company", "national", "reduction", "up", "down", "future", "background",
              "dual_carbon", "cmp_prior_year", "base_year", "history", "future_year",
              "planned", "hedge"}
    check("the reader (built-in use)", needed)
    for dim, bands in rules.dimensions.items():
        for band in bands:
            kinds = set(band.requires) | set(band.requires_any)
            unknown = sorted(kinds - set(rules.comparison_kinds))
            if unknown:
                raise DataError(f"{path}: dimensions.{dim} band {band.band} requires unknown "
                                f"comparison kind(s) {', '.join(unknown)}")


def _describe(err: ValidationError) -> str:
    first = err.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    message = first["msg"].removeprefix("Value error, ")
    more = f" (and {err.error_count() - 1} more problem(s))" if err.error_count() > 1 else ""
    return f"{where}: {message}{more}" if where else f"{message}{more}"


# -- the first characters of a pattern, to index patterns by how a match can start ---------

PREFIX = 2
_MAX_KEYS = 400


def _prefixes(pattern: str) -> set[str] | None:
    """Lower-case strings of up to PREFIX characters that every match of `pattern` starts with
    one of (shorter when the pattern's next character is open), or None if unknown."""
    try:
        from re import _constants as c  # type: ignore[attr-defined]
        from re import _parser as p  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - other Python versions: scan everywhere
        return None
    if not _CATEGORY_CHARS:
        _CATEGORY_CHARS.update({c.CATEGORY_DIGIT: "0123456789",
                                c.CATEGORY_SPACE: " \t\n\r\f\v"})
    try:
        items = list(p.parse(pattern, re.I))
    except re.error:  # pragma: no cover - validated before
        return None
    keys = _expand(items, {""}, c)
    if keys is None or "" in keys:
        return None
    return keys


_CATEGORY_CHARS: dict[Any, str] = {}


def _chars(op: Any, av: Any, c: Any) -> set[str] | None:
    if op is c.LITERAL:
        return {chr(av).lower()}
    if op is c.IN:
        out: set[str] = set()
        for iop, iav in av:
            if iop is c.LITERAL:
                out.add(chr(iav).lower())
            elif iop is c.RANGE and iav[1] - iav[0] <= 64:
                out.update(chr(x).lower() for x in range(iav[0], iav[1] + 1))
            elif iop is c.CATEGORY and iav in _CATEGORY_CHARS:
                out.update(_CATEGORY_CHARS[iav])
            else:
                return None
        return out
    return None


def _expand(items: list[Any], prefixes: set[str], c: Any) -> set[str] | None:
    """Extend `prefixes` by what `items` can match first, up to PREFIX characters."""
    for i, (op, av) in enumerate(items):
        if all(len(s) >= PREFIX for s in prefixes):
            return prefixes
        if len(prefixes) > _MAX_KEYS:
            return None
        rest = items[i + 1:]
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        chars = _chars(op, av, c)
        if chars is not None:
            prefixes = {s + ch if len(s) < PREFIX else s for s in prefixes for ch in chars}
            continue
        if op is c.BRANCH:
            out: set[str] = set()
            for branch in av[1]:
                sub = _expand(list(branch) + rest, prefixes, c)
                if sub is None:
                    return None
                out |= sub
            return out
        if op is c.SUBPATTERN:
            return _expand(list(av[-1]) + rest, prefixes, c)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, high, item = av
            more = [(op, (max(low - 1, 0), high - 1, item))] if high != 1 else []
            once = _expand(list(item) + more + rest, prefixes, c)
            if low > 0:
                return once
            skip = _expand(rest, prefixes, c)
            if once is None or skip is None:
                return None
            return once | skip
        return prefixes  # open from here on: keep what is known
    return prefixes
