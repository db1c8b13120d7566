"""Own emission figures, navigation and stage met in blind round 30 (session 24), with text
written fresh for these tests: a fleet table whose header cells give the years with a plain mass
unit ("二零二三年（千噸）") and whose total row names the scope ("船隊合計（範圍一）"), the gas only
in the title above the table, left unread; an English HKEX index whose columns hold a section
number and a page taken for a KPI table, its rows for disclosures; a rural bank's loan for a
cooperative's carbon-sink forest read as the bank's own carbon work (stage 2 instead of 1)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from cnsr.assess.rate import rate_documents
from cnsr.evidence.navigation_tables import table_is_navigation
from cnsr.evidence.tonnes_context import unit_from_context
from cnsr.ingest import read_document
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company
from evidence.tagged import carbon_aware


def _cjk_font() -> bool:
    if shutil.which("fc-list") is None:
        return False
    out = subprocess.run(["fc-list"], capture_output=True, text=True, check=False).stdout
    return "Noto Sans CJK" in out


def _table_pdf(tmp_path: Path, title: str, head: list[str], rows: list[list[str]]) -> Path:
    import weasyprint

    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    html = ("<html><head><meta charset='utf-8'><style>body{font-family:'Noto Sans CJK SC','Noto Sans CJK TC'}"
            "td,th{border:1px solid #999;padding:3px}</style></head><body>"
            "<p>公司承诺2050年实现船队净零排放，持续推进节能降碳。</p>"
            f"<p>{title}</p><table><tr>{''.join(f'<th>{h}</th>' for h in head)}</tr>{body}</table></body></html>")
    path = tmp_path / "fleet.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    return path


def _own(tmp_path: Path, m: LoadedMethodology, path: Path) -> set[tuple[str, int | None, float]]:
    r = rate_documents([read_document(path)], Company(name="测试航运", year=2023), m)
    return {(e.scope, e.year, round(e.value_t or e.value)) for e in r.emissions if e.kind == "own"}


@pytest.mark.skipif(not _cjk_font(), reason="needs a CJK font to render the PDF")
@pytest.mark.parametrize(("title", "head", "total"), [
    ("按船型劃分的船隊二氧化碳排放", ["船型", "船舶數量（艘）", "二零二二年（千噸）", "二零二三年（千噸）"], "船隊合計（範圍一）"),
    ("船队二氧化碳排放", ["船型", "2022年（千吨）", "2023年（千吨）"], "船队合计（范围一）"),
], ids=["hant_chinese_numeral_years", "hans"])
def test_scope_row_in_a_table_with_plain_tonnes_in_the_year_headers(
        tmp_path: Path, m: LoadedMethodology, title: str, head: list[str], total: str) -> None:
    rows = [["超大型", "24", "5,120", "4,980"], [total, "160", "14,260", "13,870"]]
    if len(head) == 3:
        rows = [[r[0], *r[2:]] for r in rows]
    own = _own(tmp_path, m, _table_pdf(tmp_path, title, head, rows))
    assert ("scope1", 2023, 13_870_000) in own and ("scope1", 2022, 14_260_000) in own


@pytest.mark.parametrize(("text", "want"), [
    ("船队合计（范围一） | 2023年=14,977千吨", "tCO2e"),
    ("Scope 1 | 2023=14,977 thousand tonnes", "tCO2e"),
    ("范围一 | 柴油消耗 | 2023年=120吨", None),
    ("硫氧化物 | 2023年=44.1千吨", None),
], ids=["scope_row_zh", "scope_row_en", "fuel_after_scope_zh", "pollutant_row_zh"])
def test_plain_tonnes_after_a_scope_word(text: str, want: str | None) -> None:
    at = text.rindex("=") + 1
    got = unit_from_context(text, at)
    assert (got[0] if got else None) == want


def test_an_english_index_with_section_and_page_columns_is_navigation() -> None:
    rows = [["Aspect", "KPI / provision", "Section or explanation", "Page"],
            ["A1 Emissions", "A1.2 Greenhouse gas emissions", "4", "7"],
            ["A2 Use of resources", "A2.1 Energy consumption", "4", "7"],
            ["B1 Employment", "B1.1", "5", "8"]]
    assert table_is_navigation(rows)


def test_a_kpi_table_with_a_gri_column_stays_disclosure() -> None:
    rows = [["Indicator", "2022", "2023", "GRI"],
            ["Scope 1 emissions (tCO2e)", "12,480", "11,960", "305-1"],
            ["Scope 2 emissions (tCO2e)", "48,210", "46,905", "305-2"]]
    assert not table_is_navigation(rows)


@pytest.mark.parametrize("text", [
    "本行向县林业合作社发放林权抵押贷款1.26亿元，用于碳汇林营造和抚育。本行全年绿色贷款余额42.6亿元。",
    "We granted RMB 126 million of loans to a forestry cooperative for carbon-sink plantations. Our green loans reached RMB 4.26 billion.",
], ids=["sink_loan_zh", "sink_loan_en"])
def test_a_loan_for_a_borrowers_sink_is_no_carbon_awareness(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert not carbon_aware(tmp_path, m, text)


def test_own_sink_offset_stays_carbon_awareness(tmp_path: Path, m: LoadedMethodology) -> None:
    assert carbon_aware(tmp_path, m, "公司在厂区植树造林，注销林业碳汇2,000吨用于抵消公司自身排放。")
