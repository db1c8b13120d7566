"""What one passage or one small report earns, the shapes most precision tests assert on: the
point ratings of a passage as `cnsr tag` reads it (a point it does not earn is absent), the
rating of a text written to a file and rated as a company's only document, the emission
figures of a rating, and the best rating per point of a document built from pages of passages;
and the ingest tests' PDF renderer for tests that render their text to PDF. Tests outside this
package import it as `evidence.tagged` (tests/ is on the path through tests/conftest.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from cnsr.assess.rate import rate_documents
from cnsr.evidence.find import find_evidence
from cnsr.evidence.tag import tag_passage
from cnsr.ingest import read_document
from cnsr.ingest.document import Document, Page, Passage
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company, Rating


def points(text: str) -> dict[str, float]:
    return {p["point"]: p["rating"] for p in tag_passage(text)["points"]}


def rate_text(tmp_path: Path, m: LoadedMethodology, text: str, suffix: str = ".txt") -> Rating:
    path = tmp_path / f"report{suffix}"
    path.write_text(text, encoding="utf-8")
    return rate_documents([read_document(path)], Company(name="测试公司", year=2023), m)


def carbon_aware(tmp_path: Path, m: LoadedMethodology, text: str) -> bool:
    """Whether `text`, rated as a company's only document, meets the carbon-awareness
    criterion of stage 2."""
    return rate_text(tmp_path, m, text).criteria["carbon_awareness"].met


def points_of(text: str, want: dict[str, float]) -> dict[str, float]:
    """`points(text)` on the points of `want`, 0 for a point not earned: compared with `want`."""
    got = points(text)
    return {p: got.get(p, 0) for p in want}


def rated_points(r: Rating) -> dict[str, float]:
    return {p.point: p.rating for ind in r.indicators for p in ind.points}


def emission_figures(r: Rating, kind: str = "own") -> set[tuple[str, int | None, float, str]]:
    """(scope, year, value, unit) of the rating's emission figures of one kind."""
    return {(e.scope, e.year, round(e.value, 6), e.unit) for e in r.emissions if e.kind == kind}


def found_figures(tmp_path: Path, m: LoadedMethodology, text: str, kind: str = "own",
                  suffix: str = ".txt") -> set[tuple[str, int | None, float]]:
    """(scope, year, value) of one kind of emission figure in a rating of `text` (the figure tests'
    common question: is this figure read as the company's own, or as others'?)."""
    return {(s, y, v) for s, y, v, _ in emission_figures(rate_text(tmp_path, m, text + "\n", suffix), kind)}


def pages_document(*pages: list[str]) -> Document:
    """A PDF document of these pages, each a list of passages."""
    return Document(path="s15.pdf", sha256="0" * 64, kind="pdf", pages=[
        Page(number=n, text="\n".join(texts),
             passages=[Passage(page=n, index=i, text=t) for i, t in enumerate(texts)])
        for n, texts in enumerate(pages, start=1)])


def best_ratings(doc: Document) -> dict[str, float]:
    """The best rating of each point the document's evidence gives."""
    found = find_evidence([doc])
    return {pid: found.best(pid) for pid in found.points}


def ingest_samples() -> ModuleType:
    """tests/ingest/ingest_samples.py (its PDF renderer `render_pdf`, `CJK_FONT` and
    `has_cjk_font`), loaded by path once: the ingest tests import it as a top-level module of
    their own folder, which is not a package."""
    if "ingest_samples" not in sys.modules:
        path = Path(__file__).resolve().parents[1] / "ingest" / "ingest_samples.py"
        spec = importlib.util.spec_from_file_location("ingest_samples", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["ingest_samples"] = module
        spec.loader.exec_module(module)
    return sys.modules["ingest_samples"]
