"""Study workbook: sheets, bilingual headers, frozen rows, number formats, contents."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from openpyxl.workbook import Workbook

from cnsr.methodology import LoadedMethodology
from cnsr.rank.study import Study
from cnsr.rating import EmissionFigure, Evidence, Rating
from cnsr.report.excel import write_study_excel


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory, study: Study, demo: list[Rating],
         m: LoadedMethodology) -> Workbook:
    path = write_study_excel(study, demo, m, tmp_path_factory.mktemp("x") / "study.xlsx")
    return load_workbook(path)


def _column(ws, header_en: str) -> int:  # type: ignore[no-untyped-def]
    return [c.value for c in ws[2]].index(header_en) + 1


def test_sheets_and_headers(book: Workbook) -> None:
    assert book.sheetnames == ["汇总 Summary", "同组概况 Groups", "排名 Ranking",
                               "指标得分 Indicators", "披露要点 Points", "证据 Evidence",
                               "排放数据 Emissions", "差距 Gaps"]
    for ws in book:
        assert ws.freeze_panes is not None and ws.freeze_panes.endswith("3")
        assert all(c.value is not None for c in ws[1][:1])
    ranking = book["排名 Ranking"]
    assert [c.value for c in ranking[1]][:5] == ["同组", "阶段", "行业", "规模", "排名"]
    assert [c.value for c in ranking[2]][:5] == ["Peer group", "Stage", "Industry", "Size",
                                                 "Rank"]


def test_ranking_rows_match_the_study(book: Workbook, study: Study) -> None:
    ws = book["排名 Ranking"]
    entries = [e for g in study.groups for e in g.entries]
    assert ws.max_row == 2 + len(entries) + len(study.unranked)  # stage 0 listed last
    total, share, rank = (_column(ws, h) for h in ("Total", "Share", "Rank"))
    first = entries[0]
    assert ws.cell(3, rank).value == first.rank and ws.cell(3, total).value == first.total
    assert ws.cell(3, total).number_format == "0.00"
    assert ws.cell(3, share).number_format == "0.0%"
    assert ws.cell(3, share).value == pytest.approx(first.share)


def test_indicator_points_evidence_and_gaps(book: Workbook, demo: list[Rating],
                                            study: Study) -> None:
    current = [r for r in demo if r.company.year == study.year]
    n_ind = len(current[0].indicators)
    assert book["指标得分 Indicators"].max_row == 2 + n_ind * len(current)
    n_points = sum(len(i.points) for i in current[0].indicators)
    assert book["披露要点 Points"].max_row == 2 + n_points * len(current)
    ev = book["证据 Evidence"]
    passage, page = _column(ev, "Passage"), _column(ev, "Page")
    quotes = {ev.cell(r, passage).value for r in range(3, ev.max_row + 1)}
    some = next(e for r in current for i in r.indicators for p in i.points for e in p.evidence)
    assert some.passage in quotes
    assert all(isinstance(ev.cell(r, page).value, int) for r in range(3, ev.max_row + 1))
    gaps = book["差距 Gaps"]
    kinds = {gaps.cell(r, _column(gaps, "Kind")).value for r in range(3, gaps.max_row + 1)}
    assert {"阶段 stage", "要点 point"} <= kinds


def test_summary_text_in_both_languages(book: Workbook, study: Study) -> None:
    ws = book["汇总 Summary"]
    cells = [(ws.cell(r, 1).value, ws.cell(r, 2).value) for r in range(3, ws.max_row + 1)]
    assert (study.text_zh.splitlines()[0], study.text_en.splitlines()[0]) in cells


def test_emissions_sheet_lists_each_figure_with_its_kind_and_evidence(
        tmp_path, study: Study, demo: list[Rating], m: LoadedMethodology) -> None:  # type: ignore[no-untyped-def]
    current = [r for r in demo if r.company.year == study.year]
    row = "指标 | 单位 | 2022年 | 2023年\n范围一排放 | tCO2e | 48,210 | 46,905"
    figures = [
        EmissionFigure(scope="scope1", year=2023, value=46905, unit="tCO2e", written="46,905",
                       label="范围一排放", evidence=Evidence(file="kpi.pdf", page=7, passage=row)),
        EmissionFigure(scope="total", kind="financed", year=2023, value=3.4e6, unit="tCO2e",
                       written="340万吨", evidence=Evidence(file="kpi.pdf", page=9,
                                                         passage="投融资碳排放约340万吨")),
        EmissionFigure(scope="intensity", year=2023, value=2.1, unit="t/t", written="2.1 t/t",
                       evidence=Evidence(file="kpi.pdf", page=7, passage="单位产品二氧化碳排放量 2.1 t/t")),
    ]
    rated = [current[0].model_copy(update={"emissions": figures}), *current[1:]]
    book = load_workbook(write_study_excel(study, rated, m, tmp_path / "s.xlsx"))
    ws = book["排放数据 Emissions"]
    assert ws.max_row == 2 + 3
    head = [c.value for c in ws[2]]
    got = [dict(zip(head, (c.value for c in ws[r]), strict=True)) for r in range(3, 6)]
    assert got[0]["Company"] == current[0].company.name
    assert (got[0]["Scope"], got[0]["Emissions year"], got[0]["Value tCO2e"], got[0]["Kind"],
            got[0]["Page"], got[0]["Passage"]) == ("scope1", 2023, 46905, "own", 7, row)
    assert got[1]["Kind"] == "financed" and got[1]["Value tCO2e"] == 3.4e6
    assert got[2]["Unit"] == "t/t" and got[2]["Value tCO2e"] is None and got[2]["Value"] == 2.1


def test_a_part_names_its_scope_in_its_own_column(tmp_path, study: Study, demo: list[Rating],
                                                  m: LoadedMethodology) -> None:  # type: ignore[no-untyped-def]
    """Session 26: a part ("其中：工艺排放") is listed with the scope it is a part of in the
    "Part of scope" column, blank for every other figure, so a sum over a scope's rows never
    takes it in."""
    current = [r for r in demo if r.company.year == study.year]
    ev = Evidence(file="kpi.pdf", page=7, passage="范围一 | 612.4\n其中：工艺排放 | 188.6")
    figures = [
        EmissionFigure(scope="scope1", year=2023, value=6124000, unit="tCO2e", written="612.4",
                       label="范围一", evidence=ev),
        EmissionFigure(scope="scope1", kind="part", year=2023, value=1886000, unit="tCO2e",
                       written="188.6", label="其中：工艺排放", evidence=ev),
    ]
    rated = [current[0].model_copy(update={"emissions": figures}), *current[1:]]
    book = load_workbook(write_study_excel(study, rated, m, tmp_path / "s.xlsx"))
    ws = book["排放数据 Emissions"]
    head = [c.value for c in ws[2]]
    got = [dict(zip(head, (c.value for c in ws[r]), strict=True)) for r in range(3, 5)]
    assert (got[0]["Scope"], got[0]["Part of scope"], got[0]["Kind"]) == ("scope1", None, "own")
    assert (got[1]["Scope"], got[1]["Part of scope"], got[1]["Kind"]) == ("scope1", "scope1", "part")
