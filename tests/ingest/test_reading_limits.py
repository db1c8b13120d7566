"""The reader's layout thresholds come from data/text/layout.yaml, checked on load."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from cnsr.data_files import load_text
from cnsr.errors import DataError
from cnsr.evidence import normalize
from cnsr.ingest import layout, pdf, pdf_text, running, table_columns, txt
from cnsr.ingest.reading_limits import layout_adapter, layout_limits


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
    assert data["tables"]["wrap_pitch"] == table_columns.WRAP_PITCH
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
    ("tables", "figure_cell", "[0-9", "tables: figure_cell: bad pattern"),
    ("tables", "text_min_cells", 1, "tables.text_min_cells: Input should be greater than or equal to 2"),
    ("table_words", "unit_headers", ["单位", "Unit"],
     "table_words: unit_headers: words are matched in lower case: 'Unit'"),
    ("table_words", "dashes", [], "table_words.dashes: "),
])
def test_a_bad_threshold_is_refused_naming_the_field(section: str, field: str, value: object,
                                                     message: str) -> None:
    with pytest.raises(DataError) as err:
        load_text(layout_adapter(), _with(section, field, value), "data/text/layout.yaml")
    assert str(err.value).startswith(f"data/text/layout.yaml: {message}")


def test_text_tables_and_pdf_rows_share_one_figure_pattern() -> None:
    """A plain figure cell is a figure for both readers; a PDF row's token may also be a year
    or carry a footnote mark (layout.yaml `figure_cell`, `figure_token_more`)."""
    t = layout_limits().tables
    for cell in ("1,234.5", "12%", "—", "N/A", "-3.5"):
        assert txt._FIGURE.match(cell) and pdf_text._FIGURE_TOKEN.match(cell), cell
    for token in ("FY2023", "2023年度", "12.3*", "不适用"):
        assert not txt._FIGURE.match(token) and pdf_text._FIGURE_TOKEN.match(token), token
    assert (t.text_min_cells, t.text_figure_rows) == (_bundled()["tables"]["text_min_cells"],
                                                      _bundled()["tables"]["text_figure_rows"])


def test_table_furniture_words_come_from_the_data_file() -> None:
    """Session 26: the words of a table's headings and empty cells are data (layout.yaml
    `table_words`), read by the table reader in ingest and evidence."""
    from cnsr.evidence import series, table_layout, table_units, tables
    from cnsr.ingest import tables as ingest_tables

    words = _bundled()["table_words"]
    assert set(words["unit_headers"]) == table_units._UNIT_HEADERS
    assert set(words["unit_headers"]) | set(words["row_headings"]) == ingest_tables._HEADINGS
    assert {"", *words["generic_first"]} == tables._GENERIC_FIRST
    assert set(words["not_available"]) == series._NOT_AVAILABLE
    assert set(words["dashes"]) == table_layout._DASH


@pytest.mark.parametrize(("row", "starts"), [
    (["指标", "单位", "数值"], True),
    (["Indicator", "Unit", "Value"], True),
    (["项目", "本期", "上期"], True),
    (["温室气体排放", "12,345", "13,210"], False),
    (["Scope 1", "tCO2e", "48,210"], False),
])
def test_a_heading_row_starts_a_table(row: list[str], starts: bool) -> None:
    from cnsr.ingest.tables import header_rows

    assert bool(header_rows([row, ["范围一", "吨", "1,024"]])) is starts


@pytest.mark.parametrize(("cell", "header"), [
    ("单位", True), ("Unit", True), ("单位/Unit", True), ("单位（Unit）", True),
    ("计量单位", True), ("Units", True), ("单价", False), ("Unit price", False),
])
def test_the_unit_column_is_known_by_its_heading(cell: str, header: bool) -> None:
    from cnsr.evidence.table_units import is_unit_header

    assert is_unit_header(cell) is header


@pytest.mark.parametrize("missing", ["—", "N/A", "不适用", "暂无", "无"])
def test_a_cell_saying_no_value_gives_no_figure(missing: str) -> None:
    from cnsr.evidence.series import extract_series

    rows = [["指标", "单位", "2021年", "2022年", "2023年"],
            ["范围一温室气体排放", "吨二氧化碳当量", missing, "12,480", "11,905"]]
    found = extract_series(rows)
    assert found, "the row's two figures are read"
    assert [year for year, _ in found[0].points] == [2022, 2023]
