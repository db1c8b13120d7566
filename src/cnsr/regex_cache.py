"""The regular expressions a command compiled, given to the next process ready-made.

The reader's modules compile ~270 patterns at import or on first use, many of them with
character classes of thousands of CJK characters: ~0.15 s of CPU in every `cnsr rate`, part
of it before the page workers are forked with a core idle. `re` keeps what it compiles in its
own cache, keyed by (type, pattern, flags). So a command that reads documents puts the
patterns an earlier process compiled into that cache before anything is imported
(`preload`: ~3 ms for all of them, stored as the regex engine's code by `data_cache`), and
stores the patterns compiled since when there are several new ones (`save`, after the
command). A pattern is the one `re.compile` gives (`data_cache.pattern_state` checks each);
a missing, stale or unreadable entry only means compiling as before.

`re._cache` is CPython's (3.11 to 3.13 alike); where it is missing, nothing is done.
"""

from __future__ import annotations

import re
from typing import Any

from cnsr import data_cache

KIND = "re-patterns"
MAX_PATTERNS = 2000
"""Most patterns kept: patterns made from a document's own words (a company name escaped
into a pattern) must not grow the entry without end over a batch."""
MIN_NEW = 8
"""New patterns a process must have compiled before the entry is written again: a few made
from one document's words are not worth the write."""

_loaded: dict[tuple[str, int], tuple[Any, ...]] = {}


def _re_cache() -> dict[Any, Any] | None:
    cache = getattr(re, "_cache", None)
    return cache if isinstance(cache, dict) else None


def preload() -> int:
    """Put the stored patterns into `re`'s cache; how many."""
    cache = _re_cache()
    found = data_cache.read_entry(KIND) if cache is not None else None
    if cache is None or found is None:
        return 0
    try:
        for (pattern, flags), state in found[0].items():
            cache.setdefault((str, pattern, flags), data_cache.restore_pattern(*state))
            _loaded[pattern, flags] = state
    except Exception:  # noqa: BLE001 - a damaged entry: compile as before
        return 0
    return len(_loaded)


def save() -> int:
    """Store the patterns of `re`'s cache with the ones loaded, when at least `MIN_NEW`
    are new and this process found every data-cache entry it needed (one that built them
    compiled the lexicon's patterns too, which later processes load ready-made); how many
    were new."""
    cache = _re_cache()
    if cache is None or data_cache.built:
        return 0
    new = {(key[1], key[2]): rx for key, rx in list(cache.items())
           if key[0] is str and (key[1], key[2]) not in _loaded
           and not key[2] & re.DEBUG}
    if len(new) < MIN_NEW:
        return len(new)
    states = dict(_loaded)
    for key, rx in new.items():
        if len(states) >= MAX_PATTERNS:
            break
        state = data_cache.pattern_state(rx)
        if state is not None:
            states[key] = state
    data_cache.write_entry(KIND, states)
    _loaded.update(states)
    return len(new)
