"""The year's ranking page shows each company's stored guideline readiness (cnsr batch --check)
as a badge linking to the company page's check section, in zh and en; no column when the year
has no check; a check stored by a batch while the app runs shows without a restart. The browser
test screenshots the table (out/screenshots/study-checks-zh.png, study-checks-en.png)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from html import unescape
from typing import Any

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from test_browser import CHROMIUM, SHOTS, browser, server, sign_in

from cnsr.frameworks.results import CheckSummary
from cnsr.store import Store
from conftest import company_id

__all__ = ["browser", "server"]  # the module-scoped fixtures of test_browser.py
JINGHAI = "靖海电力"
CHECKED_LATER = "华能国际电力"  # a 2023 company of the seeded store, checked while the app runs
REPORT = """华能国际电力股份有限公司2023年度可持续发展报告
本报告时间范围为2023年1月1日至2023年12月31日，覆盖公司及所属电厂。
公司董事会战略与可持续发展委员会负责审议气候变化相关议题。
2023年公司范围一温室气体排放量为2.86亿吨二氧化碳当量，范围二排放量为95.2万吨二氧化碳当量。
"""


def _row(html: str, name: str) -> str:
    found = re.search(r"<tr><td>[^<]*</td>\s*<td><a href=\"/company/\d+\">" + re.escape(name)
                      + r"</a></td>(.*?)</tr>", html, re.S)
    assert found, f"no row for {name}"
    return found.group(1)


def _summary(store: Store, name: str) -> CheckSummary:
    check = next(c for c in store.checks(year=2023) if c.result.company.name == name)
    return CheckSummary.of(check)


def _pct(share: float) -> str:
    return f"{share * 100:.1f}%"


def test_badges_link_to_the_check_in_both_languages(login: Callable[[str], TestClient],
                                                    seeded: Store) -> None:
    viewer = login("vic")
    cy = company_id(viewer, JINGHAI)
    jinghai = _summary(seeded, JINGHAI)
    assert 0 < jinghai.must_missing < jinghai.must_items
    zh = unescape(viewer.get("/studies/2023?lang=zh").text)
    assert "<th>披露指引就绪度</th>" in zh
    row = _row(zh, JINGHAI)
    assert f'href="/company/{cy}#check-exchange-2024-climate"' in row
    assert f"{_pct(jinghai.share)} · 必披露缺 {jinghai.must_missing}" in row
    assert (f"exchange-2024-climate：就绪度 {_pct(jinghai.share)}，{jinghai.must_items} 项必披露"
            f"条目中缺 {jinghai.must_missing} 项") in row
    assert 'class="badge ready warn"' in row
    assert '<span class="muted" title="未检查">—</span>' in _row(zh, CHECKED_LATER)
    assert "badge ready" not in _row(zh, CHECKED_LATER)
    # the link lands on the company page's section of that check
    company = viewer.get(f"/company/{cy}?lang=zh").text
    assert 'id="check-exchange-2024-climate"' in company

    en = unescape(viewer.get("/studies/2023?lang=en").text)
    assert "<th>Guideline readiness</th>" in en
    assert f"{_pct(jinghai.share)} · {jinghai.must_missing} must missing" in _row(en, JINGHAI)
    assert 'title="not checked">—' in _row(en, CHECKED_LATER)
    # 'show all' rows of a group (htmx) carry the badges too
    group = re.search(r'hx-get="(/studies/2023/group\?[^"]+)"', en)
    if group:
        rows = unescape(viewer.get(unescape(group.group(1)) + "&lang=en").text)
        assert "must missing" in rows or "not checked" in rows


def test_ranking_exports_carry_the_readiness_the_page_shows(
        login: Callable[[str], TestClient], seeded: Store) -> None:
    """CSV (zh, en) and Excel: per framework its readiness, must items missing and must items,
    numbers a spreadsheet can sort; empty cells for a company-year without a check."""
    viewer = login("vic")
    jinghai = _summary(seeded, JINGHAI)
    checked = {c.result.company.name for c in seeded.checks(year=2023)}
    fw = "exchange-2024-climate"
    for lang, heads in (("zh", (f"{fw} 就绪度", f"{fw} 必披露缺项数", f"{fw} 必披露条目数")),
                        ("en", (f"{fw} readiness", f"{fw} must items missing",
                                f"{fw} must items"))):
        text = viewer.get(f"/studies/2023/ranking.csv?lang={lang}").text.lstrip("\ufeff")
        table = list(csv.reader(io.StringIO(text)))
        columns = [table[0].index(h) for h in heads]
        name = table[0].index("企业" if lang == "zh" else "Company")
        rows = {row[name]: row for row in table[1:]}
        assert [rows[JINGHAI][i] for i in columns] == [
            str(round(jinghai.share, 4)), str(jinghai.must_missing), str(jinghai.must_items)]
        unchecked = next(n for n in rows if n not in checked)
        assert [rows[unchecked][i] for i in columns] == ["", "", ""]
    sheet = load_workbook(io.BytesIO(viewer.get("/studies/2023/ranking.xlsx?lang=en").content))
    ws = sheet.active
    assert ws is not None
    header = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if JINGHAI in r)
    assert row[header.index(f"{fw} readiness")] == pytest.approx(jinghai.share, abs=1e-4)
    assert row[header.index(f"{fw} must items missing")] == jinghai.must_missing


def test_a_year_without_checks_has_no_column(login: Callable[[str], TestClient]) -> None:
    viewer = login("vic")
    page = viewer.get("/studies/2022?lang=zh")
    assert page.status_code == 200 and "华能国际电力" in page.text
    assert "披露指引就绪度" not in page.text and "badge ready" not in page.text


def test_a_check_stored_while_the_app_runs_shows(login: Callable[[str], TestClient],
                                                 seeded: Store, tmp_path: Any,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch in another process stores a check: the page shows it once the fingerprint is
    read again (every FRESH_SECONDS), without a restart and without rebuilding the study."""
    import cnsr.web.study_checks as study_checks
    from cnsr.frameworks.check import check_documents
    from cnsr.frameworks.checklist import load_checklist
    from cnsr.frameworks.stored import stored_check
    from cnsr.ingest import read_document

    viewer = login("vic")
    assert "未检查" in _row(unescape(viewer.get("/studies/2023?lang=zh").text), CHECKED_LATER)
    rating = next(r for r in _ratings(seeded) if r.company.name == CHECKED_LATER)
    doc = tmp_path / "huaneng-2023.txt"
    doc.write_text(REPORT, encoding="utf-8")
    checklist = load_checklist("exchange-2024-climate")
    _, result = check_documents([read_document(doc)], rating.company, checklist)
    seeded.save_checks(rating.company, [(stored_check(checklist, result), "b" * 64)])
    monkeypatch.setattr(study_checks, "FRESH_SECONDS", 0.0)
    later = _summary(seeded, CHECKED_LATER)
    row = _row(unescape(viewer.get("/studies/2023?lang=zh").text), CHECKED_LATER)
    assert f"{_pct(later.share)} · 必披露缺 {later.must_missing}" in row
    assert "未检查" not in row


def _ratings(store: Store) -> list[Any]:
    from cnsr.store.effective_reads import effective_ratings

    return [e.rating for e in effective_ratings(store, year=2023)]


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")
def test_badges_in_chromium(server: str, browser: Any, seeded: Store) -> None:
    from playwright.sync_api import expect

    jinghai = _summary(seeded, JINGHAI)
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{server}/login?lang=zh")
    sign_in(page, "vic", "viewer-pass-1")
    SHOTS.mkdir(parents=True, exist_ok=True)
    for lang, head, text in (("zh", "披露指引就绪度", f"{_pct(jinghai.share)} · 必披露缺 "
                                                         f"{jinghai.must_missing}"),
                             ("en", "Guideline readiness", f"{_pct(jinghai.share)} · "
                                                           f"{jinghai.must_missing} must missing")):
        page.goto(f"{server}/studies/2023?lang={lang}")
        row = page.locator("tr", has=page.locator(f"a:text-is('{JINGHAI}')")).first
        table = page.locator("table.ranking", has=row)
        expect(table.locator("th").last).to_have_text(head)
        badge = row.locator("a.badge.ready")
        expect(badge).to_have_text(text)
        # the warn colour comes from the style sheet (the CSP allows no inline style)
        assert badge.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(253, 240, 213)"
        box = badge.bounding_box()
        assert box is not None and box["height"] < 30  # one line, not wrapped
        row.scroll_into_view_if_needed()
        table.screenshot(path=str(SHOTS / f"study-checks-{lang}.png"))
    badge.click()
    page.wait_for_url(re.compile(r"/company/\d+#check-exchange-2024-climate$"))
    section = page.locator("#check-exchange-2024-climate")
    expect(section).to_be_visible()
    box = section.bounding_box()
    assert box is not None and -2 <= box["y"] < 900  # scrolled to the check
    page.close()
