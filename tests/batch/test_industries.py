"""The bundled CSRC 2012 industry table and size classes."""

from __future__ import annotations

import pytest

from cnsr.batch.industries import industries, normalize_industry, normalize_size, size_classes


def test_csrc_table_has_19_sections_and_90_divisions() -> None:
    table = industries()
    sections = [i for i in table.values() if i.is_section]
    assert [s.code for s in sections] == list("ABCDEFGHIJKLMNOPQRS")
    assert len(table) - len(sections) == 90
    assert table["D44"].name_zh == "电力、热力生产和供应业"
    assert table["D44"].section == "D"
    assert table["C26"].name_zh == "化学原料和化学制品制造业"


def test_division_numbers_run_from_01_to_90() -> None:
    numbers = sorted(int(c[1:]) for c in industries() if len(c) == 3)
    assert numbers == list(range(1, 91))


def test_size_classes() -> None:
    sizes = size_classes()
    assert list(sizes) == ["L", "M", "S"]
    assert sizes["L"].zh == "大型企业"


def test_normalize() -> None:
    assert normalize_industry(" d44") == "D44"
    assert normalize_industry("d") == "D"
    assert normalize_size("m") == "M"
    with pytest.raises(ValueError, match="not a CSRC 2012 industry code"):
        normalize_industry("D99")
    with pytest.raises(ValueError, match="one of L, M, S"):
        normalize_size("XL")


def test_labels_for_people() -> None:
    from cnsr.batch.industries import industry_label, size_label

    assert industry_label("d44", "zh") == "D44 电力、热力生产和供应业"
    assert industry_label("D44", "en").startswith("D44 Production and supply of electric power")
    assert industry_label("Z99", "zh") == "Z99"
    assert size_label("L", "zh") == "大型企业"
    assert size_label("XL", "en") == "XL"


@pytest.mark.parametrize(("typed", "size"), [
    ("large", "L"), ("Large", "L"), ("大型", "L"), ("大型企业", "L"), ("Large enterprise", "L"),
    ("medium", "M"), ("中型", "M"), ("small", "S"), ("小微", "S"), (" s ", "S"),
])
def test_size_is_normalised_from_names_and_aliases(typed: str, size: str) -> None:
    assert normalize_size(typed) == size


@pytest.mark.parametrize("typed", ["LARGE-ish", "XYZ", "巨型", ""])
def test_unknown_size_words_are_refused(typed: str) -> None:
    with pytest.raises(ValueError, match="not a size class"):
        normalize_size(typed)
