"""Passages analysed page by page while a report is read (`evidence/early.py`, what `cnsr rate`
does) give the rating the reader gives when it analyses them after the last page, including
when the report year, learnt from the document afterwards, turns future-year cues into
history."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from early_forks import forking, read_later
from passage_docs import make_doc

from cnsr.assess.rate import rate_documents
from cnsr.evidence import early as early_module
from cnsr.evidence.early import EarlyAnalysis
from cnsr.evidence.find import find_evidence
from cnsr.evidence.lexicon import load_lexicon
from cnsr.evidence.subject import subject_for
from cnsr.ingest import parallel
from cnsr.ingest.document import Document, Page
from cnsr.ingest.report_year import chosen_year, pages_read_for_year, year_in_pages
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company

NAME = "青屿新材料股份有限公司"
# In a 2025 report "2025年" and "2024年" are history; before the year is known they read as
# future years (the zh lexicon's future_year cue starts at 2024).
HISTORY = ("2025年，公司范围一温室气体排放量为3.26万吨二氧化碳当量，较2024年下降4.1%，"
           "范围二排放量为5.87万吨二氧化碳当量。")
SOLAR = "截至2025年底，青屿新材料已建成分布式光伏电站12座，装机容量合计46兆瓦。"
TARGET = "公司承诺2030年前实现碳达峰、2055年前实现碳中和，并将减排目标纳入管理层绩效考核。"
KPI = [["指标", "单位", "2023年", "2024年", "2025年"],
       ["综合能源消耗量", "吨标准煤", "52,310", "50,870", "48,960"],
       ["用水总量", "万吨", "186.4", "179.2", "171.5"]]
SOCIAL = "全年开展安全生产培训46场，员工培训覆盖率100%，未发生重大安全生产事故。"


def _report() -> Document:
    return make_doc([["2025年度可持续发展报告"], [TARGET, SOCIAL], [HISTORY, KPI], [SOLAR]],
                    path="qingyu-2025.pdf")


def _read_early(doc: Document, m: LoadedMethodology, year: int | None) -> EarlyAnalysis:
    """The document's pages analysed one by one, as `cnsr rate` does while reading."""
    early = EarlyAnalysis(m.lexicon(), subject_for(NAME, year))
    for page in doc.pages:
        early.add(page)
    return early


def test_early_analysis_gives_the_rating_of_the_reader(m: LoadedMethodology) -> None:
    doc = _report()
    company = Company(name=NAME, year=2025)
    serial = rate_documents([doc], company, m)
    for known in (None, 2025):  # the year learnt after reading, or given (--year)
        early = _read_early(doc, m, known)
        rating = rate_documents([doc], company, m, early=[early])
        assert rating.model_dump() == serial.model_dump()
    assert serial.indicator("I11").points  # the history sentence really counts


def test_passages_the_report_year_changes_are_analysed_again(
        m: LoadedMethodology) -> None:
    doc, lex = _report(), m.lexicon()
    early = _read_early(doc, m, None)
    subject = subject_for(NAME, 2025)
    kept = early.for_subject(lex, subject)
    # the passages naming 2024 or 2025 (title, history, KPI header, solar) are left out; the
    # page whose years are all after 2025 is kept
    assert len(early.passages) == 6 and set(kept) == {(2, 0), (2, 1)}
    # ... and rightly: taken as they were analysed, the history figures would be targets
    stale = find_evidence([doc], lex, subject, [early.passages])
    fresh = find_evidence([doc], lex, subject, [kept])
    # (as targets they give scope 1 nothing since session 23's plan_silent; a mention before)
    assert fresh.best("I11.1") == 1.0 and stale.best("I11.1") == 0.0
    assert fresh.points.keys() == find_evidence([doc], lex, subject).points.keys()


def test_other_names_or_lexicon_use_nothing(m: LoadedMethodology) -> None:
    doc, lex = _report(), m.lexicon()
    early = _read_early(doc, m, 2025)
    assert early.for_subject(lex, subject_for(NAME, 2025)) is early.passages
    assert early.for_subject(lex, subject_for("澄江环保科技股份有限公司", 2025)) == {}
    assert early.for_subject(lex, subject_for(NAME, 2024)) == {}  # a year given, then changed
    other = load_lexicon(rules=None)
    if other is not lex:
        assert early.for_subject(other, subject_for(NAME, 2025)) == {}


def test_a_passage_changed_after_its_analysis_is_analysed_again(
        m: LoadedMethodology) -> None:
    doc, lex = _report(), m.lexicon()
    subject = subject_for(NAME, 2025)
    early = _read_early(doc, m, 2025)
    # the page as finally read differs from the one analysed: its text is what counts
    page = doc.pages[1]
    passages = [p.model_copy(update={"text": SOCIAL}) if p.index == 0 else p
                for p in page.passages]
    changed = Document(path=doc.path, sha256=doc.sha256, kind=doc.kind,
                       pages=[doc.pages[0], Page(number=2, text=SOCIAL, passages=passages),
                              *doc.pages[2:]])
    found = find_evidence([changed], lex, subject, [early.for_subject(lex, subject)])
    assert found.points.keys() == find_evidence([changed], lex, subject).points.keys()
    assert "I06.2" not in found.points  # the target sentence is gone with its text


def test_a_table_edited_in_place_after_its_analysis_is_analysed_again(
        m: LoadedMethodology) -> None:
    doc, lex = _report(), m.lexicon()
    subject = subject_for(NAME, 2025)
    early = _read_early(doc, m, 2025)
    table = doc.pages[2].passages[1].table
    assert table is not None
    table.rows[1][4] = "47,120"  # the same row list, changed after the page was analysed
    found = find_evidence([doc], lex, subject, [early.for_subject(lex, subject)])
    kpi = next(loc for loc in found.passages if loc.page == 3 and loc.rows is not None)
    assert "47,120" in kpi.analysis.text and "48,960" not in kpi.analysis.text


# Figures dated by the report year (上年同期, "(2022年：…)") and a lead-in whose base year the
# target list after it takes: both depend on more than the passage's own text. A 2023 report,
# so no year in them is a future-year cue before the year is known.
PRIOR = ("报告期内，公司温室气体排放总量为8.42万吨二氧化碳当量；上年同期为8.97万吨二氧化碳当量。"
         "单位产值碳排放0.31吨/万元（2022年：0.34吨/万元）。")
LEAD = "以2020年为基准年，公司设定以下减排目标："
ITEM = "到2030年，单位产值二氧化碳排放下降35%。"


def test_year_dated_figures_and_lead_in_context_match_the_reader(m: LoadedMethodology) -> None:
    doc = make_doc([["2023年度可持续发展报告"], [PRIOR, SOCIAL], [LEAD, ITEM]],
                   path="qingyu-2023.pdf")
    company = Company(name=NAME, year=2023)
    serial = rate_documents([doc], company, m)
    assert {(e.year, e.value_t) for e in serial.emissions if e.scope == "total"} == {
        (2023, 84_200), (2022, 89_700)}
    for known in (None, 2023):
        rating = rate_documents([doc], company, m, early=[_read_early(doc, m, known)])
        assert rating.model_dump() == serial.model_dump()


# Without --year, `cnsr rate` gives each document the year its own first pages state
# (`ingest/report_year.py`), so its passages are analysed with that year while it is read.
def _read_with_own_year(doc: Document, m: LoadedMethodology, default: int) -> EarlyAnalysis:
    def own_year(pages: Sequence[Page]) -> int:
        return chosen_year([year_in_pages(doc.path, pages)], default).year
    early = EarlyAnalysis(m.lexicon(), subject_for(NAME, None), own_year,
                          pages_read_for_year())
    for page in doc.pages:
        early.add(page)
    return early


GOVERNANCE = "董事会下设战略与可持续发展委员会，全年召开会议4次，审议议案11项。"


def _long_report() -> Document:
    """`_report` with a governance chapter after it: longer than the pages the year is read
    from, as a real report is."""
    return make_doc([["2025年度可持续发展报告"], [TARGET, SOCIAL], [HISTORY, KPI], [SOLAR],
                     [GOVERNANCE], [SOCIAL]], path="qingyu-2025.pdf")


def test_the_year_of_the_first_pages_serves_every_passage(m: LoadedMethodology) -> None:
    doc, lex = _long_report(), m.lexicon()
    assert len(doc.pages) >= pages_read_for_year()  # the year is settled while reading
    early = _read_with_own_year(doc, m, default=2024)
    assert early.subject.year == 2025  # from the cover's "2025年度可持续发展报告"
    # every passage serves, the history figures included (without the year they would not)
    assert early.for_subject(lex, subject_for(NAME, 2025)) is early.passages
    assert len(early.passages) == 8
    serial = rate_documents([doc], Company(name=NAME, year=2025), m)
    rating = rate_documents([doc], Company(name=NAME, year=2025), m, early=[early])
    assert rating.model_dump() == serial.model_dump()


def test_a_year_the_documents_outvote_is_analysed_again(m: LoadedMethodology) -> None:
    # a 2025 report rated with a 2024 year (two other documents say 2024): nothing serves
    doc, lex = _long_report(), m.lexicon()
    early = _read_with_own_year(doc, m, default=2024)
    assert early.for_subject(lex, subject_for(NAME, 2024)) == {}
    serial = rate_documents([doc], Company(name=NAME, year=2024), m)
    rating = rate_documents([doc], Company(name=NAME, year=2024), m, early=[early])
    assert rating.model_dump() == serial.model_dump()


def test_a_short_document_is_analysed_after_reading(m: LoadedMethodology) -> None:
    # fewer pages than the year is read from: nothing analysed early, all analysed after
    doc = make_doc([["2025年度可持续发展报告", TARGET]], path="qingyu-2025.pdf")
    assert len(doc.pages) < pages_read_for_year()
    early = _read_with_own_year(doc, m, default=2024)
    assert early.passages == {} and early.subject.year is None
    serial = rate_documents([doc], Company(name=NAME, year=2025), m)
    assert rate_documents([doc], Company(name=NAME, year=2025), m,
                          early=[early]).model_dump() == serial.model_dump()


# Once the page workers have read every page, `cnsr rate` adds the rest `later`: their
# passages wait for `finish`, which shares them with a forked child (each takes the next one
# from its own end).
def _read_later(doc: Document, m: LoadedMethodology, year: int | None,
                first_later: int) -> EarlyAnalysis:
    return read_later(doc, m.lexicon(), subject_for(NAME, year), first_later)


def _states(early: EarlyAnalysis) -> list[tuple[object, ...]]:
    """Every passage's text, rows and every attribute of its analysis (`Analysis.__reduce__`
    lists them all: tests/evidence/test_records.py)."""
    return [(text, rows, analysis.__reduce__()[1])
            for text, rows, analysis in early.passages.values()]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_passages_shared_with_a_forked_child_are_the_serial_analyses(
        m: LoadedMethodology, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _long_report()
    children = forking(monkeypatch)
    company = Company(name=NAME, year=2025)
    serial = rate_documents([doc], company, m)
    eager = _read_early(doc, m, 2025)
    for first_later in (1, 3):  # every page later (workers far ahead), or the last four
        early = _read_later(doc, m, 2025, first_later)
        assert early.passages.keys() == eager.passages.keys()
        assert _states(early) == _states(eager)
        rating = rate_documents([doc], company, m, early=[early])
        assert rating.model_dump() == serial.model_dump()
    assert len(children) == 2 and all(children)  # really forked, both times


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_passages_a_failed_child_took_are_analysed_here(
        m: LoadedMethodology, monkeypatch: pytest.MonkeyPatch) -> None:
    """A child that takes passages and dies before sending them back (killed, out of memory)
    costs their analysis again here, never a passage."""
    doc = _long_report()
    forking(monkeypatch)
    parent = os.getpid()
    real = EarlyAnalysis._analysis
    taken = 0

    def analysis(self: EarlyAnalysis, passage: Any) -> Any:
        nonlocal taken
        if os.getpid() == parent:
            time.sleep(0.02)  # the child surely takes some before the two meet
        else:
            taken += 1
            if taken == 3:
                os._exit(9)
        return real(self, passage)

    monkeypatch.setattr(EarlyAnalysis, "_analysis", analysis)
    early = _read_later(doc, m, 2025, 1)
    monkeypatch.setattr(EarlyAnalysis, "_analysis", real)
    eager = _read_early(doc, m, 2025)
    assert early.passages.keys() == eager.passages.keys()
    assert _states(early) == _states(eager)


def test_few_later_passages_are_analysed_here(m: LoadedMethodology,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork(compute: Callable[[], Any]) -> None:
        raise AssertionError("forked for a handful of passages")

    monkeypatch.setattr(early_module, "Forked", no_fork)
    assert parallel.parallel_limits().fork_analysis_passages > 10
    doc = _long_report()
    early = _read_later(doc, m, 2025, 2)
    assert early.passages.keys() == _read_early(doc, m, 2025).passages.keys()


def test_later_pages_wait_for_finish(m: LoadedMethodology) -> None:
    doc = _long_report()
    early = EarlyAnalysis(m.lexicon(), subject_for(NAME, 2025))
    for page in doc.pages:
        early.add(page, later=page.number >= 4)
    assert {page for page, _ in early.passages} == {1, 2, 3}
    early.finish()
    assert {page for page, _ in early.passages} == {page.number for page in doc.pages}
