"""data/text/number-context.yaml: the words before a number that make it a reference or a
comparison's base year are data, validated on load, and the reader uses them."""

from __future__ import annotations

from importlib import resources

import pytest

from cnsr.errors import DataError
from cnsr.evidence import numbers
from cnsr.evidence.number_context_data import (
    NUMBER_CONTEXT_FILE,
    bundled_number_context,
    load_number_context,
)


def _bundled_text() -> str:
    return resources.files("cnsr.data.text").joinpath(NUMBER_CONTEXT_FILE).read_text("utf-8")


def test_bundled_file_names_its_source_and_every_kind() -> None:
    data = bundled_number_context()
    assert data.source and data.year >= 2021
    assert set(data.reference_words) == {"ord", "scope", "ref", "code", "holding"}


@pytest.mark.parametrize(("text", "kind"), [
    ("详见第3章", "ord"),
    ("如附表2所示", "ord"),
    ("范围3类别 1", "scope"),
    ("see Section 4.2 for details", "ref"),
    ("股票代码601991", "code"),
    ("风电子公司（69%）", "holding"),
    ("通过ISO 14001认证", "std"),
    ("参照GB/T 32150-2015核算", "std"),
    ("依据GRI 305-1披露", "std"),
])
def test_a_number_after_a_listed_word_is_a_reference(text: str, kind: str) -> None:
    norm = numbers.normalize(text)
    start = next(i for i, ch in enumerate(norm) if ch.isdigit())
    assert numbers.reference_kind(norm, start) == kind


@pytest.mark.parametrize("text", [
    "全年排放二氧化碳3.2万吨",
    "报表显示排放2.1万吨",     # 报表: 表 inside another word is no table number
    "减少了12%的用电量",
    "turnover rose by 15% in the year",
])
def test_an_ordinary_quantity_is_no_reference(text: str) -> None:
    norm = numbers.normalize(text)
    start = next(i for i, ch in enumerate(norm) if ch.isdigit())
    assert numbers.reference_kind(norm, start) is None


@pytest.mark.parametrize(("text", "base"), [
    ("单位产值能耗较2020年下降8.1%", True),
    ("emissions fell 6% compared with 2021", True),
    ("down 3.1% than in 2022", True),
    ("较基准年（2019年）下降12%", True),
    ("2023年排放总量为5.6万吨", False),
    ("the turnover 2022 figure", False),   # "over" inside "turnover" is no comparison word
])
def test_comparison_words_make_the_year_a_base(text: str, base: bool) -> None:
    norm = numbers.normalize(text)
    start = norm.index("20")
    assert numbers.comparison_before(norm, start) is base


def test_an_unknown_reference_kind_is_refused_naming_the_field() -> None:
    text = _bundled_text().replace("  holding:", "  shareholding:")
    with pytest.raises(DataError, match=r"number-context\.yaml: reference_words"):
        load_number_context(text, "data/text/number-context.yaml")


def test_an_unquoted_yaml_boolean_is_refused_not_read_as_true() -> None:
    # YAML 1.1 reads a bare `on` as true: the list must say "on" in quotes
    text = _bundled_text().replace('"on"', "on")
    with pytest.raises(DataError, match="comparison_words"):
        load_number_context(text)


def test_a_standard_prefix_must_be_latin() -> None:
    text = _bundled_text().replace("standards: [ISO,", "standards: [国标, ISO,")
    with pytest.raises(DataError, match="standard's prefix is Latin"):
        load_number_context(text)
