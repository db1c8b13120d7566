"""Bundled data files read before a long PDF's page workers are forked, without pydantic.

`cnsr rate` forks its page workers as early as it can (`cli/prefetch.py`): every millisecond
the parent spends before the fork is one with a core idle. The workers need the layout limits
(`data/text/layout.yaml`) and the parent the parallel ones (`data/limits/parallel.yaml`), and
importing pydantic to validate them costs ~0.1 s of that. So these files are described by
frozen standard-library dataclasses whose constraints are `annotated_types` metadata in string
annotations (never evaluated at run time), validated by a pydantic `TypeAdapter` when the data
cache has no entry for the file's bytes, and otherwise unpickled from the cache: plain
dataclasses, with neither pydantic nor PyYAML imported. The checks and the one-line errors are
those of every data file (`data_files`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from cnsr import data_cache

if TYPE_CHECKING:
    from pydantic import TypeAdapter

T = TypeVar("T")

STRICT: Any = {"extra": "forbid"}
"""pydantic's configuration of each dataclass (`__pydantic_config__`, a `ConfigDict` written
as the dict it is): an unknown key in the file is an error, not ignored."""


def load_plain(adapter: Callable[[], TypeAdapter[T]], package: str, name: str,
               module: str) -> T:
    """The bundled file `name` of `package` validated by `adapter()` (a function of
    `module`, the one defining the dataclasses, which builds the adapter where the names
    of the annotations are in scope); cached under the file's bytes and `module`'s source."""

    def build() -> T:
        from cnsr.data_files import load_bundled

        return load_bundled(adapter(), package, name)

    path = Path(str(resources.files(package).joinpath(name)))
    return data_cache.cached(f"plain-{name}", [path], build, code=[sys.modules[module]])
