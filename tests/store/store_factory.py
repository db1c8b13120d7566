"""Build ratings for store tests through the real scoring engine, varied by a seed."""

from __future__ import annotations

import random

from cnsr.methodology import LoadedMethodology
from cnsr.rating import (
    Assessment,
    Company,
    Criterion,
    Evidence,
    PointRating,
    Provenance,
    Rating,
    build_rating,
)


def make_rating(m: LoadedMethodology, *, name: str = "大唐国际发电", code: str = "601991.SH",
                year: int = 2023, industry: str = "D44", size: str = "L", seed: int = 1,
                sha: str = "a" * 64) -> Rating:
    rng = random.Random(seed)
    company = Company(name=name, code=code, industry=industry, size=size, year=year)
    cite = Evidence(file="report.pdf", page=rng.randint(1, 200), passage="温室气体排放总量下降5%",
                    matched=["温室气体"], relevance=0.9)
    criteria = {c.id: Criterion(met=rng.random() < 0.8, evidence=[cite]) for c in m.spec.criteria}
    points = {p.id: PointRating(point=p.id, rating=rng.choice(m.spec.scoring.point_values),
                                evidence=[cite] if rng.random() < 0.5 else [])
              for ind in m.spec.indicators for p in ind.points}
    return build_rating(m, company, Assessment(criteria=criteria, points=points),
                        Provenance(methodology=m.label, produced_by="reader",
                                   inputs=[{"path": "report.pdf", "sha256": sha}]))
