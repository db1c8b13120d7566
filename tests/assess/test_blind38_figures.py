"""Own emission figures met in blind round 38 (session 27), with text written fresh for these tests:

- a product's footprint per unit with the thing counted after the classifier ("碳足迹为每辆车32.6吨
  二氧化碳当量", "每台设备", "每件产品") read as the company's own intensity (the d247 automaker's
  E7 footprint became an own "tCO2e/辆" figure beside its real 538 kg per vehicle);
- kept: the company's own per-vehicle intensity, and a table whose caption closes with "（单位：千克）"
  (the d250 insurer's kilograms, read in tonnes).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate

LEAD = "公司自2020年起每年开展温室气体盘查。\n"


def _own(tmp_path: Path, m: LoadedMethodology, text: str) -> set[tuple[str, int | None, float]]:
    return {(s, y, v) for s, y, v, _ in _figures(_rate(tmp_path, m, LEAD + text + "\n"), "own")}


@pytest.mark.parametrize("text", [
    "我们依据ISO 14067开展了碳足迹评价：澜途E7的全生命周期碳足迹为每辆车32.6吨二氧化碳当量。",
    "经第三方核查，该型号变频空调的碳足迹为每台设备1.26吨二氧化碳当量。",
    "公司主打的纯棉衬衫碳足迹约为每件产品8.4千克二氧化碳当量。",
    "新款电动自行车从摇篮到坟墓的碳足迹为每辆整车0.46吨二氧化碳当量。",
])
def test_product_footprint_per_unit_is_no_own_figure(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert not {f for f in _own(tmp_path, m, text) if f[0] == "intensity"}


def test_own_per_vehicle_intensity_stays(tmp_path: Path, m: LoadedMethodology) -> None:
    text = ("公司2023年范围一和范围二温室气体排放合计1,003,530吨二氧化碳当量，单车制造碳排放为538千克二氧化碳当量。\n"
            "澜途E7的全生命周期碳足迹为每辆车32.6吨二氧化碳当量。")
    got = _own(tmp_path, m, text)
    assert ("scope1_2", 2023, 1003530.0) in got
    assert ("intensity", 2023, 0.538) in got
    assert not any(v == 32.6 for _, _, v in got)


def test_kilogram_caption_table_reads_tonnes(tmp_path: Path, m: LoadedMethodology) -> None:
    text = ("运营温室气体排放（单位：千克）\n指标 | 2022年 | 2023年\n"
            "范围一排放（二氧化碳当量） | 15,906,200 | 14,618,300\n"
            "范围二排放（二氧化碳当量） | 96,402,800 | 92,486,100")
    got = _own(tmp_path, m, text)
    assert ("scope1", 2023, 14618.3) in got
    assert ("scope2", 2023, 92486.1) in got
