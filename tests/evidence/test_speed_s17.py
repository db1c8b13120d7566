"""Patterns compiled without re.IGNORECASE (session 17: it made compiling their Chinese
classes ~3x dearer, ~60 ms of every `cnsr rate`) still read Latin words in any case."""

from __future__ import annotations

import pytest

from cnsr.evidence.nav_prose import nav_prose
from cnsr.evidence.normalize import _SPACED_GATE
from cnsr.ingest.footnotes import _NOTE_UNIT


@pytest.mark.parametrize("lead", ["Highlights", "HIGHLIGHTS", "highlights", "2023年度亮点"])
def test_a_banner_after_a_highlights_heading_in_any_case(lead: str) -> None:
    text = f"{lead} 绿色发展 低碳未来 公司全年光伏发电量同比增长百分之十二。"
    span = nav_prose().slogan_span(text)
    assert span is not None and text[:span[1]].endswith("低碳未来")


def test_prose_after_a_heading_is_no_banner() -> None:
    assert nav_prose().slogan_span("Highlights 公司全年光伏发电量同比增长百分之十二，减少外购电力。") is None


@pytest.mark.parametrize("heading", ["Key Performance", "KEY PERFORMANCE", "key performance",
                                     "对应SDG", "对应sdg", "联合国可持续发展目标"])
def test_navigation_headings_in_any_case(heading: str) -> None:
    assert nav_prose().heading.search(f"{heading} 12 13") is not None


@pytest.mark.parametrize("cite", ["in accordance with", "In Accordance With", "根据"])
def test_citations_in_any_case(cite: str) -> None:
    assert nav_prose().cite.search(f"{cite} GRI 305-1") is not None


def test_an_ascii_cite_is_a_whole_word() -> None:
    assert nav_prose().cite.search("the UNDERSTANDING of risks") is None  # not "under"


@pytest.mark.parametrize(("note", "unit"), [("Note 2 Unit: tCO2e", "tCO2e"),
                                            ("NOTE 2 UNITS: tCO2e", "tCO2e"),
                                            ("注2：单位为吨标准煤", "吨标准煤"),
                                            ("(1) 單位為噸二氧化碳當量", "噸二氧化碳當量")])
def test_unit_notes_in_any_case(note: str, unit: str) -> None:
    found = _NOTE_UNIT.search(note)
    assert found is not None and found.group(2) == unit


def test_letter_spacing_gate_needs_four_spaced_characters() -> None:
    assert _SPACED_GATE.search("公 司 温 室 气 体 排 放") is not None
    assert _SPACED_GATE.search("公司 温室 气体 排放") is None
    assert _SPACED_GATE.search("公 司 温室") is None


@pytest.mark.parametrize("band", ["Chapter 3 Climate Action and Energy 24",
                                  "CHAPTER 3 CLIMATE ACTION AND ENERGY 24",
                                  "part 2 Green Operations 18", "第三章 绿色运营 节能降碳 18",
                                  "绿色篇 应对气候变化 节能降碳 24"])
def test_chapter_bands_in_any_case(band: str) -> None:
    assert any(p.search(band) for p in nav_prose().bands)


def test_a_chapter_named_in_prose_is_no_band() -> None:
    text = "As chapter 3 explains, the company cut its emissions in 2023."
    assert not any(p.search(text) for p in nav_prose().bands)
