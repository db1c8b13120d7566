"""Load a rating bundle: one folder whose `bundle.yaml` names a methodology, the reader's rules
for its points and (optionally) the cue concepts, validated together.

A bundle is consistent when every point has a rule and every rule a point, every stage
criterion a criterion rule and every criterion rule a criterion, and the rules name only the
methodology's bands, indicators and points. A break is one `MethodologyError` line naming
the file and the item. Paths in `bundle.yaml` are relative to its folder.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from cnsr.data_files import load_file
from cnsr.errors import CnsrError, MethodologyError
from cnsr.evidence.lexicon import Lexicon, load_lexicon
from cnsr.evidence.rule_schema import EnvAwareness, QuantifiedEmissions
from cnsr.methodology.load import LoadedMethodology, load_methodology_file

BUNDLE_FILE = "bundle.yaml"
DEFAULT = "cnsr-default"


class BundleFile(BaseModel):
    """bundle.yaml. `kind: rating` bundles are read here; `checklist` ones by `checklist.py`."""

    # defer_build: the validator is built on first use, which `cnsr rate` never makes
    # (session 24: deferring 20 such models saved the parent ~10 ms of CPU)
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    kind: Literal["rating", "checklist"] = "rating"
    id: str
    title_zh: str
    title_en: str
    methodology: str | None = None
    items: str | None = None
    rules: str
    concepts: str | None = None
    rates_with: str | None = None
    # a checklist whose items the CNSR card names beside each gap ("also meets exchange
    # guideline item"); one guideline per card keeps that label true
    on_rating_card: bool = False


def bundled_dir() -> Path:
    return Path(str(resources.files("cnsr.data").joinpath("frameworks")))


def bundled_names() -> list[str]:
    return sorted(p.name for p in bundled_dir().iterdir() if (p / BUNDLE_FILE).is_file())


def resolve(spec: str | Path) -> Path:
    """A bundle's folder from a bundled name ("cnsr-default"), a folder or its bundle.yaml."""
    path = Path(spec)
    if path.is_file() and path.name == BUNDLE_FILE:
        return path.parent.resolve()
    if path.is_dir():
        if not (path / BUNDLE_FILE).is_file():
            raise MethodologyError(f"{path}: not a framework bundle (no {BUNDLE_FILE})")
        return path.resolve()
    named = bundled_dir() / str(spec)
    if (named / BUNDLE_FILE).is_file():
        return named
    raise MethodologyError(f"{spec}: no such framework bundle (a folder with {BUNDLE_FILE}, or "
                           f"one of {', '.join(bundled_names())})")


def read_bundle_file(folder: Path) -> BundleFile:
    return load_file(BundleFile, folder / BUNDLE_FILE, error=MethodologyError,
                     what="bundle file")


def part(folder: Path, name: str | None, what: str) -> Path | None:
    """A file or folder the bundle names, which must exist."""
    if name is None:
        return None
    path = (folder / name).resolve()
    if not path.exists():
        raise MethodologyError(f"{folder / BUNDLE_FILE}: {what} '{name}' not found ({path})")
    return path


def load_rating_bundle(folder: Path) -> LoadedMethodology:
    return _load_rating_bundle(str(folder))


@cache
def _load_rating_bundle(name: str) -> LoadedMethodology:
    """The bundle's methodology with its reader's lexicon attached (`LoadedMethodology.lexicon`)."""
    folder = Path(name)
    spec = read_bundle_file(folder)
    where = folder / BUNDLE_FILE
    if spec.kind != "rating":
        raise MethodologyError(f"{where}: a {spec.kind} bundle does not rate; use `cnsr check`")
    methodology = part(folder, spec.methodology, "methodology")
    if methodology is None:
        raise MethodologyError(f"{where}: methodology: a rating bundle names its methodology")
    rules = part(folder, spec.rules, "rules")
    concepts = part(folder, spec.concepts, "concepts")
    m = load_methodology_file(str(methodology))
    try:
        lexicon = load_lexicon(concepts, rules)
    except CnsrError as err:
        raise MethodologyError(str(err)) from err
    check_consistent(m, lexicon, str(methodology), str(rules))
    return m.with_reader(str(folder), str(concepts) if concepts else None, str(rules))


def check_consistent(m: LoadedMethodology, lexicon: Lexicon, methodology: str,
                     rules_file: str) -> None:
    """Raise at the first point, criterion, band or indicator the two files disagree on."""
    spec, rules = m.spec, lexicon.rules
    name = Path(methodology).name

    def fail(message: str) -> None:
        raise MethodologyError(f"{rules_file}: {message}")

    for pid in spec.point_by_id:
        if pid not in rules.points:
            fail(f"point {pid} of {name} has no reader rule (points.{pid})")
    for pid in rules.points:
        if pid not in spec.point_by_id:
            fail(f"points.{pid}: no such point in {name}")
    criteria = {c.id for c in spec.criteria}
    for cid in criteria:
        if cid not in rules.criteria:
            fail(f"criterion {cid} of {name} has no reader rule (criteria.{cid})")
    for cid, rule in rules.criteria.items():
        if cid not in criteria:
            fail(f"criteria.{cid}: no such criterion in {name}")
        if isinstance(rule, EnvAwareness):
            for ind in rule.indicators:
                if ind not in spec.indicator_by_id:
                    fail(f"criteria.{cid}: no such indicator {ind} in {name}")
        if isinstance(rule, QuantifiedEmissions):
            for pid in rule.points:
                if pid not in spec.point_by_id:
                    fail(f"criteria.{cid}: no such point {pid} in {name}")
    for dim, bands in rules.dimensions.items():
        for band in bands:
            if band.band not in spec.band_by_id:
                fail(f"dimensions.{dim}: band {band.band} is not one of "
                     f"{', '.join(spec.band_by_id)} ({name})")
    for scope, pid in (rules.emission_points or {}).items():
        if pid not in spec.point_by_id:
            fail(f"emission_points.{scope}: no such point {pid} in {name}")
    english = rules.evidence.english_document_point
    if english and english not in spec.point_by_id:
        fail(f"evidence.english_document_point: no such point {english} in {name}")
