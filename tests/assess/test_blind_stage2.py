"""The blind stage round 2 (session 13): 16 more short company-year disclosures written and
labelled before they were rated (tests/assess/blind_stage2/, labels.yaml), over power, steel,
cement, chemicals, mining, retail, real estate, autos, pharma, textiles, shipping, securities
and construction, in forms round 1 did not have: an annual report's 第五节 only, a 2017 report
managing carbon without dual-carbon words, own CO2 only as a chart's data labels, energy only
in 吨标准煤, a percent change only, a scope 2-only figure in 公斤, Mt / kt, a subsidiary's plant,
slogans and a charity planting day. Before the session-13 fixes 11 were in the right stage
(docs/reader-history.md "Blind stage round 2 (session 13)"); each must land in its labelled
stage, its own figures read and nothing else kept as its own."""

from __future__ import annotations

from typing import Any

import pytest
from blind_stage_docs import ROUND2, has_cjk_font, labels, materialize

from cnsr.assess.rate import rate_documents
from cnsr.ingest import read_document
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company, Rating

LABELS = labels(ROUND2)
_PDF = pytest.mark.skipif(not has_cjk_font(), reason="Noto Sans CJK SC is needed for the PDFs")


def _params() -> list[Any]:
    return [pytest.param(d, id=d["id"], marks=[_PDF] if d["file"].endswith(".pdf.html") else [])
            for d in LABELS]


@pytest.fixture(scope="module")
def ratings(tmp_path_factory: pytest.TempPathFactory,
            m: LoadedMethodology) -> dict[str, Rating]:
    """Every document rated once, as `cnsr rate FILE --company … --year …` rates it."""
    folder = tmp_path_factory.mktemp("blind_stage2")
    out: dict[str, Rating] = {}
    for d in LABELS:
        if d["file"].endswith(".pdf.html") and not has_cjk_font():
            continue
        path = materialize(d["file"], folder, ROUND2)
        out[d["id"]] = rate_documents([read_document(path)],
                                      Company(name=d["company"], year=d["year"]), m)
    return out


def _is(figure: Any, label: dict[str, Any]) -> bool:
    """The labelled figure: the same year and value (tonnes for amounts; an intensity in the
    printed unit or converted by a factor of 1,000)."""
    if figure.year != label["year"]:
        return False
    if "value_t" in label:
        return figure.value_t is not None and abs(figure.value_t - label["value_t"]) \
            <= 0.001 * label["value_t"]
    return figure.scope == "intensity" and any(
        abs(figure.value * k - label["value"]) <= 1e-6 * max(1.0, label["value"])
        for k in (1, 1000))


def test_the_round_spreads_over_stages_languages_and_formats() -> None:
    stages = [d["stage"] for d in LABELS]
    assert len(LABELS) == 16 and all(stages.count(s) >= 3 for s in range(4))
    assert {d["language"] for d in LABELS} == {"zh-Hans", "zh-Hant", "en"}
    suffixes = {d["file"].rsplit(".", 1)[-1] if not d["file"].endswith((".pdf.html", ".docx.md"))
                else d["file"].split(".")[-2] for d in LABELS}
    assert suffixes == {"pdf", "docx", "html", "md", "txt"}


@pytest.mark.parametrize("doc", _params())
def test_stage_is_the_label(ratings: dict[str, Rating], doc: dict[str, Any]) -> None:
    assert ratings[doc["id"]].stage == doc["stage"], doc["why"]


@pytest.mark.parametrize("doc", _params())
def test_own_figures_are_read_and_nothing_else(ratings: dict[str, Rating],
                                               doc: dict[str, Any]) -> None:
    own = [e for e in ratings[doc["id"]].emissions if e.kind == "own"]
    labelled = doc.get("own") or []
    missed = [x for x in labelled if not any(_is(e, x) for e in own)]
    extra = [(e.scope, e.year, e.written, e.label) for e in own
             if not any(_is(e, x) for x in labelled)]
    assert not missed and not extra
