"""A quick test before an expensive search: the literal strings one of which every match of a
pattern contains.

The extra-dimension patterns (rules.yaml `extra_quantities`: counts, capacities, fuel volumes,
PUE values) start with a figure, `\\d[\\d,]*(?:\\.\\d+)?…`, so `re` can skip no position by its
first character: it tries every digit of a passage and backtracks through each figure, and most
passages hold none of what the pattern needs ("天然气", "PUE"). A pattern whose every match
must contain one of a few literal strings ("天然气|燃气|LNG|…", "PUE") cannot match in a text
that contains none of them: `gate` compiles those strings into one pattern with the same flags
(so case folding is `re`'s own), searched first (session 23). The strings are read from the
parsed pattern, so a gate never depends on how a pattern is written: a sequence needs each of
its parts (a run of literal characters, a group, a repeat of at least one), a branch (or a
class of plain characters) one of its alternatives; look-arounds, ranges, categories and
optional parts need nothing. A pattern with no such strings gets no gate.
"""

from __future__ import annotations

import re
from typing import Any


def gate(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern that finds one of the literal strings every match of `pattern` contains (a
    text it finds nothing in holds no match of `pattern`), or None when there are none."""
    strings = required_literals(pattern.pattern, pattern.flags)
    if not strings:
        return None
    # a string holding a shorter one adds nothing ("GWp" beside "GW", "natural gas" beside "gas")
    kept = [s for s in strings if not any(t != s and t in s for t in strings)]
    return re.compile("|".join(re.escape(s) for s in kept), pattern.flags)


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
