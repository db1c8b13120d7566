"""Figures named again by the sentence after theirs: "上年同期分别为…" / "… respectively" lists
another year of each figure in order, and "；2022年为3.1万吨" repeats one. Such a sentence holds
no GHG cue of its own, so it borrows each figure's scope, kind and label."""

from __future__ import annotations

from cnsr.evidence.emission_markers import Markers
from cnsr.evidence.emission_record import Figure
from cnsr.evidence.quantity_dates import RESPECTIVELY
from cnsr.evidence.records import Analysis, Num

_LISTED = frozenset({"emissions", "intensity", "mass"})
"""Dimensions of an amount that can name a figure again (a bare "41.2万吨" names no gas)."""


def respectively_after(a: Analysis, measured: list[Num], found: list[Figure]) -> list[Figure]:
    """A sentence that only lists amounts "分别为…" / "… respectively" right after a sentence
    of GHG figures ("…总量38.6万吨，其中直接排放0.37万吨、间接排放38.2万吨；上年同期分别为41.2万吨、
    0.41万吨和40.8万吨") names them in the order of that sentence's figures: the n-th amount
    takes the n-th figure's scope, kind and label, and its own year."""
    out: list[Figure] = []
    by_sentence: dict[tuple[int, int], list[Figure]] = {}
    for f in found:
        by_sentence.setdefault(f.sentence, []).append(f)
    taken = {(f.sentence, f.written) for f in found}
    for i in range(1, len(a.sentences)):
        span, before = a.sentences[i], a.sentences[i - 1]
        names = by_sentence.get(before)
        if not names or len(names) < 2 or span in by_sentence:
            continue
        if RESPECTIVELY.search(a.text, span[0], span[1]) is None:
            continue
        amounts = [x for x in measured if span[0] <= x.start < span[1]
                   and x.dimension in _LISTED and (span, x.raw) not in taken]
        if len(amounts) != len(names) or not all(
                _same_measure(x, f) for x, f in zip(amounts, names, strict=True)):
            continue
        out.extend(Figure(f.scope, f.kind, x.year, x.value, f.unit, x.raw, f.label, f.where,
                          span, None) for x, f in zip(amounts, names, strict=True))
    return out


def elliptical_after(a: Analysis, measured: list[Num], found: list[Figure], mk: Markers
                      ) -> list[Figure]:
    """A sentence after "；" that is only another year and one amount ("…总量为2.9万吨，其中范围一
    0.4万吨、范围二2.5万吨；2022年为3.1万吨", "；上年为…") repeats the subject of the sentence
    of GHG figures before it: the figure a "其中" breakdown was of, else its last figure. It
    takes that figure's scope, kind and label, and its own year (session 18)."""
    out: list[Figure] = []
    by_sentence: dict[tuple[int, int], list[Figure]] = {}
    for f in found:
        by_sentence.setdefault(f.sentence, []).append(f)
    text = a.text
    for i in range(1, len(a.sentences)):
        span, before = a.sentences[i], a.sentences[i - 1]
        names = by_sentence.get(before)
        if not names or span in by_sentence or text[span[0] - 1:span[0]] not in ("；", ";"):
            continue
        amounts = [x for x in measured if span[0] <= x.start < span[1]
                   and x.dimension in _LISTED]
        if len(amounts) != 1 or amounts[0].year is None:
            continue
        x = amounts[0]
        if mk.elliptical.fullmatch(text, span[0], x.start) is None \
                or text[x.end:span[1]].strip(" \t。.；;") != "":
            continue
        cut = mk.parts.search(text, before[0], before[1])
        head = [f for f in names if cut is not None and 0 <= f.at < cut.start()]
        f = (head or names)[-1]
        if not _same_measure(x, f):
            continue
        out.append(Figure(f.scope, f.kind, x.year, x.value, f.unit, x.raw, f.label, f.where,
                          span, None))
    return out


def _same_measure(x: Num, f: Figure) -> bool:
    """A listed amount measures what its named figure does: the same intensity unit, or an
    amount in tonnes (a bare "41.2万吨" after "上年同期分别为" names no gas) for an emissions
    figure."""
    if f.dimension_of == "intensity":
        return x.unit == f.unit
    return x.dimension in ("emissions", "mass") and x.unit in (f.unit, "t")
