"""Write the empty (or pre-filled) expert scoring workbook an analyst fills in."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from cnsr.expert.layout import (
    FIRST_DATA_ROW,
    GROUP_ROW,
    INSTRUCTIONS_SHEET,
    KEY_ROW,
    LABEL_ROW,
    LISTS_SHEET,
    NO,
    POINTS_SHEET,
    RATINGS_SHEET,
    YES,
    Column,
    columns,
)
from cnsr.files import save_workbook
from cnsr.methodology import LoadedMethodology

DATA_ROWS = 500
HEAD_FILL = PatternFill("solid", fgColor="1F4E79")
GROUP_FILLS = ("DDEBF7", "E2EFDA")
KEY_FONT = Font(color="808080", size=8)

INSTRUCTIONS = [
    ("企业碳中和社会责任专家评分表", "CNSR expert scoring sheet"),
    ("每行填写一家公司一个报告年度。公司名称与报告年度必填。",
     "One row per company and report year. Company name and year are required."),
    ("阶段判断：是否有环保意识及披露、是否有碳中和意识及双碳披露、是否量化了企业自身碳排放，填 Y 或 N；"
     "阶段由此自动确定（仅提及国家政策不算企业碳中和意识；仅有减排量不算排放量化）。",
     "Stage criteria: Y or N for environmental awareness, carbon-neutrality awareness and "
     "quantified own emissions; the stage follows from them (national policy as background is not "
     "the company's awareness; a reduction amount alone is not a quantification)."),
    ("披露要点：0 = 未披露，0.5 = 仅定性提及（要求数据的要点 (Q) 未给数字），1 = 已披露（(Q) 要点须有数字）。"
     "留空按 0 计。",
     "Disclosure points: 0 = absent, 0.5 = mentioned qualitatively only (no number where (Q) "
     "expects one), 1 = disclosed (with numbers for (Q) points). Blank counts as 0."),
    ("趋势、对比、整合：按档位表选择 {first}–{last}，留空按 {first} 计。",
     "Trend, comparison, integration: choose band {first}–{last} from the band table; blank "
     "counts as {first}."),
    ("第 3 行为机器读取的列键，请勿修改；列可以隐藏或调整顺序。",
     "Row 3 holds the column keys the reader uses: do not edit them; columns may be hidden or moved."),
    ("填写完成后运行：cnsr score 本文件.xlsx", "When done, run: cnsr score THIS_FILE.xlsx"),
]


def write_template(m: LoadedMethodology, path: Path, *, industries: Sequence[str] = (),
                   sizes: Sequence[str] = (), rows: Sequence[dict[str, object]] = ()) -> None:
    """Write the workbook; `rows` pre-fills data rows by column key (used for demo sheets)."""
    wb = Workbook()
    ratings = wb.active
    assert ratings is not None
    ratings.title = RATINGS_SHEET
    cols = columns(m)
    _write_lists(wb, m, industries, sizes)
    _write_headers(ratings, cols)
    _add_validation(ratings, cols, m, bool(industries), bool(sizes))
    for offset, row in enumerate(rows):
        for index, col in enumerate(cols, start=1):
            if col.key in row and row[col.key] is not None:
                ratings.cell(FIRST_DATA_ROW + offset, index, row[col.key])
    _write_instructions(wb.create_sheet(INSTRUCTIONS_SHEET, 0), m)
    _write_points(wb.create_sheet(POINTS_SHEET, 2), m)
    wb.active = wb.sheetnames.index(RATINGS_SHEET)
    save_workbook(wb, path)


def _write_headers(ws: Worksheet, cols: list[Column]) -> None:
    groups: dict[str, list[int]] = {}
    for index, col in enumerate(cols, start=1):
        groups.setdefault(col.group, []).append(index)
        label = ws.cell(LABEL_ROW, index, col.label + (" *" if col.required else ""))
        label.font = Font(bold=True, color="FFFFFF")
        label.fill = HEAD_FILL
        label.alignment = Alignment(wrap_text=True, vertical="top")
        key = ws.cell(KEY_ROW, index, col.key)
        key.font = KEY_FONT
        ws.column_dimensions[get_column_letter(index)].width = col.width
    for n, (group, indexes) in enumerate(groups.items()):
        first, last = indexes[0], indexes[-1]
        cell = ws.cell(GROUP_ROW, first, group)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=GROUP_FILLS[n % 2])
        cell.alignment = Alignment(horizontal="center")
        if last > first:
            ws.merge_cells(start_row=GROUP_ROW, start_column=first, end_row=GROUP_ROW,
                           end_column=last)
    ws.row_dimensions[LABEL_ROW].height = 75
    ws.freeze_panes = ws.cell(FIRST_DATA_ROW, 2)


def _write_lists(wb: Workbook, m: LoadedMethodology, industries: Sequence[str],
                 sizes: Sequence[str]) -> None:
    ws = wb.create_sheet(LISTS_SHEET)
    ws.sheet_state = "hidden"
    for column, (name, values) in enumerate(
        (("cnsr_industries", industries), ("cnsr_sizes", sizes)), start=1
    ):
        for row, value in enumerate(values, start=1):
            ws.cell(row, column, value)
        if values:
            letter = get_column_letter(column)
            ref = f"{quote_sheetname(LISTS_SHEET)}!${letter}$1:${letter}${len(values)}"
            wb.defined_names[name] = DefinedName(name, attr_text=ref)


def _add_validation(ws: Worksheet, cols: list[Column], m: LoadedMethodology,
                    has_industries: bool, has_sizes: bool) -> None:
    values = ",".join(f"{v:g}" for v in m.spec.scoring.point_values)
    bands = ",".join(b.id for b in m.spec.bands)
    rules = {
        "flag": DataValidation(type="list", formula1=f'"{YES},{NO}"', allow_blank=True),
        "point": DataValidation(type="list", formula1=f'"{values}"', allow_blank=True),
        "band": DataValidation(type="list", formula1=f'"{bands}"', allow_blank=True),
        "year": DataValidation(type="whole", operator="between", formula1="1990",
                               formula2="2100", allow_blank=True),
    }
    if has_industries:
        rules["industry"] = DataValidation(type="list", formula1="cnsr_industries",
                                           allow_blank=True)
    if has_sizes:
        rules["size"] = DataValidation(type="list", formula1="cnsr_sizes", allow_blank=True)
    last = FIRST_DATA_ROW + DATA_ROWS - 1
    for rule in rules.values():
        rule.error = "请从下拉列表选择 / choose a value from the list"
        rule.showErrorMessage = True
        ws.add_data_validation(rule)
    for index, col in enumerate(cols, start=1):
        if col.kind in rules:
            letter = get_column_letter(index)
            rules[col.kind].add(f"{letter}{FIRST_DATA_ROW}:{letter}{last}")


def _write_instructions(ws: Worksheet, m: LoadedMethodology) -> None:
    ws.column_dimensions["A"].width = 80
    ws.column_dimensions["B"].width = 80
    names = {"first": m.spec.bands[0].id, "last": m.spec.bands[-1].id}
    for row, (zh, en) in enumerate(INSTRUCTIONS, start=1):
        for column, text in enumerate((zh, en), start=1):
            cell = ws.cell(row, column, text.format(**names))
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if row == 1:
                cell.font = Font(bold=True, size=14)
    start = len(INSTRUCTIONS) + 2
    ws.cell(start, 1, "档位表 Band table").font = Font(bold=True)
    for n, band in enumerate(m.spec.bands, start=start + 1):
        ws.cell(n, 1, f"{band.id}  {band.low}%–{band.high}%  {band.zh}")
        ws.cell(n, 2, f"{band.id}  {band.low}%–{band.high}%  {band.en}")
    methodology_row = start + len(m.spec.bands) + 2
    ws.cell(methodology_row, 1, f"方法学 Methodology: {m.label}")


def _write_points(ws: Worksheet, m: LoadedMethodology) -> None:
    headers = ("要点 Point", "指标 Indicator", "分值 Points", "要求数据 Quantitative",
               "中文", "English")
    for column, text in enumerate(headers, start=1):
        ws.cell(1, column, text).font = Font(bold=True)
    row = 2
    for ind in m.spec.indicators:
        for p in ind.points:
            ws.append([p.id, f"{ind.id} {ind.zh} / {ind.en}", m.points(ind.id),
                       "Q" if p.quantitative else "", p.zh, p.en])
            row += 1
    for letter, width in zip("ABCDEF", (8, 40, 8, 10, 40, 50), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
