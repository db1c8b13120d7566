"""One exception hierarchy; the CLI turns each into a single line and a non-zero exit."""

from __future__ import annotations


class CnsrError(Exception):
    """Base of every error a user can cause. `str(err)` is the one-line message shown."""

    exit_code = 2


class MethodologyError(CnsrError):
    """A methodology file is malformed or inconsistent."""


class SheetError(CnsrError):
    """A spreadsheet (expert sheet, manifest, activity data) has a bad cell or layout."""

    def __init__(self, message: str, *, sheet: str | None = None, row: int | None = None,
                 column: str | None = None) -> None:
        where = ", ".join(
            part for part in (
                f"sheet '{sheet}'" if sheet else "",
                f"row {row}" if row is not None else "",
                f"column '{column}'" if column else "",
            ) if part
        )
        super().__init__(f"{where}: {message}" if where else message)
        self.sheet, self.row, self.column = sheet, row, column


class DocumentError(CnsrError):
    """A document cannot be read: corrupt, encrypted, empty, wrong type, too large."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.reason = message


class DataError(CnsrError):
    """A bundled or user data file (factors, lexicon, industries) is invalid."""


class InputError(CnsrError):
    """Bad user input that is not a file layout problem (unknown unit, region, fuel...)."""
