"""Industry codes and size classes as data: the peer-group keys of the ranking (methodology §5).

Both tables ship in `cnsr/data/industries/` with their source in a header comment so a user can
check every name; this module only reads and validates them, once.
"""

from __future__ import annotations

import csv
import io
import re
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from cnsr.data_files import load_bundled
from cnsr.errors import DataError

INDUSTRY_FILE = "csrc-2012.csv"
SIZE_FILE = "size-classes.yaml"
_CODE = re.compile(r"^[A-S](\d{2})?$")


class Industry(BaseModel):
    """A CSRC 2012 section (one letter, e.g. D) or division (letter + two digits, e.g. D44)."""

    # defer_build: the validator is built on first use, which `cnsr rate` never makes
    # (session 24: deferring 20 such models saved the parent ~10 ms of CPU)
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    code: str = Field(pattern=_CODE.pattern)
    name_zh: str = Field(min_length=1)
    name_en: str = Field(min_length=1)
    section: str = Field(pattern=r"^[A-S]$")

    @model_validator(mode="after")
    def _in_section(self) -> Industry:
        if not self.code.startswith(self.section):
            raise ValueError(f"code {self.code} is not in section {self.section}")
        return self

    @property
    def is_section(self) -> bool:
        return len(self.code) == 1


class SizeClass(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    id: str = Field(pattern=r"^[A-Z]$")
    zh: str
    en: str
    criterion_zh: str
    criterion_en: str
    aliases: list[str] = Field(default_factory=list)

    def names(self) -> list[str]:
        """Every word that means this class: id, zh and en names, aliases."""
        return [self.id, self.zh, self.en, *self.aliases]


class _SizeFile(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    source: str
    year: int
    classes: list[SizeClass] = Field(min_length=1)


def _read(name: str) -> str:
    return resources.files("cnsr.data.industries").joinpath(name).read_text(encoding="utf-8")


@cache
def industries() -> dict[str, Industry]:
    """Every CSRC 2012 code (sections and divisions), by code, in file order."""
    lines = [line for line in _read(INDUSTRY_FILE).splitlines() if not line.startswith("#")]
    table: dict[str, Industry] = {}
    for number, row in enumerate(csv.DictReader(io.StringIO("\n".join(lines))), start=2):
        try:
            industry = Industry.model_validate(row)
        except ValidationError as err:
            raise DataError(f"{INDUSTRY_FILE} data row {number}: {err.errors()[0]['msg']}") from err
        if industry.code in table:
            raise DataError(f"{INDUSTRY_FILE} data row {number}: duplicate code {industry.code}")
        table[industry.code] = industry
    missing = {i.section for i in table.values()} - set(table)
    if missing:
        raise DataError(f"{INDUSTRY_FILE}: sections without a row: {', '.join(sorted(missing))}")
    return table


@cache
def size_classes() -> dict[str, SizeClass]:
    """The size classes (L, M, S by default), by id."""
    data = load_bundled(_SizeFile, "cnsr.data.industries", SIZE_FILE)
    return {c.id: c for c in data.classes}


def normalize_industry(value: str) -> str:
    """Upper-cased, trimmed code ('d44 ' → 'D44'); raises ValueError for an unknown code."""
    code = value.strip().upper()
    if code not in industries():
        raise ValueError(f"'{value}' is not a CSRC 2012 industry code (e.g. D44, C26 or D)")
    return code


@cache
def _size_words() -> dict[str, str]:
    words: dict[str, str] = {}
    for size in size_classes().values():
        for word in size.names():
            if words.setdefault(word.casefold(), size.id) != size.id:
                raise DataError(f"{SIZE_FILE}: '{word}' names two size classes")
    return words


def normalize_size(value: str) -> str:
    """The size class id for its id, name or alias ('m', 'large', '大型企业' → M, L, L);
    raises ValueError for anything else."""
    size = _size_words().get(value.strip().casefold())
    if size is None:
        known = ", ".join(size_classes())
        words = " / ".join(c.aliases[0] for c in size_classes().values() if c.aliases)
        raise ValueError(f"'{value}' is not a size class (one of {known}" +
                         (f"; or {words})" if words else ")"))
    return size


def industry_label(code: str, lang: str) -> str:
    """'D44 电力、热力生产和供应业' (or its English name); the bare code when not in the table."""
    industry = industries().get(code.strip().upper())
    if industry is None:
        return code
    return f"{industry.code} {industry.name_zh if lang == 'zh' else industry.name_en}"


def size_label(size_id: str, lang: str) -> str:
    """'大型企业' / 'Large enterprise' for a size class id; the id itself when unknown."""
    size = size_classes().get(size_id.strip().upper())
    if size is None:
        return size_id
    return size.zh if lang == "zh" else size.en
