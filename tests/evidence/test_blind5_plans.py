"""Plans and who-speaks forms of blind round 5 (session 9), each read wrong before: a plan to
study what plan to make ("计划于2024年研究制定碳达峰实施方案") rated as a commitment and a
roadmap; a plan whose second clause "，并委托第三方核查" rated as a done verification; "为后续
设定减排目标奠定基础" read as a target with its year; and cue forms the six documents showed
(an office that is a department, a yearly emissions report verified, staff named by their work,
"为应对上述风险", "折合减少二氧化碳")."""

from __future__ import annotations

import pytest

from .tagged import points


@pytest.mark.parametrize(("text", "point", "rating"), [
    # a plan to study which plan to make: a mention, not a commitment or a roadmap
    ("公司拟于2024年研究制定碳中和行动方案，明确各工厂的减排路径和时间表。", "I06.1", 0.5),
    ("公司拟于2024年研究制定碳中和行动方案，明确各工厂的减排路径和时间表。", "I08.1", 0.5),
    # a plan to make a roadmap still discloses it (plans count for I06.1 / I08.1)
    ("公司计划于2024年制定碳中和行动方案，明确各工厂的减排路径和时间表。", "I08.1", 1.0),
    # the verification is planned too when its clause goes on from the plan
    ("本集团计划于2024年开展首次温室气体盘查，并委托第三方机构对盘查结果进行核查。", "I12.5", 0.5),
    ("本集团已于2023年完成温室气体盘查，并委托第三方机构对盘查结果进行核查。", "I12.5", 1.0),
    # targets still to be set: no target and no target year
    ("本集团将于2024年完成首次温室气体盘查，为后续设定碳减排目标奠定基础。", "I06.2", 0.0),
    ("本集团尚未设定温室气体减排目标，预计2025年前完成相关研究。", "I06.3", 0.0),
    ("本集团设定了到2030年温室气体排放强度较2020年下降25%的目标。", "I06.3", 1.0),
    # an office that is a department is no low-carbon office practice
    ("集团总部设立低碳办公室，统筹各区域公司的温室气体核算与节能管理。", "I08.4", 0.0),
    # the yearly emissions report of a carbon-market company, verified
    ("公司2022年度排放报告已由第三方技术服务机构完成核查，核查结论为符合。", "I12.5", 1.0),
    # staff named by their work are employees at a training
    ("全年为一线技术人员举办碳资产管理与碳市场交易培训4期，参训210人次。", "I10.1", 1.0),
    # a response that opens with what it answers takes the risk of the sentence before
    ("极端降雨和台风可能导致厂区停产，是公司面临的主要实体风险。为应对上述风险，公司修订防汛预案"
     "并加高厂区围堰。", "I13.5", 1.0),
    # new-energy vehicles named as the market of the products are no own fleet
    ("公司主要从事动力电池隔膜的研发、生产和销售，产品主要用于新能源汽车和储能电站。", "I08.4", 0.0),
    ("公司将厂区通勤班车全部更换为新能源汽车，年减少柴油消耗约46吨。", "I08.4", 1.0),
    ("本公司全年承保新能源汽车92万辆，新能源汽车保险保费收入41.3亿元。", "I08.4", 0.0),
    ("2023年国内新能源汽车产销量继续增长，带动隔膜产品需求上升。", "I08.4", 0.0),
    # an insurer's clean-energy holdings are its portfolio, not its own energy supply
    ("截至年末，本公司绿色投资余额312亿元，其中清洁能源基础设施债权投资计划86亿元。", "I08.2", 0.0),
    ("公司在三个厂区建成屋顶光伏18兆瓦，全年发电1,920万千瓦时。", "I08.2", 1.0),
    # a power company's clean output, "折合减少" CO2: avoided for society (I09.3)
    ("公司光伏电站全年上网电量3.6亿千瓦时，折合减少二氧化碳排放约28万吨。", "I09.3", 1.0),
    # the company's own retrofit, "折合减少": its own cut, nothing enabled for others
    ("公司完成两台循环流化床锅炉节能改造，年节约标准煤0.8万吨，折合减少二氧化碳排放约2.1万吨。",
     "I09.3", 0.0),
])
def test_reading(text: str, point: str, rating: float) -> None:
    assert points(text).get(point, 0.0) == rating
