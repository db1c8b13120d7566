"""Wrong readings the lead found on a session-14 diagnosis draw of real sentences (seed 1501,
sentences of the judged sets left out; judged by docs/judging.md, not kept): the company's own
treated water used again (中水) read as a material (I04.2) although the guide files water reused
under I04.3. Passages written for these tests; each group holds cases that must keep a point."""

from __future__ import annotations

import pytest

from .tagged import points


@pytest.mark.parametrize("text", [
    "污水处理站出水经深度处理后作为中水，全部用于厂区绿化和道路洒水，全年回用约2.3万吨。",
    "各基地利用中水替代新鲜水作为循环冷却水补水，年减少取水约40万立方米。",
    "生活区产生的中水经消毒后回用于冲厕及车辆冲洗。",
])
def test_own_treated_water_used_again_is_reuse_not_a_material(text: str) -> None:
    got = points(text)
    assert got.get("I04.2", 0.0) == 0.0
    assert got.get("I04.3", 0.0) > 0


@pytest.mark.parametrize(("text", "point"), [
    # reclaimed water bought from a city plant stays a recycled input (session 11)
    ("厂区冷却塔补水使用再生水替代自来水，全年使用再生水62万吨。", "I04.2"),
    # recycled materials stay materials
    ("注塑车间使用再生塑料颗粒1,200吨，占塑料原料用量的18%。", "I04.2"),
    # the amount of water reused stays reuse
    ("2023年全厂中水回用量为136万立方米，水重复利用率达到97.5%。", "I04.3"),
])
def test_materials_and_reuse_kept(text: str, point: str) -> None:
    assert points(text).get(point, 0.0) > 0
