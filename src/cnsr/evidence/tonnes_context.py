"""What plain tonnes are: a figure in 吨 / t with no unit of its own is read from the words
around it as tCO2 / tCO2e (emissions), tce (energy) or left alone (a pollutant, a product),
with the words of data/units/aliases.yaml (`tonnes_context`, `tonnes_comparison`). Split from
`units` (session 16): the unit table reads units, this reads a statement's context."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from cnsr.evidence.numbers import words_regex
from cnsr.evidence.units import table

_CONTEXT_UNIT = {"emissions_co2": ("tCO2", "emissions"), "emissions": ("tCO2e", "emissions"),
                 "emissions_generic": ("tCO2e", "emissions"), "energy": ("tce", "energy")}


def _literal(word: str) -> str:
    return re.escape(word).replace(r"\ ", r"\s")  # a space: any one space character


def _whole(word: str) -> str:
    """A `not_before` word: a Latin one in any case and as a whole word ("e" blocks "CO2e" and
    "CO2 E", not "CO2 emissions")."""
    if not word[-1].isascii() or not word[-1].isalpha():
        return _literal(word)
    return f"(?i:{_literal(word)})(?![A-Za-z])"


def _after(parts: dict[str, list[str]]) -> str:
    """The regex of what may follow a kind's word (aliases.yaml `tonnes_context_after`): none of
    `not_before`, then an optional joiner, then the longest of `words` if one follows."""
    def alternatives(words: list[str], form: Callable[[str], str] = _literal) -> str:
        return "|".join(form(w) for w in sorted(words, key=len, reverse=True))

    out = f"(?!{alternatives(parts['not_before'], _whole)})" if parts.get("not_before") else ""
    for key in ("joiners", "words"):
        if parts.get(key):
            out += f"(?:{alternatives(parts[key])})?"
    return out


@cache
def _context_regex() -> re.Pattern[str]:
    """One regex over the words of `tonnes_context` (aliases.yaml), a group per kind, each word
    with what may follow it (`tonnes_context_after`)."""
    words = table().tonnes_context
    after = table().tonnes_context_after
    first = {c for ws in words.values() for w in ws for c in (w[0].lower(), w[0].upper())}
    parts = [f"(?P<{k}>(?:{words_regex(ws)}){_after(after.get(k, {}))})"
             for k, ws in words.items()]
    guard = "".join(re.escape(c) for c in sorted(first))
    return re.compile(f"(?=[{guard}])(?:{'|'.join(parts)})")


_MARKS = re.compile(r"(?P<s>[。;；!！?？\n]|\. )|[，,：:]")


def unit_from_context(norm: str, start: int, dated: bool = False) -> tuple[str, str] | None:
    """What plain tonnes at `start` are: tCO2 / tCO2e (emissions), tce (energy) or None.
    A `dated` figure (one with its year) compared with another or in a bracket of prior
    years is read from its whole statement when its clause and sentence name nothing
    (aliases.yaml `tonnes_comparison`)."""
    sentence = clause = max(0, start - 60)
    for m in _MARKS.finditer(norm, sentence, start):
        if m.lastgroup != "s" and _in_closed_bracket(norm, m.start(), start):
            # a comma inside the label's bracket ("直接排放（范围一，天然气、柴油燃烧）8,316吨")
            # ends no clause: the bracket names the sources (blind round 18, session 21)
            continue
        clause = m.end()
        if m.lastgroup == "s":
            sentence = clause
    for a, b in ((clause, start), (sentence, clause)):
        found = list(_context_regex().finditer(norm, a, b))
        # the last one decides, but not a word in a closed bracket of the label when one stands
        # before the bracket: "直接排放（公务车辆燃油、食堂燃气）612吨" names the sources of the
        # emissions, the tonnes are still the emissions' (blind round 16, session 20)
        outside = [m for m in found if not _in_closed_bracket(norm, m.start(), start)]
        if outside or found:
            return _context_unit(norm, (outside or found)[-1])
    if dated:
        return _compared_unit(norm, start, clause)
    return None


def _in_closed_bracket(norm: str, at: int, end: int) -> bool:
    """A bracket opened before `at` closes after it and before `end`."""
    for left, right in (("（", "）"), ("(", ")")):
        opened = norm.rfind(left, max(0, at - 80), at)
        if opened >= 0 and norm.rfind(right, opened, at) < 0 and norm.find(right, at, end) >= 0:
            return True
    return False


def _context_unit(norm: str, m: re.Match[str]) -> tuple[str, str] | None:
    if m.lastgroup == "emissions_generic" and _pollutant_before(norm, m.start()):
        return None
    return _CONTEXT_UNIT.get(m.lastgroup or "")


@cache
def _comparison_regex() -> re.Pattern[str]:
    return re.compile(words_regex(table().comparison_words))


_FULL_STOP = re.compile(r"[。!！?？\n]|\. ")
_STATEMENT_END = re.compile(r"[。;；!！?？\n]|\. ")


def _compared_unit(norm: str, start: int, clause: int) -> tuple[str, str] | None:
    """The unit of the statement a compared figure at `start` (its clause from `clause`)
    belongs to: the last context word before it back to a full stop, else the first one
    after it up to the next stop (session 16)."""
    far = max(0, start - table().comparison_chars)
    head = far
    for m in _FULL_STOP.finditer(norm, far, start):
        head = m.end()
    opened = norm.rfind("（", head, start) > norm.rfind("）", head, start) or \
        norm.rfind("(", head, start) > norm.rfind(")", head, start)
    if not opened and _comparison_regex().search(norm, clause, start) is None:
        return None
    last = None
    for last in _context_regex().finditer(norm, head, clause):  # noqa: B007 - the last decides
        pass
    if last is not None:
        return _context_unit(norm, last)
    stop = _STATEMENT_END.search(norm, start, start + table().comparison_chars)
    after = _context_regex().search(norm, start, stop.start() if stop else
                                    min(len(norm), start + table().comparison_chars))
    return _context_unit(norm, after) if after is not None else None


def _pollutant_before(norm: str, at: int) -> bool:
    """A pollutant named earlier on the line of `at` (a table row's label cells)."""
    line = norm.rfind("\n", 0, at) + 1
    return any(m.lastgroup == "pollutant" for m in _context_regex().finditer(norm, line, at))
