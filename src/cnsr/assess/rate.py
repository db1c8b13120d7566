"""Documents → Assessment → Rating: the reader's whole decision, deterministic.

`assess_documents` finds evidence, rates every point, rates the three dimensions of every
indicator and the stage criteria; `rate_documents` scores that assessment with the
methodology engine (`build_rating`), recording the input files and their hashes.
"""

from __future__ import annotations

from collections.abc import Callable

from cnsr.assess.dimensions import SeriesTrend, rate_dimensions
from cnsr.assess.emissions import (
    drop_others_figures,
    emission_figures,
    history_point,
    series_trends,
)
from cnsr.assess.points import rate_points
from cnsr.assess.stage import criteria
from cnsr.evidence.early import EarlyAnalysis
from cnsr.evidence.emission_figures import Figure, find_emissions, load_markers
from cnsr.evidence.emission_markers import Markers
from cnsr.evidence.find import (
    Findings,
    find_evidence,
    locate,
    rank,
    relevance,
    relevance_and_ranking,
)
from cnsr.evidence.jieba_load import plain_segmenter
from cnsr.evidence.lexicon import Lexicon
from cnsr.evidence.quotes import finish_quotes
from cnsr.evidence.segment import segmenter
from cnsr.evidence.subject import Subject, subject_for
from cnsr.gc_pause import cyclic_gc_paused
from cnsr.ingest.document import Document
from cnsr.methodology.load import LoadedMethodology
from cnsr.rating import (
    Assessment,
    Company,
    EmissionFigure,
    Provenance,
    Rating,
    build_rating,
)


def assess_documents(documents: list[Document], m: LoadedMethodology,
                     lexicon: Lexicon | None = None, subject: Subject | None = None,
                     early: list[EarlyAnalysis] | None = None, fork: bool = False,
                     meanwhile: Callable[[], None] | None = None) -> Assessment:
    """What the reader decides from `documents` (one company-year), before scoring; with a
    `subject`, the company's names count as the company speaking and the report year dates
    its figures. `early[i]`: passages of `documents[i]` analysed while it was read (the
    same assessment, sooner).

    `fork` (`cnsr rate`, a single-threaded process that may fork): with at least
    `fork_relevance_passages` passages rating a point (`data/limits/parallel.yaml`), the
    evidence's relevance is computed in a forked child while this process finds the emission
    figures, which do not need it, and ranks the evidence with it (`cnsr/forked.py`); the same
    assessment. While it waits for the child it also makes what needs no ranking (the
    figures' records and series trends) and calls `meanwhile` (`cnsr rate`: the table
    printer's imports; session 15)."""
    lex = lexicon or m.lexicon()
    analysed = navigation = None
    if early is not None:
        analysed = [e.for_subject(lex, subject or Subject()) for e in early]
        navigation = [e.navigation_for(documents[i]) if i < len(documents) else None
                      for i, e in enumerate(early)]
    with cyclic_gc_paused():  # the findings are freed inside the pause, by _assess's return
        if not fork:
            return assess_findings(find_evidence(documents, lex, subject, analysed,
                                                 navigation), m)
        from cnsr.forked import Forked
        from cnsr.ingest.parallel import parallel_limits

        findings = locate(documents, lex, subject, analysed, navigation)
        with_points = sum(1 for loc in findings.passages if loc.analysis.points)
        ranked = Forked(lambda: relevance_and_ranking(findings)) \
            if with_points >= parallel_limits().fork_relevance_passages else None
        markers = load_markers(lex.source)
        figures = find_emissions(findings, markers)
        unranked = None
        if ranked is not None:
            unranked = (emission_figures(figures, findings),
                        series_trends(figures, findings, markers))
            try:
                if meanwhile is not None:
                    meanwhile()
            finally:  # the child is waited for even when `meanwhile` fails
                relevance_ranking = ranked.result()
            rank(findings, *relevance_ranking)
        else:
            rank(findings, relevance(findings))
        return _assessed(findings, m, markers, figures, unranked)


def assess_findings(findings: Findings, m: LoadedMethodology) -> Assessment:
    """The assessment of findings already made (`cnsr check` reads once for both)."""
    markers = load_markers(findings.lexicon.source)
    return _assessed(findings, m, markers, find_emissions(findings, markers))


def _assessed(findings: Findings, m: LoadedMethodology, markers: Markers,
              figures: list[Figure],
              unranked: tuple[list[EmissionFigure], list[SeriesTrend]] | None = None
              ) -> Assessment:
    """`unranked`: the figures' records and series trends, made already (they read neither
    the ranking nor what `drop_others_figures` changes)."""
    drop_others_figures(findings, figures, set(markers.data.points.values()),
                        markers.data.points.get("scope3"), frozenset(markers.data.value_chain))
    points = rate_points(findings, m)
    history_point(figures, findings, points)
    emissions, trends = unranked if unranked is not None else (
        emission_figures(figures, findings), series_trends(figures, findings, markers))
    own = [f.evidence for f in emissions if f.kind == "own"]
    return Assessment(
        criteria=criteria(findings, points, m, own),
        points=points,
        dimensions=rate_dimensions(findings, m, points, trends),
        emissions=emissions,
    )


def prepare_reader(m: LoadedMethodology, lexicon: Lexicon | None = None) -> None:
    """Build now what the first rating would build on demand: the lexicon, the rjieba
    segmenter (~0.13 s of CPU; it holds the GIL, so no thread can hide it), the domain
    terms and the emission markers. `cnsr rate` calls it while worker processes still read the PDF, so
    the wait for pages is spent on it; the rating is the same with or without it."""
    lex = lexicon or m.lexicon()
    segmenter(lex)
    plain_segmenter()
    load_markers(lex.source)


def rate_documents(documents: list[Document], company: Company, m: LoadedMethodology,
                   lexicon: Lexicon | None = None, early: list[EarlyAnalysis] | None = None,
                   fork: bool = False, meanwhile: Callable[[], None] | None = None) -> Rating:
    """Rate one company-year from its disclosure documents (`early`, `fork`, `meanwhile`: see
    assess_documents)."""
    subject = subject_for(company.name, company.year)
    return rating_of(assess_documents(documents, m, lexicon, subject, early, fork, meanwhile),
                     documents, company, m)


def rating_of(assessment: Assessment, documents: list[Document], company: Company,
              m: LoadedMethodology) -> Rating:
    """The rating of an assessment: quotes finished, scored, inputs recorded."""
    assessment = finish_quotes(assessment, documents)
    provenance = Provenance(
        methodology=m.label, produced_by="reader",
        inputs=[{"file": d.path, "sha256": d.sha256} for d in documents],
    )
    return build_rating(m, company, assessment, provenance)
