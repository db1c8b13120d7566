"""The Unicode ranges of Chinese text, defined once for the reader, the evidence finder and
the reports.

Two sets, for two questions:

- `HAN`: is this a Chinese character (a word's character)? CJK Unified Ideographs and
  Extension A, U+3400-U+9FFF, plus the compatibility ideographs (`COMPATIBILITY`) some PDFs
  emit for ordinary characters (`HAN_CLASS`, `HAN_RANGES`).
- `SCRIPT`: is this East Asian script set without spaces between words? Everything from the
  CJK radicals (U+2E80) to the unified ideographs: radicals, CJK symbols and punctuation
  (U+3000-U+303F), kana, bopomofo, enclosed and compatibility forms, and the ideographs
  (`CJK_CLASS`, `is_cjk`). Line wraps and letter spacing are judged on this set; the page
  reader adds full-width forms, vertical punctuation and the supplementary-plane ideographs
  (`is_wide`).

The strings are the insides of a regex character class: `f"[{HAN}]"`.
"""

from __future__ import annotations

from typing import Final

HAN_FIRST: Final = "\u3400"
HAN_LAST: Final = "\u9fff"
HAN: Final = f"{HAN_FIRST}-{HAN_LAST}"
"""CJK Unified Ideographs Extension A and CJK Unified Ideographs."""

COMPATIBILITY_FIRST: Final = "\uf900"
COMPATIBILITY_LAST: Final = "\ufaff"
COMPATIBILITY: Final = f"{COMPATIBILITY_FIRST}-{COMPATIBILITY_LAST}"
"""CJK Compatibility Ideographs."""

SCRIPT_FIRST: Final = "\u2e80"
SCRIPT: Final = f"{SCRIPT_FIRST}-{HAN_LAST}"
"""From the CJK radicals to the end of the unified ideographs."""

FULLWIDTH_FIRST: Final = "\uff00"
FULLWIDTH_LAST: Final = "\uffef"
FULLWIDTH: Final = f"{FULLWIDTH_FIRST}-{FULLWIDTH_LAST}"
"""Halfwidth and Fullwidth Forms (full-width punctuation, digits and letters)."""

FORMS_FIRST: Final = "\ufe30"
FORMS_LAST: Final = "\ufe4f"
"""CJK Compatibility Forms (vertical punctuation)."""

EXTENSIONS_FIRST: Final = "\U00020000"
EXTENSIONS_LAST: Final = "\U0003134f"
"""CJK Unified Ideographs Extensions B to G (the supplementary planes)."""

HAN_CLASS: Final = f"[{HAN}{COMPATIBILITY}]"
CJK_CLASS: Final = f"[{SCRIPT}{COMPATIBILITY}]"

HAN_RANGES: Final = ((ord(HAN_FIRST), ord(HAN_LAST)),
                     (ord(COMPATIBILITY_FIRST), ord(COMPATIBILITY_LAST)))
"""`HAN` and `COMPATIBILITY` as inclusive code point ranges."""


def is_han(ch: str) -> bool:
    """A Chinese character of the unified ideographs (not a compatibility form)."""
    return HAN_FIRST <= ch <= HAN_LAST


def is_cjk(ch: str) -> bool:
    """A character of `CJK_CLASS`: East Asian script or punctuation, or a compatibility
    ideograph."""
    return SCRIPT_FIRST <= ch <= HAN_LAST or COMPATIBILITY_FIRST <= ch <= COMPATIBILITY_LAST


def is_wide(ch: str) -> bool:
    """`is_cjk`, or a full-width form, vertical punctuation or a supplementary-plane
    ideograph: a character set without spaces around it on a printed page."""
    return (is_cjk(ch) or FORMS_FIRST <= ch <= FORMS_LAST
            or FULLWIDTH_FIRST <= ch <= FULLWIDTH_LAST
            or EXTENSIONS_FIRST <= ch <= EXTENSIONS_LAST)
