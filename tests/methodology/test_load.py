"""A malformed or inconsistent methodology file is refused with a message naming the problem."""

from __future__ import annotations

import pytest

from cnsr.errors import MethodologyError
from cnsr.methodology import load_methodology


def test_default_loads_with_68_points(m):
    assert len(m.spec.point_by_id) == 68
    assert len(m.spec.indicators_for_stage(2)) == 10
    assert m.spec.point_by_id["I11.1"].quantitative


def _refused(path, *fragments):
    with pytest.raises(MethodologyError) as err:
        load_methodology(path)
    message = str(err.value)
    for fragment in fragments:
        assert fragment in message, message
    return message


def test_not_antisymmetric(methodology_variant):
    def edit(d):
        d["matrix"]["rows"][0][1] = 1  # I01 > I02, but I02 vs I01 stays 0.5
    _refused(methodology_variant(edit), "not antisymmetric", "I01", "I02")


def test_wrong_size(methodology_variant):
    def edit(d):
        d["matrix"]["rows"] = [row[:15] for row in d["matrix"]["rows"]]
    _refused(methodology_variant(edit), "must be 16×16")


def test_unknown_indicator_in_matrix(methodology_variant):
    def edit(d):
        d["matrix"]["order"][15] = "I99"
    _refused(methodology_variant(edit), "unknown indicator(s) I99", "missing indicator(s) I16")


def test_entry_out_of_range(methodology_variant):
    def edit(d):
        d["matrix"]["rows"][2][3] = 0.7
        d["matrix"]["rows"][3][2] = 0.3
    _refused(methodology_variant(edit), "(I03,I04) = 0.7")


def test_stage_maxima_not_reproduced(methodology_variant):
    def edit(d):
        # Reverse I05 against I10: I05 falls to 1.5/120 (1 point), so stage 1 adds to 15.
        d["matrix"]["rows"][4][9] = 0
        d["matrix"]["rows"][9][4] = 1
    message = _refused(methodology_variant(edit), "stage")
    assert "declares maximum" in message


def test_declared_maximum_wrong(methodology_variant):
    def edit(d):
        d["stages"][1]["max_score"] = 20
    _refused(methodology_variant(edit), "stage 1 declares maximum 20", "add up to 16")


def test_point_named_for_another_indicator(methodology_variant):
    def edit(d):
        d["indicators"][0]["points"][0]["id"] = "I02.9"
    _refused(methodology_variant(edit), "I02.9 must be named I01.<n>")


def test_band_gap(methodology_variant):
    def edit(d):
        d["bands"][2]["low"] = 35
    _refused(methodology_variant(edit), "gap or overlap")


def test_unknown_criterion(methodology_variant):
    def edit(d):
        d["stages"][3]["requires"].append("telepathy")
    _refused(methodology_variant(edit), "unknown criterion 'telepathy'")


def test_extra_field_is_named(methodology_variant):
    def edit(d):
        d["indicators"][3]["weight"] = 0.2
    _refused(methodology_variant(edit), "indicators.3.weight")


def test_not_yaml(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("id: x\n  bad: [indent\n", encoding="utf-8")
    _refused(path, "not valid YAML")


def test_missing_file(tmp_path):
    _refused(tmp_path / "nope.yaml", "not found")


def test_replacement_methodology_is_used(methodology_variant):
    def edit(d):
        # I03 only equal to I01 instead of more important: row sums move, points do not.
        d["matrix"]["rows"][2][0], d["matrix"]["rows"][0][2] = 0.5, 0.5
        d["version"] = "user-1"
    loaded = load_methodology(methodology_variant(edit))
    assert loaded.label == "cnsr-default@user-1"
    assert loaded.weights["I01"].row_sum == 4.0  # 3.33 % -> 3 points
    assert loaded.weights["I03"].row_sum == 5.5  # 4.58 % -> 5 points
    assert loaded.stage_maximum(3) == 100
