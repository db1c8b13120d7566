"""Who a report is about: the company's names and the report year, given to the reader.

A real report names itself ("华岳材料积极应对气候变化") as often as it says 公司 or 本集团, so the
names are cues of the lexicon's `company` concept for that rating. The report year tells a
figure of a past year from a target: a "2025年" is history in a 2025 report and a target in a
2021 one, which no fixed lexicon pattern can know.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from operator import itemgetter
from typing import NamedTuple

from cnsr.evidence.normalize import normalize
from cnsr.evidence.records import Hit
from cnsr.evidence.scan_index import start_guard
from cnsr.evidence.subject_data import names_data

_YEAR = re.compile(r"(?:19|20)\d\d")


class Subject(NamedTuple):
    """The company's names as they appear in normalised text, and the report year."""

    names: tuple[str, ...] = ()
    year: int | None = None


def legal_forms() -> tuple[str, ...]:
    """The legal-form endings of company names (data/text/company_names.yaml)."""
    return tuple(names_data().legal_forms)


def company_names(name: str) -> tuple[str, ...]:
    """The full name and the name without its legal form(s), normalised as the reader's text
    is; short or generic names are left out."""
    data = names_data()
    generic = {g.lower() for g in data.generic}
    forms = sorted(data.legal_forms, key=len, reverse=True)
    full = normalize(name).strip()
    out = [full]
    short = full
    while True:
        cut = next((f for f in forms if short.lower().endswith(f.lower())
                    and len(short) > len(f)), None)
        if cut is None:
            break
        short = short[: len(short) - len(cut)].strip(" ,.")
        out.append(short)
    return tuple(dict.fromkeys(
        n for n in out if len(n) >= data.min_chars and n.lower() not in generic))


def subject_for(name: str, year: int | None) -> Subject:
    return Subject(company_names(name) if name else (), year)


_DATED = frozenset({"future_year", "recent_year"})
_CONCEPT, _START, _END = itemgetter(0), itemgetter(1), itemgetter(2)


def with_subject(text: str, hits: list[Hit], subject: Subject) -> list[Hit]:
    """`hits` with the company's names added as `company` cues (and the cues inside them
    dropped) and, when the report year is known, `future_year` cues of that year or earlier
    dropped (they are history).

    A passage has ~50 hits and few dated ones or names: the hits are gone through by C-level
    `map`, `list.index` and `bisect`, and only the dated ones and those inside a name are
    looked at one by one."""
    added: list[Hit] = []
    if subject.names:
        added = [Hit("company", m.start(), m.end(), m.group())
                 for m in _names_pattern(subject.names).finditer(text)]
    year = subject.year
    kept = hits
    if year is not None and hits:
        concepts = list(map(_CONCEPT, hits))
        dated = [] if _DATED.isdisjoint(concepts) else \
            [i for c in _DATED for i in _indices(concepts, c)]
        if dated:
            # a year before 2024 after the report's ("到2020年" in a 2018 report) is one too
            kept = list(hits)
            for i in sorted(dated, reverse=True):
                h = hits[i]
                if not future_year_kept(h.text, year):
                    del kept[i]
                elif h.concept == "recent_year":
                    kept[i] = Hit("future_year", h.start, h.end, h.text)
    if not added:
        return kept
    # a cue inside the company's own name is no disclosure ("远帆物流" names no logistics
    # supply chain, "华能新能源" no clean energy; session 8); hits are in order of start
    starts = list(map(_START, kept))
    inside: set[int] = set()
    for n in added:
        for i in range(bisect_left(starts, n.start), bisect_left(starts, n.end)):
            h = kept[i]
            if h.end <= n.end and h.concept != "company":
                inside.add(i)
    if inside:
        kept = [h for i, h in enumerate(kept) if i not in inside]
    out = kept + added
    # in order of start, longest first (two stable sorts: by end descending, then by start)
    out.sort(key=_END, reverse=True)
    out.sort(key=_START)
    return out


def _indices(items: list[str], value: str) -> list[int]:
    """Where `value` is in `items` (found by `list.count` and `list.index`, C loops)."""
    out: list[int] = []
    i = -1
    for _ in range(items.count(value)):
        i = items.index(value, i + 1)
        out.append(i)
    return out


@cache
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """Longest name first; a Latin name only as whole words. Behind a guard of the names'
    first characters (`scan_index.start_guard`): a Latin name's look-behind would otherwise
    be tried at every position of every passage."""
    parts = [rf"(?<![A-Za-z]){re.escape(n)}(?![A-Za-z])" if n[:1].isascii() else re.escape(n)
             for n in sorted(names, key=len, reverse=True)]
    return re.compile(f"{start_guard(parts)}(?:{'|'.join(parts)})", re.I)


def future_year_kept(cue: str, year: int) -> bool:
    """A future-year cue stays when it names a year after the report's `year` (or none)."""
    found = _YEAR.search(cue)
    return found is None or int(found.group()) > year
