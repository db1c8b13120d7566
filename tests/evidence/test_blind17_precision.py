"""Evidence precision and stage on forms met in blind round 17 (session 20), each rated wrong
before, with text written fresh for these tests: what a film, documentary or cartoon shows
("纪录片…展现了我国推进碳达峰碳中和的实践成就") and a work's title in book-title marks read as the
company's carbon position (a film group put at stage 2); carbon words as figures of speech
("精神碳汇", "流量排放", "innovation is our carbon-free fuel"); an equivalence in trees ("相当于植树
约2.3万棵") read as afforestation; CO2 used in a product ("二氧化碳气腹") read as GHG monitoring;
an industry's consensus read as the company's influence; a pollutant said to be no GHG read as an
inventory boundary; the OGMP "Gold Standard" level read as carbon credits; carbon stored in
furniture sold read as a sink; green power bought read as a supply-chain measure; new-energy
cars of the company's own fleet read as a low-carbon product; a charity's trainees and staff
volunteers' activities read as staff training; "尚未建立能源消耗统计体系" read as an energy total."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology

from .tagged import carbon_aware, points_of

# Each case: one passage and the ratings it must earn (0: not given); the id says why.
CASES = [
    # what a work shows is its content, no act of the company
    pytest.param("公司出品的五集纪录片《风起东方》历时两年拍摄，跟拍了多个城市的交通变迁，集中展现了我国推进碳达峰碳中和的成就。",
                 {"I06.1": 0, "I08.2": 0, "I09.2": 0}, id="documentary_shows_national_goal"),
    pytest.param("电视剧《海上牧歌》讲述了渔村转向海上风电和光伏养殖的故事，收视率位居同时段第一。",
                 {"I08.2": 0, "I09.2": 0}, id="series_tells_a_transition"),
    pytest.param("少儿动画第三季以卡通形式向孩子们讲解节约用水、垃圾分类和节约用电等生活常识。",
                 {"I04.1": 0, "I02.3": 0, "I03.4": 0}, id="cartoon_explains_saving"),
    pytest.param("The documentary follows three coal towns as they build wind farms and cut their carbon emissions.",
                 {"I08.2": 0, "I06.1": 0}, id="documentary_follows_en"),
    pytest.param("公司摄影棚全部完成LED灯具替换，年节约用电约36万千瓦时。", {"I03.4": 1}, id="own_studio_saving_stays"),
    # a work's title is no rule, product or sink
    pytest.param("综艺节目《零碳挑战》第二季开播，累计播放量4.2亿次。", {"I06.1": 0, "I09.2": 0, "I08.6": 0},
                 id="show_title_zero_carbon"),
    pytest.param("科幻电影《碳汇纪元》定档明年春节上映。", {"I05.3": 0, "I08.6": 0}, id="film_title_carbon_sink"),
    pytest.param("公司制定了《碳排放管理办法》，明确各部门职责。", {"I07.3": 1}, id="rule_title_stays"),
    # a carbon word as a figure of speech
    pytest.param("我们要为行业的“虚假流量排放”做减法，为优质作品的“文化碳汇”做加法。", {"I05.3": 0, "I08.6": 0, "I11.4": 0},
                 id="quoted_metaphors"),
    pytest.param("在人才竞争中，我们希望每一位员工都成为企业的“人才碳汇”。", {"I05.3": 0, "I08.6": 0}, id="talent_sink_metaphor"),
    pytest.param("Talent is our engine and creativity is our zero-carbon fuel for the next decade.",
                 {"I09.1": 0, "I08.2": 0}, id="metaphor_fuel_en"),
    pytest.param("公司在矿区复垦区种植碳汇林1,200亩，年固碳约3,000吨。", {"I05.3": 1}, id="real_carbon_sink_stays"),
    # trees as an equivalence
    pytest.param("通过空压机改造全年节电约520万千瓦时，相当于植树约2.8万棵。", {"I05.3": 0, "I03.4": 1},
                 id="trees_equivalence_zh"),
    pytest.param("The upgrade saved 3.1 GWh of electricity, equivalent to planting 41,000 trees.", {"I05.3": 0},
                 id="trees_equivalence_en"),
    pytest.param("公司组织员工在厂区周边植树造林1.5万株，新增绿化面积3.2公顷。", {"I05.3": 1}, id="own_planting_stays"),
    # CO2 as a gas used in a product or technique
    pytest.param("公司的内窥镜气腹机用于建立二氧化碳气腹，具备压力实时监测和自动报警功能。", {"I12.4": 0, "I11.4": 0},
                 id="co2_insufflation"),
    pytest.param("车间全部采用二氧化碳气体保护焊，焊接一次合格率提升至99.2%。", {"I12.4": 0, "I11.1": 0},
                 id="co2_shielded_welding"),
    pytest.param("Our CO2 incubators are monitored in real time for temperature and gas concentration.", {"I12.4": 0},
                 id="co2_incubator_en"),
    pytest.param("公司建立温室气体排放在线监测系统，对锅炉二氧化碳排放实时监测。", {"I12.4": 1}, id="ghg_monitoring_stays"),
    # an industry's consensus is background
    pytest.param("推动医药行业绿色低碳转型已成为行业共识。", {"I10.2": 0}, id="industry_consensus"),
    pytest.param("Cutting the carbon footprint of healthcare has become an industry consensus.", {"I10.2": 0},
                 id="industry_consensus_en"),
    # a pollutant said to be no greenhouse gas
    pytest.param("灭菌工序使用的环氧乙烷属于挥发性有机物，但不属于温室气体核算范围，公司按VOCs进行管控。", {"I12.1": 0},
                 id="eto_not_ghg"),
    pytest.param("Ethylene oxide is not a greenhouse gas and is managed with our other VOCs.", {"I12.1": 0}, id="eto_not_ghg_en"),
    pytest.param("温室气体核算边界为公司所有生产基地及办公场所。", {"I12.1": 1}, id="inventory_boundary_stays"),
    # the OGMP Gold Standard is a reporting level
    pytest.param("We joined OGMP 2.0 in 2023 and aim to reach the \"Gold Standard\" reporting level by 2026.", {"I14.2": 0},
                 id="ogmp_gold_standard_en"),
    pytest.param("公司加入OGMP 2.0，力争2026年达到“金牌标准”报告等级。", {"I14.2": 0}, id="ogmp_gold_standard_zh"),
    pytest.param("We retired 12,000 Gold Standard credits to offset business travel.", {"I14.2": 0.5}, id="gold_standard_credits_stay"),
    # carbon stored in products sold
    pytest.param("木材在生长过程中吸收二氧化碳，并将碳长期储存在家具中，客户使用期间碳持续储存在家中。", {"I08.6": 0, "I05.3": 0},
                 id="carbon_stored_in_furniture"),
    pytest.param("Wood absorbs CO2 as it grows, and the carbon stays locked in our furniture in customers' homes.",
                 {"I08.6": 0, "I05.3": 0}, id="carbon_stored_in_furniture_en"),
    # green power bought is no supply-chain measure
    pytest.param("节能小组负责温室气体数据收集和绿色电力采购。", {"I08.5": 0}, id="green_power_purchase_zh"),
    pytest.param("The energy team handles green electricity procurement for all plants.", {"I08.5": 0},
                 id="green_power_purchase_en"),
    pytest.param("公司要求核心供应商报送碳排放数据，并将碳管理表现纳入供应商评价。", {"I08.5": 1}, id="supplier_carbon_stays"),
    # own fleet's new-energy cars
    pytest.param("公司推行无纸化办公，公务用车中新能源汽车增至18辆。", {"I09.2": 0}, id="own_fleet_nev"),
    pytest.param("Our company fleet now includes 26 electric vehicles.", {"I09.2": 0}, id="own_fleet_nev_en"),
    # a charity's trainees and staff volunteers are not staff training
    pytest.param("公益基金会在山区开展“乡村医生培训计划”，培训乡村医生860名，普及低碳健康生活知识。", {"I10.1": 0},
                 id="charity_trains_village_doctors"),
    pytest.param("公司员工志愿者在社区开展“低碳出行日”等志愿活动，参与员工约900人次。", {"I10.1": 0},
                 id="staff_volunteers_event"),
    pytest.param("公司开展“双碳知识进车间”培训，覆盖一线员工4,100人次。", {"I10.1": 1}, id="staff_carbon_training_stays"),
    # a cut in a fuel's use is a saving, and its CO2 the company's own
    pytest.param("锅炉余热用于车间供暖，年减少天然气消耗约41万立方米，折合减少二氧化碳排放约880吨。", {"I03.2": 0, "I09.3": 0},
                 id="gas_use_cut_restated"),
    pytest.param("Heat recovery cut our natural gas consumption by 0.4 million m3, or about 880 tCO2e.", {"I03.2": 0, "I09.3": 0},
                 id="gas_use_cut_en"),
    pytest.param("2023年公司天然气消耗量为688万立方米，外购电力1.77亿千瓦时。", {"I03.2": 1}, id="gas_use_stays"),
    pytest.param("公司将实施烟气余热利用改造，进一步降低单位发电量天然气消耗。", {"I03.2": 0.5}, id="gas_use_lowered_no_figure_stays"),
    pytest.param("公司风机帮助客户年发电量提升3%，相当于减少客户二氧化碳排放约12万吨。", {"I09.3": 1}, id="customers_saving_stays"),
    # a part's wear monitoring is maintenance
    pytest.param("公司建立受电弓碳滑板磨耗在线监测系统，碳滑板更换量下降20%。", {"I02.4": 0}, id="pantograph_wear_monitoring"),
    pytest.param("Bearing-temperature monitoring was installed on all 320 trains.", {"I02.4": 0}, id="bearing_monitoring_en"),
    pytest.param("锅炉烟气安装在线监测系统，并配套脱硫脱硝设施。", {"I02.4": 1}, id="flue_gas_monitoring_stays"),
    pytest.param("车辆段生产废水经隔油、气浮处理后排入市政管网。", {"I02.4": 1}, id="depot_wastewater_steps"),
    pytest.param("Depot wastewater passes oil-water separators and dissolved air flotation before discharge.", {"I02.4": 1},
                 id="depot_wastewater_steps_en"),
    # no energy statistics yet
    pytest.param("注：公司尚未建立能源消耗统计体系，本报告暂不披露能源消耗总量。", {"I03.1": 0}, id="no_energy_statistics_yet"),
    pytest.param("2023年公司综合能源消费量为1.26万吨标准煤。", {"I03.1": 1}, id="energy_total_stays"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_blind17_passage(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want


@pytest.mark.parametrize("text", [
    "公司出品的纪录片《绿水长歌》历时三年拍摄，从冰川消融讲到能源转型，集中展现了我国推进碳达峰碳中和的实践成就。\n",
    "我们要给浮躁的“流量排放”做减法，为优质内容的“精神碳汇”做加法。\n",
    "栏目《零碳之路》第四季上线，片中记录了多个零碳园区的建设过程。\n",
    "Our documentary \"Net Zero Valley\" follows a county on its way to carbon neutrality.\n",
], ids=["documentary_content", "chairman_metaphors", "programme_title_and_content", "documentary_en"])
def test_a_works_content_or_a_metaphor_is_no_position(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert not carbon_aware(tmp_path, m, text)


@pytest.mark.parametrize("text", [
    "公司承诺2030年前实现自身运营碳中和，并发布《绿色拍摄指引》。\n",
    "作为影视企业，我们制定了自身的碳达峰行动方案，力争2028年前实现运营碳达峰。\n",
    "We have committed to net zero across our studios by 2040.\n",
], ids=["media_own_commitment", "media_own_peak_plan", "media_net_zero_en"])
def test_a_media_groups_own_position_stays(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert carbon_aware(tmp_path, m, text)
