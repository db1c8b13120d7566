"""Which point a real sentence earns (session 11, issue #12): the lead's audit of 40 random
(sentence, point) pairs on the real dev sentences (`scripts/sentence_point_audit.py --seed
1103 -n 40`, 19 right / 10 partly / 11 wrong) found three of the wrong ones to be energy use
that a verb reduces, read as the company's total energy consumption (I03.1). Reduced energy
use is a saving (I03.4). All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .tagged import points

# (energy use a verb reduces: a saving, no total; the total in the company's words)
REDUCED = [
    ("热电车间更换高效换热器并回收烟气余热，减少能源消耗。",
     "本年度公司能源消耗量为3.2万吨标准煤，同比下降4%。"),
    ("各园区通过优化空压机群控策略，持续降低生产环节的能源消耗。",
     "2023年集团能源消耗总量折合标准煤28.6万吨。"),
    ("门店推行照明分时控制，节约能源使用约一成。",
     "报告期内门店能源使用情况见下表：电力1,860万千瓦时，天然气42万立方米。"),
    ("We cut energy consumption at two plants by replacing compressors in 2023.",
     "Total energy consumption was 412,000 GJ in 2023."),
    ("Lighting retrofits helped reduce our energy use across the office portfolio.",
     "Our energy use in 2023 was 96,400 MWh, 3% below 2022."),
]


@pytest.mark.parametrize(("reduced", "total"), REDUCED)
def test_reduced_energy_use_is_a_saving_not_a_total(reduced: str, total: str) -> None:
    got = points(reduced)
    assert "I03.1" not in got
    assert got.get("I03.4", 0) > 0
    assert points(total).get("I03.1") == 1.0


def test_a_total_beside_a_saving_keeps_both() -> None:
    got = points("2023年公司能源消耗总量为12.6万吨标准煤，通过节能改造减少能源消耗0.8万吨标准煤。")
    assert got.get("I03.1") == 1.0 and got.get("I03.4") == 1.0
