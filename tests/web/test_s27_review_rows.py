"""A table row quoted as evidence on the company page (session 27): the row itself, each figure
with its column's year and the unit of the header, caption or unit column, not the first 100
characters of "captions | header" over the row, which showed only the header."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import jinja2
import pytest
from test_browser import CHROMIUM, browser, server, shot, sign_in
from test_routes import company_id

from cnsr.web.render import evidence_quote, table_row

__all__ = ["browser", "server"]  # module-scoped fixtures of test_browser

UNIT_COLUMN = ("指标 | 单位 | 2021年 | 2022年 | 2023年\n"
               "范围一排放 | 万吨二氧化碳当量 | 12,186.4 | 12,051.7 | 11,872.3")
CAPTION_UNIT = ("温室气体排放与能源（单位：万吨二氧化碳当量，另有注明除外） | 指标 | 2022年 | 2023年\n"
                "间接排放（范围二） | 302.4 | 318.7")
HEADER_UNIT = "Indicator | 2022 (tCO2e) | 2023 (tCO2e)\nScope 1 emissions | 48,210 | 46,905"


@pytest.mark.parametrize(("passage", "row"), [
    (UNIT_COLUMN, "范围一排放 | 2021年 12,186.4万吨二氧化碳当量 | 2022年 12,051.7万吨二氧化碳当量 | "
                  "2023年 11,872.3万吨二氧化碳当量"),
    (CAPTION_UNIT, "间接排放（范围二） | 2022年 302.4万吨二氧化碳当量 | 2023年 318.7万吨二氧化碳当量"),
    (HEADER_UNIT, "Scope 1 emissions | 2022 48,210 tCO2e | 2023 46,905 tCO2e"),
    # cut to a window that lost the header: the row's own cells
    ("…化碳当量） | 指标 | 2022年\n间接排放（范围二） | 302.4", "间接排放（范围二） | 302.4"),
])
def test_a_table_row_is_quoted_as_the_row_with_its_years_and_unit(passage: str, row: str) -> None:
    assert table_row(passage) == row
    assert evidence_quote(passage, 100) == row


@pytest.mark.parametrize("passage", [
    "光伏发电相应减少二氧化碳排放102万吨",
    "公司制定了碳达峰行动方案。\n2023年范围一排放量为42.7万吨二氧化碳当量。",
    "第一行 | 第二列\n第二行\n第三行 | 数",
])
def test_prose_is_cut_as_before(passage: str) -> None:
    assert table_row(passage) is None
    # Jinja's own truncate, as the page used before
    assert evidence_quote(passage, 10) == jinja2.Environment().from_string(
        "{{ p|truncate(10) }}").render(p=passage)


def test_the_company_page_quotes_the_row(login: Callable[[str], Any]) -> None:
    client = login("vic")
    page = client.get(f"/company/{company_id(client, '靖海电力')}?lang=zh").text
    section = page[page.index('id="emissions"'):page.index('id="indicators"')]
    assert ">范围一排放 | 2021年 12,186.4万吨二氧化碳当量 | 2022年 12,051.7万吨二氧化碳当量 | " \
           "2023年 11,872.3万吨二氧化碳当量</q>" in section
    assert 'title="指标 | 单位 | 2021年' in section  # the whole quote stays in the title


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium")
def test_the_row_shows_in_a_browser(server: str, browser: Any) -> None:
    from playwright.sync_api import expect

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{server}/login?lang=zh")
    sign_in(page, "vic", "viewer-pass-1")
    page.click("text=2023年评价排名")
    page.click("a:text-is('靖海电力')")
    cell = page.locator("#emissions tr.kind-own td.evidence q").first
    expect(cell).to_contain_text("2023年 11,872.3万吨二氧化碳当量")
    assert "指标 | 单位" not in cell.inner_text()
    page.locator("#emissions").scroll_into_view_if_needed()
    page.locator("#emissions").screenshot(path=str(_shot_path("emission-rows-zh")))
    shot(page, "company-emission-rows-zh")
    page.close()


def _shot_path(name: str) -> Any:
    from test_browser import SHOTS

    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS / f"{name}.png"
