"""Plans and who-speaks forms of blind round 5 (session 9), each read wrong before: a plan to
study what plan to make ("计划于2024年研究制定碳达峰实施方案") rated as a commitment and a
roadmap; a plan whose second clause "，并委托第三方核查" rated as a done verification; "为后续
设定减排目标奠定基础" read as a target with its year."""

from __future__ import annotations

import pytest

from cnsr.evidence.tag import tag_passage


def points(text: str) -> dict[str, float]:
    return {p["point"]: p["rating"] for p in tag_passage(text)["points"]}


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
])
def test_reading(text: str, point: str, rating: float) -> None:
    assert points(text).get(point, 0.0) == rating
