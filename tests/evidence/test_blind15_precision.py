"""Evidence precision and stage on forms met in blind round 15 (session 19), each rated wrong
before, with text written fresh for these tests: the company only seeing national policy
("我们也看到了…：国家提出碳达峰、碳中和目标") and a supplier's own carbon-neutrality plan read as
the company's carbon position (a restaurant chain put at stage 2); carbohydrates and soda
("低碳水轻食", "碳水化合物") read as carbon; a board committee's name ("薪酬与考核委员会") read as
appraisal tied to carbon; bird-strike control read as biodiversity protection; customers' solar
connected to a grid read as the company's own energy structure; a platform covering all
projects read as a GHG inventory's boundary; municipal waste treated as a business read as
the company's own waste; an index table headed "指标 | 内容 | 页码" read as disclosure."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.ingest.document import Document, Page, Passage, Table
from cnsr.methodology import LoadedMethodology

from .tagged import best_ratings, carbon_aware, points_of

# Each case: one passage and the ratings it must earn (0: not given); the id says why.
CASES = [
    # carbohydrates and soda are no carbon
    pytest.param("“轻享”品牌推出低碳水轻食系列沙拉8款，每份碳水化合物控制在25克以内，全年销售120万份。",
                 {"I09.2": 0, "I09.3": 0}, id="low_carbohydrate_salads"),
    pytest.param("套餐中以无糖茶替代碳酸饮料，并推出低碳水主食，减少顾客糖分摄入。", {"I09.2": 0, "I09.3": 0},
                 id="soda_and_low_carb_staples"),
    pytest.param("The chain added eight low-carb bowls and cut carbonated drinks from its kids' menu.",
                 {"I09.2": 0, "I09.3": 0}, id="low_carb_en"),
    pytest.param("公司推广低碳水泥，全年销售低碳水泥42万吨，帮助客户减少二氧化碳排放约6万吨。", {"I09.3": 1},
                 id="low_carbon_cement_stays"),
    # a board committee's name appraises nothing
    pytest.param("董事会下设战略、审计、提名、薪酬与考核四个专门委员会，战略委员会负责审议低碳发展规划。", {"I07.4": 0},
                 id="remuneration_and_appraisal_committee_split"),
    pytest.param("公司设立薪酬与考核委员会，并由战略委员会统筹公司碳减排工作。", {"I07.4": 0},
                 id="remuneration_and_appraisal_committee"),
    pytest.param("The Remuneration and Appraisal Committee met four times; the Strategy Committee reviewed our low-carbon plan.",
                 {"I07.4": 0}, id="remuneration_committee_en"),
    pytest.param("薪酬与考核委员会将碳排放强度下降率纳入高级管理人员年度绩效考核。", {"I07.4": 1},
                 id="committee_ties_pay_to_carbon_stays"),
    # bird-strike control is flight safety
    pytest.param("机场设专职驱鸟队，通过栖息地管理和声波驱鸟设备降低鸟击风险，鸟击率下降至每万架次1.8次。", {"I05.2": 0},
                 id="bird_strike_habitat_zh"),
    pytest.param("Wildlife strikes are kept down by habitat management near the runways and acoustic deterrents.",
                 {"I05.2": 0}, id="wildlife_strike_habitat_en"),
    pytest.param("公司在湿地保护区边缘的施工中设置候鸟栖息地保护措施，并开展生物多样性监测。", {"I05.2": 1},
                 id="habitat_protection_stays"),
    # customers' solar connected to the grid is not the company's energy structure
    pytest.param("公司为居民分布式光伏并网开辟绿色通道，全年新增接入分布式光伏2,310户、容量31.5万千瓦。", {"I08.2": 0},
                 id="grid_connects_customers_pv"),
    pytest.param("截至年末，公司累计接入新能源装机86万千瓦，消纳率99.2%。", {"I08.2": 0},
                 id="grid_connected_renewables_total"),
    pytest.param("公司作为售电主体，为区域内118家工商业用户代理参与省内绿电交易，成交绿电3.6亿千瓦时。", {"I08.2": 0, "I14.3": 0},
                 id="green_power_traded_as_agent"),
    pytest.param("公司在变电站和办公楼屋顶建设光伏820千瓦，年发电86万千瓦时，全部自用。", {"I08.2": 1},
                 id="own_rooftop_pv_stays"),
    pytest.param("公司全年通过绿电交易购买绿电1.2亿千瓦时，申领绿证8万张。", {"I14.3": 1}, id="own_green_power_bought_stays"),
    # a platform's reach is no inventory boundary
    pytest.param("本集团建成覆盖全部项目的智慧管网平台，实时显示疑似泄漏点并自动派单。", {"I12.1": 0},
                 id="platform_covering_all_projects"),
    pytest.param("能耗监测系统已覆盖所有园区，温室气体排放数据每月汇总。", {"I12.1": 0},
                 id="system_covers_all_parks"),
    pytest.param("Our pipeline monitoring platform covers all our projects and dispatches crews automatically.",
                 {"I12.1": 0}, id="platform_covers_projects_en"),
    pytest.param("温室气体核算边界覆盖公司全部项目公司及总部。", {"I12.1": 1}, id="inventory_boundary_stays"),
    # municipal waste treated is the towns' waste
    pytest.param("2023年公司运营焚烧发电项目28个，全年处理生活垃圾1,260万吨，上网电量45亿千瓦时。", {"I02.3": 0},
                 id="household_waste_treated"),
    pytest.param("餐厨垃圾处理量达到72.4万吨，同比增长9%。", {"I02.3": 0}, id="kitchen_waste_throughput"),
    pytest.param("Our plants incinerated 9.6 million tonnes of municipal solid waste in 2023.", {"I02.3": 0},
                 id="msw_incinerated_en"),
    pytest.param("焚烧产生炉渣236万吨，飞灰31.2万吨，飞灰经螯合固化后安全填埋。", {"I02.3": 1},
                 id="own_slag_and_fly_ash_stay"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_blind15_passage(text: str, want: dict[str, float]) -> None:
    assert points_of(text, want) == want


@pytest.mark.parametrize("text", [
    "我们也看到了行业的新变化：国家提出碳达峰、碳中和目标，绿色消费正在成为社会共识。\n",
    "我们清醒地认识到，国家提出力争2030年前实现碳达峰、2060年前实现碳中和，餐饮行业也面临新要求。\n",
    "主要乳制品供应商已发布其牧场碳中和计划，集团咖啡豆全部采购自认证庄园。\n",
    "部分包装供应商已制定自身碳中和路线图，本集团继续推行本地采购。\n",
    "We also see that China has put forward its carbon peak and carbon neutrality goals, and consumers care more.\n",
    "Several of our key dairy suppliers have published net-zero plans; the Group sources all coffee from certified farms.\n",
], ids=["we_see_national_goal", "we_recognise_national_goal", "supplier_plan", "packaging_supplier_roadmap",
        "we_see_en", "suppliers_net_zero_en"])
def test_seeing_policy_or_a_suppliers_plan_is_no_position(tmp_path: Path, m: LoadedMethodology,
                                                          text: str) -> None:
    assert not carbon_aware(tmp_path, m, text)


@pytest.mark.parametrize("text", [
    "公司积极响应国家提出的碳达峰、碳中和目标，制定了《碳达峰行动方案》。\n",
    "我们承诺2035年实现自身运营碳中和，并要求主要供应商制定碳中和计划。\n",
    "We are committed to net zero in our own operations by 2040.\n",
], ids=["responds_with_own_plan", "own_commitment_and_suppliers", "own_net_zero_en"])
def test_an_own_position_stays(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert carbon_aware(tmp_path, m, text)


def test_an_index_headed_content_and_page_is_navigation() -> None:
    """"指标 | 内容 | 页码" under "指标索引": the lines name topics and pages, nothing disclosed."""
    rows = [["指标索引", "", "", ""], ["指标", "", "内容", "页码"], ["E3", "", "废弃物、生态保护", "6"],
            ["E1", "", "应对气候变化、温室气体排放", "5"]]
    doc = Document(path="s19.pdf", sha256="0" * 64, kind="pdf", pages=[Page(
        number=1, text="", passages=[Passage(page=1, index=0, text="", table=Table(rows=rows))])])
    got = best_ratings(doc)
    assert got.get("I02.3", 0) == 0 and got.get("I05.2", 0) == 0 and got.get("I11.4", 0) == 0
