"""Unit surface forms → canonical units, and conversion between units (pint).

The alias table (data/units/aliases.yaml) maps forms such as 万吨二氧化碳当量, tCO₂e, 吨标煤,
亿千瓦时, 克标准煤/千瓦时 to a canonical unit, a factor and a dimension class. Conversion between
families that are not decimal multiples of each other (tce ↔ GJ ↔ kWh) goes through pint with
the definitions in data/units/definitions.txt, loaded lazily on the first conversion.

Everything here is pure apart from reading those two package data files once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

from cnsr.cjk import is_cjk
from cnsr.data_cache import cached, compile_patterns
from cnsr.data_files import parse
from cnsr.errors import DataError, InputError

ALIASES_FILE = "aliases.yaml"
DEFINITIONS_FILE = "definitions.txt"


@dataclass(frozen=True, slots=True)
class UnitForm:
    """What one surface form means: value in `canonical` = number × factor."""

    canonical: str
    factor: Decimal
    dimension: str


class UnitMatch(NamedTuple):
    """A multiplier and/or unit read right after a number (a NamedTuple: cheap to make).

    value in `unit` = number × (multiplier or 1) × factor.
    """

    end: int
    multiplier: Decimal | None
    unit: str | None
    dimension: str | None
    factor: Decimal
    annual: bool = False
    more: bool = False  # 余/多 between number and unit: "1200余吨" is "over 1200 t"


_ONE = Decimal(1)
# The hot paths below make a UnitMatch with `tuple.__new__` and every field given: a named
# tuple's own `__new__` is Python code, which mypyc cannot compile (one per number read).


def _read_data(name: str) -> str:
    return resources.files("cnsr.data.units").joinpath(name).read_text(encoding="utf-8")


def _is_cjk(ch: str) -> bool:
    return is_cjk(ch)


def _atoms(form: str) -> list[str]:
    """Regex atoms for one surface form (see the matching rules in aliases.yaml)."""
    ci = re.search(r"[a-z]{4,}", form) is not None
    atoms: list[str] = []
    prev = ""
    for ch in form:
        if ch == " ":
            atoms.append(r"\s*")
            prev = ""
            continue
        if prev and _is_cjk(prev) != _is_cjk(ch):
            atoms.append(r"[ \t]?")
        if ci and ch.isascii() and ch.isalpha():
            atoms.append(f"[{ch.lower()}{ch.upper()}]")
        else:
            atoms.append(re.escape(ch))
        prev = ch
    return atoms


def _trie_regex(forms: list[str]) -> str:
    """One regex matching the longest of `forms` (a trie, so matching stays fast)."""
    end = ""
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for atom in _atoms(form):
            node = node.setdefault(atom, {})
        last = form[-1]
        node[end] = r"(?![A-Za-z0-9])" if last.isascii() and last.isalnum() else ""

    def build(node: dict[str, Any]) -> str:
        # a case-blind atom ("[rR]" of "RMB million") before a literal one ("R" of "RMB"):
        # the branches do not share a prefix, and the first that matches wins
        atoms = sorted((a for a in node if a != end), key=lambda a: not a.startswith("["))
        alts = [atom + build(node[atom]) for atom in atoms]
        if end in node:
            alts.append(node[end])  # last: longer forms are tried first
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return build(trie)


def _key(surface: str) -> str:
    return "".join(surface.split())


class _Table:
    """The alias table, compiled."""

    def __init__(self, raw: dict[str, Any]) -> None:
        try:
            self.multipliers = {str(k): Decimal(str(v)) for k, v in raw["multipliers"].items()}
            self.needs_multiplier = set(raw.get("needs_multiplier", []))
            self.glued = {str(k): Decimal(str(v))
                          for k, v in raw.get("glued_multipliers", {}).items()}
            self.chinese_only = set(raw.get("chinese_numeral_only", []))
            self.numeral_terms = tuple(str(w) for w in raw.get("chinese_numeral_terms", []))
            self.forms: dict[str, UnitForm] = {}
            self.forms_ci: dict[str, UnitForm] = {}
            self.dimension_of: dict[str, str] = {}
            for canonical, entry in raw["units"].items():
                dimension = str(entry["dimension"])
                self.dimension_of[str(canonical)] = dimension
                for form, factor in entry["forms"].items():
                    spec = UnitForm(str(canonical), Decimal(str(factor)), dimension)
                    form = str(form)
                    if re.search(r"[a-z]{4,}", form):
                        self.forms_ci[_key(form).lower()] = spec
                    else:
                        self.forms[_key(form)] = spec
            # session 24 (gaps): denominators only (aliases.yaml `denominator_units`)
            den_only = raw.get("denominator_units") or {"numerators": [], "units": {}}
            self.den_only_numerators = frozenset(str(d) for d in den_only["numerators"])
            self.den_only: dict[str, UnitForm] = {}
            for canonical, entry in den_only["units"].items():
                for form, factor in entry["forms"].items():
                    self.den_only[_key(str(form)).lower()] = UnitForm(
                        str(canonical), Decimal(str(factor)), str(entry["dimension"]))
            den_only_forms = [str(f) for e in den_only["units"].values() for f in e["forms"]]
            self.per_year = [str(x) for x in raw["per_year"]]
            self.den_nouns = [str(x) for x in raw["denominator_nouns"]]
            intensity = raw["intensity"]
            self.den_override = {
                str(k): (str(v["unit"]), Decimal(str(v["factor"])))
                for k, v in intensity["denominators"].items()
            }
            self.preferred = {
                (str(p["numerator"]), str(p["denominator"])): (str(p["unit"]),
                                                               Decimal(str(p["factor"])))
                for p in intensity["preferred"]
            }
            self.tonnes_context = {str(k): [str(w) for w in ws]
                                   for k, ws in raw["tonnes_context"].items()}
            # session 27: what may follow a context word (tonnes_context.py builds the regex)
            self.tonnes_context_after: dict[str, dict[str, list[str]]] = {}
            for kind, parts in (raw.get("tonnes_context_after") or {}).items():
                if str(kind) not in self.tonnes_context:
                    raise ValueError(f"tonnes_context_after: {kind!r} is no kind of tonnes_context")
                unknown = set(parts) - {"joiners", "words", "not_before"}
                if unknown:
                    raise ValueError(f"tonnes_context_after.{kind}: unknown key {sorted(unknown)[0]!r}")
                words = {str(k): [str(w) for w in ws] for k, ws in parts.items()}
                # a space may open a `not_before` word, or a Latin word that follows its own
                if any(not w.strip() or w != w.rstrip() or (
                        w != w.lstrip() and k != "not_before" and not w.strip()[0].isascii())
                       for k, ws in words.items() for w in ws):
                    raise ValueError(f"tonnes_context_after.{kind}: an empty word or spaces around one")
                self.tonnes_context_after[str(kind)] = words
            compared = raw["tonnes_comparison"]
            self.comparison_words = [str(w) for w in compared["words"]]
            self.comparison_chars = int(compared["max_chars"])
            self.currency_prefixes = {str(k): str(v)
                                      for k, v in raw["currency_prefixes"].items()}
            self.qualifiers: dict[str, dict[str, list[str]]] = {
                side: {kind: [str(w) for w in words] for kind, words in kinds.items()}
                for side, kinds in raw["qualifiers"].items()
            }
            header = raw["header_unit"]
            zh_words = "|".join(str(w) for w in header["zh"])
            en_words = "|".join(str(w) for w in header["en"])
            max_chars = int(header["max_chars"])
            if not zh_words or not en_words or max_chars < 1:
                raise ValueError("header_unit needs zh and en words and max_chars >= 1")
            # "（单位：万吨）：", "(unit: tCO2e):", "排放量（tCO2e）：" (quantity_dates.header_units)
            self.header_unit = re.compile(
                rf"[(（](?:(?:{zh_words})[:：][ \t]*|(?i:{en_words})[:：]?[ \t]*)?"
                rf"(?P<u>[^()（）:：,，。]{{1,{max_chars}}})[)）][ \t]*[:：]")
        except (KeyError, TypeError, AttributeError, ArithmeticError, ValueError, re.error) as err:
            raise DataError(f"units/{ALIASES_FILE}: malformed alias table ({err!r})") from err

        all_forms = sorted({str(f) for e in raw["units"].values() for f in e["forms"]})
        alias = _trie_regex(all_forms)
        mult = "|".join(
            (f"(?i:{re.escape(m)})(?![A-Za-z])" if m.isascii() else re.escape(m))
            for m in sorted(self.multipliers, key=len, reverse=True)
        )
        self.mult_pattern = mult
        # "千瓦时" reads as 千 × 瓦时: the same value as the form 千瓦时, one trie instead of two.
        unit_source = rf"[ \t]{{0,2}}(?:(?P<mult>{mult})[ \t]{{0,2}})?(?P<more>[余多])?[ \t]?(?P<u>{alias})?"
        starts = [str(f) for e in raw["units"].values() for f in e["forms"]]
        starts += list(self.multipliers) + ["余", "多"]
        self.first_chars = frozenset(c for w in starts for c in (w[0].lower(), w[0].upper()))
        self.per_re = re.compile(r"[ \t]?(?:/|每|(?i:per)\s)[ \t]?")
        nouns = _trie_regex(self.den_nouns)
        den_source = rf"(?:(?P<mult>{mult})[ \t]?)?(?P<unit>{alias})(?:[ \t]?{nouns})?"
        if den_only_forms:
            # One pattern for a denominator, tried once after "/": a unit of the table, else a
            # denominator-only form (`only`) that no letter or ideograph goes on after. The
            # denominator-only forms are an alternative of their own, not forms in the unit trie:
            # that trie is `unit_re`'s too, where "人" after every number would make a head count a
            # quantity, and an alternative tried second keeps the table's units first, as when
            # they were two patterns (before session 27).
            den_source = (rf"(?:{den_source}|(?P<only>(?i:{_trie_regex(den_only_forms)}))"
                          r"(?![A-Za-z\u3400-\u9fff]))")
        # the tries are large: compiled once per user, not per process (cnsr.data_cache)
        self.unit_re, self.annual_re, self.den_re = compile_patterns(
            "units", [(unit_source, 0), (_trie_regex(self.per_year), 0), (den_source, 0)])

    def lookup(self, surface: str) -> UnitForm | None:
        key = _key(surface)
        return self.forms.get(key) or self.forms_ci.get(key.lower())


@cache
def table() -> _Table:
    """The compiled alias table (read once)."""
    path = str(resources.files("cnsr.data.units").joinpath(ALIASES_FILE))
    raw = cached(  # the parsed YAML: plain data, so kept though this is compiled
        "units-aliases", [path], lambda: parse(_read_data(ALIASES_FILE), f"units/{ALIASES_FILE}",
                                               what="unit alias table"))
    return _Table(raw)


def match_unit(text: str, pos: int, *, chinese_numeral: bool = False) -> UnitMatch | None:
    """The multiplier / unit / per-part starting at `pos` (right after a number), if any."""
    t = table()
    glued = t.glued.get(text[pos:pos + 1]) if pos < len(text) else None
    if glued is not None and not text[pos + 1:pos + 2].isalnum():
        after = match_unit(text, pos + 1)  # "1.2m tCO2e": the glued "m" is a million
        if after is not None and after.unit is not None and after.multiplier is None:
            return after._replace(multiplier=glued)
    p = pos
    while p < len(text) and text[p] in " \t" and p - pos < 2:
        p += 1
    if p >= len(text) or text[p] not in t.first_chars:
        return None  # the common case for a bare number: nothing unit-like follows
    m = t.unit_re.match(text, pos)
    if m is None:  # pragma: no cover - the pattern can match the empty string
        return None
    surface = m.group("u")
    mult_s = m.group("mult")
    more = m.group("more") is not None
    form = t.lookup(surface) if surface else None
    if form is not None and surface is not None:
        bare = _key(surface)
        if (bare in t.needs_multiplier and not mult_s) or (
                bare in t.chinese_only and not chinese_numeral):
            form = None
    multiplier = t.multipliers.get(mult_s) or t.multipliers.get(mult_s.lower()) \
        if mult_s else None
    if form is None:
        if multiplier is None and not more:
            return None
        end = m.end("more") if more else m.end("mult")
        return tuple.__new__(UnitMatch, (end, multiplier, None, None, _ONE, False, more))
    return _with_per(t, text, m.end(), multiplier, form, more)


def numeral_term(text: str, pos: int) -> bool:
    """Whether the Chinese numeral at `pos` starts a technical term ("三元锂电芯": ternary
    lithium, aliases.yaml `chinese_numeral_terms`), not an amount."""
    return text.startswith(table().numeral_terms, pos)


def _with_per(t: _Table, text: str, pos: int, multiplier: Decimal | None, form: UnitForm,
              more: bool) -> UnitMatch:
    """Extend a unit with "/年" (annual) or "/万元" (an intensity) when one follows."""
    per = t.per_re.match(text, pos)
    if per is not None:
        annual = t.annual_re.match(text, per.end())
        if annual is not None:
            return tuple.__new__(UnitMatch, (annual.end(), multiplier, form.canonical,
                                             form.dimension, form.factor, True, more))
        den = t.den_re.match(text, per.end())
        if den is not None:
            surface = den.group("unit")
            den_form = t.lookup(surface) if surface is not None else None
            if den_form is not None:
                den_mult = t.multipliers.get((den.group("mult") or "").lower(), Decimal(1))
                unit, dimension, factor = intensity_unit(form, den_form, den_mult)
                return tuple.__new__(UnitMatch, (den.end(), multiplier, unit, dimension, factor,
                                                 False, more))
            if surface is None and form.dimension in t.den_only_numerators:
                # a denominator-only form (aliases.yaml `denominator_units`): "tCO2e/人"
                unit, dimension, factor = intensity_unit(form, t.den_only[_key(den.group()).lower()])
                return tuple.__new__(UnitMatch, (den.end(), multiplier, unit, dimension, factor,
                                                 False, more))
    return tuple.__new__(UnitMatch, (pos, multiplier, form.canonical, form.dimension,
                                     form.factor, False, more))


def intensity_unit(num: UnitForm, den: UnitForm,
                   den_multiplier: Decimal = Decimal(1)) -> tuple[str, str, Decimal]:
    """Canonical unit, dimension and factor of `num`/`den` (tCO2e/万元, gce/kWh, CNY/t)."""
    t = table()
    factor = num.factor / (den_multiplier * den.factor)
    den_unit = den.canonical
    if den_unit in t.den_override:
        den_unit, den_factor = t.den_override[den_unit]
        factor *= den_factor
    unit = f"{num.canonical}/{den_unit}"
    if (num.canonical, den_unit) in t.preferred:
        unit, pref_factor = t.preferred[(num.canonical, den_unit)]
        factor *= pref_factor
    dimension = "price" if num.dimension == "money" else "intensity"
    return unit, dimension, factor


def currency_unit(code: str) -> UnitMatch:
    """UnitMatch for a currency written before the number ("RMB 1.2 billion")."""
    return UnitMatch(0, None, code, "money", Decimal(1))


def parse_unit(text: str) -> UnitMatch | None:
    """The unit a whole string names ("万吨", "tCO2e/万元", "MWh"), or None."""
    s = text.strip()
    um = match_unit(s, 0, chinese_numeral=True)
    if um is None or um.unit is None or um.end != len(s):
        return None
    return um


# --- conversion ----------------------------------------------------------------------------

@cache
def registry() -> Any:
    """The pint registry built from definitions.txt alone (no `kt` = knot surprise)."""
    import pint  # slow to import: only when a conversion is asked for

    path = resources.files("cnsr.data.units").joinpath(DEFINITIONS_FILE)
    with resources.as_file(path) as p:
        return pint.UnitRegistry(str(p), cache_folder=None)


def clean(x: float) -> float:
    """Drop floating noise from a conversion (12 significant digits)."""
    return float(f"{x:.12g}")


def convert(value: float, unit: str, target: str) -> float:
    """`value` in canonical `unit` expressed in `target` (an alias like 万吨 or a pint unit)."""
    import pint

    target_match = parse_unit(target)
    if target_match is not None and target_match.unit is not None:
        scale = target_match.factor * (target_match.multiplier or Decimal(1))
        goal = target_match.unit
    else:
        scale, goal = Decimal(1), target.strip()
    if goal == unit:
        converted = value
    else:
        ureg = registry()
        try:
            converted = float(ureg.Quantity(value, unit).to(goal).magnitude)
        except pint.errors.DimensionalityError as err:
            dims: Any = err  # pint types dim1/dim2 as str but sets UnitsContainer objects
            raise InputError(
                f"cannot convert {unit} ({_dimension_name(unit)}) to {target!r}"
                f" ({_dimension_name(goal)}): {dims.dim1} vs {dims.dim2}") from err
        except Exception as err:  # pint's parser raises many kinds, even AssertionError
            raise InputError(f"unknown unit {target!r}: not in the alias table or "
                             "data/units/definitions.txt") from err
    return clean(converted / float(scale))


def _dimension_name(unit: str) -> str:
    m = parse_unit(unit)
    if m is not None and m.dimension:
        return m.dimension
    return table().dimension_of.get(unit, "unknown dimension")
