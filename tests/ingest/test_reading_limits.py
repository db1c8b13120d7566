"""The reader's layout thresholds come from data/text/layout.yaml, checked on load."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from cnsr.data_files import load_text
from cnsr.errors import DataError
from cnsr.evidence import normalize
from cnsr.ingest import layout, pdf, pdf_text, running, tables
from cnsr.ingest.reading_limits import LayoutLimits, layout_limits


def _bundled() -> dict:
    text = resources.files("cnsr.data.text").joinpath("layout.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def test_the_reader_uses_the_numbers_of_the_data_file() -> None:
    data = _bundled()
    limits = layout_limits()
    assert limits.source and limits.year >= 2025
    assert data["paragraphs"]["size_change"] == layout.SIZE_CHANGE
    assert data["paragraphs"]["neighbour_reach"] == layout.NEIGHBOUR_REACH
    assert data["running"]["margin"] == running.MARGIN
    assert data["running"]["table_break_chars"] == pdf.RUNNING_CHARS
    assert data["tables"]["wrap_pitch"] == tables.WRAP_PITCH
    assert data["tables"]["row_word_gap"] == pdf_text.ROW_WORD_GAP
    assert data["letter_spacing"]["spaced_share"] == normalize._SPACED_SHARE


def _with(section: str, field: str, value: object) -> str:
    data = _bundled()
    data[section][field] = value
    return yaml.safe_dump(data, allow_unicode=True)


@pytest.mark.parametrize(("section", "field", "value", "message"), [
    ("paragraphs", "size_change", 0.9, "paragraphs.size_change: Input should be greater than 1"),
    ("running", "margin", 0.6, "running.margin: Input should be less than 0.5"),
    ("letter_spacing", "spaced_share", "几乎全部",
     "letter_spacing.spaced_share: Input should be a valid number"),
    ("tables", "row_word_gap", 1.2, "tables: row_word_gap must be below cell_gap"),
    ("tables", "min_row", 2, "tables.min_row: Extra inputs are not permitted"),
])
def test_a_bad_threshold_is_refused_naming_the_field(section: str, field: str, value: object,
                                                     message: str) -> None:
    with pytest.raises(DataError) as err:
        load_text(LayoutLimits, _with(section, field, value), "data/text/layout.yaml")
    assert str(err.value).startswith(f"data/text/layout.yaml: {message}")
