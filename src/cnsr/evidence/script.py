"""Traditional → simplified Chinese for matching, length-preserving (OpenCC).

Reports of Hong Kong-listed groups are written in traditional characters ("減排", "萬噸");
the lexicon is simplified. Matching therefore runs on a simplified copy while evidence
quotes the raw traditional passage. The copy has the same length as its input, so an offset
in one is an offset in the other.

OpenCC (PyPI `opencc`, dictionaries bundled in the wheel, no download) converts with its
phrase dictionary first (顯著 → 显著, not 显着); when a phrase changes the length, the
passage is converted character by character instead, with OpenCC's character table.

Cheap for simplified reports: a passage is converted only when it holds a character that
OpenCC's t2s table changes (one regex search over a class built once); the dev sentences of
real simplified reports hit it about once in a thousand.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from cnsr.cjk import HAN_RANGES

# CJK Unified Ideographs and Extension A, and the compatibility ideographs: every character
# OpenCC's t2s character table (TSCharacters) can change.
_RANGES = HAN_RANGES


@cache
def _converter() -> Any:
    import opencc  # C++ extension with its dictionaries; imported on first use

    return opencc.OpenCC("t2s")


@cache
def _table() -> tuple[dict[int, str], re.Pattern[str]]:
    """OpenCC's one-character conversions (as a str.translate table) and a regex that finds
    any of their sources, from the user cache when OpenCC and this module are unchanged
    (`cnsr.data_cache`: building them is ~0.05 s of every start)."""
    import sys

    from cnsr import data_cache

    return data_cache.cached("script-t2s", [], _build_table, code=[sys.modules[__name__]],
                             extra=[data_cache.package_stamp("opencc")])


def _build_table() -> tuple[dict[int, str], re.Pattern[str]]:
    """Built by converting every ideograph, one per line (the phrase dictionary cannot join
    characters across a line break)."""
    chars = [chr(cp) for lo, hi in _RANGES for cp in range(lo, hi + 1)]
    out = _converter().convert("\n".join(chars)).split("\n")
    if len(out) != len(chars):  # pragma: no cover - OpenCC never joins lines
        raise RuntimeError("OpenCC changed the number of lines of the character table")
    table = {ord(a): b for a, b in zip(chars, out, strict=True) if a != b and len(b) == 1}
    pattern = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(table)) + "]")
    return table, pattern


def traditional_characters() -> str:
    """Every character OpenCC's t2s table changes (for a caller's combined gate)."""
    return "".join(chr(cp) for cp in sorted(_table()[0]))


def has_traditional(text: str) -> bool:
    """Whether `text` holds a character that OpenCC's t2s table changes."""
    return _table()[1].search(text) is not None


def to_simplified(text: str) -> str:
    """`text` in simplified characters, same length (unchanged when nothing to convert)."""
    table, pattern = _table()
    if pattern.search(text) is None:
        return text
    out: str = _converter().convert(text)
    if len(out) == len(text):
        return out
    return text.translate(table)
