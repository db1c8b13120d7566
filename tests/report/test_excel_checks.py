"""The study workbook's checklist sheets: one readiness sheet per framework (readiness by level,
each item's status, typed cells, bilingual headers) and the items sheet with evidence or reason."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook
from openpyxl.workbook import Workbook

from cnsr.frameworks.bundle import bundled_dir
from cnsr.frameworks.check import check_documents
from cnsr.frameworks.checklist import load_checklist
from cnsr.frameworks.results import StoredCheck
from cnsr.frameworks.stored import stored_check
from cnsr.ingest import read_document
from cnsr.methodology import LoadedMethodology
from cnsr.rank.study import Study
from cnsr.rating import Company, Rating
from cnsr.report.excel import write_study_excel

# Two companies of the study's year: one discloses period, governance, scope 1 and 2 and a
# target with progress; the other only mentions climate risk in passing.
FULL = """华电示例能源股份有限公司 2021年可持续发展报告
报告范围：本报告时间范围为2021年1月1日至2021年12月31日。
公司董事会战略委员会负责监督气候相关事项，每年审议应对气候变化工作。
公司识别的气候相关风险包括极端天气导致的实体风险及碳价上涨带来的转型风险。
2021年，公司范围一温室气体排放量为1,180.6万吨二氧化碳当量，范围二温室气体排放量为21.9万吨二氧化碳当量。
公司目标到2025年单位供电二氧化碳排放较2020年下降10%，2021年已下降2.1%。
"""
THIN = """北方示例热电股份有限公司 2021年社会责任报告
公司关注气候变化带来的风险，持续做好安全生产与员工关爱。
"""


def _check(tmp: Path, name: str, code: str, text: str, bundle: str) -> StoredCheck:
    doc = tmp / f"{code}.txt"
    doc.write_text(text, encoding="utf-8")
    company = Company(name=name, code=code, industry="D44", size="L", year=2021)
    checklist = load_checklist(bundle)
    _, result = check_documents([read_document(doc)], company, checklist)
    return stored_check(checklist, result)


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> list[StoredCheck]:
    tmp = tmp_path_factory.mktemp("docs")
    other = tmp / "other-list"  # a second framework: the exchange items under another id
    shutil.copytree(bundled_dir() / "exchange-2024-climate", other)
    spec = yaml.safe_load((other / "bundle.yaml").read_text(encoding="utf-8"))
    (other / "bundle.yaml").write_text(yaml.safe_dump({**spec, "id": "other-list"},
                                                      allow_unicode=True), encoding="utf-8")
    return [_check(tmp, "华电示例能源", "600901.SH", FULL, "exchange-2024-climate"),
            _check(tmp, "北方示例热电", "600902.SH", THIN, "exchange-2024-climate"),
            _check(tmp, "华电示例能源", "600901.SH", FULL, str(other))]


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory, study: Study, demo: list[Rating],
         m: LoadedMethodology, checked: list[StoredCheck]) -> Workbook:
    path = write_study_excel(study, demo, m, tmp_path_factory.mktemp("x") / "study.xlsx",
                             checks=checked)
    return load_workbook(path)


def _row(ws, code: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    heads = [c.value for c in ws[2]]
    for row in ws.iter_rows(min_row=3):
        if row[1].value == code:
            return {h: c for h, c in zip(heads, row, strict=True)}
    raise AssertionError(f"{code} not in {ws.title}")


def test_one_readiness_sheet_per_framework(book: Workbook) -> None:
    assert book.sheetnames[-3:] == ["就绪度 exchange-2024-climate", "就绪度 other-list",
                                    "指引条目 Check items"]
    ws = book["就绪度 exchange-2024-climate"]
    assert ws.freeze_panes == "C3" and ws.max_row == 4  # two company-years
    zh, en = [c.value for c in ws[1]], [c.value for c in ws[2]]
    assert "就绪度：应当披露" in zh and "Readiness: must disclose" in en
    assert any(str(h).startswith("CLM.SCOPE1 范围一") for h in zh)
    assert "CLM.SCOPE1 Scope 1 GHG emissions" in en


def test_readiness_cells_are_typed(book: Workbook, checked: list[StoredCheck]) -> None:
    ws = book["就绪度 exchange-2024-climate"]
    full, thin = _row(ws, "600901.SH"), _row(ws, "600902.SH")
    scope1 = next(h for h in full if str(h).startswith("CLM.SCOPE1 "))
    assert full[scope1].value == "已披露 met" and thin[scope1].value == "缺失 missing"
    must = full["Readiness: must disclose"]
    expected = next(lv.share for lv in checked[0].result.readiness if lv.level == "must")
    assert must.value == pytest.approx(expected) and must.number_format == "0.0%"
    assert full["Readiness"].value > thin["Readiness"].value
    assert isinstance(full["Items"].value, int) and full["Items"].value == \
        full["Met"].value + full["Partly"].value + full["Missing"].value
    assert "GEN.INDEX" in str(thin["Add first"].value)


def test_items_sheet_gives_evidence_or_reason(book: Workbook) -> None:
    ws = book["指引条目 Check items"]
    heads = [c.value for c in ws[2]]
    rows = [dict(zip(heads, (c.value for c in r), strict=True)) for r in ws.iter_rows(min_row=3)]
    scope1 = next(r for r in rows if r["Code"] == "600901.SH" and r["Item"] == "CLM.SCOPE1"
                  and r["Framework"] == "exchange-2024-climate")
    assert scope1["Status"] == "已披露 met" and scope1["File"] == "600901.SH.txt"
    assert isinstance(scope1["Page"], int) and "范围一" in scope1["Passage or reason (zh)"]
    gone = next(r for r in rows if r["Code"] == "600902.SH" and r["Item"] == "CLM.SCOPE1")
    assert gone["Status"] == "缺失 missing" and gone["Page"] is None
    assert gone["Passage or reason (zh)"].startswith("未找到")
    assert gone["Reason (en)"].startswith("not found")


def test_no_checks_no_sheets(tmp_path: Path, study: Study, demo: list[Rating],
                             m: LoadedMethodology, checked: list[StoredCheck]) -> None:
    other_year = [c.model_copy(update={"result": c.result.model_copy(update={
        "company": c.result.company.model_copy(update={"year": 2020})})}) for c in checked]
    path = write_study_excel(study, demo, m, tmp_path / "s.xlsx", checks=other_year)
    assert load_workbook(path).sheetnames[-1] == "差距 Gaps"
