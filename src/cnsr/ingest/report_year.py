"""The year a report covers, read from its first pages ("2023年度报告", "报告期：2023年1月1日至
2023年12月31日", "Sustainability Report 2023"), else from its file name.

`cnsr rate` uses it when --year is not given and says where the year came from, so a 2023
report is not filed under whatever last calendar year happens to be. The patterns and the
sentences shown are data (data/text/report-year.yaml, validated on load).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from cnsr.data_files import load_bundled
from cnsr.ingest.document import Document, Page

YEAR_FILE = "report-year.yaml"
_CN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")


class _Text(BaseModel):
    # defer_build: the validator is built on first use, which `cnsr rate` never makes
    # (session 24: deferring 20 such models saved the parent ~10 ms of CPU)
    model_config = ConfigDict(extra="forbid", defer_build=True)
    zh: str
    en: str

    def get(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class YearPattern(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    id: str
    zh: str
    en: str
    regex: str

    @field_validator("regex")
    @classmethod
    def _compiles_with_year(cls, value: str) -> str:
        try:
            groups = re.compile(value).groupindex
        except re.error as err:
            raise ValueError(f"bad regex ({err})") from err
        if "year" not in groups:
            raise ValueError("regex has no group named 'year'")
        return value


class YearRules(BaseModel):
    """data/text/report-year.yaml."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    source: str
    year: int
    pages: int = Field(ge=1)
    patterns: list[YearPattern] = Field(min_length=1)
    file_name: str
    messages: dict[Literal["found", "file_name", "default", "others"], _Text]


@dataclass(frozen=True)
class YearFinding:
    """The year used and why: `how` is a pattern id, 'file_name' or 'default'."""

    year: int
    how: str
    file: str = ""
    page: int | None = None
    quote: str = ""
    others: tuple[int, ...] = ()

    def explain(self, lang: str) -> str:
        """One sentence for the user in `lang` (zh / en)."""
        rules = year_rules()
        if self.how == "default":
            text = rules.messages["default"].get(lang).format(year=self.year)
        elif self.how == "file_name":
            text = rules.messages["file_name"].get(lang).format(
                year=self.year, file=self.file, pages=rules.pages)
        else:
            pattern = next(p for p in rules.patterns if p.id == self.how)
            text = rules.messages["found"].get(lang).format(
                year=self.year, file=self.file, page=self.page, quote=self.quote,
                what=pattern.zh if lang == "zh" else pattern.en)
        if self.others:
            text += rules.messages["others"].get(lang).format(
                others=", ".join(str(y) for y in self.others))
        return text


@cache
def year_rules() -> YearRules:
    """From the user cache when the file and this module are unchanged (`cnsr.data_cache`)."""
    import sys

    from cnsr import data_cache

    path = resources.files("cnsr.data.text").joinpath(YEAR_FILE)
    return data_cache.cached("report-year", [str(path)], _read_year_rules,
                             code=[sys.modules[__name__]])


def _read_year_rules() -> YearRules:
    return load_bundled(YearRules, "cnsr.data.text", YEAR_FILE)


@cache
def _compiled() -> tuple[tuple[str, re.Pattern[str]], ...]:
    from cnsr.data_cache import compile_patterns

    patterns = year_rules().patterns
    compiled = compile_patterns("report-year-patterns",
                                [(p.regex, re.IGNORECASE) for p in patterns])
    return tuple((p.id, rx) for p, rx in zip(patterns, compiled, strict=True))


def _year_of(match: re.Match[str]) -> int | None:
    text = match.group("year") or (match.groupdict().get("year2") or "")
    digits = text.translate(_CN_DIGITS)
    return int(digits) if digits.isdigit() else None


def _quote(match: re.Match[str]) -> str:
    return " ".join(match.group(0).split())


def year_in_document(doc: Document) -> YearFinding | None:
    """The year stated on the first pages of `doc` (most trusted pattern first), else the
    year in its file name, else None."""
    return year_in_pages(doc.path, doc.pages)


def pages_read_for_year() -> int:
    """How many first pages `year_in_document` reads: once they are read, a document's own
    year is known (`cnsr rate` analyses the rest with it while later pages are read)."""
    return year_rules().pages


def year_in_pages(path: str, pages: Sequence[Page]) -> YearFinding | None:
    """`year_in_document` of the document at `path` whose first pages are `pages`."""
    rules = year_rules()
    name = Path(path).name
    for how, pattern in _compiled():
        for page in pages[: rules.pages]:
            for match in pattern.finditer(page.text):
                year = _year_of(match)
                if year is not None:
                    return YearFinding(year, how, name, page.number, _quote(match))
    named = re.search(rules.file_name, Path(path).stem)
    if named:
        return YearFinding(int(named.group("year")), "file_name", name)
    return None


def report_year(docs: Sequence[Document], default: int,
                bounds: tuple[int, int] | None = None) -> YearFinding:
    """The year most documents state (the first document's on a tie), with the other years
    stated noted; `default` when none states one or the one chosen is outside `bounds`
    (a misread "1985年度" is not a report year the store accepts)."""
    return chosen_year([year_in_document(d) for d in docs], default, bounds)


def chosen_year(findings: Sequence[YearFinding | None], default: int,
                bounds: tuple[int, int] | None = None) -> YearFinding:
    """`report_year` of documents whose own years are `findings` (None: states none)."""
    found = [f for f in findings if f is not None]
    stated = [f for f in found if f.how != "file_name"] or found
    if not stated:
        return YearFinding(default, "default")
    counts = Counter(f.year for f in stated)
    best = max(counts.values())
    chosen = next(f for f in stated if counts[f.year] == best)
    if bounds is not None and not bounds[0] <= chosen.year <= bounds[1]:
        return YearFinding(default, "default")
    others = tuple(sorted({f.year for f in stated} - {chosen.year}))
    return YearFinding(chosen.year, chosen.how, chosen.file, chosen.page, chosen.quote, others)
