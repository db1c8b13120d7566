"""Excel export of a study (openpyxl): one sheet per view, headers in Chinese (row 1) and
English (row 2), header rows and name columns frozen, filters on, numbers formatted."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from cnsr.files import save_workbook
from cnsr.frameworks.results import StoredCheck
from cnsr.methodology.load import LoadedMethodology
from cnsr.rank.peers import PeerKey
from cnsr.rank.reference import references
from cnsr.rank.study import Study, group_title
from cnsr.rating import Evidence, Rating
from cnsr.report.check_first import points_to_check
from cnsr.report.evidence_text import relative_file
from cnsr.report.gaps import analyse
from cnsr.report.stage_zero import first_stage_needs

SCORE, SHARE, PCT, INT, TEXT = "0.00", "0.0%", "0.0", "0", "@"
HEAD_FILL = PatternFill("solid", fgColor="1F7A5A")
SUB_FILL = PatternFill("solid", fgColor="E4F1EB")
WRAP = Alignment(wrap_text=True, vertical="top")
MAX_WIDTH = 60


@dataclass(frozen=True)
class Col:
    zh: str
    en: str
    fmt: str | None = None
    width: float | None = None


def _sheet(wb: Workbook, title: str, cols: Sequence[Col], rows: list[list[Any]],
           freeze_cols: int = 0) -> Worksheet:
    ws = wb.create_sheet(title)
    ws.append([c.zh for c in cols])
    ws.append([c.en for c in cols])
    for cell in ws[1]:
        cell.font, cell.fill = Font(bold=True, color="FFFFFF"), HEAD_FILL
    for cell in ws[2]:
        cell.font, cell.fill = Font(italic=True, color="1F7A5A"), SUB_FILL
    for row in rows:
        ws.append(row)
    for j, col in enumerate(cols, start=1):
        letter = get_column_letter(j)
        if col.fmt:
            for (cell,) in ws.iter_rows(min_row=3, min_col=j, max_col=j):
                cell.number_format = col.fmt
        ws.column_dimensions[letter].width = col.width or _width(col, [r[j - 1] for r in rows])
        if col.width and col.width >= 40:
            for (cell,) in ws.iter_rows(min_row=3, min_col=j, max_col=j):
                cell.alignment = WRAP
    ws.freeze_panes = ws.cell(row=3, column=freeze_cols + 1)
    if rows:
        ws.auto_filter.ref = f"A2:{get_column_letter(len(cols))}{len(rows) + 2}"
    return ws


def _text_width(value: Any) -> float:
    text = "" if value is None else str(value)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _width(col: Col, values: list[Any]) -> float:
    longest = max([_text_width(col.zh), _text_width(col.en), *map(_text_width, values[:500])])
    return min(MAX_WIDTH, max(6, longest + 2))


def _company_cols() -> list[Col]:
    return [Col("企业名称", "Company"), Col("证券代码", "Code"), Col("年度", "Year", INT),
            Col("阶段", "Stage", INT), Col("行业", "Industry"), Col("规模", "Size")]


def _company(r: Rating) -> list[Any]:
    c = r.company
    return [c.name, c.code, c.year, r.stage, c.industry, c.size]


def summary_rows(study: Study) -> list[list[Any]]:
    rows: list[list[Any]] = [
        ["年度", "Year", study.year],
        ["评价体系", "Methodology", study.methodology],
        ["企业数", "Companies", study.companies],
    ]
    for stage, n in sorted(study.stage_counts.items(), reverse=True):
        rows.append([study.stage_names_zh[stage], study.stage_names_en[stage], n])
    rows.append(["", "", None])
    for zh, en in zip(study.text_zh.splitlines(), study.text_en.splitlines(), strict=False):
        rows.append([zh, en, None])
    return rows


def write_study_excel(study: Study, ratings: list[Rating], m: LoadedMethodology,
                      out: Path, checks: list[StoredCheck] | None = None) -> Path:
    """Write the study workbook. `ratings` may hold other years; only the study's year is
    listed (earlier years appear as year-over-year columns of the ranking). `checks`: stored
    checklist results, of the study's year only, get their own sheets (excel_checks.py)."""
    from cnsr.report.excel_checks import write_check_sheets

    current = sorted((r for r in ratings if r.company.year == study.year),
                     key=lambda r: (-r.stage, r.company.industry, r.company.size,
                                    -r.total, r.company.code, r.company.name))
    wb = Workbook()
    wb.remove(wb.active)
    _summary(wb, study)
    _groups(wb, study)
    _ranking(wb, study, current, m)
    _indicators(wb, current, m)
    _points(wb, current, m)
    _evidence(wb, current, m)
    _emissions(wb, current)
    _gaps(wb, current, m)
    write_check_sheets(wb, [c for c in checks or [] if c.result.company.year == study.year])
    save_workbook(wb, out)
    return out


def _summary(wb: Workbook, study: Study) -> None:
    ws = _sheet(wb, "汇总 Summary", [Col("项目", "Item (zh)", width=50),
                                   Col("项目（英文）", "Item (en)", width=70),
                                   Col("数值", "Value", INT, 10)], summary_rows(study))
    for (a, b, _c) in ws.iter_rows(min_row=3):
        a.alignment = b.alignment = WRAP


def _groups(wb: Workbook, study: Study) -> None:
    cols = [Col("年度", "Year", INT), Col("阶段", "Stage", INT), Col("行业", "Industry"),
            Col("规模", "Size"), Col("企业数", "Companies", INT), Col("满分", "Maximum", INT),
            Col("最高分企业", "Leader(s)"), Col("最高分", "Top", SCORE),
            Col("平均分", "Mean", SCORE), Col("中位数", "Median", SCORE),
            Col("薄弱指标", "Weakest indicators", width=40),
            Col("薄弱指标（英文）", "Weakest (English)", width=40),
            Col("小结", "Summary", width=60), Col("小结（英文）", "Summary (English)", width=60)]
    rows = [[g.key.year, g.key.stage, g.key.industry, g.key.size, len(g.entries), g.maximum,
             "、".join(g.leaders), g.top_total, g.mean_total, g.median_total,
             "、".join(f"{s.indicator} {s.zh} {s.mean_percent:.0f}%" for s in g.indicators[:4]),
             "; ".join(f"{s.indicator} {s.en} {s.mean_percent:.0f}%" for s in g.indicators[:4]),
             g.text_zh, g.text_en] for g in study.groups]
    _sheet(wb, "同组概况 Groups", cols, rows, freeze_cols=4)


def _ranking(wb: Workbook, study: Study, ratings: list[Rating], m: LoadedMethodology) -> None:
    cols = [Col("同组", "Peer group", width=34), Col("阶段", "Stage", INT),
            Col("行业", "Industry"), Col("规模", "Size"), Col("排名", "Rank", INT),
            Col("并列", "Tied"), Col("企业名称", "Company"), Col("证券代码", "Code"),
            Col("总分", "Total", SCORE), Col("满分", "Maximum", INT),
            Col("得分率", "Share", SHARE), Col("百分位", "Percentile", PCT),
            Col("同组企业数", "Group size", INT), Col("上年总分", "Previous total", SCORE),
            Col("分数变化", "Score change", "+0.00;-0.00;0"),
            Col("上年阶段", "Previous stage", INT), Col("上年排名", "Previous rank", INT),
            Col("排名变化", "Rank change", "+0;-0;0"),
            Col("同行业排名（各规模）", "Rank in industry (all sizes)", INT),
            Col("同行业企业数", "Industry companies", INT),
            Col("同阶段排名（全部企业）", "Rank in market (same stage)", INT),
            Col("同阶段企业数", "Market companies", INT),
            Col("进入下一阶段所需", "To reach the next stage (zh)", width=40),
            Col("进入下一阶段所需（英文）", "To reach the next stage (en)", width=40)]
    rows: list[list[Any]] = []
    for g in study.groups:
        title = group_title(g.key, g.stage_zh, "zh")
        for e in g.entries:
            c = e.change
            wider = {r.scope: r for r in references(study, e.key)}
            rows.append([title, g.key.stage, g.key.industry, g.key.size, e.rank,
                         "是 yes" if e.tied else "", e.name, e.code, e.total, e.maximum,
                         e.share, e.percentile, e.group_size,
                         c.previous_total if c else None, c.delta if c else None,
                         c.previous_stage if c else None, c.previous_rank if c else None,
                         c.rank_change if c else None,
                         wider["industry"].rank, wider["industry"].size,
                         wider["market"].rank, wider["market"].size, None, None])
    # stage 0: listed, not ranked or scored, with what the first stage needs
    for r in ratings:
        if r.stage != 0:
            continue
        key = PeerKey(year=r.company.year, stage=0, industry=r.company.industry.strip(),
                      size=r.company.size.strip())
        rows.append([group_title(key, study.stage_names_zh[0], "zh"), 0, key.industry,
                     key.size, None, "", r.company.name, r.company.code, None, None, None,
                     None, None, None, None, None, None, None, None, None, None, None,
                     first_stage_needs(m, "zh", r), first_stage_needs(m, "en", r)])
    _sheet(wb, "排名 Ranking", cols, rows, freeze_cols=1)


def _indicators(wb: Workbook, ratings: list[Rating], m: LoadedMethodology) -> None:
    cols = [*_company_cols(), Col("指标", "Indicator"), Col("指标名称", "Name (zh)"),
            Col("指标名称（英文）", "Name (en)"), Col("计分", "Counted"),
            Col("分值", "Points", INT), Col("要点均值", "Point mean", "0.000"),
            Col("水平 %", "Level %", INT), Col("水平档次", "Level band"),
            Col("趋势", "Trend"), Col("对比", "Comparison"), Col("整合", "Integration"),
            Col("加分 %", "Bonus %", INT), Col("封顶", "Capped"),
            Col("得分率 %", "Percent", INT), Col("得分", "Score", SCORE)]
    rows = []
    for r in ratings:
        for ind in r.indicators:
            spec, s = m.spec.indicator_by_id[ind.indicator], ind.score
            rows.append([*_company(r), ind.indicator, spec.zh, spec.en,
                         "是 yes" if ind.counted else "否 no", s.points_max, s.mean, s.level,
                         s.level_band, ind.trend.band, ind.comparison.band,
                         ind.integration.band, s.bonus, "是 yes" if s.capped else "",
                         s.percent, s.score if ind.counted else None])
    _sheet(wb, "指标得分 Indicators", cols, rows, freeze_cols=2)


def _points(wb: Workbook, ratings: list[Rating], m: LoadedMethodology) -> None:
    cols = [*_company_cols(), Col("指标", "Indicator"), Col("要点", "Point"),
            Col("要点名称", "Point (zh)", width=36), Col("要点名称（英文）", "Point (en)", width=36),
            Col("定量", "Quantitative"), Col("评定", "Rating", "0.0"), Col("来源", "Source"),
            Col("证据条数", "Evidence", INT), Col("优先核实", "Check first", width=30)]
    rows = []
    for r in ratings:
        to_check = points_to_check(r)
        for ind in r.indicators:
            for p in ind.points:
                spec = m.spec.point_by_id[p.point]
                why = to_check.get(p.point)
                rows.append([*_company(r), ind.indicator, p.point, spec.zh, spec.en,
                             "Q" if spec.quantitative else "", p.rating, p.source,
                             len(p.evidence), f"{why.name_zh} / {why.name_en}" if why else ""])
    _sheet(wb, "披露要点 Points", cols, rows, freeze_cols=2)


def _evidence(wb: Workbook, ratings: list[Rating], m: LoadedMethodology) -> None:
    cols = [*_company_cols(), Col("类别", "Kind"), Col("指标/判定", "Indicator / criterion"),
            Col("要点/维度", "Point / dimension"), Col("文件", "File", width=36),
            Col("页码", "Page", INT), Col("印刷页码", "Printed page"),
            Col("原文", "Passage", width=80),
            Col("匹配", "Matched", width=24), Col("数量", "Quantities", width=24),
            Col("相关度", "Relevance", "0.00")]
    rows: list[list[Any]] = []

    def add(r: Rating, kind: str, where: str, what: str, evs: list[Evidence]) -> None:
        inputs = [i.get("file", "") for i in r.provenance.inputs]
        for e in evs:
            rows.append([*_company(r), kind, where, what, relative_file(e.file, inputs),
                         e.page, e.page_label, e.passage,
                         ", ".join(e.matched), ", ".join(e.quantities), e.relevance])

    for r in ratings:
        for name, crit in r.criteria.items():
            add(r, "判定 criterion", name, "", crit.evidence)
        for ind in r.indicators:
            for p in ind.points:
                add(r, "要点 point", ind.indicator, p.point, p.evidence)
            for dim in m.spec.dimensions:
                add(r, "维度 dimension", ind.indicator, dim.id, ind.dimension(dim.id).evidence)
    _sheet(wb, "证据 Evidence", cols, rows, freeze_cols=2)


def _emissions(wb: Workbook, ratings: list[Rating]) -> None:
    """The GHG figures each rating carries; only kind "own" is the company's emissions. A part
    (kind "part": "其中：工艺排放") names the scope it is a part of in its own column, so a sum
    over a scope's rows never takes it in (session 26)."""
    cols = [*_company_cols(), Col("范围", "Scope"), Col("所属范围（分项）", "Part of scope"),
            Col("排放年度", "Emissions year", INT),
            Col("数值", "Value", "#,##0.####"), Col("单位", "Unit"),
            Col("tCO2e", "Value tCO2e", "#,##0.##"), Col("原文数值", "As written"),
            Col("类别", "Kind"), Col("指标", "Label", width=30), Col("文件", "File", width=36),
            Col("页码", "Page", INT), Col("原文", "Passage", width=80)]
    rows: list[list[Any]] = []
    for r in ratings:
        inputs = [i.get("file", "") for i in r.provenance.inputs]
        for e in r.emissions:
            rows.append([*_company(r), e.scope, e.scope if e.kind == "part" else "", e.year,
                         e.value, e.unit, e.value_t, e.written,
                         e.kind, e.label, relative_file(e.evidence.file, inputs),
                         e.evidence.page, e.evidence.passage])
    _sheet(wb, "排放数据 Emissions", cols, rows, freeze_cols=2)


def _typed(value: str) -> float | str:
    """A point rating ("0.5") as a number; a band ("B2") stays text."""
    try:
        return float(value)
    except ValueError:
        return value


def _gaps(wb: Workbook, ratings: list[Rating], m: LoadedMethodology) -> None:
    cols = [*_company_cols(), Col("类别", "Kind"), Col("指标", "Indicator"),
            Col("对象", "Target"), Col("现状", "Current"), Col("目标", "Proposed"),
            Col("可增分", "Gain", SCORE), Col("提升后得分率 %", "Percent after", INT),
            Col("提升后档次", "Band after"), Col("建议", "Recommendation (zh)", width=48),
            Col("建议（英文）", "Recommendation (en)", width=56)]
    rows = []
    for r in ratings:
        gaps = analyse(r, m)
        for path in gaps.stages:
            missing_zh = "、".join(c.zh for c in path.missing)
            missing_en = ", ".join(c.en for c in path.missing)
            rows.append([*_company(r), "阶段 stage", "", f"S{path.stage}", r.stage,
                         path.stage, path.gain, None, None,
                         f"满足：{missing_zh}，进入{path.zh}（按现有披露约 "
                         f"{path.projected_total:g} / {path.maximum} 分）",
                         f"Meet: {missing_en} to reach {path.en} (about "
                         f"{path.projected_total:g} of {path.maximum} with current disclosures)"])
        for g in gaps.recommendations:
            ch = g.change
            rows.append([*_company(r), "要点 point" if ch.kind == "point" else "维度 dimension",
                         ch.indicator, ch.target, _typed(ch.current), _typed(ch.proposed),
                         g.gain,
                         g.percent_after, g.band_after, ch.zh, ch.en])
    _sheet(wb, "差距 Gaps", cols, rows, freeze_cols=2)
