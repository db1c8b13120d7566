"""Plans whose plan word stands outside the sentence that states the work (session 28): the
items of a list led in by a plan ("2024年，公司将重点做好以下工作：一是…；二是…；三是…"), and
the dated phases of a roadmap whose years lie after the report year ("2026—2030年：…",
"Phase 2 (2026-2030): …"). Wordings: data/text/plan-lists.yaml.

A plan-list item gets a copy of the `plan_item` concept at position -1 (it completes no rule
and is never quoted), a dated one ("；2026—2028年推进…") a copy of `plan_phase`;
`clause_rules.only_planned` reads a sentence holding either as a plan. A `plan_silent` point
gives nothing for an item, as for a plan in its own sentence, and keeps its mention for a
phase (a dated step of the company's roadmap; the labels rate it a plan, 0.5).
"""

from __future__ import annotations

import re
from functools import cache
from operator import itemgetter

from pydantic import BaseModel, ConfigDict, Field

from cnsr.data_files import Patterns, load_bundled
from cnsr.evidence.records import Hit

PLAN_LISTS_FILE = "plan-lists.yaml"
ITEM = "plan_item"
"""The concept a plan-list item's sentence is given (a copy at position -1)."""
PHASE = "plan_phase"
"""The lexicon's concept of a dated roadmap phase ("2026—2030年：", "Phase 2 (2026-2030):")."""
_MARKS = frozenset({"planned", "future_year", PHASE})
"""Lexicon concepts that make a lead-in a plan, beside the file's `lead` wordings."""


class PlanLists(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    source: str
    year: int
    lead: Patterns = Field(min_length=1)
    not_lead: Patterns = Field(min_length=1)
    item: Patterns = Field(min_length=1)
    no_year_after: int = Field(ge=1990, le=2100)


@cache
def _data() -> PlanLists:
    return load_bundled(PlanLists, "cnsr.data.text", PLAN_LISTS_FILE)


@cache
def _lead() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _data().lead), re.I)


@cache
def _not_lead() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in _data().not_lead), re.I)


@cache
def _item() -> re.Pattern[str]:
    return re.compile(r"\s*(?:" + "|".join(f"(?:{p})" for p in _data().item) + ")", re.I)


_YEAR = re.compile(r"(?:19|20)\d\d")
_CONCEPT = itemgetter(0)


def current_phases(hits: list[Hit], year: int | None) -> list[Hit]:
    """`hits` without the roadmap phases that are over by the report `year` (their last year
    is not after it; without a year, not after the file's `no_year_after`): "第一阶段（2021-
    2023年）已完成…" in a 2023 report is history, "2026—2030年：…" a plan."""
    if PHASE not in map(_CONCEPT, hits):
        return hits
    after = year if year is not None else _data().no_year_after
    return [h for h in hits if h.concept != PHASE or _last_year(h.text) > after]


def _last_year(text: str) -> int:
    years = _YEAR.findall(text)
    return int(years[-1]) if years else 0


def mark_items(text: str, sentences: list[tuple[int, int]],
               by_sentence: list[dict[str, list[Hit]]], open_before: bool) -> bool:
    """Give every item of a plan-led list in this passage the `plan_item` copy; `open_before`:
    a list of the passages before is still open (its lead-in or last item ended the passage
    before). Returns whether a list is still open at the passage's end."""
    if not open_before and ":" not in text:
        return False
    chain = open_before
    for si, (a, b) in enumerate(sentences):
        if chain:  # an item goes on over a "；" or opens with an item mark ("二是", "（二）", "(b)")
            chain = (si > 0 and (_after_semicolon(text, a) or _NUMBER_END.search(text, max(0, a - 6), a)
                                 is not None)) or _item().match(text, a, b) is not None
        if not chain:
            chain = _plan_lead(text, a, b, by_sentence[si])
            if not chain:
                continue
        # a dated step ("；2026—2028年推进…") is a roadmap's phase: a plan that keeps its mention
        # on every point; an undated item is a plan as one in its own sentence would be
        dated = _DATED.match(text, a, b) is not None
        by_sentence[si][PHASE if dated else ITEM] = [Hit(PHASE if dated else ITEM, -1, -1, "")]
    return chain


_DATED = re.compile(r"\s*(?:19|20)\d\d(?!\d)")
"""An item opening with a year or a period: a dated step of the plan."""


def _plan_lead(text: str, a: int, b: int, concepts: dict[str, list[Hit]]) -> bool:
    """The sentence holds a colon and, before it, a plan word, a future year, a dated phase or
    a lead wording of the file, and no word of work done (`not_lead`): a plan's lead-in (the
    items after its colon are the plan's)."""
    colon = text.rfind(":", a, b)
    if colon < 0 or _in_title(text, a, colon):
        return False  # "…《如何準備…報告—附錄二：…》": a title's colon leads in nothing
    end = colon
    while end > a and text[end - 1] == " ":
        end -= 1
    if _not_lead().search(text, a, end) is not None:
        return False
    if any(a <= h.start < colon and not _in_title(text, a, h.start)
           for c in _MARKS for h in concepts.get(c, ())):
        return True
    return _lead().search(text, a, end) is not None


def _in_title(text: str, a: int, at: int) -> bool:
    """Whether `at` is inside a 《…》 title opened in the sentence: its words name a document
    ("《如何準備環境、社會及管治報告》"), not a plan."""
    opened = text.rfind("《", a, at)
    return opened >= 0 and text.rfind("》", a, at) < opened


_NUMBER_END = re.compile(r"(?:^|(?<=[\s:;]))\d{1,2}\.\s*$")
"""A sentence ended by an item's number ("计划如下：1." before "采购绿色电力；"): the full stop
after the number ends a sentence, so the item's words are the next one."""


def _after_semicolon(text: str, at: int) -> bool:
    j = at - 1
    while j >= 0 and text[j] in " \t\n":
        j -= 1
    return j >= 0 and text[j] == ";"
