"""Compare the reader with hand labels: stage accuracy, point P/R/F1, exact match, score error.

A label file (`<doc>.label.yaml`) names its document(s) (`file:` or `files:`), the company-year,
the stage, the three criteria and a 0 / 0.5 / 1 rating for every point. The label score is the
methodology engine's score of those labels (`build_rating`, no dimension bonus unless the label
gives bands); the reader's score is its own full rating.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from cnsr.assess.rate import rate_documents
from cnsr.data_files import load_file
from cnsr.errors import DataError
from cnsr.evidence.lexicon import Lexicon
from cnsr.ingest.document import Document
from cnsr.methodology.load import LoadedMethodology
from cnsr.rating import (
    Assessment,
    Company,
    Criterion,
    DimensionRating,
    PointRating,
    Provenance,
    Rating,
    build_rating,
)

Reader = Callable[[Path], Document]


class Label(BaseModel):
    model_config = ConfigDict(extra="allow")

    file: str | None = None
    files: list[str] = Field(default_factory=list)
    company: str
    code: str = ""
    industry: str = ""
    size: str = ""
    year: int
    stage: int
    criteria: dict[str, bool]
    points: dict[str, float]
    dimensions: dict[str, dict[str, str]] = Field(default_factory=dict)
    pages: dict[str, set[int]] = Field(
        default_factory=dict, exclude=True,
        description="pages the label's comments give per point (read from the comments)")

    @model_validator(mode="after")
    def _some_file(self) -> Label:
        if not self.files and not self.file:
            raise ValueError("a label needs `file:` or `files:`")
        return self

    @property
    def paths(self) -> list[str]:
        return self.files or [self.file or ""]


class DocResult(BaseModel):
    label: str
    files: list[str]
    stage_expected: int
    stage_found: int
    tp: int
    fp: int
    fn: int
    exact: int
    points: int
    score_expected: float
    score_found: float
    missing_evidence: list[str]
    wrong_points: dict[str, list[float]]
    evidence_checked: int = 0
    evidence_on_page: int = 0
    evidence_off_page: list[str] = []


class EvaluationReport(BaseModel):
    documents: list[DocResult]
    stage_accuracy: float
    precision: float
    recall: float
    f1: float
    exact_accuracy: float
    score_mae: float
    missing_evidence: int
    evidence_page_agreement: float = Field(
        default=1.0, description="share of points found by both reader and label whose "
                                 "evidence cites a page the label's comment names")


_POINT_COMMENT = re.compile(r"^\s*(I\d{2}\.\d+):\s*[\d.]+\s*#\s*(.*)$", re.M)
_PAGES = re.compile(r"\bp(\d+)((?:\s*[/,、]\s*p?\d+)*)(?:\s*[-–~]\s*p?(\d+))?", re.I)


def label_pages(text: str) -> dict[str, set[int]]:
    """Pages a label's comments give for its points ("I11.1: 1  # p5 表2 …", "p3/p5",
    "p4-6"): where a reviewer found the disclosure."""
    out: dict[str, set[int]] = {}
    for pid, comment in _POINT_COMMENT.findall(text):
        pages: set[int] = set()
        for m in _PAGES.finditer(comment):
            first = int(m.group(1))
            pages.add(first)
            pages.update(int(x) for x in re.findall(r"\d+", m.group(2) or ""))
            if m.group(3):
                pages.update(range(first, int(m.group(3)) + 1))
        if pages:
            out[pid] = pages
    return out


def load_labels(corpus: Path) -> list[tuple[Path, Label]]:
    out = []
    for path in sorted(corpus.glob("*.label.yaml")):
        label = load_file(Label, path, what="label file")
        label.pages = label_pages(path.read_text(encoding="utf-8"))
        out.append((path, label))
    if not out:
        raise DataError(f"{corpus}: no *.label.yaml files")
    return out


def label_rating(label: Label, m: LoadedMethodology) -> Rating:
    company = _company(label)
    points = {pid: PointRating(point=pid, rating=v, source="expert")
              for pid, v in label.points.items() if pid in m.spec.point_by_id}
    dims = {ind: {d: DimensionRating(band=b) for d, b in bands.items()}
            for ind, bands in label.dimensions.items()}
    assessment = Assessment(
        criteria={k: Criterion(met=v) for k, v in label.criteria.items()},
        points=points, dimensions=dims, stage=label.stage)
    return build_rating(m, company, assessment,
                        Provenance(methodology=m.label, produced_by="expert"))


def evaluate_corpus(corpus: Path, m: LoadedMethodology, read: Reader,
                    lexicon: Lexicon | None = None,
                    progress: Callable[[str], Any] | None = None) -> EvaluationReport:
    results = []
    for path, label in load_labels(corpus):
        if progress:
            progress(path.name)
        docs = [read(corpus / f) for f in label.paths]
        found = rate_documents(docs, _company(label), m, lexicon)
        expected = label_rating(label, m)
        results.append(compare(path.name, label, found, expected))
    return summarise(results)


def compare(name: str, label: Label, found: Rating, expected: Rating) -> DocResult:
    tp = fp = fn = exact = n = checked = on_page = 0
    off_page: list[str] = []
    missing: list[str] = []
    paged = all(f.lower().endswith(".pdf") for f in label.paths)
    wrong: dict[str, list[float]] = {}
    for ind in found.indicators:
        for pr in ind.points:
            want = label.points.get(pr.point, 0.0)
            got = pr.rating
            n += 1
            exact += got == want
            if got > 0 and want > 0:
                tp += 1
            elif got > 0:
                fp += 1
            elif want > 0:
                fn += 1
            if got != want:
                wrong[pr.point] = [want, got]
            if got > 0 and not any(e.page is not None for e in pr.evidence):
                missing.append(pr.point)
            # pages are compared for PDFs only (a DOCX or HTML variant has no printed pages)
            pages = label.pages.get(pr.point) if paged else None
            if got > 0 and want > 0 and pages and pr.evidence:
                checked += 1
                if pr.evidence[0].page in pages:
                    on_page += 1
                else:
                    off_page.append(pr.point)
    return DocResult(
        label=name, files=label.paths, stage_expected=label.stage, stage_found=found.stage,
        tp=tp, fp=fp, fn=fn, exact=exact, points=n, score_expected=expected.total,
        score_found=found.total, missing_evidence=missing, wrong_points=wrong,
        evidence_checked=checked, evidence_on_page=on_page, evidence_off_page=off_page)


def summarise(results: list[DocResult]) -> EvaluationReport:
    tp = sum(r.tp for r in results)
    fp = sum(r.fp for r in results)
    fn = sum(r.fn for r in results)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    n = len(results) or 1
    return EvaluationReport(
        documents=results,
        stage_accuracy=round(sum(r.stage_expected == r.stage_found for r in results) / n, 4),
        precision=round(precision, 4), recall=round(recall, 4), f1=round(f1, 4),
        exact_accuracy=round(sum(r.exact for r in results)
                             / (sum(r.points for r in results) or 1), 4),
        score_mae=round(sum(abs(r.score_found - r.score_expected) for r in results) / n, 3),
        missing_evidence=sum(len(r.missing_evidence) for r in results),
        evidence_page_agreement=round(sum(r.evidence_on_page for r in results)
                                      / (sum(r.evidence_checked for r in results) or 1), 4),
    )


def _company(label: Label) -> Company:
    return Company(name=label.company, code=label.code, industry=label.industry,
                   size=label.size, year=label.year)
