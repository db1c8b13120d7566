"""The lexicon's patterns indexed by how their matches can start, for `scanning.scan`.

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
import unicodedata
from collections.abc import Callable
from typing import Any, NamedTuple

Entry = tuple[str, Callable[[str, int], "re.Match[str] | None"]]
"""A pattern to try at a position: its concept and its `match`."""
Bucket = tuple[Entry, ...]
Pattern = tuple[str, "re.Pattern[str]"]
"""A concept's compiled pattern."""

LEVELS = (2, 3)
"""Key lengths: two characters for every pattern that has them, three where known."""
BROAD_KEYS = 100
"""A pattern with this many two-character keys starts almost anywhere: worth gating."""
_MAX_KEYS = 400
"""Expanding a pattern's start into more keys than this gives up (the pattern is then known
by fewer characters, or tried everywhere)."""


class Tables(NamedTuple):
    """`scanner` finds the candidate positions for these tables; the bucket look-up tables:
    by three characters, two, two when the third rules nothing out (`two_open`), one, and the
    patterns to try anywhere."""

    scanner: re.Pattern[str]
    three: dict[str, Bucket]
    two: dict[str, Bucket]
    two_open: dict[str, Bucket]
    one: dict[str, Bucket]
    anywhere: Bucket


class ScanIndex:
    """`tables` give the candidate positions of a text and the patterns to try there.

    A pattern that may start almost anywhere (`\\b\\d+(?:\\.\\d+)?\\s*% renewable` starts at
    every number) but needs a literal of its own ("% renewable") is left out of `gated`, the
    tables for a text without any such literal (`tables_for`)."""

    def __init__(self, names: list[str], concepts: dict[str, list[str]]) -> None:
        by_prefix: dict[str, list[Pattern]] = {}
        anywhere: list[Pattern] = []
        third: dict[str, set[str] | None] = {}  # pattern -> its keys of up to 3 characters
        gates: dict[str, str] = {}  # broad pattern -> the literal it needs
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
                literal = _required_literal(pattern) if len(keys) >= BROAD_KEYS else None
                if literal is not None:
                    gates[pattern] = literal
                for key in sorted(keys):
                    by_prefix.setdefault(key, []).append((name, rx))
        shared: dict[tuple[str, int], Entry] = {}  # see _entries
        self.tables = _tables(by_prefix, anywhere, third, set(), shared)
        self.gated = _tables(by_prefix, anywhere, third, set(gates), shared)
        self.gates = tuple(sorted(set(gates.values())))

    def tables_for(self, lowered: str) -> Tables:
        """The tables for this lower-cased text: `gated` unless it holds a gate literal."""
        if any(literal in lowered for literal in self.gates):
            return self.tables
        return self.gated

    def bucket(self, lowered: str, p: int) -> Bucket:
        """The patterns to try at position `p` of the lower-cased text (reference form of the
        look-up that `scanning.scan` inlines)."""
        t = self.tables_for(lowered)
        key = lowered[p:p + 3]
        return (t.three.get(key) or (t.two_open if len(key) == 3 else t.two).get(key[:2])
                or t.one.get(key[0], t.anywhere))


def _tables(by_prefix: dict[str, list[Pattern]], anywhere: list[Pattern],
            third: dict[str, set[str] | None], leave_out: set[str],
            shared: dict[tuple[str, int], Entry]) -> Tables:
    """Two characters (or one, when the second is open): the patterns of that key, then those
    of its first character, then the open ones. Three characters: a two-character bucket
    without the patterns whose third character differs; when no pattern has a position's three
    characters as its key, the two-character bucket without every pattern that needs a third
    character. Patterns in `leave_out` are left out; empty buckets are dropped."""

    def kept(pats: list[Pattern]) -> list[Pattern]:
        return [(n, rx) for n, rx in pats + anywhere if rx.pattern not in leave_out]

    one = {key: kept(pats) for key, pats in by_prefix.items() if len(key) == 1}
    two = {key: kept(pats + by_prefix.get(key[0], []))
           for key, pats in by_prefix.items() if len(key) == 2}
    three: dict[str, list[Pattern]] = {}
    for key in sorted({k for ks in third.values() if ks is not None for k in ks if len(k) == 3}):
        base = two.get(key[:2])
        if base is None:
            base = kept(by_prefix.get(key[0], []))
        three[key] = [(n, rx) for n, rx in base if _may_start(third.get(rx.pattern), key)]
    two_open = {key: [(n, rx) for n, rx in pats if _open_after_two(third.get(rx.pattern))]
                for key, pats in two.items()}

    def built(table: dict[str, list[Pattern]]) -> dict[str, Bucket]:
        return {k: _entries(v, shared) for k, v in table.items() if v}

    firsts = {key[0] for key, pats in by_prefix.items()
              if any(rx.pattern not in leave_out for _, rx in pats)}
    one_built, two_built = built(one), built(two)
    seconds: dict[str, set[str]] = {}
    for key in two_built:
        seconds.setdefault(key[0], set()).add(key[1])
    return Tables(_scanner(firsts, bool(kept([])), set(one_built), seconds), built(three),
                  two_built, built(two_open), one_built, _entries(kept([]), shared))


def _scanner(firsts: set[str], anywhere: bool, alone: set[str],
             seconds: dict[str, set[str]]) -> re.Pattern[str]:
    """Candidate positions: a character class of every character a cue can start with (a fast
    C loop). ASCII letters and digits only where a word or number starts (Latin cues start
    with \\b or a letter look-behind), written class first so re can skip to candidates by
    that class. With a pattern whose start is unknown, every position.

    A position is tried only when its first character is a key of its own (`alone`) or is
    followed by the second character of a two-character key (`seconds`): a digit by one of its
    own seconds ("1." of "1.5°C", "20" of "2030"), a Chinese character by one of those of all
    Chinese characters together, a punctuation mark by one of its own seconds. No
    position whose bucket holds a pattern is left out; over half the positions whose bucket
    is empty are (in C, a few branches: a branch per character would cost more than it
    saves)."""
    if anywhere:
        return re.compile(r"(?s:.)")
    latin = sorted(c for c in firsts if c.isascii() and c.isalnum())
    other = sorted(c for c in firsts if not (c.isascii() and (c.isalnum() or c.isspace())))
    word_start = "(?<![A-Za-z0-9_][A-Za-z0-9])"
    kinds: list[tuple[list[str], str]] = []  # the characters of a kind, what must follow
    closed = [c for c in other if c not in alone and c in seconds]
    # each punctuation mark or symbol (",", "，", "|" between table cells, "%": many
    # positions of a report, few keys) by the seconds of its own keys
    marks = [c for c in closed if unicodedata.category(c)[0] in "PS"]
    words = [c for c in closed if c not in marks]
    if words:
        kinds.append((words, f"(?={_class(set().union(*(seconds[c] for c in words)))})"))
    open_ = [c for c in other if c not in closed]
    if open_:
        kinds.append((open_, ""))
    letters = [c for c in latin if not (c.isdigit() and c not in alone and c in seconds)]
    if letters:
        # a lower-case key stands for both cases (patterns are matched ignoring case)
        kinds.append((sorted(set(letters) | {c.upper() for c in letters}), word_start))
    for digit in sorted(set(latin) - set(letters)):
        kinds.append(([digit], f"{word_start}(?={_class(seconds[digit])})"))
    for mark in marks:
        kinds.append(([mark], f"(?={_class(seconds[mark])})"))
    if not kinds:
        return re.compile("(?!)")
    # One class first, so that re skips to candidates by it in C; then the character just
    # read, by a look-behind, decides what must hold around it.
    every = {c for chars, _ in kinds for c in chars}
    tails = "|".join(f"(?<={_class(chars)}){tail}" for chars, tail in kinds)
    return re.compile(f"{_class(every)}(?:{tails})")


def _class(chars: set[str] | list[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


def _entries(pats: list[Pattern], shared: dict[tuple[str, int], Entry]) -> Bucket:
    """The bucket of `pats`. One entry object per concept and pattern (`shared`, keyed by
    the pattern's id while the index is built), shared by every bucket that holds it: less
    memory, and the index pickles (`cnsr.data_cache`) as ~1,800 entries, not ~16,000 copies."""
    out = []
    for name, rx in pats:
        entry = shared.get((name, id(rx)))
        if entry is None:
            entry = shared[(name, id(rx))] = (name, rx.match)
        out.append(entry)
    return tuple(out)


def _may_start(keys: set[str] | None, text: str) -> bool:
    """Whether a pattern with these keys (None: unknown) can match text starting `text`."""
    return keys is None or any(text.startswith(k) for k in keys)


def _open_after_two(keys: set[str] | None) -> bool:
    """Whether the pattern can match knowing at most two of its characters."""
    return keys is None or any(len(k) < 3 for k in keys)


# -- the first characters of a pattern ----------------------------------------------------------

def start_guard(patterns: list[str]) -> str:
    """A look-ahead `(?=[…])` of the characters (lower case; to be matched ignoring case) any
    match of one of `patterns` starts with, or "" when one of them can start anywhere.

    Put before an alternation whose alternatives open with a look-behind
    ("(?<![A-Za-z])the previous year"), it lets the regex engine leave a position after one
    character test instead of trying every alternative there (relative_years.py: the
    relative-year pattern, searched in every sentence read for numbers, ~50× faster)."""
    firsts: set[str] = set()
    for pattern in patterns:
        keys = _prefixes(pattern, 1)
        if keys is None:
            return ""
        firsts |= keys
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"


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


def _required_literal(pattern: str) -> str | None:
    """The longest run of plain characters every match of `pattern` contains (lower-cased;
    None when shorter than four characters): a text without it cannot match."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser as p  # type: ignore[attr-defined]

    best, run = "", ""
    for op, av in p.parse(pattern, re.I):
        if op is c.LITERAL:
            run += chr(av).lower()
            best = max(best, run, key=len)
        else:
            run = ""
    return best if len(best) >= 4 else None
