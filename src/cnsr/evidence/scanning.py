"""A passage's cue concepts (`scan`, through the lexicon's `ScanIndex`) and its numbers."""

from __future__ import annotations

import re
from collections.abc import Iterable

from cnsr.evidence import quantities as q
from cnsr.evidence.lexicon import Lexicon
from cnsr.evidence.records import Hit, Num
from cnsr.evidence.scan_index import Bucket


def scan(text: str, lexicon: Lexicon) -> list[Hit]:
    """Every concept occurrence in `text` (overlapping occurrences of different concepts kept;
    of one concept at one position, the longest).

    Candidate positions come from one C-level scan (`Tables.scanner`); at each, a dict
    look-up of the three (else two, else one) characters there gives every pattern that can
    start with them (`ScanIndex.bucket`, inlined), which is all the Python work a position
    costs."""
    hits: list[Hit] = []
    append = hits.append
    new = tuple.__new__  # a named tuple without its Python-level __new__: ~50,000 a report
    lowered = text.lower()
    tables = lexicon.index.tables_for(lowered)
    three: dict[str, Bucket] = tables.three
    two: dict[str, Bucket] = tables.two
    two_open: dict[str, Bucket] = tables.two_open
    one: dict[str, Bucket] = tables.one
    default: Bucket = tables.anywhere
    for m in tables.scanner.finditer(lowered):
        p: int = m.start()
        key = lowered[p:p + 3]
        bucket = three.get(key)
        if bucket is None:
            bucket = two_open.get(key[:2]) if len(key) == 3 else two.get(key[:2])
            if bucket is None:
                bucket = one.get(key[0], default)
                if not bucket:  # ~40-50 % of the positions: their first character starts
                    continue    # some pattern, their first two none
        if len(bucket) == 1:
            name, match = bucket[0]
            mm = match(text, p)
            if mm is not None:
                end: int = mm.end()
                if end > p:
                    append(new(Hit, (name, p, end, text[p:end])))
            continue
        found: dict[str, int] | None = None  # made for the few positions where one matches
        for name, match in bucket:
            mm = match(text, p)
            if mm is not None:
                end = mm.end()
                if found is None:
                    if end > p:
                        found = {name: end}
                elif end > found.get(name, p):
                    found[name] = end
        if found is not None:
            for name, end in found.items():
                append(new(Hit, (name, p, end, text[p:end])))
    return hits


def numbers(text: str, report_year: int | None = None) -> list[Num]:
    """Numbers with units (cnsr.evidence.quantities), offsets in `text`; `report_year`
    dates figures of "上年同期", "the previous year"."""
    return [to_num(x) for x in q.extract_quantities(text, report_year=report_year)]


def to_num(x: q.Quantity) -> Num:
    return tuple.__new__(Num, (float(x.value), x.unit or "", x.dimension or "", str(x.raw),
                               int(x.start), int(x.end), x.year))


ALONE_AFTER = frozenset("。!?;")
_DIGIT = re.compile(r"\d")


def has_digit(text: str) -> bool:
    """`any(ch.isdigit() for ch in text)`, answered by a C scan when a plain digit is there."""
    return _DIGIT.search(text) is not None or any(map(str.isdigit, text))


def extra_numbers(text: str, lexicon: Lexicon, dims: Iterable[str], hits: list[Hit]
                  ) -> list[Num]:
    """Counts, capacities and target years: the dimensions the quantity extractor leaves out."""
    out: list[Num] = []
    for dim in sorted(dims):
        if dim == "year":
            out.extend(Num(0.0, "", "year", h.text, h.start, h.end)
                       for h in hits if h.concept == "future_year")
            continue
        rx = lexicon.extra_quantities.get(dim)
        if rx is None:
            continue
        needed = lexicon.extra_gates.get(dim)
        if needed is not None and needed.search(text) is None:
            continue  # none of the strings every match holds ("天然气", "PUE"): no match
        out.extend(Num(0.0, "", dim, m.group(), m.start(), m.end()) for m in rx.finditer(text))
    return out

