"""rjieba in a forked process of its own, so `cnsr rate`'s parent never loads its dictionary.

The parent of `cnsr rate` is the critical path of a rating on a multi-core machine: it loads
the reader, finishes and analyses every page as the page workers hand it over, then ranks and
scores. rjieba's dictionary load (~0.13 s of CPU, holding the GIL, so no thread can hide it)
was part of that path, although the reader segments text only after the last page: the
relevance tokens of the passages that earn points, and the cue-boundary check of the hits that
become a rating or its evidence. So `cnsr rate` forks this process first thing (before any
thread exists), it loads the dictionary on a core the parent does not need, and the cuts are
asked for over a pipe: whole batches for the relevance tokens, one small window per boundary
check. The cuts are rjieba's own, so the rating is the one of an in-process segmenter; if the
process dies, the parent loads a segmenter itself and goes on.
"""

from __future__ import annotations

import gc
import multiprocessing
from multiprocessing.connection import Connection

from cnsr.evidence.jieba_load import Segmenter, new_segmenter


class SegmenterProcess:
    """A `Segmenter` (`cut`, plus `cut_many` for batches) answered by a forked process."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("fork")
        self._conn, theirs = context.Pipe()
        self._process = context.Process(target=_serve, args=(theirs, self._conn),
                                         name="cnsr-segmenter", daemon=True)
        self._process.start()
        theirs.close()
        self._local: Segmenter | None = None
        """The parent's own segmenter, made only if the process fails."""

    def cut(self, text: str, hmm: bool = True) -> list[str]:
        return self.cut_many([text], hmm)[0]

    def cut_many(self, texts: list[str], hmm: bool = True) -> list[list[str]]:
        if self._local is None:
            try:
                self._conn.send((texts, hmm))
                reply: list[list[str]] = self._conn.recv()
                return reply
            except (EOFError, OSError):  # killed, or out of memory: cut here instead
                self._local = new_segmenter()
        return [self._local.cut(text, hmm) for text in texts]

    def add_word(self, word: str, freq: int | None = None, tag: str | None = None) -> None:
        raise TypeError("the shared segmenter keeps rjieba's own dictionary")

    def close(self) -> None:
        self._conn.close()  # the process sees the end of its pipe and returns
        self._process.join(timeout=1)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join()


def _serve(conn: Connection, parents_end: Connection) -> None:
    parents_end.close()
    gc.disable()  # like the page workers: short-lived token lists, no cycles
    segmenter = new_segmenter()
    while True:
        try:
            texts, hmm = conn.recv()
        except (EOFError, OSError):
            return
        conn.send([segmenter.cut(text, hmm) for text in texts])
