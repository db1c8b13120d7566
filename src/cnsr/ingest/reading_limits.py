"""The reader's layout thresholds (`data/text/layout.yaml`): paragraph breaks, running heads,
tables, letter spacing. Data, not code, so each number carries its reason and a changed one is
checked (ranges below) before the reader uses it.

The modules that use them read them once, at import, into module constants (`Final`, so the
compiled reader keeps them as C values: `_breaks` runs for every line of every page).
"""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict, Field, model_validator

from cnsr.data_files import load_bundled

LAYOUT_FILE = "layout.yaml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Paragraphs(_Strict):
    size_change: float = Field(gt=1, le=3)
    extra_gap: float = Field(ge=0, le=5)
    indent: float = Field(gt=0, le=5)
    slack: float = Field(ge=0, le=5)
    latin_width: float = Field(gt=0, le=1)
    moved_up: float = Field(gt=0, le=5)
    neighbour_reach: float = Field(gt=1, le=10)
    default_gap: float = Field(ge=0, le=2)
    indent_tail: float = Field(default=4.0, ge=0, le=10)


class Running(_Strict):
    margin: float = Field(gt=0, lt=0.5)
    max_chars: int = Field(gt=0)
    seen: int = Field(ge=1)
    table_break_chars: int = Field(gt=0)


class Tables(_Strict):
    min_rows: int = Field(ge=2)
    prose_cell_chars: int = Field(gt=0)
    prose_digit_share: float = Field(gt=0, lt=1)
    prose_punctuated_share: float = Field(gt=0, lt=1)
    caption_gap: float = Field(gt=0)
    caption_chars: int = Field(gt=0)
    caption_latin: float = Field(gt=0, le=1)
    merged_chars: int = Field(gt=0)
    merged_rows: int = Field(gt=0)
    wrap_pitch: float = Field(gt=0, lt=1)
    header_band: float = Field(gt=0)
    header_cell_chars: int = Field(gt=0)
    header_figure: str = Field(min_length=1)
    cell_gap: float = Field(gt=0)
    row_word_gap: float = Field(gt=0)
    figure_cell: str = Field(min_length=1)
    figure_token_more: str = Field(min_length=1)
    text_min_cells: int = Field(ge=2)
    text_figure_rows: int = Field(ge=1)

    @model_validator(mode="after")
    def _gaps(self) -> Tables:
        if self.row_word_gap >= self.cell_gap:
            raise ValueError("row_word_gap must be below cell_gap (words of one cell sit "
                             "closer than two cells)")
        for name in ("figure_cell", "figure_token_more", "header_figure"):
            try:
                re.compile(getattr(self, name))
            except re.error as err:
                raise ValueError(f"{name}: bad pattern ({err})") from err
        return self

    def figure_cell_re(self) -> re.Pattern[str]:
        """A whole cell that is a figure (`figure_cell`), as a table saved as text reads it."""
        return re.compile(f"^(?:{self.figure_cell})$")

    def figure_token_re(self) -> re.Pattern[str]:
        """A word of a PDF row that is a figure: `figure_cell` or `figure_token_more`, to
        its end (matched from its start)."""
        return re.compile(f"(?:{self.figure_cell}|{self.figure_token_more})$")


class SecondLook(_Strict):
    numeric_lines: int = Field(ge=1)
    figure_lines: int = Field(ge=1)
    short_lead: int = Field(ge=0)


class Superscripts(_Strict):
    max_gap: float = Field(ge=0)
    max_height: float = Field(gt=0, le=1)
    min_raise: float = Field(gt=0, lt=1)


class Rotated(_Strict):
    tall_share: float = Field(gt=1)
    same_row: float = Field(gt=0, le=1)


class LetterSpacing(_Strict):
    spaced_share: float = Field(gt=0, le=1)


class Tiles(_Strict):
    """An infographic tile printed as separate boxes (session 19): a bare figure, its unit and
    its label each a passage (`ingest/tiles.py`)."""

    max_chars: int = Field(ge=1)
    gap: float = Field(gt=0)
    figure: str = Field(min_length=1)
    joiner: str

    @model_validator(mode="after")
    def _pattern(self) -> Tiles:
        try:
            re.compile(self.figure)
        except re.error as err:
            raise ValueError(f"figure: bad pattern ({err})") from err
        return self


class LayoutLimits(_Strict):
    """data/text/layout.yaml."""

    source: str
    year: int
    paragraphs: Paragraphs
    running: Running
    tables: Tables
    second_look: SecondLook
    superscripts: Superscripts
    rotated: Rotated
    letter_spacing: LetterSpacing
    tiles: Tiles


@cache
def layout_limits() -> LayoutLimits:
    return load_bundled(LayoutLimits, "cnsr.data.text", LAYOUT_FILE)
