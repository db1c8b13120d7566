"""Evidence precision on forms met in blind round 32 (session 25), each rated wrong before, with
text written fresh for these tests: new-energy vehicles' share of the company's own cars, the base
between 占 and 比例, read as a clean share of its energy use and as a low-carbon product (guide
§3.10, neighbour); what a plant the company insures or finances can supply to the grid a year,
after the sentence naming the insurance, read as the company's own energy structure (guide §3.7,
others; §3.3, an expected output); a client's own estimate of its plants' generation and what it
avoids, read as savings the company enabled (guide §3.7); the grid factor that computes
what a wind farm's generation avoids, written with 发电 alone, read as the factor of the company's own
inventory (guide §3.10, neighbour); the TCFD recommendations a report refers to, also as the gloss
of the task force's name, read as an international voice (guide §3.10: a framework used; being a
supporter is the voice); risk surveys an insurer runs for
the firms it insures read as its own environmental emergency work (guide §3.7). Near misses that must keep
their points are listed with each kind."""

from __future__ import annotations

import pytest

from .tagged import points_of

FLEET_SHARE = [
    pytest.param("公司推行无纸化办公，新能源车辆占公务用车比例达到37%。", {"I03.5": 0, "I09.2": 0}, id="nev_share_of_cars_zh"),
    pytest.param("截至年末，新能源汽车占公司车队的比例为42%。", {"I03.5": 0, "I09.2": 0}, id="nev_share_of_fleet_zh"),
    pytest.param("新能源物流车占配送车辆比重提升至58%。", {"I03.5": 0}, id="nev_share_of_delivery_zh"),
    pytest.param("新能源公務車佔公務用車比例達到35%。", {"I03.5": 0}, id="nev_share_hant"),
    pytest.param("Electric vehicles accounted for 37% of our official cars at the end of 2023.", {"I03.5": 0, "I09.2": 0},
                 id="ev_share_of_official_cars_en"),
    pytest.param("New-energy cars made up 42% of the company vehicles in 2023.", {"I03.5": 0}, id="nev_share_en"),
    # the company's own clean share of its energy stays
    pytest.param("全年可再生能源使用占比约6.2%。", {"I03.5": 1}, id="renewable_share_stays"),
    pytest.param("可再生能源电力占总用电量的43.6%。", {"I03.5": 1}, id="renewable_power_share_stays"),
    pytest.param("2023年公司新能源发电量占总发电量的比例为18.5%。", {"I03.5": 1}, id="generator_share_stays"),
    pytest.param("Renewable electricity made up 31% of our electricity use in 2023.", {"I03.5": 1}, id="renewable_share_en_stays"),
]

EXPECTED_SUPPLY = [
    pytest.param("该风电场项目每年可为电网提供清洁电力约15亿千瓦时。", {"I08.2": 0}, id="insured_farm_can_supply_zh"),
    pytest.param("项目全容量投产后每年可向电网输送绿色电力约20亿千瓦时。", {"I08.2": 0}, id="financed_project_zh"),
    pytest.param("該光伏電站每年可為電網提供清潔電力約3.2億千瓦時。", {"I08.2": 0}, id="plant_can_supply_hant"),
    pytest.param("The offshore wind farm we insure is expected to supply 1.5 billion kWh of clean power to the grid each "
                 "year.", {"I08.2": 0}, id="expected_supply_en"),
    pytest.param("The project can supply about 320 GWh a year.", {"I08.2": 0}, id="can_supply_en"),
    # the company's own generation in the year stays
    pytest.param("公司风电场全年为电网提供清洁电力约15亿千瓦时。", {"I08.2": 1}, id="own_farm_supplied_stays"),
    pytest.param("2023年公司所属风电场发电量13.8亿千瓦时，同比增长12%。", {"I08.2": 1}, id="own_generation_stays"),
    pytest.param("Our rooftop solar plants generated 9.2 million kWh in 2023.", {"I08.2": 1}, id="own_solar_en_stays"),
]

INSURED_SURVEYS = [
    pytest.param("公司为化工企业提供环境污染责任保险，并为投保企业开展环境风险排查1,420次。", {"I01.4": 0}, id="surveys_for_insured_zh"),
    pytest.param("年内對承保企業進行環境風險評估860次。", {"I01.4": 0}, id="assessments_for_insured_hant"),
    # the company's own emergency plans and drills stay
    pytest.param("公司制定《突发环境事件应急预案》，全年开展环境应急演练14次。", {"I01.4": 1}, id="own_drills_stay"),
    pytest.param("各基地开展环境风险排查，完善突发环境事件应急预案。", {"I01.4": 1}, id="own_risk_survey_stays"),
]

CLIENT_PLANTS = [
    pytest.param("据客户测算，上述光伏电站全年发电量约86亿千瓦时，相当于减少二氧化碳排放约490万吨。", {"I09.3": 0},
                 id="client_plants_estimate_zh"),
    pytest.param("據業主測算，相關風電場年發電量約12億千瓦時，折合減少二氧化碳排放約98萬噸。", {"I09.3": 0}, id="owner_estimate_hant"),
    pytest.param("According to our clients' estimates, the solar plants we insure generated 8.6 TWh, avoiding about 4.9 Mt of CO2.",
                 {"I09.3": 0}, id="client_plants_estimate_en"),
    # the company enabling its customers' savings, also by their estimate, stays
    pytest.param("据客户测算，公司节能改造服务全年帮助客户减少二氧化碳排放约12万吨。", {"I09.3": 1}, id="helps_clients_stays"),
    pytest.param("风电场全年发电量13.8亿千瓦时，相当于减少二氧化碳排放约110万吨。", {"I09.3": 1}, id="own_farm_avoided_stays"),
]

GRID_FACTOR = [
    pytest.param("按照全省电网平均排放因子0.5703吨二氧化碳/兆瓦时测算，风电场全年发电相当于减少二氧化碳排放约79万吨。",
                 {"I12.3": 0, "I09.3": 1}, id="farm_generation_avoided_zh"),
    pytest.param("按電網排放因子計算，光伏電站年發電折合減少二氧化碳排放約3.6萬噸。", {"I12.3": 0}, id="plant_generation_hant"),
    # the factor of the company's own inventory stays
    pytest.param("范围二排放按生态环境部公布的全国电网平均排放因子0.5703吨二氧化碳/兆瓦时计算。", {"I12.3": 1}, id="own_factor_stays"),
]

TCFD_USED = [
    pytest.param("The report has been prepared with reference to the GRI Standards 2021 and the TCFD recommendations.",
                 {"I10.3": 0}, id="tcfd_recommendations_en"),
    pytest.param("We report against the TCFD framework.", {"I10.3": 0}, id="tcfd_framework_en"),
    pytest.param("本报告参考气候相关财务信息披露工作组（TCFD）的建议编制。", {"I10.3": 0}, id="tcfd_gloss_zh"),
    pytest.param("本報告參照氣候相關財務信息披露工作組（TCFD）的建議披露氣候資訊。", {"I10.3": 0}, id="tcfd_gloss_hant"),
    # a supporter, and other international voices, stay
    pytest.param("We are a TCFD supporter and responded to CDP in 2023.", {"I10.3": 1}, id="tcfd_supporter_en_stays"),
    pytest.param("In 2022 we became a supporter of the TCFD recommendations.", {"I10.3": 1}, id="supporter_of_tcfd_stays"),
    pytest.param("公司于2022年正式成为气候相关财务信息披露工作组（TCFD）支持机构。", {"I10.3": 1}, id="tcfd_supporter_zh_stays"),
    pytest.param("We report against the TCFD framework and responded to the CDP climate questionnaire.", {"I10.3": 1},
                 id="cdp_beside_framework_stays"),
]


@pytest.mark.parametrize(("text", "want"), FLEET_SHARE + EXPECTED_SUPPLY + CLIENT_PLANTS + INSURED_SURVEYS + GRID_FACTOR
                         + TCFD_USED)
def test_blind32_points(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want
