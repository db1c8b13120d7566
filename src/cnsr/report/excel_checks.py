"""The study workbook's checklist sheets: per framework, one row per company-year with its
readiness (all items and by level) and each item's status; and one row per company-year and
item with the evidence (file, page, passage) or the reason it is missing. Headers in Chinese
(row 1) and English (row 2), like the workbook's other sheets."""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook

from cnsr.frameworks.results import LEVELS, STATUSES, StoredCheck
from cnsr.report.excel import INT, SHARE, Col, _sheet

STATUS = {"met": "已披露 met", "partly": "部分披露 partly", "missing": "缺失 missing"}
assert set(STATUS) == set(STATUSES)
SHEET_CHARS = 31  # Excel's limit on a sheet name


def _company_cols() -> list[Col]:
    return [Col("企业名称", "Company"), Col("证券代码", "Code"), Col("年度", "Year", INT),
            Col("行业", "Industry"), Col("规模", "Size")]


def _company(check: StoredCheck) -> list[Any]:
    c = check.result.company
    return [c.name, c.code, c.year, c.industry, c.size]


def write_check_sheets(wb: Workbook, checks: list[StoredCheck]) -> None:
    """One readiness sheet per framework (in id order), then the items sheet; nothing when no
    company-year of the study was checked."""
    by_framework: dict[str, list[StoredCheck]] = {}
    for check in sorted(checks, key=lambda c: (c.framework, c.result.company.code,
                                               c.result.company.name)):
        by_framework.setdefault(check.framework, []).append(check)
    for framework, group in by_framework.items():
        _readiness(wb, framework, group)
    if checks:
        _items(wb, [c for group in by_framework.values() for c in group])


def _title(wb: Workbook, framework: str) -> str:
    base = f"就绪度 {framework}"[:SHEET_CHARS]
    title, n = base, 2
    while title in wb.sheetnames:
        title, n = f"{base[:SHEET_CHARS - 3]}~{n}", n + 1
    return title


def _readiness(wb: Workbook, framework: str, checks: list[StoredCheck]) -> None:
    latest = checks[-1]  # names and levels as the last stored check gives them
    levels = [lv for lv in LEVELS if any(r.level == lv for c in checks for r in c.result.readiness)]
    items: list[str] = []
    for c in checks:
        items += [r.item for r in c.result.items if r.item not in items]
    cols = [*_company_cols(), Col("版本", "Version"), Col("条目数", "Items", INT),
            Col("已披露", "Met", INT), Col("部分披露", "Partly", INT), Col("缺失", "Missing", INT),
            Col("总就绪度", "Readiness", SHARE),
            *[Col(f"就绪度：{latest.level_name(lv, 'zh')}", f"Readiness: "
                  f"{latest.level_name(lv, 'en')}", SHARE) for lv in levels],
            Col("优先补充", "Add first", width=40),
            *[Col(f"{i} {latest.name(i, 'zh')}", f"{i} {latest.name(i, 'en')}") for i in items]]
    rows = []
    for c in checks:
        counts = {s: sum(r.status == s for r in c.result.items) for s in STATUSES}
        share = {lv.level: lv.share for lv in c.result.readiness}
        status = {r.item: STATUS[r.status] for r in c.result.items}
        rows.append([*_company(c), c.version, len(c.result.items), counts["met"],
                     counts["partly"], counts["missing"], c.share(),
                     *[share.get(lv) for lv in levels],
                     "、".join(f"{i} {c.name(i, 'zh')}" for i in c.result.add_first),
                     *[status.get(i) for i in items]])
    _sheet(wb, _title(wb, framework), cols, rows, freeze_cols=2)


def _items(wb: Workbook, checks: list[StoredCheck]) -> None:
    cols = [*_company_cols(), Col("框架", "Framework"), Col("条目", "Item"),
            Col("条目名称", "Item (zh)", width=30), Col("条目名称（英文）", "Item (en)", width=34),
            Col("层级", "Level"), Col("状态", "Status"), Col("依据", "Found by"),
            Col("文件", "File", width=30), Col("页码", "Page", INT),
            Col("原文或原因", "Passage or reason (zh)", width=70),
            Col("原因（英文）", "Reason (en)", width=50)]
    rows = []
    for c in checks:
        for r in c.result.items:
            e = r.evidence[0] if r.evidence else None
            rows.append([*_company(c), c.framework, r.item, c.name(r.item, "zh"),
                         c.name(r.item, "en"),
                         f"{c.level_name(r.level, 'zh')} {c.level_name(r.level, 'en')}",
                         STATUS[r.status], r.found_by or None,
                         e.file.replace("\\", "/").split("/")[-1] if e else None,
                         e.page if e else None,
                         e.passage if e else (r.reason.zh if r.reason else None),
                         r.reason.en if r.reason else None])
    _sheet(wb, "指引条目 Check items", cols, rows, freeze_cols=2)
