"""Points to check first in a real browser (Chromium): the company page lists them, a link opens
the indicator at the marked point, the mark's colour comes from the style sheet. Screenshots:
out/screenshots/check-first-zh.png, check-first-en.png."""

from __future__ import annotations

from typing import Any

import pytest
from test_browser import CHROMIUM, browser, server, shot, sign_in
from test_review_check_first import cid

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")]
__all__ = ["browser", "cid", "server"]  # module-scoped fixtures of the modules above


def test_check_first_list_opens_the_marked_point(server: str, browser: Any, cid: int) -> None:
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{server}/login?lang=zh")
    sign_in(page, "rev", "reviewer-pass-1")
    for lang, count in (("zh", "2 项优先核实"), ("en", "2 to check first")):
        page.goto(f"{server}/company/{cid}?lang={lang}")
        listed = page.locator("p.to-check")
        expect(listed).to_contain_text(count)
        assert listed.locator("a").all_inner_texts() == ["I03.4", "I08.2"]
        assert page.locator("#pt-I08\\.2").count() == 0  # indicators come collapsed
        listed.locator("a:text-is('I08.2')").click()
        row = page.locator("#pt-I08\\.2")
        expect(row).to_be_visible(timeout=10000)
        mark = row.locator(".badge.tocheck")
        expect(mark).to_have_count(1)
        # the app.css colour (#fbe6dc), not a plain badge's grey
        assert mark.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(251, 230, 220)"
        row.scroll_into_view_if_needed()
        shot(page, f"check-first-{lang}")
    page.close()
