"""`cnsr rate`'s assessment with the evidence's relevance computed in a forked child
(`assess_documents(…, fork=True)`, `cnsr/forked.py`) is the assessment of the serial reader:
same points, same ranking, same quotes."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from typing import Any

import pytest
from passage_docs import make_doc

from cnsr import forked
from cnsr.assess.rate import rate_documents
from cnsr.evidence.find import find_evidence, locate, rank, ranking, relevance
from cnsr.evidence.subject import subject_for
from cnsr.ingest import parallel
from cnsr.ingest.document import Document
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company

NAME = "澄川能源科技股份有限公司"
PAGES: list[list[Any]] = [
    ["2024年度环境、社会及治理报告"],
    ["公司制定了2030年前碳达峰、2060年前碳中和的路线图，由董事会可持续发展委员会每季度审议进展。",
     "报告期内，公司范围一温室气体排放量为8.42万吨二氧化碳当量，范围二排放量为12.65万吨二氧化碳当量，"
     "合计较2023年下降6.3%。"],
    ["我们在三个生产基地新建屋顶光伏共31兆瓦，全年自发自用绿电约2,980万千瓦时。",
     [["指标", "单位", "2022年", "2023年", "2024年"],
      ["综合能源消耗量", "吨标准煤", "61,240", "59,115", "57,030"],
      ["温室气体排放总量", "吨二氧化碳当量", "226,400", "219,800", "210,700"]]],
    ["In 2024 the company cut its Scope 1 and Scope 2 emissions by 6.3% and set a science-based "
     "target to reduce them by 42% by 2030 against 2022.",
     "全年组织员工志愿服务活动58次，覆盖社区居民逾3,000人。"],
    ["公司持续开展能源审计，淘汰高耗能电机214台，年节约用电约640万千瓦时。",
     "2024年公司通过绿色电力交易采购绿电1.2亿千瓦时，占外购电力的18%。"],
    ["The Group added 9.6 MW of rooftop solar at its Suzhou plant in 2024, which generated "
     "8.1 GWh of renewable electricity for its own use.",
     "公司计划到2027年将可再生能源电力占比提高至35%，并在新建厂房全部配套光伏。"],
]


def _report() -> Document:
    return make_doc(PAGES, path="chengchuan-2024.pdf")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_relevance_in_a_forked_child_gives_the_serial_rating(
        m: LoadedMethodology, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = _report()
    company = Company(name=NAME, year=2024)
    serial = rate_documents([doc], company, m)
    limits = parallel.parallel_limits()
    monkeypatch.setattr(parallel, "parallel_limits",
                        lambda: dataclasses.replace(limits, fork_relevance_passages=1))
    started: list[int] = []

    class Counted(forked.Forked[Any]):
        def __init__(self, compute: Callable[[], Any]) -> None:
            started.append(1)
            super().__init__(compute)

    monkeypatch.setattr(forked, "Forked", Counted)
    rating = rate_documents([doc], company, m, fork=True)
    assert started  # the child was started
    assert rating.model_dump() == serial.model_dump()
    assert serial.indicator("I11").points  # the emissions sentences really count


def test_few_passages_are_not_worth_a_fork(m: LoadedMethodology,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Below `fork_relevance_passages` (data/limits/parallel.yaml) the relevance is
    computed in this process: the same rating, no child."""
    doc = _report()
    company = Company(name=NAME, year=2024)

    def no_fork(compute: Callable[[], Any]) -> None:
        raise AssertionError("forked for a handful of passages")

    monkeypatch.setattr(forked, "Forked", no_fork)
    assert parallel.parallel_limits().fork_relevance_passages > 20
    rating = rate_documents([doc], company, m, fork=True)
    assert rating.model_dump() == rate_documents([doc], company, m).model_dump()


def test_a_ranking_made_apart_is_the_ranking(m: LoadedMethodology) -> None:
    """`ranking` (the order as plain numbers, made in the child) puts every point's passages
    in the order `rank` sorts them into."""
    doc = _report()
    subject = subject_for(NAME, 2024)
    serial = find_evidence([doc], m.lexicon(), subject)
    apart = locate([doc], m.lexicon(), subject)
    scores = relevance(apart)
    rank(apart, scores, ranking(locate([doc], m.lexicon(), subject), scores))

    def listed(points: dict[str, list[Any]]) -> dict[str, list[tuple[int, str, float]]]:
        return {pid: [(r.where.order, r.hit.point, r.relevance) for r in ranked]
                for pid, ranked in points.items()}

    assert listed(apart.points) == listed(serial.points)
    assert max(len(ranked) for ranked in serial.points.values()) >= 3  # an order to keep
