"""The lexicon's patterns indexed by how their matches can start, for `match.scan`.

A report has ~10^5 positions where some cue could start and ~1,700 patterns, so trying every
pattern everywhere is out of the question. Each pattern's possible first characters are read
from its parsed form (`re._parser`): up to three lower-case characters, fewer where the pattern
opens up (`碳.{0,8}履约` is known by "碳" alone). A position is then looked up by the three
characters found there, falling back to two and to one, and only the patterns that can start
with them are tried: the same patterns, in the same order, as trying every pattern whose
shorter key matches, minus those whose third character rules them out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Entry = tuple[str, Callable[[str, int], "re.Match[str] | None"]]
"""A pattern to try at a position: its concept and its `match`."""
Bucket = tuple[Entry, ...]
Pattern = tuple[str, "re.Pattern[str]"]
"""A concept's compiled pattern."""

LEVELS = (2, 3)
"""Key lengths: two characters for every pattern that has them, three where known."""
_MAX_KEYS = 400
"""Expanding a pattern's start into more keys than this gives up (the pattern is then known
by fewer characters, or tried everywhere)."""


class ScanIndex:
    """`scanner` finds candidate positions; the buckets give the patterns to try there."""

    def __init__(self, names: list[str], concepts: dict[str, list[str]]) -> None:
        by_prefix: dict[str, list[Pattern]] = {}
        anywhere: list[Pattern] = []
        third: dict[str, set[str] | None] = {}  # pattern -> its keys of up to 3 characters
        for name in names:
            for pattern in concepts[name]:
                rx = re.compile(pattern, re.I)
                keys = _prefixes(pattern, LEVELS[0])
                if keys is None:
                    anywhere.append((name, rx))
                    continue
                longer = _prefixes(pattern, LEVELS[1])
                third[pattern] = longer if longer is not None and len(longer) <= _MAX_KEYS \
                    else None
                for key in sorted(keys):
                    by_prefix.setdefault(key, []).append((name, rx))
        # Candidate positions: a character class of every character a cue can start with (a
        # fast C loop). ASCII letters and digits only where a word or number starts (Latin
        # cues start with \b or a letter look-behind), written class first so re can skip to
        # candidates by that class. A pattern whose start is unknown is tried everywhere.
        firsts = sorted({key[0] for key in by_prefix})
        chars = [c for c in firsts if not (c.isascii() and (c.isalnum() or c.isspace()))]
        starts = "[A-Za-z0-9](?<![A-Za-z0-9_][A-Za-z0-9])"
        self.scanner = re.compile(starts + "|[" + "".join(re.escape(c) for c in chars) + "]"
                                  if not anywhere else r"(?s:.)")

        def entries(pats: list[Pattern]) -> list[Pattern]:
            return pats + anywhere

        # Two characters (or one, when the second is open): the patterns of that key, then
        # those of its first character, then the open ones.
        self.bucket_any: Bucket = _entries(anywhere)
        self.buckets1: dict[str, Bucket] = {
            key: _entries(entries(pats)) for key, pats in by_prefix.items() if len(key) == 1}
        two: dict[str, list[Pattern]] = {
            key: entries(pats + by_prefix.get(key[0], []))
            for key, pats in by_prefix.items() if len(key) == 2}
        self.buckets2: dict[str, Bucket] = {key: _entries(pats) for key, pats in two.items()}
        # Three characters: a two-character bucket without the patterns whose third character
        # differs; when no pattern has a position's three characters as its key, the
        # two-character bucket without every pattern that needs a third character.
        keys3 = {k for ks in third.values() if ks is not None for k in ks if len(k) == 3}
        self.buckets3: dict[str, Bucket] = {}
        for key in sorted(keys3):
            base = two.get(key[:2])
            if base is None:
                base = entries(by_prefix.get(key[0], []))
            self.buckets3[key] = _entries(
                [(n, rx) for n, rx in base if _may_start(third.get(rx.pattern), key)])
        self.buckets2_open: dict[str, Bucket] = {}
        for key, pats in two.items():
            kept = [(n, rx) for n, rx in pats if _open_after_two(third.get(rx.pattern))]
            if kept:
                self.buckets2_open[key] = _entries(kept)

    def bucket(self, lowered: str, p: int) -> Bucket:
        """The patterns to try at position `p` of the lower-cased text (reference form of the
        look-up that `match.scan` inlines)."""
        key = lowered[p:p + 3]
        return (self.buckets3.get(key)
                or (self.buckets2_open if len(key) == 3 else self.buckets2).get(key[:2])
                or self.buckets1.get(key[0], self.bucket_any))


def _entries(pats: list[Pattern]) -> Bucket:
    return tuple((name, rx.match) for name, rx in pats)


def _may_start(keys: set[str] | None, text: str) -> bool:
    """Whether a pattern with these keys (None: unknown) can match text starting `text`."""
    return keys is None or any(text.startswith(k) for k in keys)


def _open_after_two(keys: set[str] | None) -> bool:
    """Whether the pattern can match knowing at most two of its characters."""
    return keys is None or any(len(k) < 3 for k in keys)


# -- the first characters of a pattern ----------------------------------------------------------

def _prefixes(pattern: str, length: int) -> set[str] | None:
    """Lower-case strings of up to `length` characters that every match of `pattern` starts
    with one of (shorter when the pattern's next character is open), or None if unknown."""
    try:
        from re import _constants as c  # type: ignore[attr-defined]
        from re import _parser as p  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - other Python versions: scan everywhere
        return None
    if not _CATEGORY_CHARS:
        _CATEGORY_CHARS.update({c.CATEGORY_DIGIT: "0123456789",
                                c.CATEGORY_SPACE: " \t\n\r\f\v"})
    try:
        items = list(p.parse(pattern, re.I))
    except re.error:  # pragma: no cover - validated before
        return None
    keys = _expand(items, {""}, c, length)
    if keys is None or "" in keys:
        return None
    return keys


_CATEGORY_CHARS: dict[Any, str] = {}


def _chars(op: Any, av: Any, c: Any) -> set[str] | None:
    if op is c.LITERAL:
        return {chr(av).lower()}
    if op is c.IN:
        out: set[str] = set()
        for iop, iav in av:
            if iop is c.LITERAL:
                out.add(chr(iav).lower())
            elif iop is c.RANGE and iav[1] - iav[0] <= 64:
                out.update(chr(x).lower() for x in range(iav[0], iav[1] + 1))
            elif iop is c.CATEGORY and iav in _CATEGORY_CHARS:
                out.update(_CATEGORY_CHARS[iav])
            else:
                return None
        return out
    return None


def _expand(items: list[Any], prefixes: set[str], c: Any, length: int
            ) -> set[str] | None:
    """Extend `prefixes` by what `items` can match first, up to `length` characters."""
    for i, (op, av) in enumerate(items):
        if all(len(s) >= length for s in prefixes):
            return prefixes
        if len(prefixes) > _MAX_KEYS:
            return None
        rest = items[i + 1:]
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        chars = _chars(op, av, c)
        if chars is not None:
            prefixes = {s + ch if len(s) < length else s for s in prefixes for ch in chars}
            continue
        if op is c.BRANCH:
            out: set[str] = set()
            for branch in av[1]:
                sub = _expand(list(branch) + rest, prefixes, c, length)
                if sub is None:
                    return None
                out |= sub
            return out
        if op is c.SUBPATTERN:
            return _expand(list(av[-1]) + rest, prefixes, c, length)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, high, item = av
            more = [(op, (max(low - 1, 0), high - 1, item))] if high != 1 else []
            once = _expand(list(item) + more + rest, prefixes, c, length)
            if low > 0:
                return once
            skip = _expand(rest, prefixes, c, length)
            if once is None or skip is None:
                return None
            return once | skip
        return prefixes  # open from here on: keep what is known
    return prefixes
