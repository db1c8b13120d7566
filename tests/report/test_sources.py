"""Reading Rating JSON files and finding a company's rating by key, code or name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rank_factory import make_rating

from cnsr.errors import InputError
from cnsr.methodology import LoadedMethodology
from cnsr.report.sources import find_rating, read_rating_files, split_key


def test_object_list_jsonl_and_folder(m: LoadedMethodology, tmp_path: Path) -> None:
    a = make_rating(m, "甲", code="600001.SH", stage=1)
    b = make_rating(m, "乙", code="600002.SH", stage=2, year=2020)
    c = make_rating(m, "丙", stage=3)
    (tmp_path / "one.json").write_text(a.model_dump_json(), encoding="utf-8")
    (tmp_path / "many.json").write_text(
        json.dumps([b.model_dump(mode="json")], ensure_ascii=False), encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "lines.jsonl").write_text(c.model_dump_json() + "\n\n",
                                                  encoding="utf-8")
    assert read_rating_files([tmp_path / "one.json"]) == [a]
    assert read_rating_files([tmp_path]) == [b, a, c]  # sorted by path


def test_bad_files_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.json: not valid JSON \(line 1"):
        read_rating_files([bad])
    bad.write_text('{"company": {"name": "x"}}', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.json: not a rating \(company\.year"):
        read_rating_files([bad])
    with pytest.raises(InputError, match="no such file or folder"):
        read_rating_files([tmp_path / "missing.json"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no .json or .jsonl"):
        read_rating_files([tmp_path / "empty"])


def test_find_rating(m: LoadedMethodology) -> None:
    ratings = [make_rating(m, "甲电力", code="600001.SH", stage=1, year=y) for y in (2020, 2021)]
    ratings.append(make_rating(m, "无代码", stage=1))
    assert find_rating(ratings, "600001.SH/2020").company.year == 2020
    assert find_rating(ratings, "600001.sh").company.year == 2021  # latest year
    assert find_rating(ratings, "甲电力", year=2020).company.year == 2020
    assert find_rating(ratings, "无代码/2021").company.name == "无代码"
    with pytest.raises(InputError, match="no rating for '乙'"):
        find_rating(ratings, "乙")
    assert split_key("600001.SH/2021") == ("600001.SH", 2021)
    assert split_key("A/B") == ("A/B", None)


def test_store_gives_the_reviewed_rating_where_one_exists(m: LoadedMethodology,
                                                          tmp_path: Path) -> None:
    from cnsr.report.sources import ratings_from_store
    from cnsr.store import Store

    auto_a = make_rating(m, "甲", code="600001.SH", stage=2)
    auto_b = make_rating(m, "乙", code="600002.SH", stage=3)
    reviewed_a = make_rating(m, "甲", code="600001.SH", stage=3)
    reviewed_a.provenance.produced_by = "override"
    url = str(tmp_path / "s.sqlite")
    with Store.open(url) as store:
        store.save_rating(auto_a)
        store.save_rating(auto_b)
        store.save_rating(reviewed_a, kind="reviewed")
    effective = {r.company.code: r for r in ratings_from_store(url)}
    assert effective["600001.SH"].stage == 3
    assert effective["600001.SH"].provenance.produced_by == "override"
    assert effective["600002.SH"] == auto_b
    automatic = {r.company.code: r for r in ratings_from_store(url, kind="reader")}
    assert automatic["600001.SH"].stage == 2
