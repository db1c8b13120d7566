"""Own emission figures met in blind round 42 (session 28), spurious before, with text written
fresh for these tests:

- a customer's product footprint over its life cycle, the product named without 产品 ("其一款旗舰
  机型全生命周期碳足迹约为56千克二氧化碳当量") read as an own total of 0.056 t;
- the transport emissions of the parcels customers sent, the time or service between the customer
  word and the emissions ("开通企业客户全年寄递快件对应的运输排放约为18.6万吨") read as an own total.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology
from evidence.tagged import found_figures

LEAD = "公司自2018年起开展温室气体核算。\n"


def _found(tmp_path: Path, m: LoadedMethodology, text: str, kind: str = "own"
           ) -> set[tuple[str, int | None, float]]:
    return found_figures(tmp_path, m, LEAD + text, kind)


@pytest.mark.parametrize("text", [
    "某国际手机品牌披露，其一款旗舰机型全生命周期碳足迹约为56千克二氧化碳当量，其中芯片制造约占18%。",
    "据客户测算，其一台家用空调全生命周期温室气体排放约为2.1吨二氧化碳当量。",
    "经第三方评价，该款电动自行车生命周期碳足迹为186千克二氧化碳当量。",
], ids=["phone", "air_conditioner", "e_bike"])
def test_a_life_cycle_footprint_is_no_own_total(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert _found(tmp_path, m, text) == set()


@pytest.mark.parametrize("text", [
    "据计算器统计，开通企业客户全年寄递快件对应的运输排放约为18.6万吨二氧化碳当量。",
    "平台显示，大客户2023年托运货物产生的运输排放合计约4.2万吨二氧化碳当量。",
], ids=["parcels_sent", "goods_consigned"])
def test_customers_parcels_are_no_own_total(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert _found(tmp_path, m, text) == set()
    assert _found(tmp_path, m, text, "customers")


def test_the_own_total_beside_them_stays(tmp_path: Path, m: LoadedMethodology) -> None:
    text = ("2023年公司范围一和范围二排放合计201.1万吨二氧化碳当量。"
            "据计算器统计，开通企业客户全年寄递快件对应的运输排放约为18.6万吨二氧化碳当量。")
    assert _found(tmp_path, m, text) == {("scope1_2", 2023, 2011000.0)}
