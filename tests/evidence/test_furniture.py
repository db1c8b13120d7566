"""A passage carrying a doubled running head with facing page numbers keeps only full
disclosures: the chapter titles glued after the head are not mentions of its topic.

The passages are written for these tests in the shape text extraction gives a two-page spread
of a printed report (running head twice, the two page numbers, the chapter side tab).
"""

from __future__ import annotations

import pytest

from cnsr.errors import DataError
from cnsr.evidence.furniture import (
    chapter_numbers,
    facing_pages,
    load_furniture,
    spread_head,
    tab_zones,
    without_tabs,
)

from .tagged import points

HEAD = "华岳新材料股份有限公司华岳新材料股份有限公司4647"
TABS = "关于本报告绿色制造应对气候变化员工成长社区共建"
STAFF = "员工关爱公司设立困难职工帮扶基金为患病职工及其家属提供慰问"


@pytest.mark.parametrize(("digits", "pages"), [
    ("4647", True), ("99100", True), ("115116", True), ("910", True),
    ("20212022", False), ("1234", False), ("4649", False), ("0102", False)])
def test_facing_pages(digits: str, pages: bool) -> None:
    assert facing_pages(digits, 3) is pages


def test_finds_the_doubled_head_before_facing_pages() -> None:
    assert spread_head(HEAD + TABS + STAFF) == "华岳新材料股份有限公司"
    # a KPI header of two years after a repeated label is not a spread
    assert spread_head("温室气体排放量温室气体排放量20212022") is None
    # the same name twice without page numbers, or page numbers without a doubled head
    assert spread_head("华岳新材料华岳新材料荣获绿色工厂称号") is None
    assert spread_head("第四章员工成长4647") is None


def test_chapter_titles_after_a_spread_head_earn_no_mention() -> None:
    # without the head the chapter title 应对气候变化 reads as a mention …
    assert points(TABS + STAFF).get("I06.1") == 0.5
    # … with the head it is recognised as furniture of a passage about staff welfare
    assert points(HEAD + TABS + STAFF) == {}


def test_full_disclosures_after_a_spread_head_still_count() -> None:
    found = points(HEAD + TABS + "2023年公司范围一温室气体排放量为12.3万吨二氧化碳当量")
    assert found.get("I11.1") == 1.0
    assert "I06.1" not in found


# Session 8: the side tab after chapter numbers ("0203040506") or after a spread's page
# numbers is not read at all: its chapter titles made a staff-training passage a supply-chain
# carbon measure (full rating, so dropping mentions did not help).
CHAPTERS = "0203040506低碳运营与绿色供应链员工成长社区共建"


@pytest.mark.parametrize(("digits", "chapters"), [
    ("0203040506", True), ("02030405061716", True), ("01020304", True), ("43420203040506", True),
    ("0203", False), ("20212022", False), ("0204060810", False)])
def test_chapter_numbers(digits: str, chapters: bool) -> None:
    assert chapter_numbers(digits, 4) is chapters


def test_side_tab_after_chapter_numbers_earns_nothing() -> None:
    assert points("公司全年组织新员工入职培训36场覆盖2100人") == {}
    assert points(CHAPTERS + "公司全年组织新员工入职培训36场覆盖2100人") == {}
    # the page's own text after the tab still counts (the tab stops at its first digit)
    found = points(CHAPTERS + "2023年公司范围一温室气体排放量为8.2万吨二氧化碳当量")
    assert found.get("I11.1") == 1.0
    assert "I08.5" not in found


def test_side_tab_after_a_spread_head_earns_no_full_point() -> None:
    text = HEAD + "低碳工厂与供应链管理员工学习与成长公司面向基层员工开展专业技能培训"
    assert points(text) == {}


def test_tab_zones_are_blanked_in_place() -> None:
    text = CHAPTERS + "公司"
    blank = without_tabs(text)
    assert len(blank) == len(text) and blank.startswith("0203040506 ")
    assert tab_zones("公司全年组织新员工入职培训") == []


def test_bad_furniture_data_is_a_clear_error() -> None:
    with pytest.raises(DataError, match="furniture.yaml"):
        load_furniture("version: 1\nsource: x\nmin_chars: 9\nmax_chars: 4\nmax_page_digits: 3\n"
                       "min_chapters: 4\ntab_chars: 40\n")
