"""Session 27, review: words and multipliers that lived in code are data, validated on load, and
read as before: the multipliers of a bracketed English unit ("(10,000 tCO2e)" is 万tCO2e;
data/units/bracket-multipliers.yaml), what may follow a plain-tonnes context word
(aliases.yaml `tonnes_context_after`), and one denominator pattern after "/" (a unit of the
table, else a denominator-only form)."""

from __future__ import annotations

import copy
from importlib import resources

import pytest
import yaml

from cnsr.errors import DataError
from cnsr.evidence import quantities as q
from cnsr.evidence import units
from cnsr.evidence.bracket_multipliers_data import (
    BRACKET_MULTIPLIERS_FILE,
    bundled_bracket_multipliers,
    load_bracket_multipliers,
)
from cnsr.evidence.table_units import column_unit, lead_unit, scaled_label, scaled_unit
from cnsr.evidence.tables import table_text
from cnsr.evidence.tonnes_context import unit_from_context


def _bundled_text() -> str:
    return resources.files("cnsr.data.units").joinpath(BRACKET_MULTIPLIERS_FILE).read_text("utf-8")


def test_the_multipliers_name_their_source_and_read_as_chinese_words() -> None:
    data = bundled_bracket_multipliers()
    assert data.source and data.year >= 2021
    assert set(data.multipliers.values()) == {"万", "亿"}


@pytest.mark.parametrize(("content", "unit"), [
    ("10,000 tCO2e", "万tCO2e"),
    ("10 000 tce", "万tce"),
    ("10000 tonnes", "万tonnes"),
    ("100 million kWh", "亿kWh"),
    ("100 Million kWh", "亿kWh"),
    ("100,000,000 kWh", "亿kWh"),
    ("10,000", ""),            # no unit: a figure
    ("1,000 tCO2e", ""),       # no multiplier of the file: a figure
    ("10,000 widgets", ""),    # no unit the table reads
])
def test_a_bracketed_multiplier_reads_as_the_chinese_one(content: str, unit: str) -> None:
    assert scaled_unit(content) == unit


def test_labels_and_headers_with_a_bracketed_multiplier() -> None:
    assert scaled_label("GHG emissions, total (10,000 tCO2e)") == "GHG emissions, total (万tCO2e)"
    assert scaled_label("温室气体排放总量（万吨CO2e）GHG emissions (10,000 tCO2e)").endswith("(万tCO2e)")
    assert scaled_label("Electricity purchased (100 million kWh)") == "Electricity purchased (亿kWh)"
    assert scaled_label("Scope 1 (location-based)") == "Scope 1 (location-based)"
    assert column_unit("2023 (10,000 tCO2e)") == "万tCO2e"
    assert lead_unit(["Energy use (10,000 tce)", "12.5", "11.9"]) == "万tce"
    rows = [["Indicator", "2022", "2023"], ["GHG emissions, total (10,000 tCO2e)", "1,021.5", "998.2"]]
    assert "2023=998.2万tCO2e" in table_text(rows)


@pytest.mark.parametrize(("change", "field"), [
    (lambda d: d.pop("source"), "source"),
    (lambda d: d["multipliers"].update({"ten thousand": "万"}), "multipliers"),
    (lambda d: d["multipliers"].update({"1000": " 千"}), "multipliers"),
    (lambda d: d.update(unit_chars=0), "unit_chars"),
])
def test_a_broken_multiplier_file_is_refused_naming_the_field(change: object, field: str) -> None:
    data = yaml.safe_load(_bundled_text())
    change(data)  # type: ignore[operator]
    with pytest.raises(DataError, match=rf"bracket-multipliers\.yaml: {field}"):
        load_bracket_multipliers(yaml.safe_dump(data, allow_unicode=True),
                                 "data/units/bracket-multipliers.yaml")


@pytest.mark.parametrize(("text", "unit"), [
    ("全年二氧化碳排放量1,200吨", "tCO2"),
    ("二氧化碳排放总量为1,200吨", "tCO2"),
    ("CO2排放1,200吨", "tCO2"),
    ("二氧化碳减排量1,200吨", "tCO2"),
    ("二氧化碳当量1,200吨", "tCO2e"),      # CO2e: emissions, not CO2 alone
    ("二氧化碳當量1,200吨", "tCO2e"),
    ("CO2e 1,200 t", "tCO2e"),
    ("CO2-e 1,200 t", None),             # not CO2 alone; "CO2-e" is no emissions word of the file
    ("温室气体排放1,200吨", "tCO2e"),
    ("甲烷的排放量1,200吨", None),          # the gas's own mass
    ("甲烷排放量1,200吨", None),
    ("CH4排放1,200吨", None),
    ("废水排放1,200吨", None),
])
def test_what_follows_a_context_word_belongs_to_it(text: str, unit: str | None) -> None:
    at = text.index("1,200")
    read = unit_from_context(text, at)
    assert (read[0] if read else None) == unit


def _raw() -> dict:
    text = resources.files("cnsr.data.units").joinpath(units.ALIASES_FILE).read_text("utf-8")
    return yaml.safe_load(text)


@pytest.mark.parametrize(("change", "message"), [
    (lambda raw: raw["tonnes_context_after"].update(dust={"words": ["排放"]}), "no kind"),
    (lambda raw: raw["tonnes_context_after"]["gas"].update(before=["的"]), "unknown key"),
    (lambda raw: raw["tonnes_context_after"]["gas"]["words"].append(" 排放"), "spaces"),
])
def test_a_broken_context_suffix_is_refused(change: object, message: str) -> None:
    raw = copy.deepcopy(_raw())
    change(raw)  # type: ignore[operator]
    with pytest.raises(DataError, match=message):
        units._Table(raw)


@pytest.mark.parametrize(("text", "unit"), [
    ("人均排放1.8吨二氧化碳当量/人", "tCO2e/人"),
    ("人均温室气体排放 1.8 tCO2e/FTE", "tCO2e/人"),
    ("每位员工 2.3 kgCO2e per employee", "tCO2e/人"),
    ("人均能耗0.9吨标准煤/人", "tce/人"),
    ("單位能耗 12.5 MWh/具火化", "kWh/具"),
    ("运输能耗 5 kWh/人公里", "kWh"),              # a transport unit goes on after 人
    ("综合能耗2.1吨标准煤/万元产值", "tce/万元"),   # a unit of the table
    ("排放强度0.52吨二氧化碳/吨钢", "tCO2/t"),
])
def test_one_denominator_pattern_reads_table_units_and_denominator_only_forms(text: str, unit: str) -> None:
    found = [x for x in q.extract_quantities(text) if x.unit]
    assert found and found[0].unit == unit
