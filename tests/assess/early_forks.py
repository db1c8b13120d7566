"""Set-up shared by the tests of `EarlyAnalysis.finish` and its forked child (imported as
`early_forks`, like `passage_docs`): a forking made to happen for any number of later
passages, and a document read as `cnsr rate` reads it once the page workers are done."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

from cnsr import forked
from cnsr.evidence import early as early_module
from cnsr.evidence.early import EarlyAnalysis
from cnsr.evidence.lexicon import Lexicon
from cnsr.evidence.subject import Subject
from cnsr.ingest import parallel
from cnsr.ingest.document import Document


def forking(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """`finish` forks for any number of later passages (`fork_analysis_passages` = 2); the
    list fills with the children's pids (0: no child could be forked)."""
    limits = parallel.parallel_limits()
    monkeypatch.setattr(early_module, "parallel_limits",
                        lambda: dataclasses.replace(limits, fork_analysis_passages=2))
    children: list[int] = []

    class Counted(forked.Forked[Any]):
        def __init__(self, compute: Callable[[], Any]) -> None:
            super().__init__(compute)
            children.append(self._pid)

    monkeypatch.setattr(early_module, "Forked", Counted)
    return children


def read_later(doc: Document, lexicon: Lexicon, subject: Subject, first_later: int,
               given: Document | None = None) -> EarlyAnalysis:
    """`doc`'s pages added as `cnsr rate` adds them, those from page `first_later` on `later`
    (read already, waiting for `finish`), then `finish(given)`."""
    early = EarlyAnalysis(lexicon, subject)
    for page in doc.pages:
        early.add(page, later=page.number >= first_later)
    early.finish(given)
    return early
