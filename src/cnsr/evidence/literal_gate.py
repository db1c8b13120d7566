"""A quick test before an expensive search: the literal strings one of which every match of a
pattern contains.

The extra-dimension patterns (rules.yaml `extra_quantities`: counts, capacities, fuel volumes,
PUE values) start with a figure, `\\d[\\d,]*(?:\\.\\d+)?…`, so `re` can skip no position by its
first character: it tries every digit of a passage and backtracks through each figure, and most
passages hold none of what the pattern needs ("天然气", "PUE"). A pattern whose every match
must contain one of a few literal strings ("天然气|燃气|LNG|…", "PUE") cannot match in a text
that contains none of them: `gate` compiles those strings into one search, made first (session
23). It opens with a class of every character a string can start with (with IGNORECASE, every
character `re` folds to it: "K" for "k", "ſ" for "s"), so `re` skips to those in C, and then
tells which string starts there with the pattern's own flags (case folding is `re`'s own). The strings are read from the
parsed pattern, so a gate never depends on how a pattern is written: a sequence needs each of
its parts (a run of literal characters, a group, a repeat of at least one), a branch (or a
class of plain characters) one of its alternatives; look-arounds, ranges, categories and
optional parts need nothing. A pattern with no such strings gets no gate.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any


def gate(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern that finds one of the literal strings every match of `pattern` contains (a
    text it finds nothing in holds no match of `pattern`), or None when there are none."""
    strings = required_literals(pattern.pattern, pattern.flags)
    if not strings:
        return None
    # a string holding a shorter one adds nothing ("GWp" beside "GW", "natural gas" beside "gas")
    kept = [s for s in strings if not any(t != s and t in s for t in strings)]
    return _finder(kept, pattern.flags)


def _finder(strings: list[str], flags: int) -> re.Pattern[str]:
    """A search for any of `strings` (case folded as `flags` say) that `re` runs in C until a
    possible first character: one class of every character a string can start with, then, in
    a group with the flags, which string starts there. (An alternation of the strings, or a
    class with a letter under IGNORECASE, is tried at every position instead.)"""
    folded = flags & re.IGNORECASE
    firsts: set[str] = set()
    for first in {s[0] for s in strings}:
        firsts.add(first)
        if folded and first.lower() != first.upper():  # every character `re` folds to it
            firsts.update(re.findall(re.escape(first), _every_character(), flags))
    inline = "i" if folded else ""
    each = "|".join(f"(?<={re.escape(s[0])}){re.escape(s[1:])}" for s in strings)
    head = "".join(re.escape(c) for c in sorted(firsts))
    return re.compile(f"[{head}](?{inline}:{each})" if inline else f"[{head}](?:{each})",
                      flags & ~re.IGNORECASE)


@cache
def _every_character() -> str:
    """Every code point but the surrogates (to find what `re` folds to a letter: ~5 MB, built
    when a lexicon is, which the data cache then keeps)."""
    return "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))


def required_literals(pattern: str, flags: int = 0) -> list[str] | None:
    """Literal strings, one of which every match of `pattern` contains, or None. Of several
    candidates the one whose shortest string is longest is taken (then the fewest strings)."""
    from re import _constants as ops  # type: ignore[attr-defined]
    from re import _parser as parser  # type: ignore[attr-defined]

    try:
        parsed = parser.parse(pattern, flags)
    except re.error:
        return None
    return _sequence(list(parsed), ops)


def _better(a: list[str] | None, b: list[str] | None) -> list[str] | None:
    if a is None or b is None:
        return a if b is None else b
    return b if (min(map(len, b)), -len(b)) > (min(map(len, a)), -len(a)) else a


def _sequence(items: list[tuple[Any, Any]], ops: Any) -> list[str] | None:
    best: list[str] | None = None
    run: list[str] = []
    for op, av in items:
        if op is ops.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, ["".join(run)])
            run = []
        best = _better(best, _item(op, av, ops))
    if run:
        best = _better(best, ["".join(run)])
    return best


def _item(op: Any, av: Any, ops: Any) -> list[str] | None:
    if op is ops.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        # inline flags could change case folding inside the group: no gate from it
        return None if add_flags or del_flags else _sequence(list(body), ops)
    if op is ops.ATOMIC_GROUP:
        return _sequence(list(av), ops)
    if op is ops.BRANCH:
        out: list[str] = []
        for alternative in av[1]:
            found = _sequence(list(alternative), ops)
            if found is None:
                return None
            out += found
        return sorted(set(out))
    if op is ops.IN:  # "(?:项|件)" is parsed as a class of its characters
        if not all(kind is ops.LITERAL for kind, _ in av):
            return None  # a range, a category or a negated class
        return sorted({chr(code) for _, code in av})
    if op in (ops.MAX_REPEAT, ops.MIN_REPEAT, ops.POSSESSIVE_REPEAT):
        least, _most, body = av
        return _sequence(list(body), ops) if least >= 1 else None
    return None
