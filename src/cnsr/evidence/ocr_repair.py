"""Repair OCR confusions in chemical formulas and numbers, one character for one.

"t匚〇2e" → tCO2e, "C〇2" / "C02" → CO2, "66_8" → 66.8, "2O23" → 2023: a scanned report's
figures and units read again. The confusions are data (data/text/ocr.yaml, validated on
load). Every repair replaces one character by one, so the repaired text has the length and
offsets of its input. Repairs are limited to formula and number contexts: "二〇二三年" keeps
its Chinese zero. A passage without any suspect character costs one regex search.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, field_validator

from cnsr.data_files import load_text

OCR_FILE = "ocr.yaml"


class OcrConfusions(BaseModel):
    """data/text/ocr.yaml."""

    # defer_build: the validator is built on first use, which `cnsr rate` never makes
    # (session 24: deferring 20 such models saved the parent ~10 ms of CPU)
    model_config = ConfigDict(extra="forbid", defer_build=True)

    formulas: list[str]
    prefixes: list[str]
    confusables: dict[str, list[str]]
    decimal_marks: list[str]
    zeros: list[str]
    spaced_decimal_units: list[str]
    ones: list[str] = []

    @field_validator("confusables")
    @classmethod
    def _one_char(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for key, forms in value.items():
            if len(key) != 1 or any(len(f) != 1 for f in forms):
                raise ValueError(f"confusables must map one character to characters: {key}")
        return value

    @field_validator("decimal_marks", "zeros", "ones")
    @classmethod
    def _chars(cls, value: list[str]) -> list[str]:
        if any(len(f) != 1 for f in value):
            raise ValueError(f"expected single characters: {value}")
        return value


class _Repairer:
    """The compiled repairs of one confusion table."""

    def __init__(self, data: OcrConfusions) -> None:
        self.fix: dict[str, str] = {}  # confusable -> canonical, inside formulas
        for canonical, forms in data.confusables.items():
            for form in forms:
                self.fix[form] = canonical
        classes: list[str] = []
        for formula in data.formulas:
            atoms = []
            for ch in formula:
                forms = [ch, ch.lower(), *data.confusables.get(ch, [])]
                atoms.append("[" + "".join(re.escape(f) for f in dict.fromkeys(forms)) + "]")
            classes.append("".join(atoms))
        prefixes = "|".join(re.escape(p) for p in sorted(data.prefixes, key=len, reverse=True))
        self.formula = re.compile(rf"(?<![A-Za-z])(?:{prefixes})?(?:{'|'.join(classes)})(?!\d)")
        marks = "".join(re.escape(m) for m in data.decimal_marks)
        zeros = "".join(re.escape(z) for z in data.zeros)
        units = "|".join(re.escape(u) for u in sorted(data.spaced_decimal_units, key=len,
                                                        reverse=True))
        # a decimal mark only before one or two digits: "46_905" may be a thousands group and
        # "2025_2030" a range of years, so both are left alone
        self.decimal = re.compile(rf"(?<=\d)[{marks}](?=\d{{1,2}}(?!\d))")
        self.zero = re.compile(rf"(?<=\d)[{zeros}](?=\d)")
        # session 25 (gaps, d191): a zero-like letter at a number's end or beside its decimal
        # point ("296.O", "O.79O", "13O万吨", "ISO 14OO1", "6,2OO株"): a whole number token, not
        # glued to a letter on either side ("H2O", "CO2", "O2O" stay), with an Arabic digit of
        # its own; a leading letter only before its decimal point ("O.737")
        self.zero_token = re.compile(
            rf"(?<![A-Za-z0-9_.,{zeros}])(?:[0-9]|[{zeros}](?=\.\d))[0-9{zeros},.]*"
            rf"(?<![,.])(?![A-Za-z0-9])")
        self.zero_chars = frozenset(zeros)
        # session 28: a one-like letter (l for 1) inside a number token of its own: digits,
        # zero-like letters, decimal marks, commas and points, no Latin letter on either side
        ones = "".join(re.escape(o) for o in data.ones)
        self.one_chars = frozenset(data.ones)
        self.one_token = (re.compile(
            rf"(?<![A-Za-z0-9_.,{zeros}{ones}])[0-9{zeros}{ones}][0-9{zeros}{ones}{marks},.]*"
            rf"(?<![,.{marks}])(?![A-Za-z0-9])") if ones else None)
        self.spaced = re.compile(rf"(?<![\d.,])\d+( )\d{{1,2}}(?=\s?(?:{units}))")
        # a cheap first look (`suspect`): an unusual character, a digit 0 right after a
        # formula letter that stands before an O ("C02"), a zero-like letter between digits
        # ("2O23"), a space between digits. Each search starts with a literal: fast in `re`.
        self.odd = "".join(sorted({f for f in self.fix if not (f.isascii() and f.isalnum())}
                                  | set(data.decimal_marks)
                                  | {z for z in data.zeros if not z.isascii()}))
        before_o = sorted({formula[i - 1] for formula in data.formulas
                           for i in range(1, len(formula))
                           if formula[i] == "O" and formula[i - 1].isalpha()})
        letters = "".join(before_o) + "".join(ch.lower() for ch in before_o)
        self.ascii_checks = [re.compile(rf"0(?<=[{letters}]0)"),
                             # one search per zero-like letter: after a digit ("2O23", "13O"),
                             # after a digit's decimal point ("296.O") or before one ("O.79")
                             *[re.compile(rf"{re.escape(z)}(?:(?<=\d{re.escape(z)})"
                                          rf"|(?<=\d\.{re.escape(z)})|(?=\.\d))")
                               for z in data.zeros if z.isascii()],
                             re.compile(r" (?<=\d )(?=\d)"),
                             # a one-like letter beside a digit ("l36", "3l日", "6l_9")
                             *[re.compile(rf"{re.escape(o)}(?:(?<=\d{re.escape(o)})|(?=\d)"
                                          rf"|(?<=[{marks}]{re.escape(o)})|(?=[{marks},.]\d))")
                               for o in data.ones]]
        self.odd_search = re.compile("[" + re.escape(self.odd) + "]").search

    def suspect(self, text: str) -> bool:
        """Whether `text` may hold a confusion (no false negatives for `repair_all`)."""
        if self.odd_search(text) is not None:
            return True
        return any(check.search(text) is not None for check in self.ascii_checks)

    def repair(self, text: str) -> str:
        if not self.suspect(text):
            return text
        return self.repair_all(text)

    def repair_all(self, text: str) -> str:
        out = self.formula.sub(self._formula, text)
        if self.one_token is not None and not self.one_chars.isdisjoint(out):
            out = self.one_token.sub(self._ones, out)
        out = self.decimal.sub(".", out)
        out = self.zero.sub("0", out)
        out = self.zero_token.sub(self._zeros, out)
        # session 28: a decimal mark after a zero-like letter ("4O_2" -> "40_2") is read now
        out = self.decimal.sub(".", out)
        if " " in out:
            out = self.spaced.sub(self._spaced, out)
        return out

    def _formula(self, m: re.Match[str]) -> str:
        # a prefix (t, kg) and a formula's own digits (the 2 of CO2) have no confusable
        return "".join([self.fix.get(ch, ch) for ch in m.group()])

    def _zeros(self, m: re.Match[str]) -> str:
        word = m.group()
        if self.zero_chars.isdisjoint(word) or not any("0" <= ch <= "9" for ch in word):
            return word
        return "".join(["0" if ch in self.zero_chars else ch for ch in word])

    def _ones(self, m: re.Match[str]) -> str:
        word = m.group()
        if self.one_chars.isdisjoint(word) or not any("0" <= ch <= "9" for ch in word):
            return word
        return "".join(["1" if ch in self.one_chars else ch for ch in word])

    @staticmethod
    def _spaced(m: re.Match[str]) -> str:
        a, b = m.span(1)
        s, _ = m.span()
        word = m.group()
        return word[:a - s] + "." + word[b - s:]


def load_confusions(text: str, source: str = OCR_FILE) -> OcrConfusions:
    return load_text(OcrConfusions, text, source)


@cache
def _repairer() -> _Repairer:
    """From the user cache when the file and this module are unchanged (`cnsr.data_cache`)."""
    import sys

    from cnsr import data_cache

    path = resources.files("cnsr.data.text").joinpath(OCR_FILE)
    return data_cache.cached(
        "ocr", [str(path)],
        lambda: _Repairer(load_confusions(path.read_text(encoding="utf-8"))),
        code=[sys.modules[__name__]])


def repair(text: str) -> str:
    """`text` with OCR confusions in formulas and numbers repaired (same length)."""
    return _repairer().repair(text)


def odd_characters() -> str:
    """The non-ASCII characters that may start a repair (for a caller's combined gate)."""
    return _repairer().odd


def ascii_suspect(text: str) -> bool:
    """Whether `text` may hold a confusion made of ASCII characters ("C02", "2O23", "66 8")."""
    return any(check.search(text) is not None for check in _repairer().ascii_checks)


def repair_all(text: str) -> str:
    """`repair` without the first look (the caller has made it)."""
    return _repairer().repair_all(text)
