"""The reader's layout thresholds (`data/text/layout.yaml`): paragraph breaks, running heads,
tables, letter spacing. Data, not code, so each number carries its reason and a changed one is
checked (ranges below) before the reader uses it.

The modules that use them read them once, at import, into module constants (`Final`, so the
compiled reader keeps them as C values: `_breaks` runs for every line of every page). Plain
frozen dataclasses, validated by pydantic when the data cache misses (`plain_data`): the page
workers of `cnsr rate` are forked before pydantic is imported. The ranges are `annotated_types`
metadata in the annotations, which stay strings at run time and are resolved only by
`_adapter`, where those names are imported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Annotated

from cnsr.plain_data import STRICT, load_plain

if TYPE_CHECKING:
    from annotated_types import Ge, Gt, Le, Lt, MinLen
    from pydantic import TypeAdapter

LAYOUT_FILE = "layout.yaml"


@dataclass(frozen=True, slots=True)
class Paragraphs:
    __pydantic_config__ = STRICT
    size_change: Annotated[float, Gt(1), Le(3)]
    extra_gap: Annotated[float, Ge(0), Le(5)]
    indent: Annotated[float, Gt(0), Le(5)]
    slack: Annotated[float, Ge(0), Le(5)]
    latin_width: Annotated[float, Gt(0), Le(1)]
    moved_up: Annotated[float, Gt(0), Le(5)]
    neighbour_reach: Annotated[float, Gt(1), Le(10)]
    default_gap: Annotated[float, Ge(0), Le(2)]
    indent_tail: Annotated[float, Ge(0), Le(10)] = 4.0
    ragged_fill: Annotated[float, Gt(0), Le(1)] = 0.75


@dataclass(frozen=True, slots=True)
class Running:
    __pydantic_config__ = STRICT
    margin: Annotated[float, Gt(0), Lt(0.5)]
    max_chars: Annotated[int, Gt(0)]
    seen: Annotated[int, Ge(1)]
    table_break_chars: Annotated[int, Gt(0)]
    break_chars: Annotated[int, Gt(0)]


@dataclass(frozen=True, slots=True)
class Tables:
    __pydantic_config__ = STRICT
    min_rows: Annotated[int, Ge(2)]
    prose_cell_chars: Annotated[int, Gt(0)]
    prose_digit_share: Annotated[float, Gt(0), Lt(1)]
    prose_punctuated_share: Annotated[float, Gt(0), Lt(1)]
    caption_gap: Annotated[float, Gt(0)]
    caption_chars: Annotated[int, Gt(0)]
    caption_latin: Annotated[float, Gt(0), Le(1)]
    merged_chars: Annotated[int, Gt(0)]
    merged_rows: Annotated[int, Gt(0)]
    wrap_pitch: Annotated[float, Gt(0), Lt(1)]
    header_band: Annotated[float, Gt(0)]
    header_cell_chars: Annotated[int, Gt(0)]
    header_figure: Annotated[str, MinLen(1)]
    cell_gap: Annotated[float, Gt(0)]
    row_word_gap: Annotated[float, Gt(0)]
    figure_cell: Annotated[str, MinLen(1)]
    figure_token_more: Annotated[str, MinLen(1)]
    text_min_cells: Annotated[int, Ge(2)]
    text_figure_rows: Annotated[int, Ge(1)]

    def __post_init__(self) -> None:
        if self.row_word_gap >= self.cell_gap:
            raise ValueError("row_word_gap must be below cell_gap (words of one cell sit "
                             "closer than two cells)")
        for name in ("figure_cell", "figure_token_more", "header_figure"):
            try:
                re.compile(getattr(self, name))
            except re.error as err:
                raise ValueError(f"{name}: bad pattern ({err})") from err

    def figure_cell_re(self) -> re.Pattern[str]:
        """A whole cell that is a figure (`figure_cell`), as a table saved as text reads it."""
        return re.compile(f"^(?:{self.figure_cell})$")

    def figure_token_re(self) -> re.Pattern[str]:
        """A word of a PDF row that is a figure: `figure_cell` or `figure_token_more`, to
        its end (matched from its start)."""
        return re.compile(f"(?:{self.figure_cell}|{self.figure_token_more})$")


@dataclass(frozen=True, slots=True)
class SecondLook:
    __pydantic_config__ = STRICT
    numeric_lines: Annotated[int, Ge(1)]
    figure_lines: Annotated[int, Ge(1)]
    short_lead: Annotated[int, Ge(0)]


@dataclass(frozen=True, slots=True)
class Superscripts:
    __pydantic_config__ = STRICT
    max_gap: Annotated[float, Ge(0)]
    max_height: Annotated[float, Gt(0), Le(1)]
    min_raise: Annotated[float, Gt(0), Lt(1)]


@dataclass(frozen=True, slots=True)
class Pieces:
    __pydantic_config__ = STRICT
    same_line: Annotated[float, Gt(0), Le(1)]
    max_gap: Annotated[float, Ge(0)]


@dataclass(frozen=True, slots=True)
class Rotated:
    __pydantic_config__ = STRICT
    tall_share: Annotated[float, Gt(1)]
    same_row: Annotated[float, Gt(0), Le(1)]


@dataclass(frozen=True, slots=True)
class LetterSpacing:
    __pydantic_config__ = STRICT
    spaced_share: Annotated[float, Gt(0), Le(1)]


@dataclass(frozen=True, slots=True)
class Tiles:
    """An infographic tile printed as separate boxes (session 19): a bare figure, its unit and
    its label each a passage (`ingest/tiles.py`)."""

    __pydantic_config__ = STRICT
    max_chars: Annotated[int, Ge(1)]
    gap: Annotated[float, Gt(0)]
    figure: Annotated[str, MinLen(1)]
    joiner: str

    def __post_init__(self) -> None:
        try:
            re.compile(self.figure)
        except re.error as err:
            raise ValueError(f"figure: bad pattern ({err})") from err


@dataclass(frozen=True, slots=True)
class TableWords:
    """The words of a KPI table's furniture: headings, empty and missing cells (session 26:
    moved here from five modules' constants)."""

    __pydantic_config__ = STRICT
    unit_headers: Annotated[tuple[str, ...], MinLen(1)]
    row_headings: Annotated[tuple[str, ...], MinLen(1)]
    generic_first: Annotated[tuple[str, ...], MinLen(1)]
    not_available: Annotated[tuple[str, ...], MinLen(1)]
    dashes: Annotated[tuple[str, ...], MinLen(1)]

    def __post_init__(self) -> None:
        for name in ("unit_headers", "row_headings", "generic_first"):
            upper = [w for w in getattr(self, name) if w != w.lower()]
            if upper:
                raise ValueError(f"{name}: words are matched in lower case: {upper[0]!r}")

    def headings(self) -> frozenset[str]:
        """Every heading that starts a table besides a year's: the unit's and the rows'."""
        return frozenset(self.unit_headers) | frozenset(self.row_headings)


@dataclass(frozen=True, slots=True)
class LayoutLimits:
    """data/text/layout.yaml."""

    __pydantic_config__ = STRICT
    source: str
    year: int
    paragraphs: Paragraphs
    running: Running
    tables: Tables
    second_look: SecondLook
    superscripts: Superscripts
    pieces: Pieces
    rotated: Rotated
    letter_spacing: LetterSpacing
    tiles: Tiles
    table_words: TableWords


@cache
def layout_limits() -> LayoutLimits:
    return load_plain(layout_adapter, "cnsr.data.text", LAYOUT_FILE, __name__)


def layout_adapter() -> TypeAdapter[LayoutLimits]:
    """pydantic's validator of the file, built where the annotations' names are in scope
    (it resolves them in this frame)."""
    from annotated_types import Ge, Gt, Le, Lt, MinLen  # noqa: F401
    from pydantic import TypeAdapter

    return TypeAdapter(LayoutLimits)
