"""Layout of the activity-data workbook: sheets and columns, shared by reader and template.

One table here drives both the template a company fills in and the reader that validates it,
so the two cannot drift apart. Headers are bilingual ("年份 / year"); the reader matches a
header by its key, its Chinese label or its English label.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Literal

ColumnType = Literal["text", "int", "number", "fraction"]


@dataclass(frozen=True)
class Column:
    key: str
    zh: str
    en: str
    type: ColumnType = "text"
    required: bool = False
    hint: str = ""

    @property
    def header(self) -> str:
        return f"{self.zh} / {self.key}"


@dataclass(frozen=True)
class Sheet:
    name: str
    zh: str
    en: str
    columns: tuple[Column, ...]
    purpose: str = ""

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


_YEAR = Column("year", "年份", "year", "int", True, "数据年份 / data year, e.g. 2023")
_SITE = Column("site", "厂区/设施", "site", hint="厂区、设施或子公司名称 / site, facility or subsidiary")
_SOURCE = Column("data_source", "数据来源", "data source",
                 hint="如：能源台账、发票、电表 / e.g. energy ledger, invoices, meters")

ENTITY_FIELDS: tuple[Column, ...] = (
    Column("name", "报告主体", "reporting entity", required=True),
    Column("name_en", "英文名称", "name in English"),
    Column("credit_code", "统一社会信用代码", "unified social credit code"),
    Column("entity_type", "单位性质", "type of organisation"),
    Column("industry", "所属行业", "industry", hint="如 D44 电力、热力生产和供应业"),
    Column("reporting_year", "报告年度", "reporting year", "int"),
    Column("legal_representative", "法定代表人", "legal representative"),
    Column("preparer", "填报负责人", "person responsible for the data"),
    Column("contact", "联系人及联系方式", "contact"),
    Column("boundary", "组织边界与运营边界", "organisational and operational boundary",
           hint="如：运营控制权法，包含全部生产厂区 / e.g. operational control, all plants"),
    Column("standard", "核算标准", "accounting standard",
           hint="如 GB/T 32150-2015；温室气体核算体系 / e.g. GB/T 32150-2015; GHG Protocol"),
    Column("verification", "第三方核查", "third-party verification"),
    Column("gwp", "GWP 版本", "GWP set", hint="AR4 / AR5 / AR6"),
    Column("grid_basis", "电网因子口径", "grid factor basis", hint="regional / national"),
)

SHEETS: dict[str, Sheet] = {
    "entity": Sheet(
        "entity", "报告主体", "Reporting entity",
        (Column("field", "字段", "field", required=True), Column("value", "内容", "value")),
        "报告主体基本信息，每行一个字段 / basic information, one field per row",
    ),
    "output": Sheet("output", "产量与营收", "Output and revenue", (
        _YEAR, _SITE,
        Column("output", "产品产量", "output", "number", hint="用于计算排放强度 / for intensity"),
        Column("output_unit", "产量单位", "output unit", hint="如 MWh、t / e.g. MWh, t"),
        Column("revenue", "营业收入", "revenue", "number"),
        Column("revenue_unit", "收入单位", "revenue unit", hint="元、万元、亿元"),
    ), "排放强度的分母 / denominators of emission intensity"),
    "fuels": Sheet("fuels", "化石燃料燃烧", "Fuel combustion", (
        _YEAR, _SITE,
        Column("fuel", "燃料品种", "fuel", required=True, hint="见“燃料”参考表 / see reference"),
        Column("quantity", "消耗量", "quantity", "number", True),
        Column("unit", "单位", "unit", required=True, hint="t、万t、万Nm3、Nm3 ..."),
        Column("ncv", "实测低位发热量", "measured NCV", "number", hint="留空用缺省值 / blank = default"),
        Column("ncv_unit", "发热量单位", "NCV unit", hint="GJ/t、GJ/万Nm3、kJ/kg"),
        Column("carbon_content", "实测单位热值含碳量", "measured carbon content", "number"),
        Column("carbon_content_unit", "含碳量单位", "carbon content unit", hint="tC/GJ、tC/TJ"),
        Column("oxidation", "实测碳氧化率", "measured oxidation rate", "fraction", hint="0–1"),
        _SOURCE,
    ), "范围一：固定与移动燃烧 / scope 1: stationary and mobile combustion"),
    "process": Sheet("process", "过程与逸散排放", "Process and fugitive emissions", (
        _YEAR, _SITE,
        Column("source", "排放源", "emission source", required=True, hint="如 脱硫、SF6 断路器"),
        Column("material", "原料或气体", "material or gas", required=True,
               hint="原料（石灰石…）或直接排放的气体（CH4、SF6…）"),
        Column("quantity", "数量", "quantity", "number", True),
        Column("unit", "单位", "unit", required=True),
        Column("purity", "纯度/含量", "purity", "fraction", hint="原料中碳酸盐含量 0–1，缺省 1"),
        _SOURCE,
    ), "范围一：工业过程与逸散 / scope 1: process and fugitive"),
    "electricity": Sheet("electricity", "外购电力", "Purchased electricity", (
        _YEAR, _SITE,
        Column("region", "省份或区域电网", "province or grid region", required=True),
        Column("quantity", "外购电量", "quantity", "number", True),
        Column("unit", "单位", "unit", required=True, hint="MWh、kWh、万千瓦时"),
        Column("green_power", "其中绿电交易电量", "of which green power", "number",
               hint="与外购电量同单位 / same unit"),
        Column("green_certificates", "绿证数量（张）", "green certificates", "number",
               hint="1 张 = 1 MWh"),
        Column("supplier_factor", "供应商排放因子 tCO2/MWh", "supplier factor", "number",
               hint="市场法；留空用全国剩余电力因子"),
        _SOURCE,
    ), "范围二 / scope 2"),
    "heat": Sheet("heat", "外购热力", "Purchased heat and steam", (
        _YEAR, _SITE,
        Column("kind", "类型", "kind", hint="heat / steam（热水/蒸汽）"),
        Column("quantity", "数量", "quantity", "number", True),
        Column("unit", "单位", "unit", required=True, hint="GJ；蒸汽按 t 时须填焓值"),
        Column("enthalpy", "蒸汽焓值 GJ/t", "steam enthalpy GJ/t", "number"),
        Column("supplier_factor", "供应商排放因子 tCO2/GJ", "supplier factor", "number"),
        _SOURCE,
    ), "范围二 / scope 2"),
    "scope3": Sheet("scope3", "范围三", "Scope 3", (
        _YEAR, _SITE,
        Column("category", "类别(1-15)", "category", "int", True),
        Column("method", "方法", "method", hint="activity / spend（活动数据法/支出法）"),
        Column("description", "说明", "description"),
        Column("quantity", "活动数据或支出", "quantity", "number", True),
        Column("unit", "单位", "unit", required=True, hint="t、tkm（吨公里）、pkm、万元 ..."),
        Column("factor", "排放因子", "emission factor", "number"),
        Column("factor_unit", "因子单位", "factor unit", hint="如 tCO2e/t、kgCO2e/万元"),
        Column("factor_id", "因子编号", "factor id", hint="引用 --factors 文件中的因子"),
        Column("factor_source", "因子来源", "factor source"),
        _SOURCE,
    ), "范围三：价值链排放 / scope 3: value chain"),
}

SHEETS["measures"] = Sheet("measures", "减排措施", "Reduction measures", (
    Column("id", "措施编号", "measure id", required=True, hint="唯一编号，如 M1 / unique, e.g. M1"),
    Column("name", "措施名称", "measure", required=True),
    Column("category", "类别", "category",
           hint="energy（能源结构）/ efficiency（工艺设备）/ operations（运营办公）/ "
                "supply_chain（供应链）/ removal（负碳）"),
    Column("source", "作用的排放源", "emission source", required=True,
           hint="fuel:天然气、electricity:江苏、heat:steam、fugitive:HFC-134a、scope3:1"),
    Column("site", "厂区/设施", "site", hint="留空 = 所有厂区 / blank = all sites"),
    Column("mode", "减排量类型", "abatement type", required=True,
           hint="absolute（tCO2e/年）/ share（占该排放源比例 0–1）/ activity（减少的活动量）/ "
                "green_power（改用绿电或绿证的电量）"),
    Column("amount", "数量", "amount", "number", True),
    Column("unit", "单位", "unit", hint="activity / green_power 必填，如 MWh、万Nm3"),
    Column("start_year", "开始年份", "start year", "int", True),
    Column("ramp_years", "爬坡年数", "ramp-up years", "int", hint="达到全部减排量所需年数，缺省 1"),
    Column("lifetime", "寿命（年）", "lifetime, years", "int"),
    Column("capex", "投资 万元", "capex, 10k CNY", "number"),
    Column("opex", "年运行成本 万元/年", "opex, 10k CNY/yr", "number", hint="节约为负 / savings negative"),
    Column("cost_per_t", "单位减排成本 元/tCO2e", "cost per tonne, CNY/t", "number",
           hint="不填投资与运行成本时使用 / instead of capex and opex"),
    Column("excludes", "互斥措施", "excludes", hint="不能同时实施的措施编号，逗号分隔 / ids, comma-separated"),
    Column("note", "说明", "note"),
), "减排路线图的候选措施 / candidate measures for the reduction roadmap")

TABLE_SHEETS = ("output", "fuels", "process", "electricity", "heat", "scope3")
REQUIRED_SHEETS = ("fuels", "electricity")
"""Sheets a workbook must have (empty but for the header when there is no such activity):
without them scope 1 combustion or scope 2 would silently read as zero."""


def match_header(sheet: Sheet, text: object) -> str | None:
    """The column key a header cell names, or None for a column the reader ignores."""
    if text is None:
        return None
    raw = str(text).strip()
    lowered = raw.casefold()
    for column in sheet.columns:
        if lowered in {column.key, column.zh.casefold(), column.en.casefold(),
                       column.header.casefold()}:
            return column.key
    tokens = {t.strip().casefold() for t in raw.replace("\n", "/").split("/")}
    for column in sheet.columns:
        if column.key in tokens or column.zh.casefold() in tokens:
            return column.key
    return None


def near_header(sheet: Sheet, text: str, cutoff: float) -> Column | None:
    """The known column an unknown header most resembles (difflib ratio >= cutoff), if any:
    '碳氧化率' → oxidation (实测碳氧化率)."""
    labels: dict[str, Column] = {}
    for column in sheet.columns:
        for label in (column.key, column.zh, column.en, column.header):
            labels[label.casefold()] = column
    raw = text.strip().casefold()
    candidates = [raw, *(t.strip() for t in raw.replace("\n", "/").split("/") if t.strip())]
    best: tuple[float, Column] | None = None
    for candidate in candidates:
        for label, column in labels.items():
            ratio = difflib.SequenceMatcher(None, candidate, label).ratio()
            if ratio >= cutoff and (best is None or ratio > best[0]):
                best = (ratio, column)
    return best[1] if best else None
