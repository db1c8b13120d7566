"""Passages analysed while the rest of their document is still being read.

The analysis of a passage (`match.analyse`: cues, numbers, point hits) needs only its own text
and rows, the lexicon and the subject; it is most of a rating's cost after the last page. `cnsr
rate` reads a long PDF's pages in worker processes (`ingest/parallel.py`), so the pages arrive
while the reader is loaded and then one by one: analysing each page's passages as it arrives
leaves only the last pages' passages, and the steps over the whole document, for after the
last page. `find_evidence(…, analysed=…)` then takes these analyses instead of making them.

What is not known when a page arrives is the report year when `--year` is not given: it is read
from the documents afterwards (`ingest/report_year.py`). A document's own year is stated on
its first pages (or its file name), so with `year_of` the first pages wait until those are read
and every passage is then analysed with that year; the year chosen for the rating is almost
always it (it differs only when several documents state different years, and then every
passage is analysed again). Without `year_of`, passages are analysed without a year, and those
holding a `future_year` cue that the report year turns into history, or that name a year
relative to the report's or the year before it (the report year dates their figures), are
left out (`for_subject`): `find_evidence` analyses them again with the year. The result is the
serial reader's, passage for passage (tests/assess/test_early_analysis.py).

The parent, not the page workers, is the critical path: they are done with pdfium's part of
every page while it still has pages to finish and analyse, one core then idle. Pages added
`later` (the rest of the document is read already) wait for `finish`, which shares their
passages with a forked child (`cnsr/forked.py`), each side taking the next one left from its
end: the same analyses, sooner (sessions 17, 18).
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Sequence

from cnsr.evidence import relative_years
from cnsr.evidence.find import Early, page_passages
from cnsr.evidence.lexicon import Lexicon
from cnsr.evidence.match import analyse
from cnsr.evidence.navigation import navigation_passages
from cnsr.evidence.numbers import normalize as fold
from cnsr.evidence.records import Analysis
from cnsr.evidence.subject import Subject, future_year_kept
from cnsr.forked import Forked, Shared
from cnsr.ingest.document import Document, Page, Passage
from cnsr.ingest.parallel import parallel_limits

PROTOCOL = pickle.HIGHEST_PROTOCOL


class EarlyAnalysis:
    """One document's passages, analysed page by page as they are read (`add`)."""

    def __init__(self, lexicon: Lexicon, subject: Subject,
                 year_of: Callable[[Sequence[Page]], int] | None = None,
                 year_pages: int = 0) -> None:
        self.lexicon = lexicon
        self.subject = subject
        """The company's names, and the report year when it is known before reading or once
        `year_of` has it (else None: `for_subject` sorts out the passages a year changes)."""
        self.passages: dict[tuple[int, int], Early] = {}
        self._year_of = year_of if subject.year is None else None
        self._year_pages = year_pages
        self._waiting: list[Page] = []
        """The first pages, until `year_of` (the document's own year from its first
        `year_pages` pages) can tell the year; passages of pages still waiting when reading
        ends are left to `find_evidence`."""
        self._later: list[Passage] = []
        """Passages of pages added `later`, analysed by `finish`."""
        self.navigation: tuple[Document, set[tuple[int, int]]] | None = None
        """The navigation passages of the document `finish` was given, found by its forked
        child before it takes passages (`navigation.navigation_passages` of the read document;
        `find.locate` takes them instead of finding them on one core after reading)."""

    def add(self, page: Page, later: bool = False) -> None:
        """`later`: the document's remaining pages are read already and only need finishing,
        so this page's passages can wait for `finish` (which shares them with a child)."""
        if self._year_of is None:
            self._analyse(page, later)
            return
        self._waiting.append(page)
        if len(self._waiting) < self._year_pages:
            return
        self.subject = self.subject._replace(year=self._year_of(self._waiting))
        self._year_of = None
        for waiting in self._waiting:
            self._analyse(waiting, later)
        self._waiting = []

    def finish(self, document: Document | None = None) -> None:
        """Analyse the passages that waited (`add(…, later=True)`): with at least
        `fork_analysis_passages` of them (`data/limits/parallel.yaml`), shared with a forked
        child, this process taking them from the first, the child from the last, until they
        meet (`forked.Shared`). `document`, the document read (complete: its pages will not
        change), has its navigation passages found by that child first (`navigation`): one
        step less for the one-core tail after reading, where `find.locate` would find them
        (session 27: ~30 ms of the dense benchmark report's tail, now shared)."""
        passages, self._later = self._later, []
        if len(passages) < parallel_limits().fork_analysis_passages:
            for passage in passages:
                self._keep(passage, self._analysis(passage))
            return
        shared = Shared(len(passages))

        def child_part() -> tuple[set[tuple[int, int]] | None, list[tuple[int, bytes]]]:
            # the child pickles each analysis as it makes it: what is left to send when the
            # two meet is bytes, which pickle as a copy
            nav = navigation_passages(document) if document is not None else None
            return nav, [(i, pickle.dumps(self._analysis(passages[i]), PROTOCOL))
                         for i in shared.from_back()]

        child = Forked(child_part)
        done: dict[int, Analysis] = {i: self._analysis(passages[i]) for i in shared.from_front()}
        nav, sent = child.result()
        for i, data in sent:
            if i not in done:
                done[i] = pickle.loads(data)
        for i, passage in enumerate(passages):  # what a failed child took and did not send
            self._keep(passage, done[i] if i in done else self._analysis(passage))
        if document is not None and nav is not None:
            self.navigation = (document, nav)

    def navigation_for(self, document: Document) -> set[tuple[int, int]] | None:
        """The navigation passages `finish`'s child found in that very `document` object
        (`find.locate(…, navigation_found)` takes them), else None: no child found them, or
        they are another document's."""
        if self.navigation is None or self.navigation[0] is not document:
            return None
        return self.navigation[1]

    def _analyse(self, page: Page, later: bool = False) -> None:
        if later:
            self._later.extend(page_passages(page))
            return
        for passage in page_passages(page):
            self._keep(passage, self._analysis(passage))

    def _analysis(self, passage: Passage) -> Analysis:
        return analyse(passage.text, self.lexicon, table_rows=_rows(passage),
                       subject=self.subject)

    def _keep(self, passage: Passage, analysis: Analysis) -> None:
        rows = _rows(passage)
        # the rows as analysed (a copy: `find_evidence` compares them with the final ones)
        kept = [list(row) for row in rows] if rows is not None else None
        self.passages[(passage.page, passage.index)] = (passage.text, kept, analysis)

    def for_subject(self, lexicon: Lexicon, subject: Subject) -> dict[tuple[int, int], Early]:
        """The analyses that are what `analyse` gives with `lexicon` and `subject`: all of
        them for the lexicon and subject they were made with; with a report year learnt since,
        all but those holding a future-year cue the year drops; none otherwise."""
        if lexicon is not self.lexicon or subject.names != self.subject.names:
            return {}
        if subject.year == self.subject.year:
            return self.passages
        if self.subject.year is not None or subject.year is None:
            return {}
        year = subject.year
        return {key: early for key, early in self.passages.items()
                if not _year_changes(early[2], year)}


def _rows(passage: Passage) -> list[list[str]] | None:
    return passage.table.rows if passage.table is not None else None


def _year_changes(analysis: Analysis, year: int) -> bool:
    """Whether the report year `year` could change the passage's analysis: it drops one of its
    future-year cues, or it dates its figures (`quantity_dates`: a year named relative to the
    report's, "上年同期", "the previous year"; a figure beside the previous year's, "(2022:
    27,950 t)")."""
    if any(hit.concept == "future_year" and not future_year_kept(hit.text, year)
           or hit.concept == "recent_year" and future_year_kept(hit.text, year)
           for hit in analysis.hits):
        return True
    if not analysis.numbers and not analysis.measured:
        return False
    norm = fold(analysis.text)
    return str(year - 1) in norm or relative_years.pattern().search(norm) is not None
