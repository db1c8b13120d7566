"""Write scored expert-sheet results to a workbook: one summary row per company-year plus a
long sheet of indicator scores, ranks taken from the peer ranking."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from cnsr.files import save_workbook
from cnsr.methodology import LoadedMethodology
from cnsr.rank.peers import PeerGroup, position
from cnsr.rating import Rating

HEAD = PatternFill("solid", fgColor="1F4E79")
SUMMARY = "结果 Results"
INDICATORS = "指标得分 Indicator scores"


def write_results(m: LoadedMethodology, ratings: list[Rating], groups: list[PeerGroup],
                  path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)
    ws.title = SUMMARY
    head = ["公司 Company", "代码 Code", "行业 Industry", "规模 Size", "年度 Year",
            "阶段 Stage", "总分 Total", "阶段满分 Stage maximum", "得分率 Share of maximum",
            "同组 Peer group", "组内排名 Rank", "组内公司数 Group size", "百分位 Percentile"]
    head += [f"{i.id} {i.zh} {i.en}" for i in m.spec.indicators]
    ws.append(head)
    for r in ratings:
        placed = position(groups, r.company.key)
        scores = {i.indicator: i.score.score for i in r.indicators if i.counted}
        ws.append([
            r.company.name, r.company.code, r.company.industry, r.company.size, r.company.year,
            r.stage, r.total, r.maximum, r.share,
            placed.group.label if placed else "", placed.rank if placed else None,
            placed.group_size if placed else None, placed.percentile if placed else None,
            *[scores.get(i.id) for i in m.spec.indicators],
        ])
    _style(ws, share_column=9)
    long = wb.create_sheet(INDICATORS)
    long.append(["公司 Company", "年度 Year", "指标 Indicator", "名称 Name", "计入 Counted",
                 "分值 Points", "均值 Mean", "水平 n (%)", "档位 Band", "趋势 Trend",
                 "对比 Comparison", "整合 Integration", "加分 Bonus", "封顶 Capped",
                 "得分率 %", "得分 Score"])
    for r in ratings:
        for ind in r.indicators:
            s = ind.score
            long.append([r.company.name, r.company.year, ind.indicator,
                         m.spec.indicator_by_id[ind.indicator].zh, "Y" if ind.counted else "N",
                         s.points_max, round(s.mean, 4), s.level, s.level_band,
                         ind.trend.band, ind.comparison.band, ind.integration.band, s.bonus,
                         "Y" if s.capped else "", s.percent, s.score])
    _style(long, share_column=None)
    save_workbook(wb, path)


def _style(ws: Worksheet, share_column: int | None) -> None:
    for cell in ws[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = HEAD
    for index in range(1, ws.max_column + 1):
        ws.column_dimensions[get_column_letter(index)].width = 14
    ws.column_dimensions["A"].width = 28
    ws.freeze_panes = "B2"
    if share_column:
        for row in ws.iter_rows(min_row=2, min_col=share_column, max_col=share_column):
            for cell in row:
                cell.number_format = "0.0%"
