"""A small made-up company to try `cnsr ghg` on: two plants, three years, all sheet types.

The shipped file `cnsr/data/demo/ghg-activity-demo.xlsx` is written by `write_demo`; a test
checks the shipped file still reads to the same inventory as the rows below.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from cnsr.ghg.library import FactorLibrary
from cnsr.ghg.template import write_workbook

ENTITY: dict[str, Any] = {
    "name": "示范精密制造有限公司",
    "name_en": "Demo Precision Manufacturing Co., Ltd. (fictitious)",
    "entity_type": "有限责任公司 / limited company",
    "industry": "C34 通用设备制造业",
    "reporting_year": 2023,
    "legal_representative": "张三 (fictitious)",
    "preparer": "能源环保部 / Energy & EHS department",
    "contact": "ehs@example.com",
    "boundary": "运营控制权法：苏州工厂、佛山工厂 / operational control: Suzhou and Foshan plants",
    "standard": "GB/T 32150-2015；GHG Protocol Corporate Standard & Scope 2 Guidance",
    "verification": "",
}

_SITES = (("苏州工厂", "江苏"), ("佛山工厂", "广东"))


def demo_rows() -> dict[str, list[dict[str, Any]]]:
    """Activity rows for 2021–2023: modest growth, then green power from 2022."""
    rows: dict[str, list[dict[str, Any]]] = {k: [] for k in
                                             ("output", "fuels", "process", "electricity",
                                              "heat", "scope3")}
    for i, year in enumerate((2021, 2022, 2023)):
        rows["output"].append({"year": year, "output": 52000 + 3000 * i, "output_unit": "t",
                               "revenue": 96000 + 6000 * i, "revenue_unit": "万元"})
        for j, (site, province) in enumerate(_SITES):
            scale = 1.0 if j == 0 else 0.6
            rows["fuels"].append({"year": year, "site": site, "fuel": "天然气",
                                  "quantity": round((260 + 10 * i) * scale, 1), "unit": "万Nm3",
                                  "data_source": "燃气结算单 / gas bills"})
            rows["fuels"].append({"year": year, "site": site, "fuel": "柴油",
                                  "quantity": round((48 - 2 * i) * scale, 1), "unit": "t",
                                  "data_source": "加油记录 / fuel cards"})
            rows["process"].append({"year": year, "site": site, "source": "冷水机组制冷剂补充",
                                    "material": "HFC-134a", "quantity": 40 + 5 * j,
                                    "unit": "kg", "data_source": "维保记录 / service log"})
            rows["electricity"].append({
                "year": year, "site": site, "region": province,
                "quantity": round((2600 + 150 * i) * scale), "unit": "万千瓦时",
                "green_power": [0, 300, 600][i] * scale if j == 0 else None,
                "green_certificates": [0, 0, 2000][i] if j == 1 else None,
                "data_source": "电费发票 / electricity bills"})
        rows["heat"].append({"year": year, "site": "苏州工厂", "kind": "steam",
                             "quantity": 9000 + 500 * i, "unit": "t", "enthalpy": 2.8,
                             "data_source": "园区供汽结算 / steam bills"})
        rows["scope3"].append({"year": year, "category": 1, "method": "spend",
                               "description": "外购钢材与零部件 / purchased steel and parts",
                               "quantity": 41000 + 2500 * i, "unit": "万元", "factor": 1.9,
                               "factor_unit": "tCO2e/万元",
                               "factor_source": "illustrative value for the demo only",
                               "data_source": "采购台账 / purchasing ledger"})
        rows["scope3"].append({"year": year, "category": 4, "method": "activity",
                               "description": "原材料公路运输 / inbound road freight",
                               "quantity": 6.0e6 + 2.0e5 * i, "unit": "tkm", "factor": 0.1,
                               "factor_unit": "kgCO2e/tkm",
                               "factor_source": "illustrative value for the demo only",
                               "data_source": "采购台账 / purchasing ledger"})
    rows["measures"] = [dict(m) for m in MEASURES]
    return rows


MEASURES: tuple[dict[str, Any], ...] = (
    {"id": "M1", "name": "苏州工厂绿电交易 / green-power contract, Suzhou", "category": "energy",
     "source": "electricity:江苏", "site": "苏州工厂", "mode": "green_power", "amount": 15000,
     "unit": "MWh", "start_year": 2025, "opex": 30},
    {"id": "M2", "name": "佛山工厂屋顶光伏 / rooftop solar, Foshan", "category": "energy",
     "source": "electricity:广东", "site": "佛山工厂", "mode": "activity", "amount": 2000,
     "unit": "MWh", "start_year": 2026, "ramp_years": 2, "lifetime": 20, "capex": 800,
     "opex": -100},
    {"id": "M3", "name": "苏州工厂热泵替代燃气锅炉 / heat pump for the gas boiler, Suzhou",
     "category": "efficiency", "source": "fuel:天然气", "site": "苏州工厂", "mode": "share",
     "amount": 0.5, "start_year": 2027, "lifetime": 15, "capex": 1200, "opex": 20},
    {"id": "M4", "name": "冷水机组改用低 GWP 制冷剂 / low-GWP refrigerant in the chillers",
     "category": "efficiency", "source": "fugitive:HFC-134a", "mode": "absolute",
     "amount": 110.5, "unit": "tCO2e", "start_year": 2025, "cost_per_t": 200},
)
"""Candidate measures of the demo company (the hand-checked roadmap case in the tests)."""


def demo_path() -> Path:
    """Path of the shipped demo workbook."""
    return Path(str(resources.files("cnsr.data").joinpath("demo/ghg-activity-demo.xlsx")))


def write_demo(path: Path, lib: FactorLibrary | None = None) -> Path:
    return write_workbook(path, lib or FactorLibrary.load(), ENTITY, demo_rows(), examples=False)
