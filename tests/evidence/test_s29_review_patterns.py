"""The patterns of plan-lists.yaml and relative-years.yaml are checked by one validator
(`data_files.Patterns`, session 29): a pattern that does not compile, a blank one and one with a
backslash escaped twice are refused with the file, the field and the pattern named, as the
lexicon's patterns are (`check_patterns`)."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from cnsr.data_files import load_text
from cnsr.errors import DataError
from cnsr.evidence.plan_lists import PLAN_LISTS_FILE, PlanLists
from cnsr.evidence.relative_years import YEARS_FILE, RelativeYears

FILES = [(PlanLists, PLAN_LISTS_FILE, "lead"), (PlanLists, PLAN_LISTS_FILE, "item"),
         (RelativeYears, YEARS_FILE, "prior"), (RelativeYears, YEARS_FILE, "base_year_en")]


def _bundled(name: str) -> dict:
    return yaml.safe_load(resources.files("cnsr.data.text").joinpath(name).read_text(encoding="utf-8"))


@pytest.mark.parametrize(("model", "name"), [(PlanLists, PLAN_LISTS_FILE), (RelativeYears, YEARS_FILE)])
def test_the_bundled_files_pass(model: type, name: str) -> None:
    assert load_text(model, yaml.safe_dump(_bundled(name), allow_unicode=True), name)


@pytest.mark.parametrize(("model", "name", "field"), FILES)
@pytest.mark.parametrize(("pattern", "problem"), [
    ("(?:下一步|明年", r"bad pattern '\(\?:下一步\|明年' \(missing \), unterminated subpattern"),
    ("  ", "a blank pattern"),
    (r"\\bnext year\\b", "a backslash escaped twice"),
])
def test_a_bad_pattern_is_refused_with_its_file_and_field(model: type, name: str, field: str,
                                                          pattern: str, problem: str) -> None:
    data = _bundled(name)
    data[field] = [*data[field], pattern]
    with pytest.raises(DataError, match=problem) as err:
        load_text(model, yaml.safe_dump(data, allow_unicode=True), name)
    assert name in str(err.value) and field in str(err.value)
