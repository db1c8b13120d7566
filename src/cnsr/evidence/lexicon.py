"""The reader's lexicon: cue concepts (zh.yaml, en.yaml) and rules (rules.yaml), validated
once on load and compiled for fast scanning.

A *concept* is a named class of cue terms (regular expressions over NFKC text, case ignored),
defined per language; the languages are merged. Rules refer to concepts only, so one rule
serves Chinese and English text. See docs/reader.md for the file formats.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from cnsr.data_files import check_patterns, read, validate
from cnsr.errors import DataError
from cnsr.evidence.literal_gate import gate
from cnsr.evidence.rule_schema import (
    QUANTITY_DIMENSIONS,
    CarbonAwareness,
    EnvAwareness,
    LexiconFile,
    PointRule,
    RulesFile,
)
from cnsr.evidence.scan_index import ScanIndex

_EXTRACTED_DIMENSIONS = frozenset({"emissions", "energy", "electricity", "mass", "volume",
                                   "intensity", "money", "ratio"})
"""Dimensions `cnsr.evidence.quantities` reads; the others come from `extra_quantities`."""


class CompiledRule:
    """A point rule in the form the matcher tests it sentence by sentence: each clause as a set
    (tested against a sentence's concepts in one C-level subset check), the quantity
    dimensions as a set, split into those the quantity extractor gives and the extra ones."""

    __slots__ = ("rule", "match", "weak", "clauses", "none", "weak_none", "figureless_none",
                 "mention_with",
                 "quantity", "extracted", "extra", "context", "needs", "heading",
                 "heading_match")

    def __init__(self, rule: PointRule) -> None:
        self.rule = rule
        self.match = tuple(frozenset(cl) for cl in rule.match)
        self.weak = tuple(frozenset(cl) for cl in rule.weak)
        # every distinct clause, strong or weak: a sentence can support the point only when
        # it holds all the concepts of one of them
        self.clauses = tuple(dict.fromkeys(tuple(dict.fromkeys(cl)) for cl in rule.match
                                           + rule.weak))
        self.none = frozenset(rule.none)
        self.weak_none = frozenset(rule.weak_none)
        self.figureless_none = frozenset(rule.figureless_none)
        self.mention_with = frozenset(rule.mention_with)
        self.quantity = frozenset(rule.quantity)
        self.extracted = bool(self.quantity & _EXTRACTED_DIMENSIONS)
        self.extra = tuple(sorted(self.quantity - _EXTRACTED_DIMENSIONS))
        self.context = tuple(rule.context)
        self.needs = frozenset(rule.needs)
        self.heading = frozenset(rule.heading)
        self.heading_match = tuple(frozenset(cl) for cl in rule.heading_match)


class Lexicon:
    """Concepts compiled for scanning, plus the validated rules."""

    def __init__(self, concepts: dict[str, list[str]], rules: RulesFile, source: str) -> None:
        self.source = source
        self.rules = rules
        found = rules.awareness
        self.awareness_rule: CarbonAwareness | None = found[1] if found else None
        self.names: list[str] = sorted(concepts)
        self.patterns = concepts
        self.index = ScanIndex(self.names, concepts)
        # concept -> the concepts whose cues take away its cues starting inside them
        self.yields_to: dict[str, frozenset[str]] = {
            c: frozenset(names) for c, names in rules.evidence.yields_to.items() if names}
        self.extra_quantities = {
            dim: re.compile("|".join(f"(?:{p})" for p in pats), re.I)
            for dim, pats in rules.extra_quantities.items()
        }
        # searched before each extra dimension's pattern: a passage without one of the
        # strings every match needs is not searched (session 23)
        self.extra_gates = {dim: gate(rx) for dim, rx in self.extra_quantities.items()}
        # concept -> points whose rules mention it (so a passage only checks relevant points)
        # (a clause holds only when its first concept does, so the first concepts suffice;
        # a rule with `context` may take any concept from the context, so every one counts)
        self.points_by_concept: dict[str, list[str]] = {}
        for point_id in sorted(rules.points):
            rule = rules.points[point_id]
            for concept in sorted({c for clause in rule.match + rule.weak + rule.heading_match
                                   for c in (clause if rule.context or rule.heading
                                             or rule.heading_match else clause[:1])}):
                self.points_by_concept.setdefault(concept, []).append(point_id)
        self.figure_masks = [re.compile(p, re.I) for p in rules.figures.masks]
        self.figure_patterns = [re.compile(p, re.I) for p in rules.figures.patterns]
        self.figure_ignore = frozenset(rules.figures.ignore_dimensions)
        self.compiled: dict[str, CompiledRule] = {
            pid: CompiledRule(rule) for pid, rule in rules.points.items()}
        # concepts that mark the topic of a quantitative point: a clause holding one of them
        # starts a new topic, so a number after it is not carried back to the previous cue
        self.topic_concepts = frozenset(
            clause[0] for rule in rules.points.values() if rule.quantity
            for clause in rule.match + rule.weak
        ) | frozenset(rules.evidence.topic_breaks)


    def gives_figure(self, text: str) -> bool:
        """Whether normalised `text` states a figure other than a measured quantity (a
        count, a share, a rank, zero incidents), once dates and index codes are masked."""
        for mask in self.figure_masks:
            text = mask.sub(" ", text)
        return any(p.search(text) for p in self.figure_patterns)


@cache
def data_dir() -> Path:
    """The bundled lexicon's folder: where the installed package is, fixed for the process
    (`assess.points` asks for the bundled emission markers for every table row it quotes:
    ~50 `importlib.resources` look-ups after the last page; session 21)."""
    return Path(str(resources.files("cnsr.data").joinpath("lexicon")))


def load_lexicon(directory: Path | str | None = None,
                 rules: Path | str | None = None) -> Lexicon:
    """Load zh.yaml, en.yaml and rules.yaml from `directory` (default: the bundled lexicon);
    `rules` names another rules file (a framework bundle's rules for its own points)."""
    base = Path(directory or data_dir()).resolve()
    rules_file = Path(rules).resolve() if rules else base / "rules.yaml"
    # one cache entry for the folder's own rules however they are named
    return _load(str(base), "" if rules_file == base / "rules.yaml" else str(rules_file))


@cache
def _load(directory: str, rules_file: str = "") -> Lexicon:
    """The lexicon from the user cache when its files and this code are unchanged (building
    it, the scan index above all, is most of a `cnsr rate` start-up; `cnsr.data_cache`)."""
    import sys

    from cnsr import data_cache
    from cnsr.evidence import literal_gate, rule_schema, scan_index

    base = Path(directory)
    files = [base / "zh.yaml", base / "en.yaml", Path(rules_file) if rules_file
             else base / "rules.yaml"]
    # the rule models are pickled with the entry: a field added to them (session 23's
    # `plan_silent`) must not load an entry built without it
    return data_cache.cached("lexicon", files, lambda: _build(directory, rules_file),
                             code=[sys.modules[__name__], scan_index, rule_schema,
                                   literal_gate])


def _build(directory: str, rules_file: str = "") -> Lexicon:
    base = Path(directory)
    concepts: dict[str, list[str]] = {}
    for name in ("zh.yaml", "en.yaml"):
        path = base / name
        lex = validate(LexiconFile, _read(path), str(path))
        for concept, patterns in lex.concepts.items():
            if not patterns:
                raise DataError(f"{path}: concept '{concept}' has no patterns")
            check_patterns(str(path), f"concept '{concept}'", patterns)
            concepts.setdefault(concept, []).extend(patterns)
    rules_path = Path(rules_file) if rules_file else base / "rules.yaml"
    rules = validate(RulesFile, _read(rules_path), str(rules_path))
    _check_references(rules, set(concepts), rules_path)
    groups = {**{f"extra_quantities.{d}": p for d, p in rules.extra_quantities.items()},
              "figures.masks": rules.figures.masks, "figures.patterns": rules.figures.patterns}
    for where, pats in groups.items():
        check_patterns(str(rules_path), where, pats)
    return Lexicon(concepts, rules, directory)


def _read(path: Path) -> Any:
    return read(path, what="lexicon file")


def _check_references(rules: RulesFile, known: set[str], path: Path) -> None:
    def check(where: str, names: set[str]) -> None:
        unknown = sorted(names - known)
        if unknown:
            raise DataError(f"{path}: {where} uses undefined concept(s) {', '.join(unknown)}")

    for point_id, rule in rules.points.items():
        check(f"point {point_id}", rule.concepts)
    for key, crit in rules.criteria.items():
        if isinstance(crit, CarbonAwareness):
            check(f"criteria.{key}", {c for clause in (*crit.match, *crit.actions)
                                      for c in clause} | set(crit.none))
        elif isinstance(crit, EnvAwareness):
            check(f"criteria.{key}", set(crit.none))
    check("comparison_kinds", set(rules.comparison_kinds.values()))
    check("evidence.result_concepts", set(rules.evidence.result_concepts))
    check("evidence.generic_concepts", set(rules.evidence.generic_concepts))
    check("evidence.topic_breaks", set(rules.evidence.topic_breaks))
    check("evidence.others_subject", set(rules.evidence.others_subject))
    check("evidence.own_subject", set(rules.evidence.own_subject))
    check("evidence.swallow", set(rules.evidence.swallow))
    check("evidence.yields_to", set(rules.evidence.yields_to)
          | {c for names in rules.evidence.yields_to.values() for c in names})
    check("evidence.silent_clauses", set(rules.evidence.silent_clauses))
    check("evidence.header_carry", set(rules.evidence.header_carry))
    check("evidence.parameters", set(rules.evidence.parameters))
    bad = sorted({d for dims in rules.evidence.parameters.values() for d in dims}
                 - QUANTITY_DIMENSIONS)
    if bad:
        raise DataError(f"{path}: evidence.parameters names unknown quantity dimension(s) "
                        f"{', '.join(bad)}")
    if rules.evidence.context is not None:
        ctx = rules.evidence.context
        check("evidence.context", set(ctx.lead_in) | set(ctx.follow_on) | set(ctx.carry))
        if ctx.paragraph is not None:
            para = ctx.paragraph
            check("evidence.context.paragraph", set(para.when) | set(para.about) | set(para.carry))
    if rules.evidence.table_notes is not None:
        check("evidence.table_notes", set(rules.evidence.table_notes.carry))
    if rules.evidence.general is not None:
        general = rules.evidence.general
        check("evidence.general", {general.concept} | set(general.concrete))
        unknown_points = sorted(set(general.points) - set(rules.points))
        if unknown_points:
            raise DataError(f"{path}: evidence.general names unknown point(s) "
                            f"{', '.join(unknown_points)}")
    for aside in rules.evidence.aside:
        check("evidence.aside", set(aside.concepts))
        unknown_points = sorted(set(aside.except_points) - set(rules.points))
        if unknown_points:
            raise DataError(f"{path}: evidence.aside names unknown point(s) "
                            f"{', '.join(unknown_points)}")
    if rules.evidence.titles is not None:
        check("evidence.titles", {rules.evidence.titles.concept})
        unknown_points = sorted(set(rules.evidence.titles.keep_points) - set(rules.points))
        if unknown_points:
            raise DataError(f"{path}: evidence.titles keeps unknown point(s) "
                            f"{', '.join(unknown_points)}")
    needed = {"company", "national", "reduction", "up", "down", "future", "background", "scene_open",
              "dual_carbon", "cmp_prior_year", "base_year", "history", "future_year",
              "planned", "hedge", "others_emissions"}
    check("the reader (built-in use)", needed)
    for dim, bands in rules.dimensions.items():
        for band in bands:
            kinds = set(band.requires) | set(band.requires_any)
            unknown = sorted(kinds - set(rules.comparison_kinds))
            if unknown:
                raise DataError(f"{path}: dimensions.{dim} band {band.band} requires unknown "
                                f"comparison kind(s) {', '.join(unknown)}")
