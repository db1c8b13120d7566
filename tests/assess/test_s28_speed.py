"""Session 28 (speed): `cnsr rate`'s rjieba segmenter is built by a process of its own, forked
before the page workers (`evidence/jieba_server.py`), and the parent and the relevance child ask
it for their cuts. A cut is rjieba's either way, so every token, boundary check and rating is
the in-process one; a server that dies or was stopped leaves the cutting to the process."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from passage_docs import make_doc

from cnsr.assess.rate import rate_documents
from cnsr.evidence import jieba_load, jieba_server, segment
from cnsr.evidence.boundaries import cues_are_words
from cnsr.evidence.find import locate, relevance
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")

TEXTS = [
    "2024年，公司范围一温室气体排放量为4.12万吨二氧化碳当量，较上年下降3.8%。",
    "我们持续推进最新能源效益守则的落地，覆盖范围一和范围二的排放核算。",
    "In 2024 our Scope 1 emissions were 41,200 tCO2e; Scope 2 fell to 63,500 tCO2e.",
    "屋顶分布式光伏装机容量合计28兆瓦（MW），年发电量约3,100万千瓦时",
    "  公司治理\n\t董事会下设可持续发展委员会  ",
    "",
    "减污降碳协同增效，绿色低碳转型",
]


@pytest.fixture
def server() -> Iterator[jieba_server.Server]:
    """A segmenter process started for the test; the process's cached segmenters forgotten
    before and after, so that other tests build their own as before."""
    jieba_load.plain_segmenter.cache_clear()
    segment._segmenter.cache_clear()
    assert jieba_server.start()
    assert jieba_server._server is not None
    try:
        yield jieba_server._server
    finally:
        jieba_server.stop()
        jieba_load.plain_segmenter.cache_clear()
        segment._segmenter.cache_clear()


def test_served_cuts_are_rjiebas_own(server: jieba_server.Server) -> None:
    local = jieba_load.new_segmenter()
    served = jieba_load.plain_segmenter()
    assert isinstance(served, jieba_server.Served)
    for hmm in (False, True):
        assert served.cut_many(TEXTS, hmm) == [local.cut(t, hmm) for t in TEXTS]
        assert [served.cut(t, hmm) for t in TEXTS] == [local.cut(t, hmm) for t in TEXTS]
    assert served.cut_many([]) == []


def test_a_dead_server_leaves_the_cutting_here(server: jieba_server.Server) -> None:
    local = jieba_load.new_segmenter()
    served = jieba_load.plain_segmenter()
    assert served.cut(TEXTS[0], False) == local.cut(TEXTS[0], False)
    os.kill(server.pid, 9)
    os.waitpid(server.pid, 0)
    assert served.cut_many(TEXTS, False) == [local.cut(t, False) for t in TEXTS]
    assert served.cut(TEXTS[1], False) == local.cut(TEXTS[1], False)


def test_an_answer_for_a_child_that_died_is_skipped(server: jieba_server.Server) -> None:
    # a forked child (the relevance child) asks and is killed before it reads the answer:
    # the next question of this process gets its own answer, not the child's
    pid = os.fork()
    if pid == 0:
        try:
            data = jieba_server.pickle.dumps(((os.getpid(), 1), False, TEXTS * 50))
            jieba_server._write_all(server.requests, jieba_server.HEADER.pack(len(data)) + data)
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    local = jieba_load.new_segmenter()
    served = jieba_load.plain_segmenter()
    for text in TEXTS:
        assert served.cut(text, False) == local.cut(text, False)


def test_a_stopped_server_is_never_written_to(server: jieba_server.Server) -> None:
    served = jieba_load.plain_segmenter()
    jieba_server.stop()
    assert server.stopped and jieba_server.served() is None
    assert served.cut(TEXTS[1], False) == jieba_load.new_segmenter().cut(TEXTS[1], False)


def test_boundaries_and_relevance_through_the_server_are_the_readers(
        m: LoadedMethodology) -> None:
    # in-process first (no server), then the same through one: the same cue checks, the same
    # relevance of every (passage, point), the same rating
    doc = make_doc([["2024年度环境、社会及管治报告"], [TEXTS[0], TEXTS[1]], [TEXTS[2], TEXTS[3]],
                    [TEXTS[6], [["指标", "单位", "2023年", "2024年"],
                                ["综合能源消耗量", "吨标准煤", "59,870", "57,320"]]]])
    company = Company(name="澄湾新能源股份有限公司", year=2024)
    lex = m.lexicon()
    checks = [("最新能源效益守则", "新能源"), ("覆盖范围一和范围二", "范围一"),
              ("减污降碳协同增效", "降碳"), ("公司持续推进光伏建设", "光伏")]

    def readings() -> tuple[object, ...]:
        return (relevance(locate([doc], lex)),
                [cues_are_words(text, (0, len(text)), [cue]) for text, cue in checks],
                rate_documents([doc], company, m).model_dump())

    jieba_load.plain_segmenter.cache_clear()
    segment._segmenter.cache_clear()
    in_process = readings()
    assert in_process[1] == [False, True, True, True]
    jieba_load.plain_segmenter.cache_clear()
    segment._segmenter.cache_clear()
    assert jieba_server.start()
    try:
        assert isinstance(jieba_load.plain_segmenter(), jieba_server.Served)
        assert readings() == in_process
    finally:
        jieba_server.stop()
        jieba_load.plain_segmenter.cache_clear()
        segment._segmenter.cache_clear()
