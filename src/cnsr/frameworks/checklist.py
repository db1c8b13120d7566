"""Load a checklist bundle: guideline items (items.yaml), the reader's rules for the items no
rating point carries (rules.yaml), extra cue concepts, and the rating bundle whose reading it
reuses (`rates_with`), validated together: an item with no way to be met, a rule for an
unknown item, an unknown point or concept is one `MethodologyError` line naming file and item.
"""

from __future__ import annotations

import datetime
import re
import threading
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from cnsr.data_files import check_patterns, load_file
from cnsr.errors import MethodologyError
from cnsr.evidence.lexicon import Lexicon
from cnsr.evidence.rule_schema import PointRule
from cnsr.frameworks.bundle import BUNDLE_FILE, part, read_bundle_file, resolve
from cnsr.frameworks.results import Level, Text
from cnsr.methodology.load import LoadedMethodology, load_framework

Scope = Literal["scope1", "scope2", "scope2_location", "scope2_market", "scope1_2", "scope3",
                "total", "intensity"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceDoc(_Strict):
    title: str
    url: str
    seen: datetime.date


class LevelName(Text):
    id: Level


class Item(_Strict):
    id: str
    pillar: Literal["general", "governance", "strategy", "iro_management", "metrics_targets"]
    zh: str
    en: str
    level: Level
    counts_as: Text
    article: str | None
    article_confirmed: bool
    article_source: str | None = None
    requirement_confirmed: bool
    sources: list[str] = Field(min_length=1)
    note: str = ""
    points: list[str] = Field(default_factory=list)
    emissions: list[Scope] = Field(default_factory=list)
    navigation: list[str] = Field(default_factory=list)

    def name(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class ItemsFile(_Strict):
    documents: dict[str, SourceDoc]
    levels: list[LevelName]
    items: list[Item] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> ItemsFile:
        seen: set[str] = set()
        for item in self.items:
            if item.id in seen:
                raise ValueError(f"item {item.id} appears twice")
            seen.add(item.id)
            unknown = sorted(set(item.sources) - set(self.documents))
            if unknown:
                raise ValueError(f"item {item.id}: unknown source(s) {', '.join(unknown)}")
            if item.article_confirmed and not (item.article and item.article_source):
                raise ValueError(f"item {item.id}: a confirmed article names its number and "
                                 f"the source its text was read in (article_source)")
            if item.article_source is not None and item.article_source not in self.documents:
                raise ValueError(f"item {item.id}: unknown article_source "
                                 f"{item.article_source}")
        return self


class ChecklistRules(_Strict):
    points: dict[str, PointRule]


class ConceptsFile(_Strict):
    language: str
    concepts: dict[str, list[str]]


class Checklist:
    """A validated checklist bundle, its rating scheme and the lexicon that reads both."""

    def __init__(self, folder: str, spec_id: str, title: Text, items: ItemsFile,
                 rules: ChecklistRules, scheme: LoadedMethodology, lexicon: Lexicon,
                 files: tuple[Path, ...] = ()) -> None:
        self.folder = folder
        self.files = files
        """bundle.yaml, items, rules and concepts, in that order: what a version digests and
        what `load_checklist` watches for edits."""
        self.id = spec_id
        self.title = title
        self.items = items
        self.rules = rules
        self.scheme = scheme
        self.lexicon = lexicon
        self.navigation = {i.id: re.compile("|".join(f"(?:{p})" for p in i.navigation), re.I)
                           for i in items.items if i.navigation}

    def level_name(self, level: str, lang: str) -> str:
        return next(lv.get(lang) for lv in self.items.levels if lv.id == level)


Stamps = tuple[tuple[str, int, int], ...]
_loaded: dict[str, tuple[Stamps, Checklist]] = {}
_loaded_lock = threading.Lock()


def load_checklist(spec: str | Path) -> Checklist:
    """The checklist bundle `spec` (a bundled name or a folder), validated. Kept per process
    and loaded again when one of its files changed (path, modification time or size: four
    `stat` calls per call), so a long-running web app or notebook sees an edited checklist
    without a restart. The rating scheme it reads with is loaded by `load_framework`."""
    name = str(resolve(spec))
    with _loaded_lock:
        found = _loaded.get(name)
    if found is not None and found[0] == stamps(found[1].files):
        return found[1]
    checklist = _load(name)
    with _loaded_lock:
        _loaded[name] = (stamps(checklist.files), checklist)
    return checklist


def stamps(files: tuple[Path, ...]) -> Stamps:
    """(path, modification time in ns, size) of each file; a missing file stamps as -1."""
    out = []
    for path in files:
        try:
            st = path.stat()
        except OSError:
            out.append((str(path), -1, -1))
        else:
            out.append((str(path), st.st_mtime_ns, st.st_size))
    return tuple(out)


def _load(name: str) -> Checklist:
    folder = Path(name)
    bundle = read_bundle_file(folder)
    where = folder / BUNDLE_FILE
    if bundle.kind != "checklist":
        raise MethodologyError(f"{where}: a {bundle.kind} bundle is not a checklist; use it "
                               f"with `cnsr rate --framework`")
    items_path = part(folder, bundle.items, "items")
    rules_path = part(folder, bundle.rules, "rules")
    if items_path is None or rules_path is None:
        raise MethodologyError(f"{where}: a checklist bundle names its items and rules")
    concepts_path = part(folder, bundle.concepts, "concepts")
    files = tuple(p for p in (where.resolve(), items_path, rules_path, concepts_path)
                  if p is not None)
    items = load_file(ItemsFile, items_path, error=MethodologyError, what="checklist file")
    rules = load_file(ChecklistRules, rules_path, error=MethodologyError, what="checklist file")
    scheme = load_framework(bundle.rates_with or "cnsr-default")
    base = scheme.lexicon()
    concepts = {k: list(v) for k, v in base.patterns.items()}
    if concepts_path is not None:
        extra = load_file(ConceptsFile, concepts_path, error=MethodologyError,
                          what="checklist file")
        for concept, patterns in extra.concepts.items():
            check_patterns(str(concepts_path), f"concept '{concept}'", patterns,
                           error=MethodologyError)
            concepts.setdefault(concept, []).extend(patterns)
    _check(items, rules, scheme, set(concepts), items_path, rules_path)
    merged = base.rules.model_copy(update={"points": {**base.rules.points, **rules.points}})
    lexicon = Lexicon(concepts, merged, base.source)
    return Checklist(name, bundle.id, Text(zh=bundle.title_zh, en=bundle.title_en), items,
                     rules, scheme, lexicon, files)


def _check(items: ItemsFile, rules: ChecklistRules, scheme: LoadedMethodology,
           concepts: set[str], items_path: Path, rules_path: Path) -> None:
    ids = {i.id for i in items.items}
    for rid, rule in rules.points.items():
        if rid not in ids:
            raise MethodologyError(f"{rules_path}: points.{rid}: no such item in {items_path.name}")
        if rid in scheme.spec.point_by_id:
            raise MethodologyError(f"{rules_path}: points.{rid}: the id is a point of "
                                   f"{scheme.label}; name items apart from its points")
        unknown = sorted(rule.concepts - concepts)
        if unknown:
            raise MethodologyError(f"{rules_path}: points.{rid} uses undefined concept(s) "
                                   f"{', '.join(unknown)}")
    for item in items.items:
        for pid in item.points:
            if pid not in scheme.spec.point_by_id:
                raise MethodologyError(f"{items_path}: item {item.id}: no point {pid} in "
                                       f"{scheme.label}")
        if not (item.points or item.emissions or item.navigation or item.id in rules.points):
            raise MethodologyError(f"{items_path}: item {item.id} has no reader rule (points, "
                                   f"emissions, navigation or points.{item.id} in "
                                   f"{rules_path.name})")


def guideline_items(scheme_label: str) -> dict[str, list[tuple[Checklist, Item]]]:
    """Point id → the bundled checklists' items that the point also meets, for checklists that
    read with the scheme `scheme_label` and say `on_rating_card: true` (a CNSR card names them
    beside each gap)."""
    from cnsr.frameworks.bundle import bundled_dir, bundled_names
    out: dict[str, list[tuple[Checklist, Item]]] = {}
    for name in bundled_names():
        spec = read_bundle_file(bundled_dir() / name)
        if spec.kind != "checklist" or not spec.on_rating_card:
            continue
        checklist = load_checklist(name)
        if checklist.scheme.label != scheme_label:
            continue
        for item in checklist.items.items:
            for pid in item.points:
                out.setdefault(pid, []).append((checklist, item))
    return out
