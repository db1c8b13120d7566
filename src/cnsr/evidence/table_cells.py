"""The cells of a table as read: a figure ("1,021.5", "48,210¹" without its footnote mark, "35%"),
a year ("2021年", "FY2023"), a cell holding an amount. Shared by `evidence.table_layout`,
`evidence.table_units` and `evidence.tables`."""

from __future__ import annotations

import re

_NUMBER = re.compile(r"^[-+−]?\d[\d,，]*(?:\.\d+)?%?$")
YEAR = re.compile(r"(?<!\d)(20\d\d|19\d\d)(?!\d)")
_MARKS = "*＊†‡¹²³⁴⁵⁶⁷⁸⁹"
AMOUNT = re.compile(r"(?<![A-Za-z])\d")


def figure(cell: str) -> str:
    """The cell without a trailing footnote mark ("6,287.1*", "48,210¹")."""
    return cell.rstrip(_MARKS) if len(cell) > 1 else cell


def is_number(cell: str) -> bool:
    return bool(_NUMBER.match(figure(cell).replace(" ", "")))
