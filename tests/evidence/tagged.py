"""What one passage or one small report earns, the shapes most precision tests assert on: the
point ratings of a passage as `cnsr tag` reads it (a point it does not earn is absent), and
the rating of a text written to a file and rated as a company's only document."""

from __future__ import annotations

from pathlib import Path

from cnsr.assess.rate import rate_documents
from cnsr.evidence.tag import tag_passage
from cnsr.ingest import read_document
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company, Rating


def points(text: str) -> dict[str, float]:
    return {p["point"]: p["rating"] for p in tag_passage(text)["points"]}


def rate_text(tmp_path: Path, m: LoadedMethodology, text: str, suffix: str = ".txt") -> Rating:
    path = tmp_path / f"report{suffix}"
    path.write_text(text, encoding="utf-8")
    return rate_documents([read_document(path)], Company(name="测试公司", year=2023), m)


def rated_points(r: Rating) -> dict[str, float]:
    return {p.point: p.rating for ind in r.indicators for p in ind.points}
