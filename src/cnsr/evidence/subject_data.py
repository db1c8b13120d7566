"""The company-name data (data/text/company_names.yaml), kept apart from `evidence.subject`,
which the production wheel compiles: mypyc cannot compile a module that defines a pydantic
model."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from cnsr.data_files import load_bundled

NAMES_FILE = "company_names.yaml"


class NamesData(BaseModel):
    # defer_build: the validator is built on first use, which `cnsr rate` never makes
    # (session 24: deferring 20 such models saved the parent ~10 ms of CPU)
    model_config = ConfigDict(defer_build=True)
    version: int
    source: str
    legal_forms: list[str]
    min_chars: int = Field(ge=1)
    generic: list[str]


@cache
def names_data() -> NamesData:
    return load_bundled(NamesData, "cnsr.data.text", NAMES_FILE)
