"""The segmenter words a cue may begin inside (data/text/boundaries.yaml), kept apart from
`evidence.boundaries`, which the production wheel compiles: mypyc cannot compile a module that
defines a pydantic model."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from cnsr.data_files import load_bundled

BOUNDARIES_FILE = "boundaries.yaml"


class BoundaryData(BaseModel):
    # defer_build: the validator is built on first use, which `cnsr rate` never makes
    # (session 24: deferring 20 such models saved the parent ~10 ms of CPU)
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    source: str
    year: int
    misread_words: list[str] = Field(min_length=1)


@cache
def misread_words() -> frozenset[str]:
    """Segmenter words a cue may begin inside (年节 in 年节能量)."""
    return frozenset(load_bundled(BoundaryData, "cnsr.data.text", BOUNDARIES_FILE).misread_words)
