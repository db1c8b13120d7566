"""Units for activity data: one pint registry built only from `data/factors/units.txt`.

A registry of our own (not pint's defaults) so that `kt` is a kilotonne, not a knot, and
Chinese spellings such as 万千瓦时, 万Nm3 or 吨标准煤 parse. Everything that converts a
quantity goes through `convert` or `product`, which turn pint's errors into InputError.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import pint

from cnsr.errors import InputError

_TEN_THOUSAND = re.compile(r"^(?:10\^4|10\*\*4|10⁴|1e4)\s*[×x*]?\s*")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1)
def registry() -> pint.UnitRegistry:
    """The shared registry; built once because parsing the definition file costs ~50 ms."""
    path = resources.files("cnsr.data.factors").joinpath("units.txt")
    with resources.as_file(path) as file:
        return pint.UnitRegistry(str(file), cache_folder=None)


def normalize_unit(text: str) -> str:
    """Canonical spelling: no spaces, superscripts as digits, a leading 10^4 written as 万."""
    unit = _SPACES.sub("", str(text)).replace("³", "3").replace("²", "2").replace("^3", "3")
    unit = unit.replace("（", "(").replace("）", ")").replace("／", "/")
    unit = _TEN_THOUSAND.sub("万", unit)
    return unit.replace("/10^4", "/万").replace("/10⁴", "/万")


def parse_unit(text: str) -> pint.Unit:
    """Parse a unit string; InputError names the unit when it is unknown."""
    unit = normalize_unit(text)
    if not unit:
        raise InputError("empty unit / 单位为空")
    try:
        return registry().parse_units(unit)
    except (pint.UndefinedUnitError, pint.errors.DefinitionSyntaxError, AttributeError,
            TypeError, ValueError, AssertionError) as err:
        raise InputError(f"unknown unit '{text}' / 无法识别的单位 '{text}'") from err


def convert(value: float, unit: str, target: str) -> float:
    """`value` in `unit` expressed in `target` (e.g. 3 万千瓦时 → 30 MWh)."""
    try:
        return float(registry().Quantity(value, parse_unit(unit)).to(parse_unit(target)).magnitude)
    except pint.DimensionalityError as err:
        raise InputError(
            f"cannot convert '{unit}' to '{target}' / 单位 '{unit}' 无法换算为 '{target}'"
        ) from err


def product(value: float, unit: str, factor: float, factor_unit: str, target: str) -> float:
    """(value·unit) × (factor·factor_unit) expressed in `target`; the units must cancel to it."""
    ureg = registry()
    quantity = ureg.Quantity(value, parse_unit(unit)) * ureg.Quantity(factor, parse_unit(factor_unit))
    try:
        return float(quantity.to(parse_unit(target)).magnitude)
    except pint.DimensionalityError as err:
        raise InputError(
            f"'{unit}' × '{factor_unit}' does not give '{target}' / "
            f"'{unit}' 与 '{factor_unit}' 相乘得不到 '{target}'"
        ) from err


def dimension_of(unit: str) -> str:
    """The dimensionality as text, e.g. '[energy]' or '[length] ** 3', to tell units apart."""
    return str(registry().Quantity(1, parse_unit(unit)).dimensionality)


def is_dimension(unit: str, dimension: str) -> bool:
    """True when `unit` measures `dimension` ('[energy]', '[mass]', '[currency]'...)."""
    return dimension_of(unit) == dimension
