"""Evidence over whole documents: analyse every passage once, rank the hits per point.

Pure: takes `Document` objects (already read by `cnsr.ingest`) and returns `Findings`; no file
is opened here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from typing import NamedTuple

from cnsr.cjk import is_han
from cnsr.evidence.boundaries import cues_are_words
from cnsr.evidence.evidence_order import point_order
from cnsr.evidence.form_answers import answered_apart
from cnsr.evidence.headings import is_heading, section_topic
from cnsr.evidence.lexicon import Lexicon, load_lexicon
from cnsr.evidence.match import analyse
from cnsr.evidence.navigation import navigation_passages
from cnsr.evidence.navigation_tables import index_data_rows, rows_before_index
from cnsr.evidence.rank import BM25
from cnsr.evidence.records import Analysis, Hit, PointHit
from cnsr.evidence.segment import segmenter, tokens_of
from cnsr.evidence.subject import Subject
from cnsr.ingest.document import Document, Page, Passage

Early = tuple[str, list[list[str]] | None, Analysis]
"""A passage analysed before `find_evidence` (`evidence/early.py`): its text and table rows
as analysed, and the analysis."""


class Located:
    """A passage of a document with what was found in it (one per passage: a plain class,
    see `match.Analysis`)."""

    def __init__(self, file: str, page: int, order: int, raw: str, analysis: Analysis,
                 rows: list[list[str]] | None = None) -> None:
        self.file = file
        self.page = page
        self.order = order  # position of the passage in the whole input, for stable ordering
        self.raw = raw
        self.analysis = analysis
        self.rows = rows  # a table's cells, for quoting its header and the matched row
        self.relevance: dict[str, float] = {}


class Ranked(NamedTuple):
    where: Located
    hit: PointHit
    relevance: float


@dataclass(slots=True)
class Findings:
    passages: list[Located]
    points: dict[str, list[Ranked]]
    lexicon: Lexicon
    navigation: list[tuple[str, int]]
    """(file, page) of the navigation passages left out (contents, indexes, matrices)."""

    def best(self, point: str) -> float:
        ranked = self.points.get(point)
        return ranked[0].hit.rating if ranked else 0.0

    def verified(self, point: str, need: int) -> list[Ranked]:
        """The point's first `need` hits whose Chinese cues are words of their sentence, in
        rank order; hits found inside other words ("最新能源" for 新能源) are dropped from the
        ranking on the way. Lazy: only the hits that become a rating or evidence are
        segmented."""
        ranked = self.points.get(point)
        if not ranked:
            return []
        i = 0
        while i < len(ranked) and i < need:
            if cues_are_words_in(ranked[i]):
                i += 1
            else:
                del ranked[i]
        return ranked[:need]


def cues_are_words_in(r: Ranked) -> bool:
    """Whether the hit's Chinese cues are words of its sentence (`evidence/boundaries.py`)."""
    a = r.where.analysis
    return cues_are_words(a.text, r.hit.sentence, r.hit.matched,
                          [(h.start, h.end) for h in a.hits])


def find_evidence(documents: list[Document], lexicon: Lexicon | None = None,
                  subject: Subject | None = None,
                  analysed: list[dict[tuple[int, int], Early]] | None = None,
                  navigation_found: list[set[tuple[int, int]] | None] | None = None
                  ) -> Findings:
    """Analyse every passage of `documents` and rank, per point, the passages that support it
    (best rating first, then BM25 relevance, then document order). Navigation passages
    (`navigation.py`: contents, indexes, materiality matrices, stakeholder tables) are not
    analysed: they earn nothing and are listed in `Findings.navigation`.

    `analysed[i]`, when given, holds passages of `documents[i]` already analysed with this
    lexicon and subject, by (page, index) (`evidence/early.py`: while the pages were read);
    one is used only if its text and rows are the passage's, the others are analysed here.

    The two steps, `locate` then `rank` with the `relevance` of the located passages, are
    also run apart (`assess/rate.py`: the relevance in a forked process meanwhile).
    `navigation_found[i]`, when given and not None, is `navigation_passages(documents[i])`
    found already (`early.py`: by the child that shared the last passages' analyses)."""
    findings = locate(documents, lexicon, subject, analysed, navigation_found)
    rank(findings, relevance(findings))
    return findings


def locate(documents: list[Document], lexicon: Lexicon | None = None,
           subject: Subject | None = None,
           analysed: list[dict[tuple[int, int], Early]] | None = None,
           navigation_found: list[set[tuple[int, int]] | None] | None = None) -> Findings:
    """`find_evidence`'s findings before the ranking: every analysed passage that found
    anything, with no point ranked yet (`Findings.points` empty; see `rank`)."""
    lex = lexicon or load_lexicon()
    located: list[Located] = []
    navigation: list[tuple[str, int]] = []
    order = 0
    context = lex.rules.evidence.context
    headings = lex.rules.evidence.heading
    notes = lex.rules.evidence.table_notes
    note_marker = re.compile(notes.marker, re.I) if notes is not None else None
    navs: list[set[tuple[int, int]]] = []
    for d, doc in enumerate(documents):
        passages = _passages(doc)
        found = navigation_found[d] if navigation_found is not None \
            and d < len(navigation_found) else None
        nav = found if found is not None else navigation_passages(doc)
        navs.append(nav)
        questions = answered_apart(passages)  # template questions answered on a line apart
        done = analysed[d] if analysed is not None and d < len(analysed) else None
        carry: dict[str, list[Hit]] = {}
        left = 0  # passages the open lead-in context may still reach
        section: dict[str, list[Hit]] = {}  # the topic of the heading above (session 15)
        section_page, under = 0, 0
        table_topic: dict[str, list[Hit]] = {}  # what a table hands its notes (session 25)
        notes_left = 0
        for passage in passages:
            key = (passage.page, passage.index)
            if key in nav or key in questions:
                if key in nav:
                    navigation.append((doc.path, passage.page))
                    # an index row that carries the company's value is data (session 15)
                    data = index_data_rows(passage)
                    if data:
                        analysis = analyse(passage.text, lex, table_rows=data, subject=subject)
                        if analysis.hits or analysis.points or analysis.series:
                            located.append(Located(doc.path, passage.page, order, passage.text,
                                                   analysis, data))
                order += 1
                carry, left = {}, 0
                section = {}
                table_topic, notes_left = {}, 0
                continue
            rows = rows_before_index(passage.table.rows) if passage.table is not None else None
            given = carry if carry and left > 0 and context is not None \
                and len(passage.text) <= context.max_chars else None
            titled = headings is not None and rows is None and is_heading(passage.text,
                                                                          headings.max_chars)
            # a section goes on over a page break until a heading (session 16)
            topic = section if section and headings is not None and not titled and under > 0 \
                and section_page <= passage.page <= section_page + headings.pages else None
            # a note under a table takes the table's topic beside its section's (session 25)
            noted = table_topic if table_topic and notes_left > 0 and rows is None \
                and note_marker is not None and note_marker.match(passage.text.lstrip()) else None
            given_topic = _with_topic(topic, noted) if noted else topic
            # an early analysis (made without what a lead-in or a heading before it passes
            # on) serves only a passage that takes nothing from one
            early = done.get((passage.page, passage.index)) if done and given is None \
                and given_topic is None else None
            if early is not None and early[0] == passage.text and early[1] == rows:
                analysis = early[2]
            else:
                analysis = analyse(passage.text, lex, table_rows=rows, subject=subject,
                                   carried=given, heading=given_topic)
            if notes is not None:
                if rows is not None:
                    table_topic = section_topic(analysis.hits, notes.carry)
                    notes_left = notes.passages
                elif noted:
                    notes_left -= 1
                else:
                    table_topic, notes_left = {}, 0
            if headings is not None:
                if titled:  # a heading opens its section, or ends the one above
                    section = section_topic(analysis.hits, headings.carry)
                    section_page, under = passage.page, headings.passages
                elif topic is not None:
                    under -= 1
            if context is not None:
                # a lead-in of this passage opens a new context; one passed through is spent
                carry = analysis.carry_out
                left = left - 1 if given is not None and carry is given else context.passages
                if not carry:
                    left = 0
            if analysis.hits or analysis.points or analysis.series:
                located.append(Located(doc.path, passage.page, order, passage.text, analysis,
                                        rows))
            order += 1
    _english_documents(documents, lex, located, order, navs)
    return Findings(located, {}, lex, navigation)


def _with_topic(topic: dict[str, list[Hit]] | None, more: dict[str, list[Hit]]
                ) -> dict[str, list[Hit]]:
    """A section's topic with a table's topic for a note under the table (session 25)."""
    out = dict(topic) if topic else {}
    for concept, hits in more.items():
        out[concept] = out.get(concept, []) + hits
    return out


def relevance(findings: Findings) -> list[float]:
    """The BM25 relevance of every (passage, point) of `locate`'s findings, in the order
    `rank` takes them (passages in order, each one's points in its analysis' order): plain
    numbers, so another process can compute them (rjieba tokens, ~40 ms a dense 200-page
    report with the wheel)."""
    with_points = [loc for loc in findings.passages if loc.analysis.points]
    seg = segmenter(findings.lexicon)
    memo: dict[str, str] = {}
    cues = list(dict.fromkeys(cue for loc in with_points
                              for hit in loc.analysis.points.values() for cue in hit.matched))
    # every cut at once: one request when a process of its own segments (`jieba_server`)
    cut = tokens_of(seg, [loc.analysis.text for loc in with_points] + cues, memo)
    docs_tokens = cut[:len(with_points)]
    cue_tokens = dict(zip(cues, cut[len(with_points):], strict=True))
    bm25 = BM25(docs_tokens, {t for ts in cue_tokens.values() for t in ts})
    scores: list[float] = []
    for i, loc in enumerate(with_points):
        for hit in loc.analysis.points.values():
            query = []
            for cue in hit.matched:
                query.extend(cue_tokens[cue])
            scores.append(round(bm25.score(i, query), 4))
    return scores


def rank(findings: Findings, scores: list[float],
         order: dict[str, list[int]] | None = None) -> None:
    """Rank, per point, the passages of `locate`'s findings that support it, with `scores`
    from `relevance` of the same findings (best rating first, then BM25 relevance, then
    document order): fills `Findings.points`. `order`, when given, is that ranking already
    made (`ranking` of the same findings and scores, in another process)."""
    points = _unranked(findings, scores)
    if order is None:
        key = point_order(findings.lexicon)
        for pid, ranked in points.items():
            ranked.sort(key=partial(key, pid))
    else:
        points = {pid: [ranked[i] for i in order[pid]] for pid, ranked in points.items()}
    findings.points = dict(sorted(points.items()))


def ranking(findings: Findings, scores: list[float]) -> dict[str, list[int]]:
    """`rank`'s order as plain numbers: per point, the positions of its passages (in the
    order `rank` meets them) from first to last."""
    key = point_order(findings.lexicon)
    order: dict[str, list[int]] = {}
    for pid, ranked in _unranked(findings, scores).items():
        keys = [key(pid, r) for r in ranked]
        order[pid] = sorted(range(len(ranked)), key=keys.__getitem__)
    return order


def relevance_and_ranking(findings: Findings) -> tuple[list[float], dict[str, list[int]]]:
    """`relevance` and `ranking` of `locate`'s findings: what `rank` needs, as plain data."""
    scores = relevance(findings)
    return scores, ranking(findings, scores)


def _unranked(findings: Findings, scores: list[float]) -> dict[str, list[Ranked]]:
    points: dict[str, list[Ranked]] = {}
    n = 0
    for loc in findings.passages:
        for pid, hit in loc.analysis.points.items():
            rel = scores[n]
            n += 1
            loc.relevance[pid] = rel
            points.setdefault(pid, []).append(tuple.__new__(Ranked, (loc, hit, rel)))
    if n != len(scores):
        raise ValueError(f"{len(scores)} relevance scores for {n} passage points")
    return points


def _english_documents(documents: list[Document], lex: Lexicon, located: list[Located],
                       order: int, navs: list[set[tuple[int, int]]]) -> None:
    """An English-language disclosure is itself international voice (methodology I10: "English
    report"): the point named by `evidence.english_document_point` is mentioned (0.5). The
    evidence quotes the document's first passage of English prose (`english_quote`), not its
    first line, which on a web page is the site's header or menu."""
    point = lex.rules.evidence.english_document_point
    if not point:
        return
    words = lex.rules.evidence.english_quote_words
    for doc, nav in zip(documents, navs, strict=True):
        sample = "".join(p.text for page in doc.pages[:5] for p in page.passages)[:20000]
        letters = sum(1 for ch in sample if ch.isascii() and ch.isalpha())
        cjk = sum(1 for ch in sample if is_han(ch))
        if letters < 200 or letters < 4 * cjk:
            continue
        first = next((page for page in doc.pages if page.passages or page.text.strip()), None)
        if first is None:
            continue
        note = "English-language report"
        analysis = Analysis(text=note, hits=[], sentences=[(0, len(note))])
        analysis.points[point] = PointHit(point, 0.5, [note], [], (0, len(note)))
        page, raw = english_quote(doc, nav, words) or (
            first.number, first.passages[0].text if first.passages else first.text)
        located.append(Located(doc.path, page, order, raw, analysis))
        order += 1


def english_quote(doc: Document, nav: set[tuple[int, int]], words: int
                  ) -> tuple[int, str] | None:
    """(page, text) of the document's first passage of English prose: not a navigation
    passage, not a table, at least `words` words of Latin letters and a full stop. A site's
    header ("… · Stock code 609688"), menu ("HomeInvestorsSustainability…"), a title or a
    heading is no such passage (session 10: the menu was quoted as the evidence)."""
    for page in doc.pages[:5]:
        for passage in page_passages(page):
            if (passage.page, passage.index) in nav or passage.table is not None:
                continue
            text = passage.text.strip()
            latin = [w for w in text.split() if any(ch.isascii() and ch.isalpha() for ch in w)]
            if len(latin) >= words and ("." in text[:-1].replace("..", "") or text.endswith(".")):
                return page.number, passage.text
    return None


def _passages(doc: Document) -> list[Passage]:
    """A document's passages; a page that has text but no passages counts as one passage."""
    out: list[Passage] = []
    for page in doc.pages:
        out.extend(page_passages(page))
    return out


def page_passages(page: Page) -> list[Passage]:
    """A page's passages as the reader analyses them: a page that has text but no passages
    is one passage."""
    if page.passages:
        return page.passages
    if page.text.strip():
        return [Passage(page=page.number, index=0, text=page.text)]
    return []
