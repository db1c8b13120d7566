"""Write the activity-data template (or a filled workbook, e.g. the demo) as .xlsx or CSV.

The layout comes from `sheets.SHEETS`, so what is written here is exactly what the reader
accepts. Reference sheets list the fuels, provinces, gases and scope 3 categories the bundled
factor library knows, so a user can pick names that will resolve.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from cnsr.files import save_workbook
from cnsr.ghg.library import FactorLibrary
from cnsr.ghg.sheets import ENTITY_FIELDS, SHEETS, TABLE_SHEETS

WRITTEN = (*TABLE_SHEETS, "measures")
Rows = Mapping[str, Sequence[Mapping[str, Any]]]

EXAMPLES: dict[str, dict[str, Any]] = {
    "output": {"year": "# 2023", "site": "一厂", "output": 120000, "output_unit": "t",
               "revenue": 85000, "revenue_unit": "万元"},
    "fuels": {"year": "# 2023", "site": "一厂", "fuel": "天然气", "quantity": 350,
              "unit": "万Nm3", "data_source": "燃气发票"},
    "process": {"year": "# 2023", "site": "一厂", "source": "制冷剂补充", "material": "HFC-134a",
                "quantity": 120, "unit": "kg"},
    "electricity": {"year": "# 2023", "site": "一厂", "region": "江苏", "quantity": 1800,
                    "unit": "万千瓦时", "green_power": 300, "green_certificates": 1000},
    "heat": {"year": "# 2023", "site": "一厂", "kind": "steam", "quantity": 5000, "unit": "t",
             "enthalpy": 2.8},
    "scope3": {"year": "# 2023", "site": "", "category": 1, "method": "spend",
               "description": "外购原材料", "quantity": 5000, "unit": "万元", "factor": 0.8,
               "factor_unit": "tCO2e/万元", "factor_source": "供应商数据"},
    "measures": {"id": "# M1", "name": "屋顶光伏 2 MW", "category": "energy",
                 "source": "electricity:江苏", "site": "一厂", "mode": "activity", "amount": 2200,
                 "unit": "MWh", "start_year": 2026, "ramp_years": 1, "lifetime": 25,
                 "capex": 700, "opex": -90, "excludes": ""},
}

README = [
    ("cnsr 温室气体活动数据模板", "cnsr greenhouse-gas activity data template"),
    ("每个工作表第 1 行为表头，从第 2 行起填写数据；以 # 开头的行为示例或注释，不参与计算。",
     "Row 1 of each sheet is the header; data start at row 2. Rows starting with # are examples "
     "or comments and are ignored."),
    ("数量不得为负；单位可用 t、万t、kt、Nm3、万Nm3、MWh、kWh、万千瓦时、GJ、tce、元、万元 等。",
     "Quantities must not be negative. Units: t, 万t, kt (kilotonne), Nm3, 万Nm3, MWh, kWh, "
     "万千瓦时, GJ, tce, 元, 万元 ..."),
    ("燃料名称、省份/区域电网、气体名称见 ref_ 开头的参考表；可用 --factors 文件增加或覆盖因子。",
     "Fuel, province / grid-region and gas names are listed on the ref_ sheets; add or override "
     "factors with a --factors file."),
    ("外购电力按所在省份对应的区域电网因子（位置法），并按绿电、绿证及剩余电力因子计算市场法排放。",
     "Electricity uses the regional grid factor of the province (location-based) and green "
     "power, certificates and the residual factor for the market-based figure."),
    ("范围三每行须给出排放因子及单位（或因子编号），例如 tCO2e/万元（支出法）或 kgCO2e/tkm。",
     "Each scope 3 row needs a factor and its unit (or a factor id), e.g. tCO2e/万元 (spend) "
     "or kgCO2e/tkm."),
    ("“减排措施”表列出候选减排措施（作用的排放源、减排量、开始年份、成本、互斥关系），供 cnsr ghg roadmap 使用。",
     "The measures sheet lists candidate reduction measures (source, abatement, start year, "
     "cost, exclusions) for `cnsr ghg roadmap`."),
]

_BOLD = Font(bold=True)
_HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")


def _header(ws: Worksheet, headers: Sequence[str], hints: Sequence[str] = ()) -> None:
    for i, text in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=i, value=text)
        cell.font, cell.fill = _BOLD, _HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if i - 1 < len(hints) and hints[i - 1]:
            cell.comment = Comment(hints[i - 1], "cnsr")
        ws.column_dimensions[cell.column_letter].width = max(12, min(32, len(text) + 6))
    ws.freeze_panes = "A2"


def _reference_sheets(book: Workbook, lib: FactorLibrary) -> None:
    t = lib.tables
    refs: dict[str, tuple[list[str], list[list[Any]]]] = {
        "ref_fuels": (["id", "中文 zh", "English", "单位 unit", "别名 aliases"],
                      [[f.id, f.zh, f.en, f.unit, "|".join(f.aliases)] for f in t.fuels]),
        "ref_regions": (["省份 province", "English", "区域电网 grid region"],
                        [[p.province, p.en, p.region] for p in t.provinces]),
        "ref_gases": (["气体 gas", "别名 aliases", "AR4", "AR5", "AR6"],
                      [[g.gas, "|".join(g.aliases), g.AR4, g.AR5, g.AR6] for g in t.gwp]),
        "ref_process": (["id", "中文 zh", "English", "tCO2/t"],
                        [[m.id, m.zh, m.en, m.value] for m in t.process]),
        "ref_scope3": (["类别 category", "中文 zh", "English"],
                       [[c.category, c.zh, c.en] for c in t.scope3_categories]),
    }
    for name, (headers, rows) in refs.items():
        ws = book.create_sheet(name)
        _header(ws, headers)
        for r in rows:
            ws.append(r)


def write_workbook(path: Path, lib: FactorLibrary, entity: Mapping[str, Any] | None = None,
                   rows: Rows | None = None, examples: bool = True) -> Path:
    """Write an activity workbook; with no rows it is the empty template (with examples)."""
    if path.suffix.lower() != ".xlsx":
        return _write_csv_folder(path, entity, rows, examples)
    book = Workbook()
    readme = book.active
    assert readme is not None
    readme.title = "README"
    readme.column_dimensions["A"].width = readme.column_dimensions["B"].width = 80
    for zh, en in README:
        readme.append([zh, en])
    readme["A1"].font = readme["B1"].font = _BOLD
    ws = book.create_sheet("entity")
    _header(ws, [SHEETS["entity"].columns[0].header, SHEETS["entity"].columns[1].header,
                 "说明 / note"])
    for field in ENTITY_FIELDS:
        ws.append([field.header, (entity or {}).get(field.key), field.hint or field.en])
    for name in WRITTEN:
        sheet = SHEETS[name]
        ws = book.create_sheet(name)
        _header(ws, [c.header for c in sheet.columns], [c.hint or c.en for c in sheet.columns])
        data = list((rows or {}).get(name, []))
        if examples and name in EXAMPLES:
            data.insert(0, EXAMPLES[name])
        for record in data:
            ws.append([record.get(c.key) for c in sheet.columns])
    _reference_sheets(book, lib)
    save_workbook(book, path)
    return path


def _write_csv_folder(folder: Path, entity: Mapping[str, Any] | None, rows: Rows | None,
                      examples: bool) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "entity.csv").open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["field", "value"])
        for field in ENTITY_FIELDS:
            out.writerow([field.key, (entity or {}).get(field.key, "")])
    for name in WRITTEN:
        columns = SHEETS[name].columns
        data = list((rows or {}).get(name, []))
        if examples and name in EXAMPLES:
            data.insert(0, EXAMPLES[name])
        with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as handle:
            out = csv.writer(handle)
            out.writerow([c.key for c in columns])
            for record in data:
                out.writerow(["" if record.get(c.key) is None else record.get(c.key)
                              for c in columns])
    return folder
