"""The company page shows each stored checklist result (cnsr batch --check): readiness by
level, items to add first, each item's status with the passage and a link to the page viewer,
or the reason it is missing; in Chinese and English. Evidence of a batch-stored company-year
(paths relative to the manifest) links to its pages too."""

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape
from pathlib import Path

from fastapi.testclient import TestClient
from seed import PDF

from cnsr.web.views import document_for
from conftest import company_id


def _section(html: str) -> str:
    found = re.search(r'<section class="card" id="checks">(.*?)</section>', html, re.S)
    assert found, "no checks section"
    return found.group(1)


def _row(section: str, item: str) -> str:
    found = re.search(rf'<tr id="ck-exchange-2024-climate-{re.escape(item)}"(.*?)</tr>',
                      section, re.S)
    assert found, f"no row for {item}"
    return found.group(1)


def test_company_page_shows_the_check_in_chinese(login: Callable[[str], TestClient]) -> None:
    viewer = login("vic")
    cy = company_id(viewer, "靖海电力")
    section = _section(viewer.get(f"/company/{cy}?lang=zh&checks=all").text)
    assert "披露指引对标" in section and "可持续发展报告（试行）" in section
    # readiness of the must level: period, scope 1 and scope 2 met of its items
    must = re.search(r'<tr class="level-must">(.*?)</tr>', section, re.S)
    assert must and "应当披露" in must.group(1)
    cells = re.findall(r'<td class="num">([^<]+)</td>', must.group(1))
    items, met, partly, missing, share = cells
    assert int(met) == 3 and int(partly) == 0 and int(items) == int(met) + int(missing)
    assert share == f"{3 / int(items) * 100:.1f}%"
    scope1 = _row(section, "CLM.SCOPE1")
    assert "已披露" in scope1 and "11,872.3万吨二氧化碳当量" in scope1
    link = re.search(r'href="(/documents/(\d+)/pages/5\?[^"]+)"', scope1)
    assert link, scope1
    scope3 = _row(section, "CLM.SCOPE3")
    assert "缺失" in scope3 and "未找到：" in scope3 and "/documents/" not in scope3
    scenario = _row(section, "CLM.SCENARIO")
    assert "部分披露" in scenario and "情景分析" in scenario
    assert "优先补充" in section
    assert f'href="/company/{cy}?checks=exchange-2024-climate#ck-exchange-2024-climate-' \
           'GEN.MATERIALITY"' in section

    viewer_page = viewer.get(unescape(link.group(1)))
    assert viewer_page.status_code == 200 and "11,872.3" in unescape(viewer_page.text)


def test_items_load_when_opened(login: Callable[[str], TestClient]) -> None:
    """Collapsed, the section holds the readiness only; the items come by htmx (or with
    ?checks=), like an indicator's points."""
    viewer = login("vic")
    cy = company_id(viewer, "靖海电力")
    collapsed = _section(viewer.get(f"/company/{cy}?lang=en").text)
    assert "Guideline readiness" in collapsed and "must disclose" in collapsed
    assert "11,872.3" not in collapsed and 'id="ck-' not in collapsed
    assert f'hx-get="/company/{cy}/checks/exchange-2024-climate"' in collapsed
    section = viewer.get(f"/company/{cy}/checks/exchange-2024-climate?lang=en",
                         headers={"HX-Request": "true"}).text
    assert "<html" not in section
    assert "Scope 1 GHG emissions" in _row(section, "CLM.SCOPE1")
    assert re.search(r'href="/documents/\d+/pages/5\?', _row(section, "CLM.SCOPE1"))
    assert "not found: " in _row(section, "CLM.SCOPE3")
    assert ">met<" in _row(section, "CLM.SCOPE2") and ">partly<" in _row(section, "CLM.SCENARIO")
    plain = viewer.get(f"/company/{cy}/checks/exchange-2024-climate")
    assert plain.status_code == 303 and plain.headers["location"] == \
        f"/company/{cy}?checks=exchange-2024-climate#items-exchange-2024-climate"
    assert viewer.get(f"/company/{cy}/checks/no-such-list",
                      headers={"HX-Request": "true"}).status_code == 404
    assert "Scope 1 GHG emissions" in _row(section, "CLM.SCOPE1")
    assert "not found: " in _row(section, "CLM.SCOPE3")
    assert ">met<" in _row(section, "CLM.SCOPE2") and ">partly<" in _row(section, "CLM.SCENARIO")


def test_no_section_without_a_stored_check(login: Callable[[str], TestClient]) -> None:
    viewer = login("vic")
    html = viewer.get(f"/company/{company_id(viewer, '华电国际')}").text
    assert 'id="checks"' not in html


def test_evidence_finds_documents_stored_relative_to_the_manifest() -> None:
    stored = {"reports/2023/esg.pdf": 4, "annual.pdf": 5, "other/annual.pdf": 6}
    assert document_for("reports/2023/esg.pdf", stored) == 4
    assert document_for("/data/corpus/reports/2023/esg.pdf", stored) == 4
    assert document_for("C:\\corpus\\reports\\2023\\esg.pdf", stored) == 4
    assert document_for("/elsewhere/esg.pdf", stored) == 4  # one file of that name
    assert document_for("/data/other/annual.pdf", stored) == 6
    assert document_for("/moved/annual.pdf", stored) == 5  # stored at the manifest's root
    two = {"a/annual.pdf": 1, "b/annual.pdf": 2}
    assert document_for("/c/annual.pdf", two) is None  # two of that name: no guess
    assert document_for(str(PDF), {}) is None
    assert Path(PDF).is_file()
