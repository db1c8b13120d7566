"""The five borders docs/judging.md §11 (guide 1.4) settled after seed 1701, with text written
fresh for these tests.

1. Pollutant self-monitoring done and published as a permit or regulator requires is a compliance
   duty fulfilled: I01.3 at 0.5 (1 only with the record, §10); monitoring as a technique (online
   monitors, sampling points) is no I01.3.
2. An office measure advocated among staff (无纸化, 空调温度不低于26℃) is I08.4 as found; a green-office
   value or slogan advocated (绿色办公理念 / 文化, "green office culture") is a mention
   (`office_value`); the office cue does not run across a clause ("办公理念，践行低碳").
3. The expected savings of a retrofit ("改造完成后预计年节电…", "is expected to save") are a
   projection: I03.4 and I08.3 stay at 0.5 (`projected_saving`, mention_with); a saving stated as
   done keeps 1.
4. A study preparing a later measure ("可行性研究，为后续推广提供支撑") gives the measure's point
   (I03.4, I08.3) at most 0.5, also with an expected figure.
5. A bank's green-finance department, branch or innovation centre (`finance_body`, now with
   branches and centres) is I15.4 at 0.5; its green products named keep their points. (Capping
   I09.2 beside such a unit broke session 13's "department and product" case: left.)
"""

from __future__ import annotations

import pytest

from .tagged import points

# ---- 1. self-monitoring as a permit or regulator requires: I01.3 at 0.5 -----------------------

@pytest.mark.parametrize("text", [
    "公司按照排污许可证要求制定自行监测方案，定期委托第三方检测废水废气，监测结果在全国污染源监测信息平台公开。",
    "各生产基地依据生态环境部门要求开展土壤和地下水自行监测，并按时公开监测数据。",
    "子公司严格执行企业自行监测要求，编制年度自行监测方案并报属地生态环境局备案。",
    "The plant carries out pollutant self-monitoring as its discharge permit requires and publishes the results online.",
])
def test_self_monitoring_required_is_compliance_mention(text: str) -> None:
    assert points(text).get("I01.3") == 0.5


@pytest.mark.parametrize("text", [
    "公司在排放口安装了在线监测设备，设置了多个采样点。",
    "污水处理站配备COD和氨氮在线监测仪，实时掌握出水水质。",
])
def test_monitoring_as_a_technique_is_no_compliance(text: str) -> None:
    assert "I01.3" not in points(text)


# ---- 2. office measures advocated vs a value advocated ----------------------------------------

@pytest.mark.parametrize("text", [
    "公司倡导无纸化办公，推行双面打印。",
    "本行倡导员工夏季空调温度不低于26℃，下班随手关灯。",
    "We encourage our staff to go paperless and set air conditioners no lower than 26°C in summer.",
    "公司倡导绿色办公理念，推行无纸化办公。",  # the value beside a named measure: the measure counts
    "We promote a green office culture and have gone paperless in all branches.",
    "办公区全面推行节能照明。",
])
def test_an_office_measure_advocated_is_disclosed(text: str) -> None:
    assert points(text).get("I08.4") == 1.0


@pytest.mark.parametrize("text", [
    "我们倡导绿色办公理念，践行低碳生活。",
    "本行大力倡导绿色办公文化，营造节约氛围。",
    "集团持续宣传低碳办公意识，号召全体员工共同参与。",
    "We promote a green office culture among our staff.",
    "We advocate the concept of green office among employees.",
])
def test_a_green_office_value_advocated_is_a_mention(text: str) -> None:
    assert points(text).get("I08.4") == 0.5


def test_offices_with_green_power_keep_their_point() -> None:
    assert points("Our offices use green electricity.").get("I08.4") == 1.0


# ---- 3. expected savings of a retrofit done: a projection ------------------------------------

@pytest.mark.parametrize("text", [
    "公司完成空压机节能改造，改造完成后预计年节电120万千瓦时。",
    "公司对锅炉实施节能改造，项目投运后预计每年可节约标准煤3000吨。",
    "完成照明系统LED节能改造，预计每年节约电量约45万千瓦时。",
    "The lighting retrofit was completed in 2022 and is expected to save 1.2 million kWh of electricity a year.",
    "水泵变频节能改造已完工，投运后预期可降低电耗约18万千瓦时。",
])
def test_expected_savings_stay_a_mention(text: str) -> None:
    got = points(text)
    assert got.get("I08.3") == 0.5
    assert got.get("I03.4", 0.5) == 0.5


@pytest.mark.parametrize("text", [
    "公司完成空压机节能改造，年节电120万千瓦时。",
    "2022年实施电机变频节能改造，全年节约标准煤1500吨。",
    "照明系统LED节能改造完成后，当年实际节电38万千瓦时。",
    # a saving measured beside an expected cut of emissions: the saving keeps its figure
    "公司完成余热回收节能改造，全年节约标准煤2100吨，预计减少二氧化碳排放约5500吨。",
])
def test_a_saving_stated_as_done_keeps_its_figure(text: str) -> None:
    got = points(text)
    assert got.get("I08.3") == 1.0
    assert got.get("I03.4") == 1.0


# ---- 4. a study preparing a later measure: at most 0.5 ---------------------------------------

@pytest.mark.parametrize("text", [
    "公司开展余热利用可行性研究，为后续推广提供支撑。",
    "工厂开展空压机节能改造可行性研究，为后续实施节能改造奠定基础。",
    "公司开展余热利用可行性研究，预计项目实施后年节约标准煤2000吨，为后续推广提供支撑。",
    "We carried out a feasibility study on waste heat recovery to prepare its later roll-out.",
])
def test_a_study_for_a_later_measure_is_at_most_a_mention(text: str) -> None:
    got = points(text)
    assert got, text
    assert all(got.get(p, 0.5) <= 0.5 for p in ("I03.4", "I08.3", "I08.2"))


# ---- 5. a bank's green-finance body: I15.4 at 0.5, not I09.2 at 1 ---------------------------

@pytest.mark.parametrize("text", [
    "本行成立绿色金融部，统筹推进全行绿色金融业务。",
    "本行设立绿色金融创新中心及绿色金融特色支行，深化绿色金融创新。",
    "本行在湖州设立绿色金融事业部，专营绿色信贷业务。",
    "The Bank set up a green finance department and a green finance branch to organise its green finance business.",
    "The Bank opened a green finance innovation centre in Shenzhen.",
])
def test_a_green_finance_body_is_a_mention_of_its_green_finance(text: str) -> None:
    assert points(text).get("I15.4") == 0.5


@pytest.mark.parametrize("text, point", [
    ("本行推出碳排放权质押贷款产品，全年发放绿色贷款50亿元。", "I15.4"),
    ("本行绿色金融部牵头发行50亿元碳中和债券。", "I15.4"),
    ("The Bank's green finance centre launched a carbon-neutral bond.", "I14.4"),
    # a green-finance strategy beside the products named: the products keep I09.2
    ("本行以绿色金融为战略导向，持续升级绿色贷款、绿色债券、绿色信用卡等绿色金融产品。", "I09.2"),
])
def test_green_products_named_keep_their_points(text: str, point: str) -> None:
    assert points(text).get(point) == 1.0
