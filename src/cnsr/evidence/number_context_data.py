"""The words that say what a number is (`evidence.numbers`): the model of
data/text/number-context.yaml, its checks and the bundled copy."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, Field, field_validator

from cnsr.data_files import load_bundled, load_text

NUMBER_CONTEXT_FILE = "number-context.yaml"

REFERENCE_KINDS = ("ord", "scope", "ref", "code", "holding")
"""The kinds `numbers.reference_kind` tells apart (besides "std", a standard's prefix)."""


def _words(values: list[str]) -> list[str]:
    blank = [v for v in values if not v.strip() or v != v.strip()]
    if blank:
        raise ValueError(f"a word is empty or has spaces around it: {blank[0]!r}")
    return values


class NumberContext(BaseModel):
    """data/text/number-context.yaml."""

    # defer_build: the validator is built on first use, which `cnsr rate` never makes
    # (session 24: deferring 20 such models saved the parent ~10 ms of CPU)
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    version: int
    source: str
    year: int
    reference_words: dict[str, list[str]] = Field(min_length=1)
    not_before_table: str
    standards: list[str] = Field(min_length=1)
    comparison_words: list[str] = Field(min_length=1)

    @field_validator("reference_words")
    @classmethod
    def _reference_words(cls, kinds: dict[str, list[str]]) -> dict[str, list[str]]:
        unknown = sorted(set(kinds) - set(REFERENCE_KINDS))
        if unknown:
            raise ValueError(f"unknown kind {unknown[0]!r} (kinds: {', '.join(REFERENCE_KINDS)})")
        for words in kinds.values():
            _words(words)
        return kinds

    @field_validator("standards", "comparison_words")
    @classmethod
    def _plain(cls, values: list[str]) -> list[str]:
        return _words(values)

    @field_validator("standards")
    @classmethod
    def _ascii(cls, values: list[str]) -> list[str]:
        odd = [v for v in values if not v.isascii()]
        if odd:
            raise ValueError(f"a standard's prefix is Latin text: {odd[0]!r}")
        return values


def load_number_context(text: str, source: str = NUMBER_CONTEXT_FILE) -> NumberContext:
    return load_text(NumberContext, text, source)


@cache
def bundled_number_context() -> NumberContext:
    """The bundled number-context.yaml."""
    return load_bundled(NumberContext, "cnsr.data.text", NUMBER_CONTEXT_FILE)
