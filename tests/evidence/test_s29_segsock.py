"""Session 29: `cnsr rate`'s rjieba segmenter built by a process of its own
(`evidence/jieba_server.py`), every client (the parent, a child forked later) on a connection of
its own. A cut is rjieba's either way; two clients asking at once get their own answers; a dead
or stopped server leaves the cutting to the process within the timeout, with the same cuts; and
nothing is left behind after `cnsr rate`."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from cnsr.assess.rate import rate_documents
from cnsr.cli import prefetch
from cnsr.evidence import jieba_load, jieba_server, segment
from cnsr.evidence.boundaries import cues_are_words
from cnsr.evidence.find import locate, relevance
from cnsr.ingest.read import read_document
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or not hasattr(jieba_server.socket,
                                                                       "send_fds"),
                                reason="no fork or no descriptor passing on this platform")

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "demo" / "corpus" / "d01_jinghai_power_2023.pdf"

ZH = [
    "报告期内，公司在三个生产基地建成屋顶分布式光伏，合计装机容量约18.6兆瓦，全年自发自用绿电2,140万千瓦时。",
    "我们制定了到2030年单位产品碳排放强度较2020年下降35%的目标，并将其纳入管理层绩效考核。",
    "范围一排放主要来自天然气锅炉和厂内运输车辆；范围三排放尚未开展全面核算。",
    "在最新能源效益守则发布后，集团对高耗能设备进行了逐台排查。",
]
EN = [
    "In 2023 our Scope 1 and 2 emissions were 58,300 tCO2e, down 7.4% from the 2021 baseline.",
    "We purchased 120 GWh of renewable electricity under a ten-year power purchase agreement.",
    "Climate-related risks are reviewed twice a year by the board's sustainability committee.",
]
HANT = [
    "本集團於年內委託第三方機構對溫室氣體排放數據進行有限保證鑒證。",
    "二零二三年，範圍二排放量為一萬二千四百噸二氧化碳當量，較去年減少百分之六。",
    "我們將繼續推動節能減排，逐步淘汰燃煤鍋爐。",
]
ODD = [
    "",  # an empty passage
    "   \n\t  ",
    "表格\x00单元\x01之间",  # the joined encoding's separators: sent pickled
]
TEXTS = ZH + EN + HANT + ODD


@pytest.fixture
def server() -> Iterator[jieba_server.Server]:
    """A segmenter process for the test, the process's cached segmenters forgotten before and
    after (other tests build their own, as before)."""
    jieba_load.plain_segmenter.cache_clear()
    segment._segmenter.cache_clear()
    assert jieba_server.start()
    server = jieba_server._server
    assert server is not None
    _built(server)
    try:
        yield server
    finally:
        jieba_server.stop()
        jieba_load.plain_segmenter.cache_clear()
        segment._segmenter.cache_clear()


def _built(server: jieba_server.Server) -> None:
    deadline = time.monotonic() + 60
    while not server.ready():
        assert time.monotonic() < deadline, "the server never built its segmenter"
        time.sleep(0.02)


def _rjieba(texts: list[str], hmm: bool) -> list[list[str]]:
    local = jieba_load.new_segmenter()
    return [local.cut(text, hmm) for text in texts]


def test_served_cuts_are_rjiebas_own(server: jieba_server.Server) -> None:
    served = jieba_load.plain_segmenter()
    assert isinstance(served, jieba_server.Served)
    for hmm in (False, True):
        own = _rjieba(TEXTS, hmm)
        assert served.cut_many(TEXTS, hmm) == own
        assert [served.cut(text, hmm) for text in TEXTS] == own
        assert served.cut_many(ZH + EN + HANT, hmm) == own[:10]  # the joined encoding
    assert served.cut_many([]) == []
    assert served._server is server  # never fell back


def test_two_clients_cutting_at_once_get_their_own_answers(server: jieba_server.Server) -> None:
    """The parent and a child forked later (the relevance child) ask at the same moment,
    many times, for different texts: each gets the cuts of its own texts, and neither falls
    back (which a crossed or damaged answer would make it do)."""
    served = jieba_load.plain_segmenter()
    assert isinstance(served, jieba_server.Served)
    served.cut("碳达峰", False)  # the parent's connection exists before the fork
    mine, theirs = ZH + HANT, EN + ZH[::-1]
    want_mine, want_theirs = _rjieba(mine, False), _rjieba(theirs, False)
    go_read, go_write = os.pipe()
    pid = os.fork()
    if pid == 0:
        status = 1
        try:
            os.read(go_read, 1)
            ok = all(served.cut_many(theirs * (1 + i % 5), False) == want_theirs * (1 + i % 5)
                     for i in range(300))
            status = 0 if ok and served._server is not None else 3
        finally:
            os._exit(status)
    os.write(go_write, b"x")
    ok = all(served.cut_many(mine * (1 + i % 3), False) == want_mine * (1 + i % 3)
             for i in range(300))
    _, status = os.waitpid(pid, 0)
    os.close(go_read)
    os.close(go_write)
    assert ok and served._server is server
    assert os.waitstatus_to_exitcode(status) == 0


def test_a_dead_server_leaves_the_cutting_here(server: jieba_server.Server) -> None:
    served = jieba_load.plain_segmenter()
    assert served.cut(ZH[0], False) == _rjieba([ZH[0]], False)[0]
    os.kill(server.pid, signal.SIGKILL)
    os.waitpid(server.pid, 0)
    want, want_hmm = _rjieba(TEXTS, False), _rjieba([HANT[1]], True)[0]
    started = time.monotonic()
    assert served.cut_many(TEXTS, False) == want
    assert served.cut(HANT[1], True) == want_hmm
    assert time.monotonic() - started < 10  # a dictionary load, no wait for an answer
    # a child forked now cuts in its own process too
    pid = os.fork()
    if pid == 0:
        os._exit(0 if served.cut_many(EN, True) == _rjieba(EN, True) else 3)
    assert os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == 0


def test_a_stalled_server_is_given_up_within_the_timeout(server: jieba_server.Server) -> None:
    """A server that does not answer (stopped) costs the client its timeout once, then the
    client cuts in its own process: the same cuts, no stall."""
    served = jieba_load.plain_segmenter()
    assert isinstance(served, jieba_server.Served)
    served.cut(EN[0], False)  # built and answering
    os.kill(server.pid, signal.SIGSTOP)
    try:
        window = jieba_server.answer_timeout([ZH[1]])
        assert window < 1.0
        want = _rjieba([ZH[1]], False)[0]
        started = time.monotonic()
        assert served.cut(ZH[1], False) == want
        waited = time.monotonic() - started
        assert window <= waited < window + 10  # the timeout, then a dictionary load
        assert served._server is None  # never asked again
        assert served.cut_many(HANT, False) == _rjieba(HANT, False)
    finally:
        os.kill(server.pid, signal.SIGCONT)


def test_a_server_still_building_is_not_waited_for(m: LoadedMethodology) -> None:
    jieba_load.plain_segmenter.cache_clear()
    assert jieba_server.start()
    server = jieba_server._server
    assert server is not None
    try:
        os.kill(server.pid, signal.SIGSTOP)  # as if starved before its dictionary was loaded
        server.state[0] = 0
        served = jieba_load.plain_segmenter()
        assert isinstance(served, jieba_server.Served)
        assert served.cut_many(ZH, False) == _rjieba(ZH, False)
        assert served._server is None  # cut here from then on
    finally:
        os.kill(server.pid, signal.SIGCONT)
        jieba_server.stop()
        jieba_load.plain_segmenter.cache_clear()


def test_the_batch_timeout_grows_with_its_characters() -> None:
    window = jieba_server.answer_timeout(["覆盖范围一"])
    batch = jieba_server.answer_timeout(["温室气体排放" * 25] * 1_000)
    assert window < 1.0 and batch > window + 0.2


def test_a_stopped_server_is_never_asked(server: jieba_server.Server) -> None:
    served = jieba_load.plain_segmenter()
    jieba_server.stop()
    assert server.stopped and jieba_server.served() is None
    with pytest.raises(ProcessLookupError):
        os.kill(server.pid, 0)  # killed and reaped
    assert served.cut(ZH[2], False) == _rjieba([ZH[2]], False)[0]


def test_only_cnsr_rate_of_a_pdf_starts_one(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("公司年度碳排放说明", encoding="utf-8")
    for args in (["check", str(REPORT)], ["tag", str(notes)], ["rate", str(notes)],
                 ["rate", "--help", str(REPORT)]):
        prefetch.start(args)
        assert jieba_server._server is None, args
    prefetch.discard()


def test_the_reading_through_the_server_is_the_readers(m: LoadedMethodology,
                                                       tmp_path: Path) -> None:
    """The same cue checks, the same relevance of every (passage, point) and the same rating
    in process and through a server."""
    report = tmp_path / "report.txt"
    report.write_text("\n".join(ZH + HANT[:2] + [
        "公司持续推进光伏建设，减污降碳协同增效。",
        "覆盖范围一和范围二的排放核算已完成第三方核查。",
    ]), encoding="utf-8")
    doc = read_document(report)
    company = Company(name="澄湾新能源股份有限公司", year=2023)
    lex = m.lexicon()
    checks = [("在最新能源效益守则发布后", "新能源"), ("覆盖范围一和范围二", "范围一"),
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
        assert jieba_server._server is not None
        _built(jieba_server._server)
        served = jieba_load.plain_segmenter()
        assert isinstance(served, jieba_server.Served)
        assert readings() == in_process
        assert served._server is not None  # all of it through the server
    finally:
        jieba_server.stop()
        jieba_load.plain_segmenter.cache_clear()
        segment._segmenter.cache_clear()


_RATE = """
import sys
from cnsr.evidence import jieba_server
start = jieba_server.start
def started():
    ok = start()
    sys.stderr.write(f"segmenter-process {jieba_server._server.pid if ok else 0}\\n")
    return ok
jieba_server.start = started
sys.argv = ["cnsr", *sys.argv[1:]]
from cnsr.cli.launch import run
run()
"""


_WATCH = """
import ctypes, json, os, subprocess, sys, time
from pathlib import Path
# orphans of this process's descendants are re-parented here (Linux), so a segmenter process
# left running after `cnsr rate` ended is found among this process's children
assert ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0) == 0  # PR_SET_CHILD_SUBREAPER
done = subprocess.run([sys.executable, "-c", sys.argv[1], *sys.argv[2:]], capture_output=True,
                      text=True, timeout=300, check=False)
def live_children():
    me, live = str(os.getpid()), []
    for entry in Path("/proc").iterdir():
        try:
            status = (entry / "status").read_text() if entry.name.isdigit() else ""
        except OSError:
            continue
        fields = dict(line.split(":\t", 1) for line in status.splitlines() if ":\t" in line)
        if fields.get("PPid", "").strip() == me and not fields.get("State", "").startswith("Z"):
            live.append(int(entry.name))
    return live
deadline = time.monotonic() + 10
while True:  # reap what was re-parented here (the killed server: a zombie)
    try:
        while os.waitpid(-1, os.WNOHANG)[0] > 0:
            pass
    except ChildProcessError:
        pass
    left = live_children()
    if not left or time.monotonic() > deadline:
        break
    time.sleep(0.05)
print(json.dumps({"code": done.returncode, "out": done.stdout, "err": done.stderr,
                  "left": left}))
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc (Linux)")
def test_nothing_is_left_behind_after_cnsr_rate(tmp_path: Path) -> None:
    """The console script's `cnsr rate` of a PDF starts a segmenter process and ends it:
    after the command no process of its tree is alive and no file was made (the sockets
    have no name)."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "TMPDIR": str(scratch)}
    watched = subprocess.run([sys.executable, "-c", _WATCH, _RATE, "rate", str(REPORT), "-f",
                              "json"], capture_output=True, text=True, cwd=tmp_path, env=env,
                             timeout=400, check=True)
    done = json.loads(watched.stdout)
    assert done["code"] == 0, done["err"]
    assert json.loads(done["out"])["company"]["year"] == 2023
    pids = [int(line.split()[1]) for line in done["err"].splitlines()
            if line.startswith("segmenter-process ")]
    assert len(pids) == 1 and pids[0] > 0
    assert done["left"] == []
    with pytest.raises(ProcessLookupError):
        os.kill(pids[0], 0)
    assert list(scratch.iterdir()) == []
