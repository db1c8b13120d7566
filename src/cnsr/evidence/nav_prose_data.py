"""The cues of navigation glued into prose and of KPI tiles (`evidence.nav_prose`,
`evidence.kpi_tiles`): the model of data/text/nav_prose.yaml, its checks and the bundled copy."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from cnsr.data_files import bundled_name, check_patterns, load_bundled, load_text

NAV_PROSE_FILE = "nav_prose.yaml"


class NavProseData(BaseModel):
    """data/text/nav_prose.yaml."""

    # defer_build: the validator is built on first use, which `cnsr rate` never makes
    # (session 24: deferring 20 such models saved the parent ~10 ms of CPU)
    model_config = ConfigDict(extra="forbid", defer_build=True)

    version: int
    source: str
    codes: list[str]
    code_gate: str
    band_words: list[str]
    pages: list[str]
    code_gap_chars: int = Field(ge=1)
    min_codes: int = Field(ge=2)
    alone: list[str] = []
    alone_chars: int = Field(default=160, ge=1)
    markers: list[str]
    marker_chars: int = Field(ge=1)
    tail_chars: int = Field(ge=0)
    tail_stop: str
    cites: list[str]
    cite_chars: int = Field(ge=0)
    leads: list[str]
    lead_chars: int = Field(ge=0)
    measure: str
    table_headers: list[list[str]] = Field(min_length=2)
    header_gap: int = Field(ge=0)
    headings: list[str]
    levels: list[str] = []
    min_cells: int = Field(ge=2)
    cell_chars: int = Field(ge=1)
    min_words: int = Field(ge=2)
    capital_share: float = Field(gt=0, le=1)
    bands: list[str]
    slogan_lead: str
    slogan_chars: tuple[int, int]
    slogan_min_cells: int = Field(ge=2)
    tile: str
    tile_min: int = Field(ge=2)
    tile_units: str
    tile_glued_min: int = Field(ge=2)
    tile_en_lead: str
    tile_en_figure: str
    tile_en_stop: list[str] = Field(min_length=1)
    tile_bar_min: int = Field(ge=2)
    tile_bar_chars: int = Field(ge=4)


def load_nav_prose(text: str, source: str = NAV_PROSE_FILE) -> NavProseData:
    return _checked(load_text(NavProseData, text, source), source)


def _checked(data: NavProseData, source: str) -> NavProseData:
    check_patterns(source, "codes", data.codes + data.pages + [data.code_gate], flags=0)
    check_patterns(source, "markers", data.markers)
    check_patterns(source, "measure", [data.measure, data.tail_stop])
    check_patterns(source, "bands", data.bands + [data.slogan_lead, data.tile])
    return data


@cache
def bundled_nav_prose() -> NavProseData:
    """The bundled nav_prose.yaml, checked."""
    return _checked(load_bundled(NavProseData, "cnsr.data.text", NAV_PROSE_FILE),
                    bundled_name("cnsr.data.text", NAV_PROSE_FILE))
