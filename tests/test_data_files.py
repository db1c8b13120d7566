"""The shared YAML data-file loader: every problem is one line naming the file and the field."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict, Field

from cnsr import data_files
from cnsr.errors import DataError, MethodologyError
from cnsr.file_limits import FileLimits
from cnsr.ingest.parallel import limits_adapter


class _Window(BaseModel):
    model_config = ConfigDict(extra="forbid")
    min_pages: int = Field(ge=2)
    share: float = Field(gt=0, le=1)


class _Limits(BaseModel):
    model_config = ConfigDict(extra="forbid")
    source: str
    window: _Window


GOOD = "source: measured on the 2024 reports\nwindow:\n  min_pages: 12\n  share: 0.4\n"


def test_a_good_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "limits.yaml"
    path.write_text(GOOD, encoding="utf-8")
    assert data_files.load_file(_Limits, path).window.min_pages == 12


def test_a_bad_value_names_the_file_and_the_nested_field(tmp_path: Path) -> None:
    path = tmp_path / "limits.yaml"
    path.write_text(GOOD.replace("min_pages: 12", "min_pages: 1"), encoding="utf-8")
    with pytest.raises(DataError) as err:
        data_files.load_file(_Limits, path)
    assert str(err.value) == (f"{path}: window.min_pages: Input should be greater than or "
                              "equal to 2")


def test_an_unknown_field_is_named_and_further_problems_counted(tmp_path: Path) -> None:
    text = GOOD.replace("share: 0.4", "share: 4\n  min_share: 0.2")
    with pytest.raises(DataError, match=r"^limits\.yaml: window\.share: .*less than or equal "
                                        r"to 1 \(and 1 more problem\(s\)\)$"):
        data_files.load_text(_Limits, text, "limits.yaml")


def test_bad_yaml_is_one_line_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "limits.yaml"
    path.write_text("source: x\nwindow: [min_pages: 12\n", encoding="utf-8")
    with pytest.raises(DataError) as err:
        data_files.load_file(_Limits, path)
    message = str(err.value)
    assert message.startswith(f"{path}: not valid YAML (") and "\n" not in message


def test_a_missing_file_is_named_in_the_callers_error_class(tmp_path: Path) -> None:
    path = tmp_path / "absent.yaml"
    with pytest.raises(MethodologyError, match=r"absent\.yaml: bundle file not found$"):
        data_files.load_file(_Limits, path, error=MethodologyError, what="bundle file")


def test_a_file_that_is_not_a_mapping_says_so(tmp_path: Path) -> None:
    path = tmp_path / "limits.yaml"
    path.write_text("- 12\n- 0.4\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"limits\.yaml: a data file must be a YAML mapping$"):
        data_files.load_file(_Limits, path)


def test_a_bad_pattern_is_named_with_its_place() -> None:
    data_files.check_patterns("zh.yaml", "concept 'scope1'", ["范围[一1]", r"scope\s*1"])
    with pytest.raises(MethodologyError, match=r"^concepts\.yaml: concept 'target': bad pattern "
                                               r"'碳达峰\(目标' \(missing \), unterminated"):
        data_files.check_patterns("concepts.yaml", "concept 'target'", ["净零", "碳达峰(目标"],
                                  error=MethodologyError)


def test_bundled_files_are_named_by_their_data_folder() -> None:
    with pytest.raises(DataError, match=r"^data/limits/files\.yaml: min_pages: Field required "
                                        r"\(and \d+ more problem\(s\)\)$"):
        data_files.load_bundled(limits_adapter(), "cnsr.data.limits", "files.yaml")
    assert data_files.load_bundled(FileLimits, "cnsr.data.limits", "files.yaml").year > 2000
    with pytest.raises(DataError, match=r"^data/limits/nothing\.yaml: cannot read data file"):
        data_files.load_bundled(FileLimits, "cnsr.data.limits", "nothing.yaml")


_WARM = """
import sys
import os
import subprocess
import sys
from pathlib import Path
from cnsr import data_files
from cnsr.evidence.relative_years import pattern
from cnsr.file_limits import file_limits
from cnsr.methodology.load import load_methodology

limits = file_limits()
years = pattern()
methodology = load_methodology()
user = data_files.load_file(load_methodology().spec.__class__, Path(sys.argv[1]))
print("yaml" in sys.modules, limits.year, bool(years.search("较上年同期")), len(user.indicators))
"""


def test_a_start_whose_data_was_validated_before_parses_no_yaml(tmp_path: Path) -> None:
    """Bundled and user data files are validated once per content: a later process reads
    them from the data cache without importing PyYAML, and a changed file is read again."""
    from cnsr.methodology.load import default_path

    user = tmp_path / "methodology.yaml"
    user.write_bytes(default_path().read_bytes())
    env = {**os.environ, "CNSR_CACHE_DIR": str(tmp_path / "cache")}

    def run() -> list[str]:
        return subprocess.run([sys.executable, "-c", _WARM, str(user)], env=env, check=True,
                              capture_output=True, text=True).stdout.split()

    first, second = run(), run()
    assert first[0] == "True" and second[0] == "False" and first[1:] == second[1:]
    assert first[2] == "True" and int(first[3]) == 16
    user.write_text(user.read_text(encoding="utf-8").replace("indicators:", "indicators:", 1)
                    + "\n# edited\n", encoding="utf-8")
    assert run()[0] == "True"  # new bytes: parsed and validated again


def test_a_key_given_twice_is_refused(tmp_path: Path) -> None:
    """YAML keeps the last of two equal keys silently: a new lexicon concept named like an old
    one replaced the old one's patterns (session 23). The loader names the key and its line."""
    path = tmp_path / "zh.yaml"
    path.write_text("concepts:\n  recycled_input: ['再生料']\n  energy_total: ['综合能耗']\n"
                    "  recycled_input: ['回收塑料占比']\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"zh.yaml: .*'recycled_input' is given twice \(line 4\)"):
        data_files.read(path)
    path.write_text("concepts:\n  a: [x]\nrules:\n  a: {match: [[a]]}\n", encoding="utf-8")
    assert data_files.read(path) == {"concepts": {"a": ["x"]}, "rules": {"a": {"match": [["a"]]}}}


def test_every_bundled_and_corpus_yaml_has_each_key_once() -> None:
    root = Path(__file__).resolve().parents[1]
    files = [*sorted((root / "src" / "cnsr" / "data").rglob("*.yaml")),
             *sorted((root / "demo").rglob("*.yaml"))]
    assert len(files) > 200
    for f in files:
        data_files.read(f)


def test_a_cached_file_is_keyed_by_every_model_module_it_holds() -> None:
    """A checklist's rules hold the reader's `PointRule`s: a field added to `PointRule` must
    miss the cached entry, or it loads rules without the field (session 23, `plan_silent`)."""
    from cnsr.frameworks.checklist import ChecklistRules

    assert data_files.model_modules(ChecklistRules) == ["cnsr.evidence.rule_schema",
                                                        "cnsr.frameworks.checklist"]
    assert data_files.model_modules(_Limits) == [__name__]
