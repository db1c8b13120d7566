"""`scripts/unseen_rounds.py`: a round's company-years, not only its dNN_ files with a label of the
same stem (session 29). A company-year of two PDFs under a code-named label (d266's annual report
and KPI appendix, `008892.SZ-2023.label.yaml`) is rated as one, as `cnsr evaluate` rates it, and
`build` joins its records with that label."""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("unseen_rounds", ROOT / "scripts" / "unseen_rounds.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["unseen_rounds"] = module
    spec.loader.exec_module(module)
    return module


_PAIR_LABEL = """files: [d301_beiling_steel_2023_annual.pdf, d301_beiling_steel_2023_kpi.pdf]
company: 北岭钢铁股份有限公司
code: 008999.SZ
year: 2023
language: zh
stage: 3
points:
  I11.1: 1    # K p2 直接排放（范围一）
  I03.1: 1    # K p2 综合能源消费量
  I02.1: 0
"""
_ONE_LABEL = """file: d302_nanhe_paper_2023.pdf
company: 南禾纸业股份有限公司
year: 2023
language: zh
stage: 2
points:
  I03.1: 1    # p4 综合能源消费量
"""


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("d301_beiling_steel_2023_annual.pdf", "d301_beiling_steel_2023_kpi.pdf",
                 "d302_nanhe_paper_2023.pdf", "d303_xiyu_cement_2023.pdf",  # d303: no label
                 "d310_outside_2023.pdf"):
        (corpus / name).write_bytes(b"%PDF-1.4\n")
    (corpus / "008999.SZ-2023.label.yaml").write_text(_PAIR_LABEL, encoding="utf-8")
    (corpus / "d302_nanhe_paper_2023.label.yaml").write_text(_ONE_LABEL, encoding="utf-8")
    (corpus / "d310_outside_2023.label.yaml").write_text(
        _ONE_LABEL.replace("d302_nanhe_paper", "d310_outside"), encoding="utf-8")
    return corpus


def test_a_rounds_documents_are_its_company_years(script: ModuleType, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    got = [(cy.doc, cy.label.name, [f.name for f in cy.files])
           for cy in script.round_documents(corpus, 301, 306)]
    assert got == [
        ("d301_beiling_steel_2023", "008999.SZ-2023.label.yaml",
         ["d301_beiling_steel_2023_annual.pdf", "d301_beiling_steel_2023_kpi.pdf"]),
        ("d302_nanhe_paper_2023", "d302_nanhe_paper_2023.label.yaml", ["d302_nanhe_paper_2023.pdf"]),
    ]


def test_a_company_year_with_a_file_missing_is_not_rated(script: ModuleType, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    (corpus / "d301_beiling_steel_2023_kpi.pdf").unlink()
    assert [cy.doc for cy in script.round_documents(corpus, 301, 306)] == ["d302_nanhe_paper_2023"]


def test_round_41_holds_d266_as_one_company_year(script: ModuleType) -> None:
    _, first, last = script.ROUNDS[41]
    got = {cy.doc: [f.name for f in cy.files]
           for cy in script.round_documents(ROOT / "demo" / "corpus", first, last)}
    assert len(got) == 6
    assert got["d266_hengchuan_steel_2023"] == ["d266_hengchuan_steel_2023_annual.pdf",
                                                "d266_hengchuan_steel_2023_kpi.pdf"]


def test_build_joins_a_company_year_with_its_code_named_label(script: ModuleType, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    ev = {"page": 2, "passage": "直接排放（范围一） | 2023年=812.4万吨二氧化碳当量", "matched": ["范围一"],
          "quantities": ["812.4万吨二氧化碳当量"], "relevance": 7.0}
    raw = tmp_path / "r99.json"
    raw.write_text(json.dumps({"round": 99, "commit": "abc1234", "documents": [{
        "doc": "d301_beiling_steel_2023", "file": "d301_beiling_steel_2023_annual.pdf",
        "files": ["d301_beiling_steel_2023_annual.pdf", "d301_beiling_steel_2023_kpi.pdf"],
        "label": "008999.SZ-2023.label.yaml", "stage": 3,
        "label_text": _PAIR_LABEL.replace("I03.1: 1", "I03.1: 0"),  # the round's own label, older
        "points": [{"point": "I11.1", "rating": 1.0, "evidence": [ev]},
                   {"point": "I02.1", "rating": 0.5, "evidence": [dict(ev, page=5)]}]}]},
        ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    script.build(argparse.Namespace(raw=[raw], records=None, corpus=corpus, out=out))
    recs = {r["point"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert {p: (r["outcome"], r["label"]) for p, r in recs.items()} == {
        "I02.1": ("fp", 0.0), "I11.1": ("tp", 1.0),
        "I03.1": ("fn", 1.0)}  # today's label (the corpus's), not the round's own
    assert recs["I11.1"]["label_pages"] == [2] and recs["I11.1"]["evidence"][0]["on_label_page"]
    assert recs["I11.1"]["form"] == {"english": False, "traditional": False, "annual": True,
                                     "stage": 3, "type": "pdf"}
    # the records rebuild the same file (a company-year's record name finds its label again)
    again = tmp_path / "again.jsonl"
    script.build(argparse.Namespace(raw=[], records=out, corpus=corpus, out=again))
    assert again.read_bytes() == out.read_bytes()
