"""The blind stage rounds: short company-year disclosures written and labelled before they were
rated, each rated whole; it must land in its labelled stage, its own emission figures be read
and nothing else kept as its own.

- Round 1 (session 12, tests/assess/blind_stage/): 24 over power, steel, cement, chemicals,
  banks, insurance, airlines, shipping and tech, in simplified and traditional Chinese and
  English, as PDF, DOCX, HTML, Markdown and text. Before the session-12 fixes four were in the
  wrong stage (an airline's plan to start a carbon inventory, a rural bank's customers' CO2
  cut, a router maker's product footprint at stage 2 instead of 1; a chemical group's urea
  output read as its CO2) and an airline's kg CO2 per RTK was not kept as a figure.
- Round 2 (session 13, tests/assess/blind_stage2/): 16 more, in forms round 1 did not have: an
  annual report's 第五节 only, a 2017 report managing carbon without dual-carbon words, own CO2
  only as a chart's data labels, energy only in 吨标准煤, a percent change only, a scope 2-only
  figure in 公斤, Mt / kt, a subsidiary's plant, slogans and a charity planting day. Before the
  session-13 fixes 11 were in the right stage (docs/reader-history.md "Blind stage round 2
  (session 13)")."""

from __future__ import annotations

from typing import Any

import pytest
from blind_stage_docs import HERE, ROUND2, has_cjk_font, is_label, labels, materialize

from cnsr.assess.rate import rate_documents
from cnsr.ingest import read_document
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company, Rating

ROUNDS = {HERE: (24, 5), ROUND2: (16, 3)}
"""Each round's folder: how many documents, and at least how many in each stage."""
LABELS = [(folder, d) for folder in ROUNDS for d in labels(folder)]
_PDF = pytest.mark.skipif(not has_cjk_font(), reason="Noto Sans CJK SC is needed for the PDFs")


def _params() -> list[Any]:
    return [pytest.param(d, id=d["id"], marks=[_PDF] if d["file"].endswith(".pdf.html") else [])
            for _, d in LABELS]


@pytest.fixture(scope="module")
def ratings(tmp_path_factory: pytest.TempPathFactory,
            m: LoadedMethodology) -> dict[str, Rating]:
    """Every document rated once, as `cnsr rate FILE --company … --year …` rates it."""
    folder = tmp_path_factory.mktemp("blind_stage")
    out: dict[str, Rating] = {}
    for sources, d in LABELS:
        if d["file"].endswith(".pdf.html") and not has_cjk_font():
            continue
        path = materialize(d["file"], folder, sources)
        out[d["id"]] = rate_documents([read_document(path)],
                                      Company(name=d["company"], year=d["year"]), m)
    return out


@pytest.mark.parametrize("folder", list(ROUNDS), ids=["round1", "round2"])
def test_a_round_spreads_over_stages_languages_and_formats(folder: Any) -> None:
    docs = labels(folder)
    count, per_stage = ROUNDS[folder]
    stages = [d["stage"] for d in docs]
    assert len(docs) == count and all(stages.count(s) >= per_stage for s in range(4))
    assert {d["language"] for d in docs} == {"zh-Hans", "zh-Hant", "en"}
    suffixes = {d["file"].rsplit(".", 1)[-1] if not d["file"].endswith((".pdf.html", ".docx.md"))
                else d["file"].split(".")[-2] for d in docs}
    assert suffixes == {"pdf", "docx", "html", "md", "txt"}


@pytest.mark.parametrize("doc", _params())
def test_stage_is_the_label(ratings: dict[str, Rating], doc: dict[str, Any]) -> None:
    assert ratings[doc["id"]].stage == doc["stage"], doc["why"]


@pytest.mark.parametrize("doc", _params())
def test_own_figures_are_read_and_nothing_else(ratings: dict[str, Rating],
                                               doc: dict[str, Any]) -> None:
    own = [e for e in ratings[doc["id"]].emissions if e.kind == "own"]
    labelled = doc.get("own") or []
    missed = [x for x in labelled if not any(is_label(e, x) for e in own)]
    extra = [(e.scope, e.year, e.written, e.label) for e in own
             if not any(is_label(e, x) for x in labelled)]
    assert not missed and not extra
