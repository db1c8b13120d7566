"""A real browser (Debian's Chromium driven by Playwright) against the app served by uvicorn
on a random loopback port: sign in, open a company, override a point, see the score change
and the audit entry, sign off, see the ranking follow. Screenshots of every page in both
languages go to out/screenshots/ (gitignored)."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def server(app: Any) -> Iterator[str]:
    import uvicorn

    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        yield b
        b.close()


def shot(page: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def sign_in(page: Any, name: str, password: str) -> None:
    page.fill("input[name=name]", name)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/studies(\?.*)?$"))


def test_review_flow(server: str, browser: Any) -> None:
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{server}/studies?lang=zh")
    assert "/login" in page.url
    shot(page, "login-zh")
    page.fill("input[name=name]", "ana")
    page.fill("input[name=password]", "analyst-pass-1")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/studies(\?.*)?$"))
    page.click("text=2023年评价排名")
    page.wait_for_url(re.compile(r"/studies/2023"))
    assert page.locator("text=靖海电力").count() >= 1
    before_rank = page.locator("tr", has_text="靖海电力").first.inner_text()
    page.click("a:text-is('靖海电力')")
    page.wait_for_selector("#total")
    total_before = float(page.inner_text("#total"))
    # indicators come collapsed: opening one loads its points and evidence (htmx)
    assert page.locator("#pt-I03\\.2").count() == 0
    page.click("#ind-I06 > summary")
    expect(page.locator("#ind-I06 blockquote").first).to_contain_text("2028年", timeout=10000)
    assert page.locator("#ind-I06 img.page").count() >= 1
    page.click("#ind-I03 > summary")
    row = page.locator("#pt-I03\\.2")
    expect(row).to_be_visible(timeout=10000)
    # a table is quoted as its header over the matched row, on two lines
    table_quote = page.locator("#ind-I03 blockquote", has_text=" | ").first
    expect(table_quote).to_contain_text("2023年")
    assert len(table_quote.inner_text().strip().splitlines()) == 2

    row.locator("summary").click()
    row.locator("select[name=value]").select_option("1")
    row.locator("input[name=reason]").fill("年报第3页给出了分品种能耗数据")
    row.locator("button:text-is('保存')").click()
    expect(page.locator("#total")).not_to_have_text(f"{total_before:g}", timeout=10000)
    total_after = float(page.inner_text("#total"))
    assert total_after > total_before
    assert page.locator("#audit").inner_text().count("年报第3页给出了分品种能耗数据") == 1
    assert "复核中" in page.inner_text("#review-status")
    # the re-rendered page keeps both opened indicators open, the changed point marked
    assert page.locator("#ind-I03[open]").count() == 1 and page.locator("#ind-I06[open]").count() == 1
    assert "年报第3页给出了分品种能耗数据" in page.inner_text("#pt-I03\\.2")
    page.locator("#pt-I03\\.2").scroll_into_view_if_needed()
    shot(page, "company-zh")

    # four eyes: the analyst cannot sign off; a reviewer does
    assert page.locator("#signoff").count() == 0
    expect(page.locator("#signoff-blocked")).to_contain_text("复核人")
    company_url = page.url
    page.click("header button:text-is('退出')")
    page.wait_for_url(re.compile(r"/login"))
    sign_in(page, "rev", "reviewer-pass-1")
    page.goto(company_url)
    page.fill("input[name=note]", "已核对")
    page.click("#signoff")
    page.wait_for_selector("#review-status.signed")
    page.goto(f"{server}/studies/2023", wait_until="networkidle")
    row_text = page.locator("tr", has_text="靖海电力").first.inner_text()
    assert "已复核" in row_text and f"{total_after:g}" in row_text.replace(".0\t", "\t")
    assert row_text != before_rank
    shot(page, "study-zh")

    for path, name in (("/audit", "audit"), ("/uploads", "upload"), ("/studies", "studies")):
        page.goto(f"{server}{path}?lang=zh")
        shot(page, f"{name}-zh")
    page.goto(f"{server}/studies/2023?lang=en", wait_until="networkidle")
    assert "Ratings 2023" in page.inner_text("h1")
    shot(page, "study-en")
    page.click("a:text-is('靖海电力')")
    page.wait_for_selector("#total")
    assert "Signed off by rev" in page.inner_text("#review-status")
    page.click("#ind-I06 > summary")
    expect(page.locator("#ind-I06 .ev").first).to_contain_text("p. 4", timeout=10000)
    shot(page, "company-en")
    for path, name in (("/audit", "audit"), ("/uploads", "upload"), ("/studies", "studies")):
        page.goto(f"{server}{path}")
        shot(page, f"{name}-en")
    page.context.clear_cookies()
    page.goto(f"{server}/login?lang=en")
    shot(page, "login-en")
    page.fill("input[name=name]", "admin")
    page.fill("input[name=password]", "admin-pass-1")
    page.click("button[type=submit]")
    page.goto(f"{server}/admin/users")
    shot(page, "users-en")
    page.goto(f"{server}/admin/users?lang=zh")
    shot(page, "users-zh")
    page.close()


def test_page_viewer(server: str, browser: Any) -> None:
    """The evidence thumbnail opens the page at a readable size, scrolled to the highlighted
    passage, with zoom; a page too large to render shows why, in the reader's language."""
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{server}/login?lang=zh")
    page.fill("input[name=name]", "vic")
    page.fill("input[name=password]", "viewer-pass-1")
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/studies"))
    page.goto(f"{server}/studies/2023")
    page.click("a:text-is('靖海电力')")
    page.click("#ind-I06 > summary")
    thumb = page.locator("#ind-I06 img.page").first
    expect(thumb).to_be_visible(timeout=10000)
    with page.context.expect_page() as opened:
        thumb.click()
    viewer = opened.value
    viewer.wait_for_load_state("networkidle")
    img = viewer.locator("img.sheet-img")
    expect(img).to_be_visible(timeout=15000)
    size = img.evaluate("i => [i.naturalWidth, i.clientWidth]")
    assert size[0] == 1191 and size[1] == 1191  # shown at its size: 144 dpi, not 260 px
    assert "#passage" in viewer.url
    box = viewer.locator("#passage").bounding_box()
    assert box is not None and 0 <= box["y"] < 900  # the passage is scrolled into view
    shot(viewer, "page-viewer-zh")
    viewer.click("a:text-is('300%')")
    viewer.wait_for_load_state("networkidle")
    assert viewer.locator("img.sheet-img").evaluate("i => i.naturalWidth") == 1786
    viewer.close()
    page.close()


def test_conflict_message_and_four_eyes(server: str, browser: Any) -> None:
    """Two people on one company page: the second change, sent from the stale page, is
    refused with who changed it and when, its input kept; sent again it lands. Neither its
    author nor the analyst can sign off; another reviewer can."""
    from playwright.sync_api import expect

    people = {}
    for name, password, lang in (("ana", "analyst-pass-1", "zh"), ("rev", "reviewer-pass-1", "zh"),
                                 ("admin", "admin-pass-1", "en")):
        page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
        page.goto(f"{server}/login?lang={lang}")
        sign_in(page, name, password)
        people[name] = page
    ana, rev, admin = people["ana"], people["rev"], people["admin"]
    ana.goto(f"{server}/studies/2023")
    ana.click("a:text-is('国投电力')")
    ana.wait_for_selector("#total")
    url = ana.url.split("?")[0] + "?open=I02"
    ana.goto(url)
    rev.goto(url)  # rev opens the same page before ana's change

    row = ana.locator("#pt-I02\\.1")
    row.locator("summary").click()
    row.locator("select[name=value]").select_option("1")
    row.locator("input[name=reason]").fill("第11页披露了碳排放管理制度")
    row.locator("button:text-is('保存')").click()
    expect(ana.locator("#pt-I02\\.1")).to_contain_text("第11页披露了碳排放管理制度")

    row = rev.locator("#pt-I02\\.2")
    row.locator("summary").click()
    row.locator("select[name=value]").select_option("0.5")
    row.locator("input[name=reason]").fill("仅有定性描述，没有数字")
    row.locator("button:text-is('保存')").click()
    kept = rev.locator("#pt-I02\\.2 .kept")
    expect(kept).to_contain_text("ana", timeout=10000)
    expect(kept).to_contain_text("请核对后重新提交")
    form = rev.locator("#pt-I02\\.2 form")
    assert form.locator("input[name=reason]").input_value() == "仅有定性描述，没有数字"
    assert form.locator("select[name=value]").input_value() == "0.5"
    expect(rev.locator("#pt-I02\\.1")).to_contain_text("第11页披露了碳排放管理制度")
    rev.locator("#pt-I02\\.2").scroll_into_view_if_needed()
    shot(rev, "conflict-zh")
    form.locator("button:text-is('保存')").click()  # sent again from the refreshed form
    expect(rev.locator("#pt-I02\\.2")).to_contain_text("仅有定性描述，没有数字", timeout=10000)
    expect(rev.locator("#pt-I02\\.2 .kept")).to_have_count(0)

    # four eyes: rev changed it, ana is an analyst: neither can sign; admin can
    expect(rev.locator("#signoff-blocked")).to_contain_text("另一位复核人")
    assert rev.locator("#signoff").count() == 0
    shot(rev, "four-eyes-zh")
    ana.reload()
    assert ana.locator("#signoff").count() == 0
    admin.goto(url + "&lang=en")
    admin.fill("input[name=note]", "checked pages 11-12")
    admin.click("#signoff")
    expect(admin.locator("#review-status")).to_contain_text("Signed off by admin",
                                                            timeout=10000)
    shot(admin, "signed-by-other-en")
    for page in people.values():
        page.context.close()
