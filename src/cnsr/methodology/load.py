"""Read a methodology file, validate it and attach its computed points.

The file never states points: they come from the matrix. A file whose rounded points do not
add up to the stage maxima it declares is refused, since its users would see totals that do
not match the published scale.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

import yaml
from pydantic import ValidationError

from cnsr.errors import MethodologyError
from cnsr.methodology.model import Methodology
from cnsr.methodology.weights import Weight, priority_chart_weights

DEFAULT_NAME = "cnsr-default.yaml"


class LoadedMethodology:
    """A validated methodology plus the weights and points derived from it."""

    def __init__(self, spec: Methodology, weights: list[Weight], path: str) -> None:
        self.spec = spec
        self.weights = {w.indicator: w for w in weights}
        self.path = path

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
    """Load `path`, or the bundled default when None."""
    return _load(str(Path(path).resolve()) if path else str(default_path()))


@cache
def _load(path: str) -> LoadedMethodology:
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise MethodologyError(f"{path}: methodology file not found") from err
    except yaml.YAMLError as err:
        raise MethodologyError(f"{path}: not valid YAML ({_first_line(err)})") from err
    if not isinstance(raw, dict):
        raise MethodologyError(f"{path}: a methodology file must be a YAML mapping")
    try:
        spec = Methodology.model_validate(raw)
    except ValidationError as err:
        raise MethodologyError(f"{path}: {_describe(err)}") from err
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


def _describe(err: ValidationError) -> str:
    first = err.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    message = first["msg"].removeprefix("Value error, ")
    more = f" (and {err.error_count() - 1} more problem(s))" if err.error_count() > 1 else ""
    return f"{where}: {message}{more}" if where else f"{message}{more}"


def _first_line(err: Exception) -> str:
    return str(err).strip().splitlines()[0]
