"""`cnsr check` results as a terminal table and an Excel workbook (zh / en)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from rich.console import Group
from rich.table import Table
from rich.text import Text as RichText

from cnsr.files import write_atomically
from cnsr.frameworks.check import check_text
from cnsr.frameworks.checklist import Checklist
from cnsr.frameworks.results import CheckResult, ItemResult

_STYLE = {"met": "green", "partly": "yellow", "missing": "red"}
_HEAD = {
    "zh": ["条目", "名称", "层级", "状态", "位置", "证据或原因"],
    "en": ["Item", "Name", "Level", "Status", "Where", "Evidence or reason"],
}
_READY = {"zh": ("披露就绪度", "层级", "条目", "已披露", "部分", "缺失", "就绪度"),
          "en": ("Readiness", "Level", "Items", "Met", "Partly", "Missing", "Readiness")}
_FIRST = {"zh": "优先补充：", "en": "Add first: "}


def where(r: ItemResult) -> str:
    if not r.evidence:
        return ""
    e = r.evidence[0]
    return f"{Path(e.file).name} p{e.page}" if e.page is not None else Path(e.file).name


def said(r: ItemResult, lang: str) -> str:
    if r.status == "met" or (r.status == "partly" and r.evidence):
        return r.evidence[0].passage if r.evidence else ""
    return r.reason.get(lang) if r.reason else ""


def check_tables(result: CheckResult, checklist: Checklist, lang: str) -> Group:
    text = check_text()
    items = {i.id: i for i in checklist.items.items}
    table = Table(title=f"{checklist.title.get(lang)} · {result.company.name} "
                        f"{result.company.year}", show_lines=False)
    for head in _HEAD[lang]:
        table.add_column(head, overflow="fold")
    for r in result.items:
        status = text.status[r.status].get(lang)
        table.add_row(r.item, items[r.item].name(lang), checklist.level_name(r.level, lang),
                      RichText(status, style=_STYLE[r.status]), where(r), said(r, lang)[:120])
    title, *heads = _READY[lang]
    ready = Table(title=title)
    for head in heads:
        ready.add_column(head)
    for lv in result.readiness:
        ready.add_row(checklist.level_name(lv.level, lang), str(lv.items), str(lv.met),
                      str(lv.partly), str(lv.missing), f"{lv.share:.0%}")
    first = _FIRST[lang] + ", ".join(f"{i} {items[i].name(lang)}" for i in result.add_first)
    return Group(table, ready, RichText(first))


def write_check_excel(result: CheckResult, checklist: Checklist, path: Path, lang: str) -> None:
    text = check_text()
    items = {i.id: i for i in checklist.items.items}
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "items" if lang == "en" else "条目"
    heads = [*_HEAD[lang][:5], "页码" if lang == "zh" else "Page",
             "证据或原因" if lang == "zh" else "Evidence or reason",
             "条款" if lang == "zh" else "Article",
             "条款已核实" if lang == "zh" else "Article confirmed",
             "要求已核实" if lang == "zh" else "Requirement confirmed"]
    ws.append(heads)
    for r in result.items:
        item = items[r.item]
        e = r.evidence[0] if r.evidence else None
        ws.append([r.item, item.name(lang), checklist.level_name(r.level, lang),
                   text.status[r.status].get(lang), Path(e.file).name if e else "",
                   e.page if e else None, said(r, lang), item.article or "",
                   item.article_confirmed, item.requirement_confirmed])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for col, width in zip("ABCDEFGHIJ", (14, 28, 16, 10, 24, 8, 80, 14, 10, 10), strict=True):
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows(min_row=2):
        row[6].alignment = Alignment(wrap_text=True, vertical="top")
    title, *ready_heads = _READY[lang]
    rs = wb.create_sheet(title)
    rs.append(ready_heads)
    for lv in result.readiness:
        rs.append([checklist.level_name(lv.level, lang), lv.items, lv.met, lv.partly,
                   lv.missing, lv.share])
    rs.append([])
    rs.append([_FIRST[lang] + ", ".join(result.add_first)])
    write_atomically(path, lambda tmp: wb.save(tmp))
