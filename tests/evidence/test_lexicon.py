"""The lexicon is data: it loads, validates, and refuses broken files with a clear message."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from cnsr.errors import DataError
from cnsr.evidence.lexicon import data_dir, load_lexicon
from cnsr.methodology import LoadedMethodology


@pytest.fixture
def lexicon_copy(tmp_path: Path) -> Path:
    target = tmp_path / "lex"
    shutil.copytree(data_dir(), target)
    return target


def edit(path: Path, change: Callable[[Any], object]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_bundled_lexicon_covers_every_point_of_the_default_methodology(
        m: LoadedMethodology) -> None:
    lex = load_lexicon()
    assert set(lex.rules.points) == set(m.spec.point_by_id)
    quantitative = {p.id for p in m.spec.point_by_id.values() if p.quantitative}
    # every point the methodology marks (Q) asks the reader for a number
    assert {pid for pid in quantitative if not lex.rules.points[pid].quantity} == set()


def test_each_concept_exists_in_both_languages() -> None:
    zh = yaml.safe_load((data_dir() / "zh.yaml").read_text(encoding="utf-8"))["concepts"]
    en = yaml.safe_load((data_dir() / "en.yaml").read_text(encoding="utf-8"))["concepts"]
    assert set(zh) == set(en)


def test_files_cite_themselves_as_the_projects_own() -> None:
    for name in ("zh.yaml", "en.yaml", "rules.yaml", "domain.txt"):
        head = (data_dir() / name).read_text(encoding="utf-8")[:600]
        assert "cnsr project" in head, name


def test_unknown_concept_in_a_rule_is_refused(lexicon_copy: Path) -> None:
    edit(lexicon_copy / "rules.yaml",
         lambda d: d["points"]["I11.1"].update(match=[["scope_one_typo"]]))
    with pytest.raises(DataError, match=r"point I11.1 uses undefined concept\(s\) scope_one_typo"):
        load_lexicon(lexicon_copy)


def test_bad_regex_names_file_concept_and_pattern(lexicon_copy: Path) -> None:
    edit(lexicon_copy / "zh.yaml", lambda d: d["concepts"]["scope1"].append("范围(一"))
    with pytest.raises(DataError, match=r"zh.yaml: concept 'scope1': bad pattern '范围\(一'"):
        load_lexicon(lexicon_copy)


def test_a_backslash_escaped_twice_is_refused(lexicon_copy: Path) -> None:
    """'\\\\b' in single quotes compiles but never matches: refused, not silently dead."""
    edit(lexicon_copy / "en.yaml",
         lambda d: d["concepts"]["scope1"].append("\\\\bscope one\\\\b"))
    with pytest.raises(DataError, match=r"en.yaml: concept 'scope1': bad pattern .*escaped twice"):
        load_lexicon(lexicon_copy)


def test_unknown_quantity_dimension_is_refused(lexicon_copy: Path) -> None:
    edit(lexicon_copy / "rules.yaml",
         lambda d: d["points"]["I03.1"].update(quantity=["joules"]))
    with pytest.raises(DataError, match="points.I03.1.quantity.*unknown quantity dimension"):
        load_lexicon(lexicon_copy)


def test_missing_file_and_bad_yaml(lexicon_copy: Path) -> None:
    (lexicon_copy / "en.yaml").unlink()
    with pytest.raises(DataError, match="en.yaml: lexicon file not found"):
        load_lexicon(lexicon_copy)
    (lexicon_copy / "en.yaml").write_text("concepts: [unclosed", encoding="utf-8")
    with pytest.raises(DataError, match="en.yaml: not valid YAML"):
        load_lexicon(lexicon_copy)


def test_band_rule_with_unknown_comparison_kind(lexicon_copy: Path) -> None:
    edit(lexicon_copy / "rules.yaml",
         lambda d: d["dimensions"]["comparison"][0].update(requires=["peer_review"]))
    with pytest.raises(DataError, match="requires unknown comparison kind"):
        load_lexicon(lexicon_copy)


def test_a_replacement_lexicon_changes_what_is_found(lexicon_copy: Path) -> None:
    from cnsr.evidence.tag import tag_passage

    text = "本公司已建立蓝碳专项工作机制。"
    assert tag_passage(text)["points"] == []
    edit(lexicon_copy / "zh.yaml",
         lambda d: d["concepts"]["carbon_org"].append("蓝碳专项工作机制"))
    found = tag_passage(text, load_lexicon(lexicon_copy))["points"]
    assert [p["point"] for p in found] == ["I07.2"]
