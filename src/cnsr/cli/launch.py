"""The `cnsr` console script: `cnsr rate`'s first PDF starts being read, then typer runs.

Kept apart from `main` (which imports typer and every command module) so that the reading can
start before those imports (`prefetch`); tests and other callers use `main.app` directly.
"""

from __future__ import annotations

import contextlib
import os
import sys

FAST_EXIT = frozenset({"rate"})
"""One-shot commands whose process ends as soon as their output is flushed (`exit_now`)."""
READS = frozenset({"rate", "batch", "demo", "tag", "evaluate", "check", "serve"})
"""Commands that read documents: they start with the regular expressions compiled by an
earlier process (`regex_cache`)."""

_kept: list[object] = []
_one_shot = False


def run() -> None:
    global _one_shot
    args = sys.argv[1:]
    _one_shot = bool(args[:1]) and args[0] in FAST_EXIT
    reads = bool(args[:1]) and args[0] in READS and "--help" not in args
    if reads:
        from cnsr import regex_cache

        regex_cache.preload()
    code = invoke(args)
    if reads:
        regex_cache.save()
    if args[:1] and args[0] in FAST_EXIT:
        exit_now(code)
    sys.exit(code)


def invoke(args: list[str]) -> str | int | None:
    """Run `cnsr ARGS` with `rate`'s first PDF started before typer; its exit status."""
    from cnsr.cli import prefetch

    prefetch.start(args)
    try:
        if args[:1] == ["rate"]:  # typer would build all of cnsr's commands to run one
            from cnsr.cli import rate
            from cnsr.cli.base import one_command_app

            app = one_command_app("rate", rate.rate)
        else:
            from cnsr.cli.main import app
        app(args=args, prog_name="cnsr")
        return 0
    except SystemExit as done:
        return done.code
    finally:
        prefetch.discard()
        _stop_segmenter()


def _stop_segmenter() -> None:
    """End the segmenter process `prefetch` may have started (`evidence/jieba_server.py`):
    killed, and reaped here unless this is the console script about to end (whoever reaps its
    children reaps that one); nothing to do, and nothing imported, when none was started."""
    server = sys.modules.get("cnsr.evidence.jieba_server")
    if server is not None:
        server.stop(wait=not _one_shot)


def keep_until_exit(*objects: object) -> None:
    """Hold a one-shot command's large results (the documents, their analyses, the rating)
    until `exit_now`: freed when the command returns, their ~10^5 objects cost ~15 ms of
    reference counting after the output is written, in a process about to end. Anywhere
    but the console script of a `FAST_EXIT` command (tests, the web app), nothing is kept."""
    if _one_shot:
        _kept.extend(objects)


def exit_now(code: str | int | None) -> None:
    """End the process once stdout and stderr are flushed, without the interpreter's
    teardown: freeing every module and object one by one (the lexicon, the document, the
    analyses), ~0.04-0.08 s after `cnsr rate` has written everything. Its files are written
    and closed by then, its worker processes stopped. A stdout that cannot be flushed (a
    closed pipe) ends the process as Python itself would, with 120."""
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:
        print(code, file=sys.stderr)
        status = 1
    try:
        sys.stdout.flush()
    except (OSError, ValueError):
        status = status or 120
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(status)
