"""Scope 3 category 1 (purchased goods and services) and category 11 (use of sold products)
stated in the company's scope 3 inventory (session 15): the figure is made in the value chain
(its kind stays the suppliers' or customers'), but stating it is the company's own disclosure
of scope 3 (I11.3), and no measure towards suppliers (I08.5). Text written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology
from evidence.tagged import rate_text, rated_points


@pytest.mark.parametrize("text", [
    "2023年，公司范围三类别1（外购商品和服务）排放为12.6万吨二氧化碳当量。\n",
    "公司首次核算范围三排放：购买的商品和服务产生的排放为8.4万吨二氧化碳当量。\n",
    "In 2023 our Scope 3 emissions from purchased goods and services (category 1) were "
    "126,000 tCO2e.\n",
    "We estimated the use-phase emissions of the vehicles we sold (Scope 3, category 11) at "
    "2.4 million tCO2e.\n",
])
def test_value_chain_categories_in_the_inventory_are_the_scope3_point(
        tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    points = rated_points(rate_text(tmp_path, m, text))
    assert points.get("I11.3") == 1.0
    assert points.get("I08.5", 0.0) == 0.0


def test_a_suppliers_own_total_stays_theirs(tmp_path: Path, m: LoadedMethodology) -> None:
    points = rated_points(rate_text(tmp_path, m,
                                    "主要供应商2023年温室气体排放合计为52.7万吨二氧化碳当量。\n"))
    assert points.get("I11.4", 0.0) == 0.0 and points.get("I11.3", 0.0) == 0.0
