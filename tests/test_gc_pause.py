"""The collector is paused only while a document is read or rated, and always restored."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from cnsr.assess.rate import assess_documents
from cnsr.gc_pause import cyclic_gc_paused
from cnsr.ingest import read_document
from cnsr.methodology import load_methodology

CORPUS = Path(__file__).parents[1] / "demo" / "corpus"


def test_paused_inside_restored_after_even_on_error() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), cyclic_gc_paused():
        assert not gc.isenabled()
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_nested_and_already_paused_collector_left_as_found() -> None:
    gc.disable()
    try:
        with cyclic_gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # it was off before: stays off
    finally:
        gc.enable()
    with cyclic_gc_paused(), cyclic_gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_reading_and_rating_leave_the_collector_on() -> None:
    document = read_document(CORPUS / "d06_hengyuan_thermal_2023.pdf")
    assert gc.isenabled()
    assessment = assess_documents([document], load_methodology())
    assert any(p.rating > 0 for p in assessment.points.values())  # really read and rated
    assert gc.isenabled()
