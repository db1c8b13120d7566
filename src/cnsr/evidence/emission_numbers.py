"""The numbers with a unit in a passage's GHG sentences: what `emission_figures` decides figure
by figure. Read once per passage, and only in the sentences that can hold a figure (a GHG cue,
"CO2", or a sentence that goes on from one), so a report costs a few passages of extraction."""

from __future__ import annotations

import re
from bisect import bisect_left

from cnsr.evidence.emission_clauses import with_lists
from cnsr.evidence.emission_markers import Markers
from cnsr.evidence.numbers import normalize as fold
from cnsr.evidence.quantities import extract_quantities, quantities_in_sentence
from cnsr.evidence.quantity_dates import RESPECTIVELY
from cnsr.evidence.records import Analysis, Hit, Num
from cnsr.evidence.scanning import ALONE_AFTER, to_num

_DIGIT = re.compile(r"\d")


def ghg_numbers(a: Analysis, cues: list[Hit], mk: Markers, every_row: bool = False) -> list[Num]:
    """Numbers with a unit in the sentences that hold a GHG cue or "CO2" (all a figure's
    checks stay inside its sentence): those the matcher already read, else read here as the
    matcher reads them (a sentence after 。!?; alone, otherwise the passage once). `every_row`:
    a table whose caption alone names the measure, every row read (session 26)."""
    text = a.text
    starts = sorted(h.start for h in cues)
    out: list[Num] = []
    every: list[Num] | None = None
    norm: str | None = None
    read = False  # the sentence before was read
    for si, (s0, s1), joined in with_lists(a.sentences, text):
        first = bisect_left(starts, s0)  # a cue starts in the sentence?
        if not (every_row or (first < len(starts) and starts[first] < s1) or "CO2" in text[s0:s1]
                or "co2" in text[s0:s1]
                or (read and RESPECTIVELY.search(text, s0, s1) is not None)
                # "；2022年为3.1万吨": another year of the sentence before (`_elliptical_after`)
                or (read and text[s0 - 1:s0] in ("；", ";")
                    and mk.elliptical.match(text, s0) is not None)):
            read = False
            continue
        read = True
        got = None if joined else a.measured.get(si)
        if got is None and (_DIGIT.search(text, s0, s1) is None
                            or mk.mass_unit.search(text, s0, s1) is None):
            continue  # no figure, or none in tonnes, kilograms or grams: nothing to read
        if got is None:
            if s0 == 0 or text[s0 - 1] in ALONE_AFTER:
                if norm is None:
                    norm = fold(text)
                got = [to_num(x) for x in quantities_in_sentence(text, s0, s1, norm, a.year)]
            else:
                if every is None:
                    every = [to_num(x) for x in extract_quantities(text, report_year=a.year)]
                got = [n for n in every if s0 <= n.start < s1]
        out.extend(n for n in got if n.unit)
    return out
