"""The company's own power (own_generation: waste-heat, -pressure, -energy or -gas power, power it
generates itself, the clean power its use comes from) is a lexicon concept that
`generation_avoided` yields to (rules.yaml `evidence.yields_to`, session 29), instead of
look-behinds in that concept's patterns. The readings are those of the look-behinds, except that
the factor clause of blind round 42 had left out only 余热 / 余压: own power from residual energy
or gas, or self-generated, converted by a factor is now an own saving there too, as it was
without a factor clause. Text written for these tests."""

from __future__ import annotations

import pytest

from cnsr.evidence.hit_filters import without_yielded
from cnsr.evidence.lexicon import load_lexicon
from cnsr.evidence.records import Hit

from .tagged import points

OWN = [
    pytest.param("本年度余热发电量3.2亿千瓦时，按区域电网排放因子折算，相当于节约标准煤9.8万吨。", id="waste_heat"),
    pytest.param("高炉余压发电量1.4亿千瓦时，相当于节约标准煤4.3万吨。", id="top_pressure"),
    pytest.param("全年余能发电量2.7亿千瓦时，折合节约标准煤8.1万吨。", id="residual_energy"),
    pytest.param("转炉煤气等余气发电量0.9亿千瓦时，可节约标准煤2.6万吨。", id="residual_gas"),
    pytest.param("余热发电1.6亿千瓦时，与燃煤发电相比，相当于节约标准煤4.9万吨。", id="waste_heat_coal_compared"),
    # the factor clause's look-behinds had only 余热 / 余压 (session 29: one concept for all)
    pytest.param("余能发电量1.3亿千瓦时，按全国电网平均排放因子测算，相当于节约标准煤4万吨。", id="residual_energy_factor"),
    pytest.param("煤气余气发电量0.7亿千瓦时，按区域电网排放因子计算，相当于节约标准煤2.1万吨。", id="residual_gas_factor"),
    pytest.param("自备机组自发电量5.2亿千瓦时，按全国电网平均排放因子测算，相当于节约标准煤15.8万吨。", id="self_generated_factor"),
    # English twin (en.yaml own_generation)
    pytest.param("Waste heat power generation at the smelter reached 380 GWh, equivalent to saving 117,000 tonnes "
                 "of standard coal.", id="waste_heat_en"),
    pytest.param("Top-pressure recovery power generation of 82 GWh was equivalent to saving 25,000 tce.", id="top_pressure_en"),
]


@pytest.mark.parametrize("text", OWN)
def test_own_waste_energy_power_stays_an_own_saving(text: str) -> None:
    got = points(text)
    assert got.get("I03.4") == 1.0, got


SOLD = [
    pytest.param("公司全年上网电量36.2亿千瓦时，相当于为社会减少二氧化碳排放290万吨。", id="grid_supply"),
    pytest.param("风电项目发电量8.8亿千瓦时，按全国电网平均排放因子测算，相当于节约标准煤27万吨。", id="wind_output"),
    # a power word of its own after the own power keeps its cue: the power put on the grid
    pytest.param("余热发电量2.2亿千瓦时，其中上网电量1.5亿千瓦时，相当于为电网减少二氧化碳排放12万吨。", id="own_then_sold"),
    pytest.param("Electricity we sold to the grid, 2.4 TWh, is equivalent to reducing CO2 emissions by 1.9 million "
                 "tonnes.", id="sold_en"),
    pytest.param("Our solar parks' generation of 760 GWh avoided 610,000 tonnes of CO2.", id="solar_output_en"),
]


@pytest.mark.parametrize("text", SOLD)
def test_power_sold_or_generated_for_the_grid_is_still_others_saving(text: str) -> None:
    got = points(text)
    assert "I03.4" not in got and got.get("I09.3") == 1.0, got


def test_the_own_words_are_data_not_look_behinds() -> None:
    lexicon = load_lexicon()
    assert not any("(?<!余" in p or "(?<!自)" in p for p in lexicon.patterns["generation_avoided"])
    assert lexicon.yields_to["generation_avoided"] == frozenset({"own_generation"})


def test_a_hit_yields_only_when_it_starts_inside_the_other() -> None:
    own = Hit("own_generation", 0, 5, "余热发电量")
    inside = Hit("generation_avoided", 2, 20, "发电量…相当于节约")
    later = Hit("generation_avoided", 8, 20, "上网电量…相当于")
    other = Hit("energy_saving", 2, 4, "发电")
    yields = {"generation_avoided": frozenset({"own_generation"})}
    assert without_yielded([own, inside, later, other], yields) == [own, later, other]
    assert without_yielded([inside, later], yields) == [inside, later]
