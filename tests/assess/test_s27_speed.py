"""Session 27 (speed): the navigation passages of a document read by `cnsr rate` are found by
the child that `EarlyAnalysis.finish` forks to share the last passages' analyses, instead of by
`find.locate` on one core after reading. The rating is the reader's either way; a child that
fails, a document other than the one given, or too few later passages to fork for leave the
finding to `locate`."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
from early_forks import forking, read_later
from passage_docs import make_doc

from cnsr.assess.rate import rate_documents
from cnsr.evidence import early as early_module
from cnsr.evidence import find as find_module
from cnsr.evidence.early import EarlyAnalysis
from cnsr.evidence.navigation import navigation_passages
from cnsr.evidence.subject import subject_for
from cnsr.ingest import parallel
from cnsr.ingest.document import Document
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company

NAME = "岚汐环境科技股份有限公司"
CONTENTS = ["目录", "董事长致辞 3\n关于本报告 5\n应对气候变化 12\n绿色运营 18\n员工与社区 26\n"
            "公司治理 31\n关键绩效表 38\nGRI 内容索引 42"]
INDEX = [["GRI 标准", "披露内容", "页码"], ["GRI 305-1", "直接温室气体排放", "P23"],
         ["GRI 305-2", "能源间接温室气体排放", "P23"], ["GRI 302-1", "组织内部的能源消耗", "P25"]]
SCOPES = ("2024年，公司范围一温室气体排放量为4.12万吨二氧化碳当量，范围二排放量为6.35万吨二氧化碳当量，"
          "合计较2023年下降3.8%。")
TARGET = "公司承诺2030年前实现碳达峰、2058年前实现碳中和，并将减排目标纳入高管绩效考核。"
SOLAR = "截至2024年底，公司已在三个生产基地建成屋顶分布式光伏，装机容量合计28兆瓦。"
KPI = [["指标", "单位", "2022年", "2023年", "2024年"],
       ["综合能源消耗量", "吨标准煤", "61,240", "59,870", "57,320"],
       ["新鲜水用量", "万吨", "212.6", "205.1", "198.4"]]
EN = ("In 2024 our Scope 1 emissions were 41,200 tCO2e and Scope 2 emissions were "
      "63,500 tCO2e; we aim to reach carbon neutrality in our own operations by 2058.")
SOCIAL = "全年开展安全生产培训52场，员工培训覆盖率100%，未发生重大安全生产事故。"


def _report() -> Document:
    """A report with a contents page and an index table among its disclosures."""
    return make_doc([["2024年度环境、社会及管治报告"], CONTENTS, [TARGET, SOCIAL], [SCOPES, KPI],
                     [SOLAR, EN], [SOCIAL], [INDEX]], path="lanxi-2024.pdf")


def _read_later(doc: Document, m: LoadedMethodology, given: Document | None,
                first_later: int = 2) -> EarlyAnalysis:
    return read_later(doc, m.lexicon(), subject_for(NAME, 2024), first_later, given)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_the_child_finds_the_navigation_locate_would_find(
        m: LoadedMethodology, monkeypatch: pytest.MonkeyPatch) -> None:
    children = forking(monkeypatch)
    doc = _report()
    expected = navigation_passages(doc)
    assert {page for page, _ in expected} == {2, 7}  # the contents page and the index table
    early = _read_later(doc, m, doc)
    assert children and all(children)  # really forked
    assert early.navigation_for(doc) == expected
    assert early.navigation_for(_report()) is None  # an equal document, not the one read


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_the_rating_takes_the_childs_navigation_and_is_the_readers(
        m: LoadedMethodology, monkeypatch: pytest.MonkeyPatch) -> None:
    forking(monkeypatch)
    doc = _report()
    company = Company(name=NAME, year=2024)
    serial = rate_documents([doc], company, m)
    early = _read_later(doc, m, doc)

    def not_again(document: Document) -> set[tuple[int, int]]:
        raise AssertionError("navigation found again after reading")

    monkeypatch.setattr(find_module, "navigation_passages", not_again)
    for fork in (False, True):
        rating = rate_documents([doc], company, m, early=[early], fork=fork)
        assert rating.model_dump() == serial.model_dump()
    assert serial.indicator("I11").points  # the scope figures really count


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_navigation_of_another_document_is_found_again(
        m: LoadedMethodology, monkeypatch: pytest.MonkeyPatch) -> None:
    # the analyses were made for an equal document, not this one: its navigation is found here
    forking(monkeypatch)
    doc, twin = _report(), _report()
    early = _read_later(twin, m, twin)
    calls: list[Document] = []
    real = find_module.navigation_passages

    def counted(document: Document) -> set[tuple[int, int]]:
        calls.append(document)
        return real(document)

    monkeypatch.setattr(find_module, "navigation_passages", counted)
    company = Company(name=NAME, year=2024)
    rating = rate_documents([doc], company, m, early=[early])
    assert calls == [doc]
    monkeypatch.setattr(find_module, "navigation_passages", real)
    assert rating.model_dump() == rate_documents([doc], company, m).model_dump()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_failed_child_leaves_the_navigation_found_here(
        m: LoadedMethodology, monkeypatch: pytest.MonkeyPatch) -> None:
    forking(monkeypatch)
    parent = os.getpid()
    real = early_module.navigation_passages

    def dying(document: Document) -> set[tuple[int, int]]:
        if os.getpid() != parent:
            os._exit(9)  # killed before it sends anything
        return real(document)

    monkeypatch.setattr(early_module, "navigation_passages", dying)
    doc = _report()
    early = _read_later(doc, m, doc)
    assert early.navigation_for(doc) == real(doc)
    assert set(early.passages) == {(p.page, p.index) for page in doc.pages
                                   for p in page.passages}


def test_few_later_passages_leave_the_navigation_to_locate(
        m: LoadedMethodology, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork(compute: Callable[[], Any]) -> None:
        raise AssertionError("forked for a handful of passages")

    monkeypatch.setattr(early_module, "Forked", no_fork)
    assert parallel.parallel_limits().fork_analysis_passages > 10
    doc = _report()
    early = _read_later(doc, m, doc, first_later=6)
    assert early.navigation is None and early.navigation_for(doc) is None
    company = Company(name=NAME, year=2024)
    assert rate_documents([doc], company, m, early=[early]).model_dump() == \
        rate_documents([doc], company, m).model_dump()
