"""The console script starts reading `cnsr rate`'s first PDF before typer parses the command
line; the command adopts that reading when it names the same file and options, and the
rating is the one of a command that started its own."""

from __future__ import annotations

import dataclasses
import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest
from ingest_samples import CJK_FONT, has_cjk_font, render_pdf
from test_ingest_parallel import _report_html

import cnsr.ingest.parallel as parallel
import cnsr.ingest.read as read
from cnsr.cli import launch, prefetch

pytestmark = pytest.mark.skipif(not has_cjk_font(), reason=f"needs the {CJK_FONT} font")


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_pdf(_report_html(), tmp_path_factory.mktemp("prefetch") / "qiantang-2023.pdf")


@pytest.fixture
def two_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parallel from two pages on (the shipped limits read a short test report serially)."""
    limits = dataclasses.replace(parallel.parallel_limits(), min_pages=2, tasks_per_worker=2)
    monkeypatch.setattr(parallel, "parallel_limits", lambda: limits)
    monkeypatch.setattr(parallel, "available_workers", lambda: 2)


def test_the_first_file_is_found_among_options(tmp_path: Path, long_pdf: Path) -> None:
    pdf = str(long_pdf)
    notes = tmp_path / "notes.txt"
    notes.write_text("公司年度环境信息说明", encoding="utf-8")
    assert prefetch.first_pdf([pdf, "--year", "2023"]) == pdf
    assert prefetch.first_pdf(["--company", "钱塘新材", "--size", "M", pdf]) == pdf
    assert prefetch.first_pdf(["--no-ocr", pdf]) == pdf
    assert prefetch.first_pdf(["--industry=C26", "-f", "json", "--", pdf]) == pdf
    # an option's value is never taken for the file, and a first file that is no PDF
    # means no early start (the command reads the files in its own order)
    assert prefetch.first_pdf(["--out", pdf]) is None
    assert prefetch.first_pdf([str(notes), pdf]) is None
    assert prefetch.first_pdf([str(tmp_path / "missing.pdf")]) is None
    assert prefetch.ocr_wanted(["--no-ocr", pdf]) is False
    assert prefetch.ocr_wanted(["--no-ocr", pdf, "--ocr"]) is True
    assert prefetch.ocr_wanted([pdf]) is True


def _children() -> set[int]:
    """Pids of live multiprocessing children (earlier tests may leave some: compare)."""
    return {child.pid for child in multiprocessing.active_children() if child.pid is not None}


def _run_cli(args: list[str]) -> int:
    """The console script's command, in this process (`launch.run` would end it)."""
    return int(launch.invoke(args) or 0)


@pytest.mark.usefixtures("two_workers")
def test_the_command_adopts_the_reading_started_before_typer(
        long_pdf: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    made: list[tuple[Path, bool]] = []
    real = read.PendingDocument.__init__

    def spy(self: read.PendingDocument, path: Path | str, options: read.ReadOptions,
            fetch: parallel.PageFetch | None = None) -> None:
        made.append((Path(path), fetch is not None))
        real(self, path, options, fetch)

    early, late = tmp_path / "early.json", tmp_path / "late.json"
    args = ["rate", str(long_pdf), "--industry", "C26", "--size", "M", "-f", "json"]
    before = _children()
    with monkeypatch.context() as patch:
        patch.setattr(read.PendingDocument, "__init__", spy)
        assert _run_cli([*args, "-o", str(early)]) == 0
    # started once, its workers before the reader's modules, and adopted by `rate`
    assert made == [(long_pdf, True)]
    assert prefetch._started is None and _children() <= before

    # the same command, its reading started by `rate` itself
    monkeypatch.setattr(prefetch, "start", lambda args: None)
    assert _run_cli([*args, "-o", str(late)]) == 0
    capsys.readouterr()
    assert json.loads(early.read_text(encoding="utf-8")) == \
        json.loads(late.read_text(encoding="utf-8"))


@pytest.mark.usefixtures("two_workers")
def test_a_reading_nobody_adopts_is_stopped(long_pdf: Path, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    closed: list[Path] = []
    real = read.PendingDocument.close

    def spy(self: read.PendingDocument) -> None:
        closed.append(Path(self.path))
        real(self)

    monkeypatch.setattr(read.PendingDocument, "close", spy)
    before = _children()
    # a rejected option: the command fails before it takes the reading
    assert _run_cli(["rate", str(long_pdf), "--year", "1850"]) == 2
    assert "--year" in capsys.readouterr().err
    assert closed == [long_pdf] and prefetch._started is None
    assert _children() <= before
    # other options than guessed (OCR off after all, as typer reads `--ocr --no-ocr`): the
    # started reading is stopped and the command reads with its own
    prefetch.start(["rate", str(long_pdf)])
    assert prefetch._started is not None
    assert prefetch.adopt(long_pdf, read.ReadOptions(ocr=False, workers=2)) is None
    assert prefetch._started is None and closed == [long_pdf, long_pdf]


_EARLY = """
import dataclasses, json, sys
from pathlib import Path
import cnsr.ingest.parallel as parallel
from cnsr.ingest.options import ReadOptions

limits = dataclasses.replace(parallel.parallel_limits(), min_pages=2, tasks_per_worker=2)
parallel.parallel_limits = lambda: limits
loaded = []
real = parallel.PageFetch.__init__
def spy(self, *args):
    loaded.append(sorted(name for name in ("pydantic", "yaml") if name in sys.modules))
    real(self, *args)
parallel.PageFetch.__init__ = spy
path, options = Path(sys.argv[1]), ReadOptions(workers=2)
fetch = parallel.start_early(path, options)
from cnsr.ingest.read import PendingDocument
with PendingDocument(path, options, fetch) as pending:
    document = pending.read()
print(json.dumps({"loaded_at_fork": loaded, "document": document.model_dump(mode="json")}))
"""


def test_the_page_workers_are_forked_before_pydantic_is_imported(
        long_pdf: Path, tmp_path: Path) -> None:
    """With the data cache filled by an earlier process, the parent forks its page workers
    having imported neither pydantic nor PyYAML (both ~0.1 s, now spent while the workers
    read), and the document is the one read serially."""
    env = {**os.environ, "CNSR_CACHE_DIR": str(tmp_path / "cache")}
    runs = [json.loads(subprocess.run([sys.executable, "-c", _EARLY, str(long_pdf)], env=env,
                                      capture_output=True, text=True, check=True).stdout)
            for _ in range(2)]
    assert runs[0]["loaded_at_fork"] == [["pydantic", "yaml"]]  # the cache was empty
    assert runs[1]["loaded_at_fork"] == [[]]
    serial = read.read_document(long_pdf).model_dump(mode="json")
    assert runs[0]["document"] == runs[1]["document"] == serial


@pytest.mark.usefixtures("two_workers")
def test_workers_started_for_another_file_are_stopped(long_pdf: Path, tmp_path: Path) -> None:
    """Workers started early read one file's pages: a reader of a file with another page
    count stops them and reads its own, and nothing is left running."""
    short = render_pdf("<h1>2023年环境信息</h1><p>公司全年综合能耗 3.2 万吨标准煤。</p>",
                       tmp_path / "short.pdf")
    before = _children()
    options = read.ReadOptions(workers=2)
    fetch = parallel.start_early(long_pdf, options)
    assert fetch is not None and fetch.total > 1
    with read.PendingDocument(short, options, fetch) as pending:
        document = pending.read()
    assert document == read.read_document(short)
    assert _children() <= before
    # an early start never raises: a file pdfium cannot open is left to its reader
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n")
    assert parallel.start_early(broken, options) is None
