"""A long PDF read by forked worker processes gives the Document (and the Rating) the serial
reader gives, and a failure in a worker is the serial reader's one-line error.

The report is cut into ranges of two pages so that running heads and a table that goes on
over a page break fall across the ranges the workers read."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import multiprocessing
import os
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from ingest_samples import _STYLE, CJK_FONT, has_cjk_font, render_pdf
from typer.testing import CliRunner

import cnsr.ingest.parallel as parallel
import cnsr.ingest.pdf as pdf_reader
import cnsr.ingest.pdf_extract as pdf_extract
from cnsr import forked
from cnsr.cli.main import app
from cnsr.errors import DocumentError
from cnsr.evidence import early
from cnsr.evidence.early import EarlyAnalysis
from cnsr.ingest import read_document
from cnsr.ingest.document import Page
from cnsr.ingest.read import PendingDocument, ReadOptions

pytestmark = pytest.mark.skipif(not has_cjk_font(), reason=f"needs the {CJK_FONT} font")

HEAD = "澄江环保科技股份有限公司 {year}年度环境、社会及治理报告"
PROSE = [
    "公司全年综合能耗为{n}.6万吨标准煤，较上年下降{p}.2%，单位产品能耗持续降低。",
    "报告期内，公司范围一温室气体排放量为{n}.3万吨二氧化碳当量，范围二排放量为{p}.8万吨。",
    "公司制定了2030年前实现碳达峰、2050年前实现碳中和的目标，并分解到各生产基地。",
    "In 2023 the company installed {n} MW of rooftop solar capacity and bought {p}0 GWh "
    "of certified green electricity.",
    "董事会可持续发展委员会每半年审议一次气候相关风险，管理层薪酬与减排目标挂钩。",
]
HEADER = ["生产基地", "单位", "2021年", "2022年", "2023年"]


def _paragraph(page: int) -> str:
    return "".join(s.format(n=page * 7 + i, p=page + i) for i, s in enumerate(PROSE))


# The report year's own figures, and the year before: history in the report, but future
# years (the lexicon's future_year cue starts at 2024) until the year is read from it.
HISTORY = ("{year}年，公司范围一温室气体排放量为{n}.4万吨二氧化碳当量，较{before}年下降3.{p}%，"
           "单位产值碳排放强度持续下降。")


def _report_html(pages: int = 12, year: int = 2023) -> str:
    """Prose pages with a running head and numbered footer, and a 70-row KPI table without
    a repeated header from page 4 on, so it crosses page breaks."""
    head = HEAD.format(year=year)
    style = (f"{_STYLE} @page {{ @top-center {{ content: '{head}'; font-size: 9pt }} "
             f"@bottom-center {{ content: '第 ' counter(page) ' 页'; font-size: 9pt }} }}")
    rows = [HEADER] + [[f"第{i + 1}号基地范围一排放", "吨二氧化碳当量", f"{1290 + 41 * i:,}",
                        f"{1250 + 37 * i:,}", f"{1200 + 31 * i:,}"] for i in range(70)]
    table = ("<table class='ruled'>" + "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
        + "</table>")
    body = [f"<div class='page'><h2>第{n}节 气候与能源</h2><p>{_paragraph(n)}</p>"
            f"<p>{_paragraph(n + 20)}</p></div>" for n in range(1, 4)]
    body.append(f"<div class='page'><h2>环境关键绩效</h2>{table}</div>")
    body += [f"<div class='page'><h2>第{n}节 绿色运营</h2><p>{_paragraph(n)}</p>"
             f"<p>{HISTORY.format(year=year, before=year - 1, n=n + 30, p=n)}</p></div>"
             for n in range(4, pages)]
    return (f"<html><head><meta charset='utf-8'><style>{style}</style></head>"
            f"<body>{''.join(body)}</body></html>")


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_pdf(_report_html(), tmp_path_factory.mktemp("long") / "chengjiang-2023.pdf")


@pytest.fixture
def small_ranges(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parallel from two pages on, ranges of two pages (the shipped limits read a short
    test report serially)."""
    limits = dataclasses.replace(parallel.parallel_limits(), min_pages=2, tasks_per_worker=2)
    monkeypatch.setattr(parallel, "parallel_limits", lambda: limits)


def _children() -> set[int]:
    """Pids of this process's live multiprocessing children (earlier tests may leave some,
    such as a batch pool's, so tests compare against the set before)."""
    return {child.pid for child in multiprocessing.active_children() if child.pid is not None}


def _read_in_workers(path: Path, workers: int = 3) -> tuple[object, list[int]]:
    """The document read with `workers`, and how many new child processes were alive at
    each page (0 everywhere would mean it was read serially)."""
    before = _children()
    alive: list[int] = []
    doc = read_document(path, workers=workers,
                        progress=lambda done, total: alive.append(len(_children() - before)))
    assert _children() <= before  # the workers are gone
    return doc, alive


@pytest.mark.usefixtures("small_ranges")
def test_workers_give_the_serial_document(long_pdf: Path) -> None:
    serial = read_document(long_pdf)
    doc, alive = _read_in_workers(long_pdf)
    assert len(serial.pages) >= 8 and max(alive) >= 2
    assert doc.model_dump() == serial.model_dump()
    # The cross-page steps really crossed the workers' ranges: running heads are gone from
    # page 3 on, and the table's later pages carry its header.
    assert not any(HEAD.format(year=2023) in p.text for p in doc.passages if p.page >= 3)
    tables = [p for p in doc.passages if p.table is not None]
    assert len({p.page for p in tables}) >= 2
    assert all(t.table is not None and t.table.rows[0] == HEADER for t in tables)


@pytest.mark.usefixtures("small_ranges")
def test_workers_run_behind_the_parent(long_pdf: Path) -> None:
    """The parent analyses pages as they arrive: the workers run at the niceness
    parallel.yaml adds, so the parent keeps a core of its own."""
    before = _children()
    seen: set[int] = set()

    def look(done: int, total: int) -> None:
        if done < total:  # at the last page every worker has long been started
            return
        for pid in _children() - before:
            with contextlib.suppress(ProcessLookupError):  # just ended
                seen.add(os.getpriority(os.PRIO_PROCESS, pid))

    read_document(long_pdf, workers=2, progress=look)
    assert parallel.parallel_limits().worker_nice > 0
    assert seen == {os.getpriority(os.PRIO_PROCESS, 0) + parallel.parallel_limits().worker_nice}


def test_the_shipped_limits_keep_short_pdfs_serial(long_pdf: Path) -> None:
    limits = parallel.parallel_limits()
    assert parallel.plan_workers(limits.min_pages - 1, 8) == 1
    assert parallel.plan_workers(limits.min_pages, 8) == 2
    assert parallel.plan_workers(limits.min_pages * 3 + 1, 8) == 3
    assert parallel.plan_workers(limits.min_pages * 3, 2) == 2
    assert parallel.plan_workers(500, 1) == 1
    _, alive = _read_in_workers(long_pdf)  # 12 pages, under min_pages
    assert max(alive) == 0


def test_serial_on_one_core_or_without_fork(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2, 3, 4, 5})
    assert parallel.available_workers() == parallel.parallel_limits().max_workers
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0})
    assert parallel.available_workers() == 1
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1})
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    assert parallel.available_workers() == 1


def test_no_workers_inside_a_worker_process() -> None:
    """cnsr batch and the web app read one document per worker process: no nesting."""
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(1) as pool:
        assert pool.apply(parallel.available_workers) == 1


def _failing_text_lines(kill: bool):  # noqa: ANN202 - a test double
    """text_lines failing on page 7 (found by its footer); with `kill`, a worker reading
    it dies instead, as if the kernel had killed it."""
    real = pdf_extract.text_lines

    def text_lines(textpage, origin):  # noqa: ANN001, ANN202
        lines = real(textpage, origin)
        if any(line.text == "第 7 页" for line in lines):
            if kill and multiprocessing.parent_process() is not None:
                os.kill(os.getpid(), signal.SIGKILL)
            raise ValueError("broken content stream in object 12")
        return lines

    return text_lines


@pytest.mark.usefixtures("small_ranges")
def test_a_failing_page_gives_the_serial_error(long_pdf: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_extract, "text_lines", _failing_text_lines(kill=False))
    before = _children()
    with pytest.raises(DocumentError) as serial:
        read_document(long_pdf)
    with pytest.raises(DocumentError) as in_workers:
        read_document(long_pdf, workers=3)
    assert str(in_workers.value) == str(serial.value)
    assert "ValueError: broken content stream in object 12" in str(serial.value)
    assert _children() <= before


@pytest.mark.usefixtures("small_ranges")
def test_a_killed_worker_is_one_line(long_pdf: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_extract, "text_lines", _failing_text_lines(kill=True))
    before = _children()
    with pytest.raises(DocumentError) as err:
        read_document(long_pdf, workers=3)
    message = str(err.value)
    assert message.startswith(f"{long_pdf}: cannot read this pdf file") and "\n" not in message
    assert "worker process stopped" in message
    assert _children() <= before


def _rate_json(pdf: Path, workers: int, monkeypatch: pytest.MonkeyPatch,
               *options: str) -> tuple[int, str, dict[str, object] | None]:
    monkeypatch.setattr(parallel, "available_workers", lambda: workers)
    out = pdf.with_name(f"rating-{workers}.json")
    out.unlink(missing_ok=True)
    result = CliRunner().invoke(app, ["rate", str(pdf), "-f", "json", "-o", str(out),
                                      "--industry", "N77", "--size", "M", *options])
    rating = json.loads(out.read_text(encoding="utf-8")) if out.exists() else None
    return result.exit_code, result.stderr, rating


@pytest.mark.usefixtures("small_ranges")
def test_cnsr_rate_gives_the_serial_rating(long_pdf: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    code, stderr, serial = _rate_json(long_pdf, 1, monkeypatch)
    assert code == 0 and serial is not None, stderr
    code, stderr_parallel, rating = _rate_json(long_pdf, 3, monkeypatch)
    assert code == 0 and stderr_parallel == stderr
    assert rating == serial
    assert serial["company"]["year"] == 2023  # type: ignore[index]


@pytest.fixture(scope="module")
def report_2025(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_pdf(_report_html(year=2025), tmp_path_factory.mktemp("y2025") / "cj.pdf")


@pytest.mark.usefixtures("small_ranges")
def test_passages_analysed_while_reading_give_the_serial_rating(
        report_2025: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`cnsr rate` analyses each page's passages as the workers hand it over, before the
    report year is read from the document; the rating is the one of analysing them all after
    the last page (what `EarlyAnalysis.add` doing nothing leaves to `find_evidence`)."""
    added: list[int] = []
    real_add = EarlyAnalysis.add

    def add(self: EarlyAnalysis, page: Page, later: bool = False) -> None:
        added.append(page.number)
        real_add(self, page, later)

    with monkeypatch.context() as patch:
        patch.setattr(EarlyAnalysis, "add", lambda self, page, later=False: None)
        code, stderr, serial = _rate_json(report_2025, 1, monkeypatch)
    assert code == 0 and serial is not None, stderr
    monkeypatch.setattr(EarlyAnalysis, "add", add)
    code, stderr_parallel, rating = _rate_json(report_2025, 3, monkeypatch)
    assert code == 0 and stderr_parallel == stderr
    assert len(added) >= 12 and added == list(range(1, len(added) + 1))  # every page, in order
    assert rating == serial
    assert serial["company"]["year"] == 2025  # type: ignore[index]
    # the 2025 figures are history: the report's own emissions, quantified
    points = {p["point"]: p["rating"] for i in serial["indicators"]  # type: ignore[index]
              for p in i["points"]}
    assert points["I11.1"] == 1.0


def _read_ahead_states(path: Path, workers: int) -> list[bool]:
    """`all_extracted` after each page of a read with `workers`."""
    states: list[bool] = []
    with PendingDocument(path, ReadOptions(workers=workers)) as pending:
        pending.read(each_page=lambda page: states.append(pending.all_extracted()))
    return states


@pytest.mark.usefixtures("small_ranges")
def test_pages_read_ahead_are_known_as_such(long_pdf: Path) -> None:
    """`all_extracted`: once it holds (the workers have read every page) it holds to the end;
    it does by the last page; a serial read never has pages read ahead."""
    for workers in (3, 1):
        states = _read_ahead_states(long_pdf, workers)
        assert len(states) >= 12
        if workers == 1:
            assert not any(states)
        else:
            assert states[-1] and states == sorted(states)


@pytest.mark.usefixtures("small_ranges")
def test_pages_analysed_at_the_end_in_a_forked_child_give_the_serial_rating(
        report_2025: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once the workers have read every page, `cnsr rate` leaves the rest of the analysis
    to the end of reading, shared with a forked child (`EarlyAnalysis.finish`): here every
    page arrives so (workers far ahead of the parent) and a child is forked for two passages."""
    code, stderr, serial = _rate_json(report_2025, 1, monkeypatch)
    assert code == 0 and serial is not None, stderr
    limits = parallel.parallel_limits()
    monkeypatch.setattr(early, "parallel_limits",
                        lambda: dataclasses.replace(limits, fork_analysis_passages=2))
    monkeypatch.setattr(PendingDocument, "all_extracted", lambda self: True)
    children: list[int] = []

    class Counted(forked.Forked[Any]):
        def __init__(self, compute: Callable[[], Any]) -> None:
            super().__init__(compute)
            children.append(self._pid)

    monkeypatch.setattr(early, "Forked", Counted)
    code, stderr_parallel, rating = _rate_json(report_2025, 3, monkeypatch)
    assert code == 0 and stderr_parallel == stderr
    assert len(children) == 1 and children[0]  # one child, really forked
    assert rating == serial


@pytest.mark.usefixtures("small_ranges")
def test_a_rejected_option_stops_the_started_workers(long_pdf: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    before = _children()
    code, stderr, rating = _rate_json(long_pdf, 3, monkeypatch, "--year", "1850")
    assert code == 2 and rating is None
    assert stderr == "error: --year: year 1850 is not between 1990 and 2100\n"
    assert _children() <= before


@pytest.mark.usefixtures("small_ranges")
def test_limits_apply_before_any_worker_starts(long_pdf: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[int] = []
    real = pdf_reader.PageFetch

    def fetch(path, total, options, workers):  # noqa: ANN001, ANN202 - a spy
        started.append(workers)
        return real(path, total, options, workers)

    monkeypatch.setattr(pdf_reader, "PageFetch", fetch)
    with pytest.raises(DocumentError, match="more than the limit of 5"):
        read_document(long_pdf, max_pages=5, workers=3)
    with pytest.raises(DocumentError, match="more than the limit of"):
        read_document(long_pdf, max_bytes=1000, workers=3)
    assert started == []
    read_document(long_pdf, workers=3)
    assert started == [3]


def test_page_ranges_end_small() -> None:
    """Every page once, in order; the last range, which the parent finishes with a core
    idle, holds at most `last` pages."""
    for total, parts, last in ((200, 16, 3), (37, 4, 3), (64, 8, 0), (5, 8, 3), (1, 2, 3)):
        ranges = parallel.page_ranges(total, parts, last)
        assert [page for r in ranges for page in r] == list(range(total))
        assert all(len(r) for r in ranges)
        if last:
            assert len(ranges[-1]) <= last
    assert [len(r) for r in parallel.page_ranges(200, 16, 3)][-3:] == [6, 3, 3]
    assert parallel.parallel_limits().last_range_pages >= 1
