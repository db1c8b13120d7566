"""The market's clean energy named as a business opportunity is no energy-structure measure of
the company's own (I08.2; session 22, found in the lead's post-merge audit of blind rounds
20-21: an insurer's growth outlook quoted as its energy structure). The company's own
renewables beside such a sentence still count. Passages written for these tests."""

from __future__ import annotations

import pytest

from evidence.tagged import points


@pytest.mark.parametrize("text", [
    "本集團認為，新能源汽車滲透率提升、清潔能源裝機增長，將為財產保險帶來新的業務增長機遇。",
    "光伏、风电装机规模快速扩大，带来了新能源项目融资和设备租赁的新商机。",
    "公司判断，可再生能源装机持续增长将带动储能电池需求，为公司创造新的市场机会。",
    "Key opportunities include growing demand for insurance of solar and wind farms as "
    "renewable capacity expands.",
])
def test_a_market_opportunity_is_no_energy_structure_measure(text: str) -> None:
    assert points(text).get("I08.2", 0) == 0


@pytest.mark.parametrize("text", [
    "2023年，公司在三个园区建成屋顶光伏2.4兆瓦，年发电量236万千瓦时，全部自用。",
    "本集團總部大樓採購綠色電力420萬千瓦時，佔總用電量的35%。",
    "In 2023 we installed 1.8 MW of rooftop solar at our two plants and bought 6,400 MWh of "
    "renewable electricity.",
])
def test_own_renewables_still_count(text: str) -> None:
    assert points(text).get("I08.2", 0) >= 0.5
