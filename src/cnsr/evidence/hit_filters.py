"""Which cue hits a passage's own shape takes away before any rule is checked: a form's
question or template line, a photo caption, navigation glued into prose, another actor as the
subject of its clause, the industries a clients' phrase names. Pure functions of the
normalised text and its hits, kept out of `match.analyse` so that it reads as the steps it
takes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from cnsr.evidence.records import Hit


def outside(hits: list[Hit], spans: list[tuple[int, int]]) -> list[Hit]:
    """The hits that start in none of `spans`."""
    if not spans:
        return hits
    return [h for h in hits if not any(a <= h.start < b for a, b in spans)]


def others_as_subject(text: str, hits: list[Hit], others: frozenset[str],
                      own: frozenset[str]) -> list[Hit]:
    """Hits minus those of the `others` concepts (rules.yaml `evidence.others_subject`: another
    actor doing the act, "当地政府在…开展", "借款人存在…") that come after a cue of `own`
    (`evidence.own_subject`: the company, a verb of acting with others) in their clause:
    "公司联合…基金会在…", "积极配合…市政府开展…" are still the company acting, while in "本行
    贷后监测中，如借款人存在…" the borrower is the subject of its own clause. Who the subject is
    shows by where the cue stands, which a pattern's fixed-width look-behind cannot see past a
    name (session 12)."""
    if not any(h.concept in others for h in hits):
        return hits
    own_at = [h.start for h in hits if h.concept in own]

    def acting(h: Hit) -> bool:
        return any(a < h.start and not _CLAUSE_END.search(text, a, h.start) for a in own_at)

    return [h for h in hits if h.concept not in others or not acting(h)]


_CLAUSE_END = re.compile(r"[，,;；:：。！？!?\n]")
"""What ends a clause: an own cue before it says nothing of who acts after it."""


def without_swallowed(hits: list[Hit], swallow: frozenset[str]) -> list[Hit]:
    """Hits minus the cues inside a hit of a `swallow` concept (`evidence.swallow`): "为新能源
    汽车和光伏企业提供…" names the clients' industries, so 新能源汽车 and 光伏 inside it are no
    product or energy supply of the company's, while its own product in another clause of the
    sentence still counts (a sentence-wide veto would lose it; session 12)."""
    spans = [(h.start, h.end) for h in hits if h.concept in swallow]
    if not spans:
        return hits
    return [h for h in hits if h.concept in swallow
            or not any(a <= h.start and h.end <= b for a, b in spans)]


def without_yielded(hits: list[Hit], yields_to: dict[str, frozenset[str]]) -> list[Hit]:
    """Hits minus those of a `yields_to` concept that start inside a hit of a concept it yields
    to (`evidence.yields_to`): in "余热发电量4.1亿千瓦时，…相当于节约标准煤…" the 发电量 of the
    plant's own waste-heat power (own_generation) opens no power sold whose factor computes the
    grid's saving (generation_avoided), while a power word outside any such hit keeps its cue
    (session 29: the own words were look-behinds in the pattern)."""
    keyed = [h for h in hits if h.concept in yields_to]
    if not keyed:
        return hits
    drop: set[Hit] = set()
    for h in keyed:
        over = yields_to[h.concept]
        if any(o.concept in over and o.start < h.start < o.end for o in hits):
            drop.add(h)
    return [h for h in hits if h not in drop] if drop else hits


def without_silent_clauses(text: str, hits: list[Hit], silent: frozenset[str]) -> list[Hit]:
    """Hits minus every hit in a clause that holds a hit of a `silent` concept
    (`evidence.silent_clauses`): "包装材料使用量：不适用" says the KPI does not apply, so its topic
    words are no cue, while "危险废物产生量为12.5吨" in the clause before keeps its own. A colon
    does not end the clause here: the row's label and its "not applicable" are one statement
    (session 16)."""
    marks = [h.start for h in hits if h.concept in silent]
    if not marks:
        return hits
    ends = [x.start() for x in _ROW_END.finditer(text)]  # one scan, not one per mark
    spans = []
    for m in marks:
        i = bisect_left(ends, m)
        spans.append((ends[i - 1] + 1 if i else 0, ends[i] if i < len(ends) else len(text)))
    return [h for h in hits if not any(a <= h.start < b for a, b in spans)]


_ROW_END = re.compile(r"[，,;；。！？!?\n|｜\t]|\.(?=\s|$)")
"""What ends a clause or a row for `without_silent_clauses`, one character (not a colon: a
label and its value are one statement); an English full stop before a space or the end, not a
decimal point (session 22: "…committing to Level 5 reporting by 2026. Our 2023 data received
limited assurance…" silenced the next sentence's assurance)."""


def captions(text: str, hits: list[Hit], sentences: list[tuple[int, int]]
              ) -> list[tuple[int, int]]:
    """The sentences that open with a photo caption's cue (lexicon concept `caption`)."""
    out: list[tuple[int, int]] = []
    starts = [a for a, _ in sentences]
    for h in hits:
        if h.concept != "caption":
            continue
        i = bisect_right(starts, h.start) - 1
        if i >= 0 and not text[sentences[i][0]:h.start].strip():
            out.append(sentences[i])
    return out
