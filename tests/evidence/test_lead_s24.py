"""Session 24, lead, from the post-merge audit: new-energy or electric vehicles named as a market,
a product's use or a business line are no vehicles the company runs (I08.4); its own cars,
trucks, buses and forklifts still are."""

from __future__ import annotations

import pytest

from .tagged import points_of


@pytest.mark.parametrize(("text", "expected"), [
    # a business line, a product's use, a market, a client: not the company's fleet
    ("报告期内公司实现营业收入86.4亿元，其中新能源汽车电子业务收入同比增长37%。", {"I08.4": 0}),
    ("公司开发的新能源汽车专用低噪声轮胎已批量配套三家整车厂。", {"I08.4": 0}),
    ("受益于新能源汽车和光伏装机的快速增长，公司铜箔产品订单饱满。", {"I08.4": 0}),
    ("新能源汽车、储能和工业变频领域对功率模块的需求保持增长。", {"I08.4": 0}),
    ("公司为多家新能源汽车客户提供电池包结构件，全年出货量同比增长52%。", {"I08.4": 0}),
    ("Revenue from electric vehicle components rose 41% as two new platforms entered production.",
     {"I08.4": 0}),
    ("Demand from the electric vehicle market drove our copper-foil shipments to a record.",
     {"I08.4": 0}),
    # the company's own vehicles
    ("公司新增公务用车全部选用新能源汽车，年内报废燃油公务车14辆。", {"I08.4": 1}),
    ("厂区物流全面使用电动叉车，并投运新能源重卡86辆承担原料短倒运输。", {"I08.4": 1}),
    ("员工通勤班车中新能源车辆占比已达72%。", {"I08.4": 1}),
    ("We replaced 64 company cars with electric vehicles and installed 120 chargers at our plants.",
     {"I08.4": 1}),
])
def test_new_energy_vehicles_as_a_market_are_no_own_fleet(text: str,
                                                          expected: dict[str, float]) -> None:
    assert points_of(text, expected) == expected
