"""The company-name data (data/text/company_names.yaml), kept apart from `evidence.subject`,
which the production wheel compiles: mypyc cannot compile a module that defines a pydantic
model."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, Field

from cnsr.data_files import load_bundled

NAMES_FILE = "company_names.yaml"


class NamesData(BaseModel):
    version: int
    source: str
    legal_forms: list[str]
    min_chars: int = Field(ge=1)
    generic: list[str]


@cache
def names_data() -> NamesData:
    return load_bundled(NamesData, "cnsr.data.text", NAMES_FILE)
