"""rjieba's segmenter built and run by a process of its own, forked as `cnsr rate` starts.

The plain segmenter (`jieba_load.plain_segmenter`: rjieba's 350,000-word dictionary) costs
~0.13 s of CPU to build, holding the GIL. `cnsr rate`'s parent used to build it while the page
workers read, and the parent is the critical path from the first page on (session 27). Yet it
cuts only in the tail: the relevance tokens of ~1,000 passages (in one batch, in the forked
relevance child) and a few hundred small windows around cues (`boundaries`). So `start`, called
by the console script before the page workers are forked, when one core still idles, forks a
process that builds the segmenter and then answers `cut` requests through a pipe; the parent
and the children it forks later use it through `Served` (what `plain_segmenter` returns then).

rjieba's cut is a pure function of the text and its dictionary, so a cut made there is the one
made here. Whenever the server cannot answer (it died, or a message is damaged), `Served`
builds the segmenter in its own process and cuts there from then on: the same cuts, later.
Requests carry their sender's pid and a number, so an answer meant for a child that died
before reading it is skipped. Nothing but the console script's `cnsr rate` starts a server:
tests, the web app and the other commands build the segmenter in process, as before.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import select
import signal
import struct
from typing import Any

from cnsr.evidence.jieba_load import Segmenter, new_segmenter

HEADER = struct.Struct("<Q")
PROTOCOL = pickle.HIGHEST_PROTOCOL
PARENT_CHECK_SECONDS = 1.0
"""How often an idle server checks that the process that started it is still there."""
ANSWER_TIMEOUT_SECONDS = 120.0
"""A server silent this long is taken for dead (the segmenter is then built in process)."""

_server: Server | None = None


class ServerGone(Exception):
    """The server cannot answer: cut in this process instead."""


class Server:
    """The pipes to a running segmenter process (inherited by the children forked later)."""

    def __init__(self, pid: int, requests: int, answers: int) -> None:
        self.pid = pid
        self.requests = requests
        self.answers = answers
        self.stopped = False
        self._sent = 0

    def cut_many(self, texts: list[str], hmm: bool) -> list[list[str]]:
        """Each text's cut, from the server; raises ServerGone when it cannot answer."""
        if self.stopped:  # its pipes are closed (and their numbers may be another file's)
            raise ServerGone("stopped")
        self._sent += 1
        ask = (os.getpid(), self._sent)
        data = pickle.dumps((ask, hmm, texts), PROTOCOL)
        try:
            _write_all(self.requests, HEADER.pack(len(data)) + data)
            while True:
                got, cuts = pickle.loads(_read_message(self.answers, ANSWER_TIMEOUT_SECONDS))
                if got == ask:  # else: the answer to a child that died before reading it
                    return list(cuts)
        except ServerGone:
            raise
        except Exception as error:  # noqa: BLE001 - a closed pipe, a damaged message
            raise ServerGone(str(error)) from error


class Served:
    """`Segmenter` of the server, falling back to one built in this process."""

    def __init__(self, server: Server) -> None:
        self._server: Server | None = server
        self._local: Segmenter | None = None
        self._known: dict[tuple[str, bool], list[str]] = {}
        """Single cuts made already: the boundary check asks for the same window around a
        cue again and again (the dense benchmark report: 248 different of 514)."""

    def cut(self, text: str, hmm: bool = True) -> list[str]:
        known = self._known.get((text, hmm))
        if known is None:
            known = self._known[text, hmm] = self.cut_many([text], hmm)[0]
        return list(known)

    def cut_many(self, texts: list[str], hmm: bool = True) -> list[list[str]]:
        if self._server is not None:
            try:
                return self._server.cut_many(texts, hmm)
            except ServerGone:
                self._server = None
        local = self._own()
        return [local.cut(text, hmm) for text in texts]

    def add_word(self, word: str, freq: int | None = None, tag: str | None = None) -> None:
        """A word changes the dictionary: this process's own segmenter from then on."""
        self._server = None
        self._own().add_word(word, freq, tag)

    def _own(self) -> Segmenter:
        if self._local is None:
            self._local = new_segmenter()
        return self._local


def start() -> bool:
    """Fork the segmenter process (once); whether one runs. Never raises."""
    global _server
    if _server is not None:
        return True
    if not hasattr(os, "fork"):
        return False
    try:
        request_r, request_w = os.pipe()
        answer_r, answer_w = os.pipe()
    except OSError:
        return False
    parent = os.getpid()
    try:
        pid = os.fork()
    except OSError:
        for fd in (request_r, request_w, answer_r, answer_w):
            os.close(fd)
        return False
    if pid == 0:
        status = 1
        try:
            os.close(request_w)
            os.close(answer_r)
            _detach_stdio()
            _serve(request_r, answer_w, parent)
            status = 0
        finally:
            os._exit(status)
    os.close(request_r)
    os.close(answer_w)  # the server's death is then an end of file here
    _server = Server(pid, request_w, answer_r)
    return True


def stop() -> None:
    """End the server this process started (`launch.invoke`, once the command is done);
    what still holds a `Served` cuts in its own process from then on."""
    global _server
    server, _server = _server, None
    if server is None:
        return
    server.stopped = True
    with contextlib.suppress(OSError):
        os.kill(server.pid, signal.SIGKILL)
        os.waitpid(server.pid, 0)
    for fd in (server.requests, server.answers):
        with contextlib.suppress(OSError):
            os.close(fd)


def served() -> Served | None:
    """A segmenter through the running server, or None when none was started."""
    return Served(_server) if _server is not None else None


def _detach_stdio() -> None:
    """Standard streams on /dev/null: a caller reading the command's output to its end must not
    wait for this process, which outlives the command by up to `PARENT_CHECK_SECONDS`."""
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.close(null)


def _serve(requests: int, answers: int, parent: int) -> None:
    """Build the segmenter, then answer requests until the starting process is gone."""
    segmenter = new_segmenter()
    while True:
        ready, _, _ = select.select([requests], [], [], PARENT_CHECK_SECONDS)
        if not ready:
            if os.getppid() != parent:
                return
            continue
        try:
            ask, hmm, texts = pickle.loads(_read_message(requests, None))
        except ServerGone:
            return  # every writer closed: the process tree is gone
        data = pickle.dumps((ask, [segmenter.cut(text, hmm) for text in texts]), PROTOCOL)
        _write_all(answers, HEADER.pack(len(data)) + data)


def _read_message(fd: int, timeout: float | None) -> Any:
    size = HEADER.unpack(_read_exact(fd, HEADER.size, timeout))[0]
    return _read_exact(fd, size, timeout)


def _read_exact(fd: int, n: int, timeout: float | None) -> bytes:
    chunks: list[bytes] = []
    while n:
        if timeout is not None and not select.select([fd], [], [], timeout)[0]:
            raise ServerGone("no answer")
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            raise ServerGone("closed")
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
