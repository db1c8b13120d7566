"""`cnsr check` against hand labels (`<doc>.check.yaml`): per item precision and recall, with a
found item being met or partly met (as a point rated above 0 is found in the rating's
evaluation), and exact status agreement."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from cnsr.data_files import load_file
from cnsr.errors import DataError
from cnsr.frameworks.check import check_documents
from cnsr.frameworks.checklist import Checklist, load_checklist
from cnsr.frameworks.results import Status
from cnsr.ingest.document import Document
from cnsr.rating import Company


class CheckLabel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    file: str | None = None
    files: list[str] = []
    framework: str
    company: str
    year: int
    items: dict[str, Status]

    @property
    def paths(self) -> list[str]:
        return self.files or [self.file or ""]


class ItemScore(BaseModel):
    item: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    exact: int = 0
    labelled: int = 0
    precision: float = 1.0
    recall: float = 1.0


class CheckEvaluation(BaseModel):
    documents: list[str]
    items: list[ItemScore]
    precision: float
    recall: float
    exact: float
    wrong: dict[str, dict[str, list[str]]]
    """label file → item → [label, found]"""


def load_check_labels(corpus: Path) -> list[tuple[Path, CheckLabel]]:
    out = []
    for path in sorted(corpus.glob("*.check.yaml")):
        out.append((path, load_file(CheckLabel, path, what="check label file")))
    if not out:
        raise DataError(f"{corpus}: no *.check.yaml files")
    return out


def evaluate_checks(corpus: Path, read: Callable[[Path], Document],
                    progress: Callable[[str], Any] | None = None) -> CheckEvaluation:
    scores: dict[str, ItemScore] = {}
    wrong: dict[str, dict[str, list[str]]] = {}
    names = []
    for path, label in load_check_labels(corpus):
        if progress:
            progress(path.name)
        checklist: Checklist = load_checklist(label.framework)
        known = {i.id for i in checklist.items.items}
        unknown = sorted(set(label.items) - known)
        if unknown:
            raise DataError(f"{path}: unknown item(s) {', '.join(unknown)} of {label.framework}")
        docs = [read(corpus / f) for f in label.paths]
        _rating, result = check_documents(docs, Company(name=label.company, year=label.year),
                                          checklist)
        names.append(path.name)
        for r in result.items:
            if r.item not in label.items:
                continue
            want, got = label.items[r.item], r.status
            s = scores.setdefault(r.item, ItemScore(item=r.item))
            s.labelled += 1
            s.exact += want == got
            s.tp += want != "missing" and got != "missing"
            s.fp += want == "missing" and got != "missing"
            s.fn += want != "missing" and got == "missing"
            if want != got:
                wrong.setdefault(path.name, {})[r.item] = [want, got]
    for s in scores.values():
        s.precision = round(s.tp / (s.tp + s.fp), 4) if s.tp + s.fp else 1.0
        s.recall = round(s.tp / (s.tp + s.fn), 4) if s.tp + s.fn else 1.0
    tp = sum(s.tp for s in scores.values())
    fp = sum(s.fp for s in scores.values())
    fn = sum(s.fn for s in scores.values())
    total = sum(s.labelled for s in scores.values()) or 1
    return CheckEvaluation(
        documents=names, items=list(scores.values()),
        precision=round(tp / (tp + fp), 4) if tp + fp else 1.0,
        recall=round(tp / (tp + fn), 4) if tp + fn else 1.0,
        exact=round(sum(s.exact for s in scores.values()) / total, 4), wrong=wrong)
