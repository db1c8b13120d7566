"""Own emission figures met in blind round 38 (session 27) and left, fixed by kind in session 28
("leftovers"), with text written fresh for these tests:

- a threshold that defines a class of emitters ("年温室气体排放量达2.6万吨二氧化碳当量的企业纳入…",
  "Installations emitting more than 26,000 tonnes of CO2e a year are covered …") read as an own
  total of 26,000 t.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology
from evidence.tagged import found_figures

LEAD = "公司自2016年起开展温室气体核算。\n"
LEAD_EN = "We have accounted our greenhouse gas emissions since 2016.\n"


def _found(tmp_path: Path, m: LoadedMethodology, text: str, kind: str = "own"
           ) -> set[tuple[str, int | None, float]]:
    return found_figures(tmp_path, m, text, kind)


@pytest.mark.parametrize("text", [
    LEAD + "根据规定，年温室气体排放量达2.6万吨二氧化碳当量的企业纳入全国碳市场重点排放单位名录。",
    LEAD + "湖北省2014年启动碳排放权交易试点，公司作为年排放量2.6万吨二氧化碳当量以上的企业被纳入试点管理。",
    LEAD + "按照地方规定，年碳排放量1万吨以上的重点排放单位须每年报送排放报告。",
    LEAD_EN + "Installations emitting more than 26,000 tonnes of CO2e a year are covered by the national ETS.",
    LEAD_EN + "Under the rules, entities with annual emissions above 25,000 tCO2e must report to the regulator.",
], ids=["threshold_zh", "threshold_yishang_zh", "threshold_local_zh", "installations_en", "entities_en"])
def test_an_inclusion_threshold_is_no_own_total(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert _found(tmp_path, m, text) == set()


@pytest.mark.parametrize(("text", "want"), [
    (LEAD + "2023年公司温室气体排放总量为48.2万吨二氧化碳当量。", {("total", 2023, 482000.0)}),
    (LEAD + "公司作为重点排放单位纳入全国碳市场，2023年经核查的排放量为412.6万吨二氧化碳。", {("total", 2023, 4126000.0)}),
    (LEAD_EN + "Our total GHG emissions were 26,400 tCO2e in 2023.", {("total", 2023, 26400.0)}),
], ids=["own_total_zh", "covered_company_total_zh", "own_total_en"])
def test_own_totals_stay(tmp_path: Path, m: LoadedMethodology, text: str,
                         want: set[tuple[str, int | None, float]]) -> None:
    assert _found(tmp_path, m, text) == want
