"""The stored guideline check on the company page, in a real browser (Chromium): readiness and
items in both languages, and an item's page link opening the page viewer on its passage.
Screenshots go to out/screenshots/ (checks-zh.png, checks-en.png, checks-viewer-zh.png)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from test_browser import CHROMIUM, browser, server, shot, sign_in

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")]
__all__ = ["browser", "server"]  # the module-scoped fixtures of test_browser.py


def test_check_section_and_page_link(server: str, browser: Any) -> None:
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{server}/login?lang=zh")
    sign_in(page, "vic", "viewer-pass-1")
    page.goto(f"{server}/studies/2023")
    page.click("a:text-is('靖海电力')")
    section = page.locator("#checks")
    expect(section).to_be_visible()
    expect(section.locator("h2")).to_have_text("披露指引对标")
    expect(section.locator("tr.level-must")).to_contain_text("应当披露")
    assert section.locator("tr[id^=ck-]").count() == 0  # the items load when opened (htmx)
    section.locator("#items-exchange-2024-climate > summary").click()
    scope1 = page.locator("#ck-exchange-2024-climate-CLM\\.SCOPE1")
    expect(scope1.locator(".check")).to_have_text("已披露")
    expect(scope1.locator("blockquote")).to_contain_text("11,872.3万吨二氧化碳当量")
    missing = page.locator("#ck-exchange-2024-climate-CLM\\.SCOPE3")
    expect(missing.locator(".reason")).to_contain_text("未找到")
    # the status colours come from the style sheet (the CSP allows no inline style)
    assert scope1.locator(".check").evaluate("e => getComputedStyle(e).backgroundColor") \
        != missing.locator(".check").evaluate("e => getComputedStyle(e).backgroundColor")
    section.scroll_into_view_if_needed()
    section.screenshot(path=str(_shot_path("checks-zh")))

    with page.context.expect_page() as opened:
        scope1.locator("a.page-link").click()
    viewer = opened.value
    viewer.wait_for_load_state("networkidle")
    assert re.search(r"/documents/\d+/pages/5\?", viewer.url) and "#passage" in viewer.url
    expect(viewer.locator("img.sheet-img")).to_be_visible(timeout=15000)
    box = viewer.locator("#passage").bounding_box()
    assert box is not None and 0 <= box["y"] < 900
    shot(viewer, "checks-viewer-zh")
    viewer.close()

    page.goto(page.url.split("?")[0] + "?lang=en&checks=all")
    expect(page.locator("#checks h2")).to_have_text("Guideline readiness")
    expect(page.locator("#ck-exchange-2024-climate-CLM\\.SCOPE3 .reason")).to_contain_text(
        "not found: ")
    page.locator("#checks").screenshot(path=str(_shot_path("checks-en")))
    page.close()


def _shot_path(name: str) -> Any:
    from test_browser import SHOTS

    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS / f"{name}.png"
