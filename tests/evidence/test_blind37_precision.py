"""Evidence precision on forms met in blind round 37 (session 26), rated wrong before, with text
written fresh for these tests: the company's own waste-heat power restated as coal saved
("余热发电机组全年发电…，相当于节约标准煤约…") read as savings it enabled for others (I09.3; guide
§3.10, neighbour: its own energy saving is I03.4 / I08.3). Near misses that must keep their
points are listed with the kind: a generator's power for the grid restated as coal saved stays
I09.3. A region's own peak or neutrality target ("根据《某市碳达峰实施方案》，全市力争2028年前实现碳达峰")
read as the company's commitment and target year (I06.1, I06.2; guide §3.5, others)."""

from __future__ import annotations

import pytest

from .tagged import points_of

OWN_WASTE_HEAT = [
    pytest.param("三套纯低温余热发电机组全年发电1.92亿千瓦时，相当于节约标准煤约6.2万吨。", {"I09.3": 0, "I03.4": 1},
                 id="waste_heat_power_zh"),
    pytest.param("公司利用窑头窑尾余热发电，2023年发电量2.4亿千瓦时，相当于节约标准煤7.7万吨、减少二氧化碳排放约19万吨。",
                 {"I09.3": 0, "I08.3": 1}, id="kiln_waste_heat_zh"),
    pytest.param("干熄焦余热回收全年产汽86万吨，折合节约标准煤约9.8万吨。", {"I09.3": 0}, id="cdq_steam_zh"),
    pytest.param("餘熱發電機組全年發電1.2億千瓦時，相當於節約標準煤約3.9萬噸。", {"I09.3": 0}, id="waste_heat_hant"),
    pytest.param("Our waste-heat power units generated 192 GWh in 2023, equivalent to saving about 62,000 tonnes of standard coal.",
                 {"I09.3": 0, "I03.4": 1}, id="waste_heat_power_en"),
    pytest.param("Waste heat recovery at the kilns produced 240 GWh, equivalent to avoiding 190,000 tonnes of CO2.",
                 {"I09.3": 0}, id="waste_heat_recovery_en"),
    # a generator's power sent to the grid, restated as what society saves, stays savings for others
    pytest.param("公司水电站全年发电728.6亿千瓦时，相当于节约标准煤2,193万吨，减少二氧化碳排放4,155万吨。", {"I09.3": 1},
                 id="hydro_for_grid_stays_zh"),
    pytest.param("In 2023 our stations generated 72.86 billion kWh, equivalent to saving about 21.93 million tonnes of "
                 "standard coal.", {"I09.3": 1}, id="hydro_for_grid_stays_en"),
    pytest.param("公司为客户建设的余热电站年发电3.6亿千瓦时，相当于为客户节约标准煤11万吨。", {"I09.3": 1},
                 id="plants_built_for_clients_stay"),
]


@pytest.mark.parametrize(("text", "want"), OWN_WASTE_HEAT)
def test_own_waste_heat_power_is_no_saving_for_others(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want


SCOPE_ONE_AND_TWO = [
    # the combined figure is a total for the points, as before (its scope is read as scope1_2 now:
    # tests/assess/test_blind37_figures.py); the new scope 1 cue adds no point of its own
    pytest.param("2023年，公司范围一、二合计排放36,734吨二氧化碳当量。", {"I11.4": 1}, id="yi_er_zh"),
    pytest.param("范围1和2排放合计41,496吨二氧化碳当量。", {"I11.4": 1}, id="digits_zh"),
    pytest.param("In 2023 our Scope 1 and 2 emissions totalled 36,734 tCO2e.", {"I11.4": 1}, id="en"),
    # a numbered list ("范围一、") is no scope 1 figure of its own
    pytest.param("公司适用范围一、主要生产基地；二、办公场所。", {"I11.1": 0}, id="numbered_list_stays"),
]


@pytest.mark.parametrize(("text", "want"), SCOPE_ONE_AND_TWO)
def test_scope_one_and_two_under_one_head(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want


REGION_TARGET = [
    pytest.param("根据《某市碳达峰实施方案》，全市力争2028年前实现碳达峰。", {"I06.1": 0, "I06.2": 0}, id="city_peak_zh"),
    pytest.param("按照省里部署，全省争取2030年前实现碳达峰、2060年前实现碳中和。", {"I06.1": 0, "I06.2": 0}, id="province_zh"),
    pytest.param("Under its peaking plan, the city aims to peak its emissions by 2028.", {"I06.1": 0, "I06.2": 0}, id="city_en"),
    # the company's own target beside the region stays
    pytest.param("公司力争2030年前实现港口生产运营碳达峰。", {"I06.1": 1, "I06.2": 1}, id="own_peak_stays_zh"),
    pytest.param("在全市率先实现碳达峰的背景下，公司提出力争2027年实现运营碳达峰。", {"I06.2": 1}, id="own_beside_city_stays"),
    pytest.param("We aim to peak our operational emissions by 2028.", {"I06.2": 1}, id="own_peak_stays_en"),
]


@pytest.mark.parametrize(("text", "want"), REGION_TARGET)
def test_a_regions_target_is_not_the_companys(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want
