"""The company-year fields a user types (name, stock code, industry, size, year), checked once.

`cnsr rate` (options), `cnsr batch` (manifest cells) and the web upload form all build their
`Company` here, so a value one of them refuses is refused by all, with the same words, and a
value one accepts (`d44`, `large`, `大型`) is stored the same way by all (`D44`, `L`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from annotated_types import Ge, Le
from pydantic import ValidationError

from cnsr.batch.industries import normalize_industry, normalize_size
from cnsr.errors import InputError
from cnsr.rating import Company

CLI_OPTIONS: dict[str, str] = {"name": "--company", "code": "--code", "industry": "--industry",
                               "size": "--size", "year": "--year"}
"""How `cnsr rate` names each field in its messages."""


@dataclass(frozen=True)
class FieldProblem:
    """One refused field: which, and why (a sentence naming the value)."""

    field: str
    message: str


class CompanyFieldsError(InputError):
    """Every refused field at once; `str()` is one line naming each field by its label."""

    def __init__(self, problems: list[FieldProblem], labels: Mapping[str, str] | None = None
                 ) -> None:
        names = labels or {}
        super().__init__("; ".join(f"{names.get(p.field, p.field)}: {p.message}"
                                   for p in problems))
        self.problems = problems


def year_bounds() -> tuple[int, int]:
    """The report years a `Company` accepts, read from the model so there is one limit."""
    low, high = 0, 9999
    for rule in Company.model_fields["year"].metadata:
        if isinstance(rule, Ge):
            low = int(rule.ge)  # type: ignore[call-overload]
        elif isinstance(rule, Le):
            high = int(rule.le)  # type: ignore[call-overload]
    return low, high


def parse_year(value: int | str) -> int:
    """A report year from a number or text ('2023', ' 2023 '); ValueError naming the value."""
    if isinstance(value, str):
        text = value.strip()
        if not text.isascii() or not text.isdigit():
            raise ValueError(f"year '{value}' is not a whole number")
        value = int(text)
    low, high = year_bounds()
    if not low <= value <= high:
        raise ValueError(f"year {value} is not between {low} and {high}")
    return value


def check_company(*, name: str, year: int | str, code: str = "", industry: str = "",
                  size: str = "", labels: Mapping[str, str] | None = None) -> Company:
    """The checked, normalised `Company`; `CompanyFieldsError` lists every refused field.

    An empty industry or size is allowed (the company stays out of industry / size peer
    groups); callers that require them check emptiness first."""
    problems: list[FieldProblem] = []
    values: dict[str, object] = {"name": name.strip(), "code": code.strip()}
    for field, value, check in (("industry", industry, normalize_industry),
                                ("size", size, normalize_size)):
        try:
            values[field] = check(value) if value.strip() else ""
        except ValueError as err:
            problems.append(FieldProblem(field, str(err)))
            values[field] = ""
    try:
        values["year"] = parse_year(year)
    except ValueError as err:
        problems.append(FieldProblem("year", str(err)))
        values["year"] = year_bounds()[0]
    try:
        company = Company.model_validate(values)
    except ValidationError as err:
        for e in err.errors():
            field = str(e["loc"][0]) if e["loc"] else "name"
            message = "empty" if field == "name" else e["msg"].removeprefix("Value error, ")
            problems.append(FieldProblem(field, message))
    if problems:
        raise CompanyFieldsError(problems, labels)
    return company
