"""Evidence precision on forms met in blind round 35 (session 26), each rated wrong or partly before, with
text written fresh for these tests: an industrial park's statistics and plan, cited in a box of a chemical
maker's report ("据园区管委会发布的数据，…园区规模以上工业企业碳排放总量…，园区计划到2025年…"), read as the
company's total, energy structure, target and roadmap (guide §3.7, others; I11.4, I08.2, I06.3, I08.1);
what a project cuts for the town it serves ("每年可为当地减少散煤消耗…、减排二氧化碳…、二氧化硫…") read as
the company's own pollution-carbon co-reduction (guide §3.7; I16.2, I16.3; the saving it enabled stays
I09.3); a rising carbon price that will raise the company's costs, and a carbon price built into
investment appraisal, read as carbon costs borne (guide §3.8 and §3.10; I15.1); a table note listing what
the GHG emissions include, no split given, rated 1 for the breakdown (guide §5 I11.6: partly, rating).
Near misses that must keep their points are listed with each kind."""

from __future__ import annotations

import pytest

from .tagged import points_of

PARK = [
    pytest.param("据园区管委会发布的数据，2023年园区规模以上工业企业碳排放总量约1.26亿吨。", {"I11.4": 0},
                 id="park_total_zh"),
    pytest.param("根据开发区管委会公布的数据，区内重点企业2023年二氧化碳排放总量约3,860万吨。", {"I11.4": 0},
                 id="zone_total_zh"),
    pytest.param("據園區管委會統計的數據，2023年園區企業溫室氣體排放總量約8,600萬噸。", {"I11.4": 0}, id="park_total_hant"),
    pytest.param("According to the park administration, enterprises in the park emitted 12.6 million tonnes of "
                 "CO2e in 2023.", {"I11.4": 0}, id="park_total_en"),
    pytest.param("园区计划到2025年可再生能源制氢规模达到30万吨，推动园区单位工业增加值二氧化碳排放下降18%。",
                 {"I06.3": 0, "I08.1": 0, "I08.2": 0}, id="park_plan_zh"),
    pytest.param("开发区规划到2030年光伏装机达到500兆瓦，单位GDP二氧化碳排放较2020年下降25%。",
                 {"I06.3": 0, "I08.1": 0}, id="zone_plan_zh"),
    pytest.param("The park plans to build 500 MW of solar capacity by 2030 and to cut carbon intensity by 25% "
                 "from 2020.", {"I06.3": 0, "I08.1": 0}, id="park_plan_en"),
    # the company's own site, total and plan stay
    pytest.param("公司2023年温室气体排放总量为12.6万吨二氧化碳当量。", {"I11.4": 1}, id="own_total_stays"),
    pytest.param("公司园区计划到2025年建成分布式光伏20兆瓦，可再生电力占比提升至30%。", {"I08.1": 0.5},
                 id="own_site_plan_stays"),
    pytest.param("公司制定碳达峰行动方案，计划到2025年单位产品二氧化碳排放较2020年下降8%。", {"I06.3": 1},
                 id="own_target_stays"),
]


@pytest.mark.parametrize(("text", "want"), PARK)
def test_a_parks_figures_and_plans_are_not_the_companys(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want


LOCALITY = [
    pytest.param("项目替代了当地燃煤小锅炉，据地方政府测算，每年可为当地减少散煤消耗约12.6万吨、减排二氧化碳约23.4万吨、"
                 "二氧化硫约810吨。", {"I16.2": 0, "I16.3": 0, "I09.3": 1}, id="heating_for_locality_zh"),
    pytest.param("生物质热电联产项目投运后，每年可为全县减少燃煤消耗8.6万吨，减排二氧化碳16万吨、二氧化硫420吨。",
                 {"I16.2": 0, "I16.3": 0}, id="cogeneration_for_county_zh"),
    pytest.param("余热供暖项目每年为城市减少标准煤消耗3万吨，减少二氧化碳排放7.8万吨、氮氧化物260吨。",
                 {"I16.2": 0, "I16.3": 0}, id="heat_for_city_zh"),
    # the company's own co-reduction stays
    pytest.param("公司实施燃煤锅炉煤改气，每年减少二氧化碳排放1.2万吨、二氧化硫86吨。", {"I16.2": 1, "I16.3": 1},
                 id="own_co_reduction_stays"),
    pytest.param("厂区锅炉完成清洁能源替代，当年减少二氧化碳排放0.8万吨，同时减少氮氧化物排放35吨。", {"I16.3": 1},
                 id="own_boiler_co_reduction_stays"),
]


@pytest.mark.parametrize(("text", "want"), LOCALITY)
def test_a_localitys_co_reduction_is_not_the_companys(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want


CARBON_PRICE = [
    pytest.param("全国碳市场扩围后，碳价上涨将增加公司履约成本。", {"I15.1": 0, "I13.2": 0.5}, id="rising_price_zh"),
    pytest.param("碳價上升將推高集團的生產成本。", {"I15.1": 0}, id="rising_price_hant"),
    pytest.param("若碳价格持续走高，会增加燃料与外购电力的成本支出。", {"I15.1": 0}, id="price_rise_would_raise_zh"),
    pytest.param("Rising carbon prices will increase our fuel and electricity costs.", {"I15.1": 0},
                 id="rising_price_en"),
    pytest.param("公司将碳价纳入新建项目投资评估。", {"I15.1": 0}, id="price_in_appraisal_zh"),
    pytest.param("集團已把碳價格因素納入重大投資決策測算。", {"I15.1": 0}, id="price_in_decisions_hant"),
    pytest.param("We apply a carbon price of RMB 300 per tonne to all capital projects above RMB 50 million.",
                 {"I15.1": 0}, id="price_in_capex_en"),
    # carbon costs the company bore stay
    pytest.param("2023年公司购买配额6.2万吨，支出356万元。", {"I15.1": 1}, id="allowances_bought_stays"),
    pytest.param("公司全年碳排放履约成本为1,260万元。", {"I15.1": 1}, id="compliance_cost_stays"),
    pytest.param("In 2023 we spent RMB 26 million on the purchase of emission allowances.", {"I15.1": 1},
                 id="allowances_bought_en_stays"),
]


@pytest.mark.parametrize(("text", "want"), CARBON_PRICE)
def test_a_carbon_price_risk_or_shadow_price_is_no_cost_borne(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want


DEFINITION = [
    pytest.param("注1：温室气体排放包括熟料生产过程中碳酸盐分解产生的二氧化碳（过程排放）、化石燃料燃烧排放及外购电力间接排放。",
                 {"I11.6": 0.5}, id="note_includes_zh"),
    pytest.param("温室气体排放包括燃料燃烧排放、工业过程排放和外购电力排放。", {"I11.6": 0.5}, id="includes_zh"),
    pytest.param("註：溫室氣體排放主要來自化石燃料燃燒、製冷劑逸散及外購電力。", {"I11.6": 0.5}, id="comes_from_hant"),
    pytest.param("Greenhouse gas emissions include process CO2 from calcination, fuel combustion and purchased "
                 "electricity.", {"I11.6": 0.5}, id="includes_en"),
    pytest.param("注2：熟料单位碳排放＝（过程排放＋燃料燃烧排放）／熟料产量。", {"I11.6": 0.5}, id="formula_zh"),
    pytest.param("註：單位產品碳排放量＝（燃料燃燒排放量＋外購電力排放量）／產品產量。", {"I11.6": 0.5}, id="formula_hant"),
    # a split with its figures stays 1
    pytest.param("温室气体排放总量为349.6万吨，其中燃料燃烧排放138.6万吨，工业过程排放164.2万吨。", {"I11.6": 1},
                 id="split_with_figures_stays"),
    pytest.param("Of our scope 1 emissions, fuel combustion accounted for 128,600 tCO2e and process gases for "
                 "412,000 tCO2e.", {"I11.6": 1}, id="split_en_stays"),
]


@pytest.mark.parametrize(("text", "want"), DEFINITION)
def test_what_emissions_include_is_a_mention_of_the_breakdown(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want
