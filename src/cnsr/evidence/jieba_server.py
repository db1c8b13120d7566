"""rjieba's segmenter built and run by a process of its own, one connection per client.

The plain segmenter (`jieba_load.plain_segmenter`: rjieba's 350,000-word dictionary) costs
~0.13 s of CPU to build, holding the GIL. `cnsr rate`'s parent used to build it while the page
workers read, and the parent is the critical path from the first page on (session 27); yet it
cuts only in the tail: a few hundred small windows around cues (`boundaries`) and, in the forked
relevance child, the tokens of ~1,000 passages in one batch (`find.relevance`). So `start`,
called by the console script before the page workers are forked while the other core idles,
forks a process that builds the segmenter and answers cuts; `plain_segmenter` then returns a
`Served`, which asks it.

Every process that asks has a connection of its own (session 28's shared pipes let a request of
the parent and one of the relevance child interleave, and one take the other's answer): before
the fork, `start` makes a control socket pair (`SOCK_SEQPACKET`, one end kept by the server);
the first time a process asks (the parent, a child forked later), it makes a socket pair of its
own and hands one end to the server through the control socket (`SCM_RIGHTS`, one atomic
message), then sends its requests and reads its answers on the other end, which no other
process ever uses. Nothing is named in the file system or the abstract namespace, so nothing
but this process tree can connect, and nothing is left behind.

rjieba's cut is a pure function of the text and its dictionary, so a cut made there is the one
made here. A client never waits for the dictionary load: a server that has not built it
yet (a flag in memory shared before the fork) is not asked. Whenever the server does not answer in time (`answer_timeout`: well under a second
for a window, scaled by the characters of a batch) or anything fails (it died, was stopped, a
damaged message), `Served` builds the segmenter in its own process and cuts there from then
on: the same cuts, later. The server ends when `stop` kills it (`launch.invoke`, once the command
is done), when every process that could ask has closed the control socket, or when its parent
is gone. Nothing but the console script's `cnsr rate` starts one: tests, the web app and the
other commands build the segmenter in process, as before.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import pickle
import select
import signal
import socket
import struct
import time
from typing import Any

from cnsr.evidence.jieba_load import Segmenter, new_segmenter

REQUEST = struct.Struct("<BBQ")
"""A request's header: its encoding, hmm (0 / 1), the size of the payload that follows."""
ANSWER = struct.Struct("<Q")
JOINED, PICKLED = 1, 2
"""Encodings: texts (and each text's tokens) joined by separators no text holds, UTF-8
(cheap to make and split for ~150,000 characters); pickled lists for any other text."""
TEXT_SEP, TOKEN_SEP = "\x01", "\x00"
PARENT_CHECK_SECONDS = 1.0
"""How often an idle server checks that the process that started it is still there."""
SERVER_SEND_SECONDS = 5.0
"""The server drops a client that does not take its answer in this time (it has given up)."""

_server: Server | None = None


class ServerGone(Exception):
    """The server cannot answer: cut in this process instead."""


class Server:
    """A running segmenter process: its pid, the control socket (inherited by the children
    forked later) and this process's own connection, made on its first request."""

    def __init__(self, pid: int, control: socket.socket, state: mmap.mmap) -> None:
        self.pid = pid
        self.control = control
        self.state = state
        """Shared with the server: its first byte is 1 once the segmenter is built."""
        self.stopped = False
        self._connection: socket.socket | None = None
        self._owner = 0
        """The pid that made `_connection`: a forked child never uses its parent's."""

    def cut_many(self, texts: list[str], hmm: bool, timeout: float) -> list[list[str]]:
        """Each text's cut, from the server within `timeout` seconds; ServerGone when it cannot
        answer (this process's connection is then closed, never used again)."""
        if self.stopped:  # its sockets are closed
            raise ServerGone("stopped")
        if not self.ready():  # never wait for a dictionary load: make one here
            raise ServerGone("not built yet")
        if not texts:
            return []
        deadline = time.monotonic() + timeout
        try:
            connection = self._own_connection()
            kind, payload = _encode(texts)
            connection.settimeout(timeout)
            connection.sendall(REQUEST.pack(kind, hmm, len(payload)) + payload)
            size = ANSWER.unpack(_receive(connection, ANSWER.size, deadline))[0]
            cuts = _decode(kind, _receive(connection, size, deadline))
            if len(cuts) != len(texts):
                raise ServerGone("a short answer")
            return cuts
        except Exception as error:  # noqa: BLE001 - a timeout, a closed socket, a damaged answer
            self.close_connection()
            raise ServerGone(str(error)) from error

    def ready(self) -> bool:
        return self.state[0] == 1

    def _own_connection(self) -> socket.socket:
        pid = os.getpid()
        if self._connection is not None and self._owner == pid:
            return self._connection
        self.close_connection()  # a copy inherited from the process that forked this one
        mine, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            socket.send_fds(self.control, [b"c"], [theirs.fileno()], socket.MSG_DONTWAIT)
        except OSError:
            mine.close()
            raise
        finally:
            theirs.close()
        self._connection, self._owner = mine, pid
        return mine

    def close_connection(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(OSError):
                connection.close()


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
        server = self._server
        if server is not None and not server.stopped:
            try:
                return server.cut_many(texts, hmm, answer_timeout(texts))
            except ServerGone:
                pass
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


def answer_timeout(texts: list[str]) -> float:
    """How long a client waits for the cuts of `texts` (data/limits/parallel.yaml)."""
    from cnsr.ingest.parallel import parallel_limits

    limits = parallel_limits()
    chars = sum(map(len, texts))
    return limits.segmenter_answer_seconds + chars * limits.segmenter_seconds_per_mchar / 1e6


def start() -> bool:
    """Fork the segmenter process (once); whether one runs. Never raises."""
    global _server
    if _server is not None:
        return True
    if not hasattr(os, "fork") or not hasattr(socket, "send_fds"):
        return False
    try:
        control, served_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
    except OSError:
        return False
    state = mmap.mmap(-1, 1)
    parent = os.getpid()
    try:
        pid = os.fork()
    except OSError:
        control.close()
        served_end.close()
        return False
    if pid == 0:
        status = 1
        try:
            control.close()
            _detach_stdio()
            _serve(served_end, parent, state)
            status = 0
        finally:
            os._exit(status)
    served_end.close()  # the server's death is then an error on the control socket here
    _server = Server(pid, control, state)
    return True


def stop(wait: bool = True) -> None:
    """End the server this process started (`launch.invoke`, once the command is done); what
    still holds a `Served` cuts in its own process from then on. `wait`: reap it now (the
    console script, about to end, leaves that to whoever reaps its children)."""
    global _server
    server, _server = _server, None
    if server is None:
        return
    server.stopped = True
    with contextlib.suppress(OSError):
        os.kill(server.pid, signal.SIGKILL)
        if wait:
            os.waitpid(server.pid, 0)
    server.close_connection()
    with contextlib.suppress(OSError):
        server.control.close()
    with contextlib.suppress(BufferError):
        server.state.close()


def served() -> Served | None:
    """A segmenter through the running server, or None when none was started."""
    return Served(_server) if _server is not None else None


def _detach_stdio() -> None:
    """Standard streams on /dev/null: a caller reading the command's output to its end must
    never wait for this process."""
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.close(null)


def _serve(control: socket.socket, parent: int, state: mmap.mmap) -> None:
    """Build the segmenter, then take connections and answer their requests until nothing
    can ask any more (the control socket closed by every process of the tree) or the
    starting process is gone."""
    segmenter = new_segmenter()
    state[0] = 1
    clients: list[socket.socket] = []
    while True:
        ready, _, _ = select.select([control, *clients], [], [], PARENT_CHECK_SECONDS)
        if not ready:
            if os.getppid() != parent:
                return
            continue
        for sock in ready:
            if sock is control:
                message, fds, _, _ = socket.recv_fds(control, 16, 4)
                if not message and not fds:
                    return
                for fd in fds:
                    client = socket.socket(fileno=fd)
                    client.settimeout(SERVER_SEND_SECONDS)
                    clients.append(client)
                continue
            try:
                _answer(sock, segmenter)
            except Exception:  # noqa: BLE001 - the client closed, gave up or sent nonsense
                clients.remove(sock)
                sock.close()


def _answer(client: socket.socket, segmenter: Segmenter) -> None:
    kind, hmm, size = REQUEST.unpack(_receive(client, REQUEST.size, None))
    payload = _receive(client, size, None)
    if kind == JOINED:
        cuts = [segmenter.cut(text, bool(hmm))
                for text in payload.decode("utf-8").split(TEXT_SEP)]
        answer = TEXT_SEP.join(TOKEN_SEP.join(cut) for cut in cuts).encode("utf-8")
    else:
        answer = pickle.dumps([segmenter.cut(text, bool(hmm)) for text in pickle.loads(payload)],
                              pickle.HIGHEST_PROTOCOL)
    client.sendall(ANSWER.pack(len(answer)) + answer)


def _encode(texts: list[str]) -> tuple[int, bytes]:
    """The texts as a request's payload: joined when no text holds a separator and all are
    valid UTF-8, else pickled."""
    if not any(TEXT_SEP in text or TOKEN_SEP in text for text in texts):
        with contextlib.suppress(UnicodeEncodeError):
            return JOINED, TEXT_SEP.join(texts).encode("utf-8")
    return PICKLED, pickle.dumps(texts, pickle.HIGHEST_PROTOCOL)


def _decode(kind: int, answer: bytes) -> list[list[str]]:
    if kind == JOINED:
        return [cut.split(TOKEN_SEP) if cut else []
                for cut in answer.decode("utf-8").split(TEXT_SEP)]
    cuts: Any = pickle.loads(answer)
    return [list(cut) for cut in cuts]


def _receive(sock: socket.socket, n: int, deadline: float | None) -> bytes:
    """Exactly n bytes from `sock`, by `deadline` (time.monotonic) when one is given."""
    chunks: list[bytes] = []
    while n:
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise ServerGone("no answer in time")
            sock.settimeout(left)
        chunk = sock.recv(min(n, 1 << 20))
        if not chunk:
            raise ServerGone("closed")
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)
