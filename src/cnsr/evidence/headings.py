"""Section headings and the topic they give the body under them (session 15).

A report names a section's topic once, in its heading ("气候风险", "节约能源", "Climate
risks"), and the body's sentences do not repeat it ("暴雨内涝会使…进水量骤增…；公司新建调蓄池
3座"). `locate` (evidence/find.py) asks `is_heading` of each passage; a heading's topic
concepts (rules.yaml `evidence.heading.carry`) are handed to the next passages of its page
(and of the next page, session 16), up to the next heading, as copies at position -1: they complete a clause of the points that
list them under `heading` when the body holds the clause's other concepts, and are never
quoted. A heading is short, has no sentence or clause punctuation, no figure and does not end
in a colon (a lead-in: `evidence.context`).
"""

from __future__ import annotations

import re

from cnsr.evidence.records import Hit

__all__ = ["is_heading", "section_topic"]

_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[（(]?[一二三四五六七八九十]{1,3}[）)、.]"
                     r"|[（(]\d{1,2}[）)]|第[一二三四五六七八九十\d]{1,3}[章节部分篇])\s*")
"""A section number before a heading's words ("3.2 ", "（一）", "二、", "第三章")."""
_STOPS = frozenset("。！？!?；;，,、")
"""A sentence's or a clause's punctuation: a heading has none (a list of topics has 、)."""


def is_heading(text: str, max_chars: int) -> bool:
    """Whether `text` (a passage) reads as a section heading: at most `max_chars` characters
    after its section number, at least two, no digit, no sentence or clause punctuation and
    no colon at its end."""
    t = _NUMBER.sub("", text.strip(), count=1).strip()
    if not 2 <= len(t) <= max_chars or t[-1] in ":：":
        return False
    return not any(ch in _STOPS or ch.isdigit() for ch in t)


def section_topic(hits: list[Hit], carry: list[str]) -> dict[str, list[Hit]]:
    """The `carry` concepts a heading holds, as copies that are never quoted."""
    out: dict[str, list[Hit]] = {}
    for h in hits:
        if h.concept in carry:
            out.setdefault(h.concept, []).append(Hit(h.concept, -1, -1, h.text))
    return out
