"""The borders of judging guide 1.5 in the reader (session 20, issue #12; docs/judging.md §12).

Each border is a kind of wording: the cases that guide 1.5 decides, with the near-miss that
must still be read the other way. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .tagged import points

# ---- §12.1 tree planting the company organises or funds (I05.3) -----------------------------
# a planting day of the staff, the company's volunteers or its foundation: a mention (0.5); the
# company planting on its own land or building a forest (alone or with a partner): disclosed

PLANTING_MENTION = [
    "公司团委组织青年员工开展义务植树活动，共栽种樟树300余株。",
    "公司员工志愿者参与城市公园植树活动，种植树苗1,500株。",
    "集团公益基金会在内蒙古种植防护林860亩。",
    "Our volunteers planted 2,000 mangrove seedlings with a local charity.",
    "The company's foundation funded the planting of 50,000 trees in Gansu.",
    "The Group's foundation planted 12,000 saplings along the river bank.",
]

PLANTING_OWN = [
    "公司在矿区排土场植树造林420公顷。",
    "公司联合生态基金会在黄河沿岸营造碳汇林1,200亩。",
    "集团携手绿化基金会在黄河沿岸认种“低碳林”200亩。",
    "We planted 35 hectares of native forest on the reclaimed mine site.",
]


@pytest.mark.parametrize("text", PLANTING_MENTION)
def test_planting_by_staff_volunteers_or_foundation_is_a_mention(text: str) -> None:
    assert points(text).get("I05.3") == 0.5, text


@pytest.mark.parametrize("text", PLANTING_OWN)
def test_the_company_planting_a_forest_is_disclosed(text: str) -> None:
    assert points(text).get("I05.3") == 1.0, text


def test_a_forestry_bureau_is_no_forestry_work() -> None:
    # "forestry" naming an authority (as zh 林业局) is no planting of the company's
    assert "I05.3" not in points("We met the forestry bureau to discuss the fire-safety rules for our warehouse.")
    assert "I05.3" not in points("公司与县林业局座谈，交流仓库消防安全管理要求。")


# ---- §12.2 an impact assessment by a third party (I01.3) --------------------------------------
# done for the company's projects, or its report / approval / acceptance held: the record (1);
# named as a procedure the company follows: a compliance drive (0.5); a client's project: none

EIA_RECORD = [
    "报告期内新建的3个项目均委托第三方机构编制环评报告并取得批复。",
    "2023年所有新建厂房均已完成环境影响评价并通过竣工环保验收。",
    "公司新建项目均按规定进行了环境影响评价。",
    "年产5万吨树脂项目取得环境影响评价批复。",
    "All new sites acquired in 2023 hold a third-party environmental impact assessment report.",
    "The environmental impact assessments of both new lines were approved by the city bureau.",
]

EIA_PROCEDURE = [
    "公司在项目立项阶段开展环境影响评价。",
    "公司严格执行建设项目环境影响评价制度。",
    "公司在规划和建设项目前进行可行性分析，并开展环评。",
    "We carry out an environmental impact assessment before building a new plant.",
]


@pytest.mark.parametrize("text", EIA_RECORD)
def test_an_impact_assessment_done_or_held_is_the_record(text: str) -> None:
    assert points(text).get("I01.3") == 1.0, text


@pytest.mark.parametrize("text", EIA_PROCEDURE)
def test_an_impact_assessment_named_as_a_procedure_is_a_mention(text: str) -> None:
    assert points(text).get("I01.3") == 0.5, text


def test_a_penalty_record_beside_an_assessment_keeps_the_record() -> None:
    assert points("公司严格执行环评制度，报告期内未受到环保行政处罚。").get("I01.3") == 1.0


# ---- §12.3 a general claim that work was done (general points) --------------------------------

def test_a_general_claim_of_completion_is_a_mention() -> None:
    assert points("公司全面完成年度环保工作任务。").get("I01.1") == 0.5
    assert points("各项环境管理工作有序推进，取得显著成效。").get("I01.1", 0.5) == 0.5
    assert points("The annual environmental management tasks were fully completed.").get("I01.1", 0.5) == 0.5


def test_a_named_body_beside_the_claim_keeps_its_rating() -> None:
    # a body named is concrete (the general rule keeps 1)
    assert points("公司成立环保管理委员会，全面完成年度环保工作任务。").get("I01.1") == 1.0


# ---- §12.4 a building project's energy design (I03.4 vs I09.2) --------------------------------

BUILDING_DESIGN = [
    "对项目的朝向、窗墙比进行优化设计，降低建筑用能需求。",
    "新建住宅项目采用被动式超低能耗设计，外墙保温和三玻两腔窗降低采暖能耗。",
    "通过形体自遮阳设计和围护结构热工设计，降低建筑本体的用能需求。",
    "The design optimises the orientation and shading of each project to cut the building's energy demand.",
]


@pytest.mark.parametrize("text", BUILDING_DESIGN)
def test_a_building_projects_design_is_a_product_not_own_saving(text: str) -> None:
    got = points(text)
    assert "I03.4" not in got, text
    assert got.get("I09.2") == 0.5, text


def test_the_company_s_own_building_retrofit_stays_energy_saving() -> None:
    got = points("总部办公楼完成外墙保温与照明改造，年节电45万千瓦时。")
    assert got.get("I03.4") == 1.0
    assert "I09.2" not in got
    assert points("公司新建总部大楼采用被动式设计，全年节电80万千瓦时。").get("I03.4") == 1.0


# ---- §12.5 products shown at a fair (I09.2) ---------------------------------------------------

def test_products_shown_at_a_fair_are_products() -> None:
    assert points("公司携光伏组件、储能系统等产品亮相国际能源展。").get("I09.2") == 1.0
    assert points("公司携新能源汽车和氢燃料电池系统参加上海车展。").get("I09.2") == 1.0


@pytest.mark.parametrize("text", [
    "公司参加国际绿色建筑博览会并设立展台。",
    "集团受邀出席第三届低碳环保产业博览会。",
    "We attended the Low-Carbon Expo 2023 in Shanghai and set up a booth.",
])
def test_a_fair_alone_is_no_product(text: str) -> None:
    assert "I09.2" not in points(text), text


# ---- §12.6 money given to a government's or another body's conservation work (I05.x) --------

CONSERVATION_FUNDING = [
    ("配合市政府开展湿地保护区修编工作，出资60万元支持该项工作。", "I05.2"),
    ("公司向县林业局捐赠80万元，用于自然保护区的珍稀鸟类保护。", "I05.2"),
    ("公司向生态基金会捐赠300万元，用于湿地保护。", "I05.2"),
    ("We donated USD 0.2 million to the city government for wetland restoration.", "I05.2"),
    ("我们为当地林场捐资30万元，用于植树造林。", "I05.3"),
    ("We donated USD 0.2 million to the forestry bureau for tree planting in the nature reserve.", "I05.3"),
]


@pytest.mark.parametrize(("text", "point"), CONSERVATION_FUNDING)
def test_money_given_for_conservation_is_spending_and_a_mention(text: str, point: str) -> None:
    got = points(text)
    assert got.get("I05.1") == 1.0, text
    assert got.get(point) == 0.5, text


@pytest.mark.parametrize("text", [
    "公司向公益基金会捐款200万元，用于乡村教育。",
    "We donated RMB 2 million to a children's charity.",
])
def test_a_donation_with_no_environmental_purpose_is_no_environmental_point(text: str) -> None:
    got = points(text)
    assert not {"I05.1", "I05.2", "I05.3"} & set(got), text


def test_own_restoration_spending_stays_disclosed() -> None:
    got = points("公司投入120万元开展厂区周边河道生态修复。")
    assert got.get("I05.2") == 1.0


def test_a_foundation_s_restoration_is_a_mention() -> None:
    assert points("集团公益基金会在草原开展生态修复1.2万亩。").get("I05.2") == 0.5


# ---- §12.7 and §12.8: already followed (serving the national goals; a target year) ----------

def test_serving_the_national_goals_is_an_i06_5_mention() -> None:
    assert points("本行积极贯彻落实国家双碳战略，将绿色金融提升至战略层面。").get("I06.5") == 0.5
    assert points("公司对标《工业领域碳达峰实施方案》制定自身行动方案。").get("I06.5") == 1.0


def test_a_carbon_target_with_its_year_is_no_roadmap() -> None:
    assert "I08.1" not in points("公司力争2030年前实现碳达峰、2055年前实现碳中和。")
    assert "I08.1" not in points("We aim to reach net zero across our operations by 2050.")
    assert points("公司已编制《碳达峰行动方案》。").get("I08.1", 0) > 0


@pytest.mark.parametrize("text", [
    "基金会与内蒙古林业部门合作开展防沙林项目，累计种植梭梭、沙柳等灌木32万株。",
    "公益基金会联合当地林场实施“千亩绿岭”项目，新造林3,600亩。",
    "The Foundation worked with the forestry bureau to plant 320,000 shrubs on the desert edge.",
])
def test_a_foundation_acting_with_a_partner_is_the_actor(text: str) -> None:
    # §12.1: the foundation plants, with a partner: a mention; the company with a partner plants
    # itself (PLANTING_OWN above)
    assert points(text).get("I05.3") == 0.5, text
