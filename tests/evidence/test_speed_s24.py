"""Session 24 (speed): a three-character scan bucket of `DEEP` patterns or more is narrowed by
the fourth character, with the same hits as trying every pattern; the data files' pydantic
models, which `cnsr rate` never validates (it reads them from the data cache), build their
validators on first use, and still validate as before."""

from __future__ import annotations

import re

import pytest
from pydantic import BaseModel, ValidationError

from cnsr.evidence.lexicon import load_lexicon
from cnsr.evidence.scan_index import DEEP, ScanIndex
from cnsr.evidence.scanning import scan

CONCEPTS = {
    "volume": ["碳排放量", "碳排放总量"],
    "rights": ["碳排放权", "碳排放配额"],
    "intensity": ["碳排放强度"],
    "bare": ["碳排放"],
    "trading": ["碳.{0,4}交易"],
    "dioxide": ["二氧化碳"],
}


@pytest.fixture(scope="module")
def small() -> ScanIndex:
    return ScanIndex(list(CONCEPTS), CONCEPTS)


def _patterns(bucket) -> set[str]:  # type: ignore[no-untyped-def]
    return {match.__self__.pattern for _, match in bucket}


def test_a_large_three_character_bucket_is_narrowed_by_the_fourth(small: ScanIndex) -> None:
    assert len(small.tables.three["碳排放"]) >= DEEP
    # only what can start "碳排放量": its own patterns and those that need three characters
    assert _patterns(small.bucket("报告期内碳排放量下降", 4)) == {
        "碳排放量", "碳排放", "碳.{0,4}交易"}
    assert _patterns(small.bucket("公司参与碳排放权交易", 4)) == {
        "碳排放权", "碳排放", "碳.{0,4}交易"}
    assert _patterns(small.bucket("单位产值碳排放强度降低", 4)) == {
        "碳排放强度", "碳排放", "碳.{0,4}交易"}


def test_four_characters_no_pattern_starts_leave_the_open_patterns(small: ScanIndex) -> None:
    # "碳排放的" and "碳排放，" are no pattern's four-character key
    assert _patterns(small.bucket("减少碳排放的措施", 2)) == {"碳排放", "碳.{0,4}交易"}
    assert _patterns(small.bucket("控制碳排放，推进", 2)) == {"碳排放", "碳.{0,4}交易"}


def test_three_characters_at_the_end_of_a_text_keep_the_whole_bucket(small: ScanIndex) -> None:
    assert small.bucket("全年减少碳排放", 4) == small.tables.three["碳排放"]


def test_a_small_three_character_bucket_is_not_narrowed(small: ScanIndex) -> None:
    assert len(small.tables.three["二氧化"]) < DEEP
    assert not any(key.startswith("二氧化") for key in small.tables.four)


@pytest.mark.parametrize("text", [
    "报告期内碳排放量为12.5万吨，碳排放强度下降3%，参与碳排放权交易并完成碳排放配额清缴。",
    "我们通过碳市场交易履约，减少碳排放的同时提升碳排放总量核算质量。",
    "公司控制碳排放，推进低碳转型；碳排放",
])
def test_the_small_index_scans_what_trying_every_pattern_finds(small: ScanIndex, text: str
                                                               ) -> None:
    class Lex:
        index = small

    every = [(name, re.compile(p, re.I)) for name, pats in CONCEPTS.items() for p in pats]
    expected = set()
    for p in range(len(text)):
        found: dict[str, int] = {}
        for name, rx in every:
            m = rx.match(text, p)
            if m is not None and m.end() > found.get(name, p):
                found[name] = m.end()
        expected |= {(name, p, end) for name, end in found.items()}
    got = {(h.concept, h.start, h.end) for h in scan(text, Lex)}  # type: ignore[arg-type]
    assert got == expected
    assert expected


@pytest.mark.parametrize("text", [
    "2023年公司温室气体排放总量为35.6万吨二氧化碳当量，碳排放强度同比下降5.2%，其中范围一排放"
    "28.1万吨、范围二排放7.5万吨。",
    "我们持续推进清洁能源替代，可再生能源发电量达1.2亿千瓦时，光伏电站装机容量30兆瓦。",
    "公司参与全国碳排放权交易市场，按期完成碳排放配额清缴；碳中和目标为2060年前实现。",
    "Our carbon emissions fell 8% in 2023; carbon neutrality by 2050 and science-based "
    "emission reduction targets cover Scope 1, 2 and 3 emissions across the supply chain.",
])
def test_the_bundled_lexicon_scans_what_it_did_without_the_fourth_character(text: str) -> None:
    """The deep buckets of the bundled lexicon: the hits are those of the three-character
    buckets alone (the look-up before session 24)."""
    lexicon = load_lexicon()
    index: ScanIndex = lexicon.index
    lowered = text.lower()
    tables = index.tables_for(lowered)
    expected = set()
    for m in tables.scanner.finditer(lowered):
        p = m.start()
        key = lowered[p:p + 3]
        bucket = (tables.three.get(key) or (tables.two_open if len(key) == 3 else tables.two)
                  .get(key[:2]) or tables.one.get(key[0], tables.anywhere))
        found: dict[str, int] = {}
        for name, match in bucket:
            mm = match(text, p)
            if mm is not None and mm.end() > found.get(name, p):
                found[name] = mm.end()
        expected |= {(name, p, end) for name, end in found.items()}
    assert {(h.concept, h.start, h.end) for h in scan(text, lexicon)} == expected
    assert any(len(tables.three.get(lowered[p:p + 3], ())) >= DEEP for p in range(len(text)))


def _deferred() -> list[type[BaseModel]]:
    from cnsr.batch.industries import Industry, SizeClass
    from cnsr.evidence.boundaries_data import BoundaryData
    from cnsr.evidence.form_answers_data import Forms
    from cnsr.evidence.nav_prose_data import NavProseData
    from cnsr.evidence.navigation import NavigationData, Thresholds
    from cnsr.evidence.ocr_repair import OcrConfusions
    from cnsr.evidence.quotes import QuoteData
    from cnsr.evidence.relative_years import RelativeYears
    from cnsr.evidence.subject_data import NamesData
    from cnsr.file_limits import ArchiveLimits, FileLimits, MarkupLimits
    from cnsr.frameworks.bundle import BundleFile
    from cnsr.ingest.report_year import YearPattern, YearRules
    from cnsr.methodology.weights import Weight

    return [Industry, SizeClass, BoundaryData, Forms, NavProseData, NavigationData, Thresholds,
            OcrConfusions, QuoteData, RelativeYears, NamesData, ArchiveLimits, FileLimits,
            MarkupLimits, BundleFile, YearPattern, YearRules, Weight]


@pytest.mark.parametrize("model", _deferred(), ids=lambda m: m.__name__)
def test_data_models_build_their_validators_on_first_use(model: type[BaseModel]) -> None:
    assert model.model_config.get("defer_build") is True


def test_a_deferred_model_validates_as_before() -> None:
    from cnsr.evidence.subject_data import NamesData
    from cnsr.methodology.weights import Weight

    names = NamesData.model_validate({"version": 1, "source": "test", "legal_forms": ["有限公司"],
                                      "min_chars": 2, "generic": ["集团"]})
    assert names.min_chars == 2
    with pytest.raises(ValidationError):
        NamesData.model_validate({"version": 1, "source": "test", "legal_forms": [],
                                  "min_chars": 0, "generic": []})
    assert Weight(indicator="I01", row_sum=3.0, weight=0.1, points=10).points == 10
