"""`cnsr rate`'s first PDF, started before the command line is parsed.

A long PDF's pages are read by worker processes while the parent loads the reader
(`ingest/parallel.py`), and the workers are the critical path of a whole `cnsr rate`: the
sooner they start, the sooner the last page is in. Importing typer and parsing the command line
(typer builds a pydantic adapter for every option of every command) costs the parent ~0.1 s
of CPU before `rate` runs. So the console script (`launch.run`) guesses the first file of
`cnsr rate` from the raw arguments and starts reading it; the command adopts that reading when
its parsed arguments name the same file with the same options (`adopt`), and anything not
adopted is stopped (`discard`). A wrong guess costs a few forks, never a different result:
what the command reads, checks and reports is decided by its own parsed arguments.

Only the standard library is imported here until a guess is made, so `cnsr --help` and every
other command start as before. Then the page workers are forked (`parallel.start_early`)
before anything that imports pydantic: the parent imports it while they read.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cnsr.ingest.options import ReadOptions
    from cnsr.ingest.read import PendingDocument

PDF_MAGIC = b"%PDF-"
HEADER_BYTES = 1024
"""PDF readers accept the header within the first 1024 bytes (ISO 32000 implementation note)."""
FLAGS = frozenset({"--ocr", "--no-ocr", "--help"})
"""`cnsr rate`'s options that take no value; every other option takes one. A flag added to
`rate` and missing here only makes the guess fail (no early start), never wrong."""

_started: tuple[str, ReadOptions, PendingDocument] | None = None


def start(args: list[str]) -> None:
    """Start reading the first file of `cnsr rate ARGS` when it looks like a PDF and this
    process may fork page workers. Never raises: the command reports its own errors."""
    global _started
    if _started is not None or len(args) < 2 or args[0] != "rate" or "--help" in args:
        return
    path = first_pdf(args[1:])
    if path is None:
        return
    try:
        if _cores() > 1:
            # First of all, with a core idle: rjieba's segmenter, which the rating needs only
            # after reading, is built by a process of its own (`evidence/jieba_server.py`)
            from cnsr.evidence import jieba_server

            jieba_server.start()
        from cnsr.ingest.options import ReadOptions
        from cnsr.ingest.parallel import available_workers, start_early

        workers = available_workers()
        if workers <= 1:
            return
        options = ReadOptions(ocr=ocr_wanted(args), workers=workers)
        # The workers first: the modules the checks and the reader need (pydantic among
        # them, ~0.1 s) are imported while they read.
        fetch = start_early(Path(path), options)
        from cnsr.ingest.read import PendingDocument

        _started = (str(Path(path)), options, PendingDocument(Path(path), options, fetch))
    except Exception:  # noqa: BLE001 - a guess must never break the command it speeds up
        _started = None


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def first_pdf(args: list[str]) -> str | None:
    """The first file argument of `cnsr rate` (neither an option nor an option's value) when it
    is a readable PDF, else None."""
    value_next = only_files = False
    for arg in args:
        if only_files or not arg.startswith("-") or arg == "-":
            if value_next and not only_files:
                value_next = False
                continue
            return arg if _is_pdf(arg) else None
        if arg == "--":
            only_files = True
        else:
            value_next = "=" not in arg and arg not in FLAGS
    return None


def ocr_wanted(args: list[str]) -> bool:
    """`--ocr` / `--no-ocr` as typer reads a repeated flag: the last one wins."""
    for arg in reversed(args):
        if arg in ("--ocr", "--no-ocr"):
            return arg == "--ocr"
    return True


def adopt(path: Path | str, options: ReadOptions) -> PendingDocument | None:
    """The reading started for `path` with `options`, now the caller's to read and close;
    None (and any other started reading stopped) when there is none."""
    global _started
    started, _started = _started, None
    if started is None:
        return None
    guessed, guessed_options, pending = started
    if guessed == str(Path(path)) and guessed_options == options:
        return pending
    pending.close()
    return None


def discard() -> None:
    """Stop a reading nobody adopted (the command failed or took another file)."""
    global _started
    started, _started = _started, None
    if started is not None:
        started[2].close()


def _is_pdf(arg: str) -> bool:
    try:
        with open(arg, "rb") as handle:
            return PDF_MAGIC in handle.read(HEADER_BYTES)
    except OSError:
        return False

