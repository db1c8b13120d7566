"""Read a methodology file, validate it and attach its computed points.

The file never states points: they come from the matrix. A file whose rounded points do not
add up to the stage maxima it declares is refused, since its users would see totals that do
not match the published scale. A folder is a framework bundle (`cnsr.frameworks.bundle`): the
methodology plus the reader's rules for its points; the default scheme is the bundle
`data/frameworks/cnsr-default`.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from cnsr.data_files import read, validate
from cnsr.errors import MethodologyError
from cnsr.methodology.model import Methodology
from cnsr.methodology.weights import Weight, priority_chart_weights

if TYPE_CHECKING:
    from cnsr.evidence.lexicon import Lexicon

DEFAULT_NAME = "cnsr-default.yaml"


class LoadedMethodology:
    """A validated methodology plus the weights and points derived from it, and where the
    reader's rules for its points are (`concepts` folder and `rules` file; None = the bundled
    lexicon). `path` is what `load_methodology` takes back: the file, or the bundle folder."""

    def __init__(self, spec: Methodology, weights: list[Weight], path: str,
                 concepts: str | None = None, rules: str | None = None) -> None:
        self.spec = spec
        self.weights = {w.indicator: w for w in weights}
        self.path = path
        self.concepts = concepts
        self.rules = rules

    def with_reader(self, path: str, concepts: str | None, rules: str | None
                    ) -> LoadedMethodology:
        loaded = LoadedMethodology(self.spec, [], path, concepts, rules)
        loaded.weights = self.weights
        return loaded

    def lexicon(self) -> Lexicon:
        """The reader's lexicon for this methodology's points (loaded once per process)."""
        from cnsr.evidence.lexicon import load_lexicon
        return load_lexicon(self.concepts, self.rules)

    def points(self, indicator_id: str) -> int:
        return self.weights[indicator_id].points

    def stage_maximum(self, stage: int) -> int:
        return sum(self.points(i.id) for i in self.spec.indicators_for_stage(stage))

    @property
    def label(self) -> str:
        return f"{self.spec.id}@{self.spec.version}"


def default_path() -> Path:
    return Path(str(resources.files("cnsr.data.methodology").joinpath(DEFAULT_NAME)))


def load_methodology(path: Path | str | None = None) -> LoadedMethodology:
    """Load `path` (a methodology file, read with the bundled reader's rules, or a bundle
    folder), or the default bundle when None."""
    from cnsr.frameworks.bundle import BUNDLE_FILE, DEFAULT, load_rating_bundle, resolve
    if not path:
        return load_rating_bundle(resolve(DEFAULT))
    target = Path(path)
    if target.is_dir() or target.name == BUNDLE_FILE:
        return load_rating_bundle(resolve(target))
    return load_methodology_file(path)


def load_framework(spec: Path | str) -> LoadedMethodology:
    """A rating bundle by bundled name ("cnsr-default") or folder."""
    from cnsr.frameworks.bundle import load_rating_bundle, resolve
    return load_rating_bundle(resolve(spec))


def load_methodology_file(path: Path | str) -> LoadedMethodology:
    """The methodology file alone (the reader uses the bundled rules)."""
    return _load(str(Path(path).resolve()))


@cache
def _load(path: str) -> LoadedMethodology:
    """The validated methodology, from the user cache when the file and this code are
    unchanged (`cnsr.data_cache`: parsing and validating it is ~0.1 s of every start)."""
    import sys

    from cnsr import data_cache
    from cnsr.methodology import model, weights

    return data_cache.cached("methodology", [path], lambda: _build(path),
                             code=[sys.modules[__name__], model, weights])


def _build(path: str) -> LoadedMethodology:
    # read and validated here, not through `load_file`: the whole result is cached above,
    # and a second entry for the bare file would only be written, never read
    raw = read(path, error=MethodologyError, what="methodology file")
    spec = validate(Methodology, raw, path, error=MethodologyError)
    weights = priority_chart_weights(spec.matrix)
    loaded = LoadedMethodology(spec, weights, path)
    for stage in spec.stages:
        computed = loaded.stage_maximum(stage.stage)
        if computed != stage.max_score:
            points = ", ".join(f"{i.id} {loaded.points(i.id)}"
                               for i in spec.indicators_for_stage(stage.stage))
            raise MethodologyError(
                f"{path}: stage {stage.stage} declares maximum {stage.max_score:g} but the "
                f"matrix's rounded points add up to {computed} ({points})"
            )
    return loaded
