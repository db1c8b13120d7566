"""Build test ratings through the methodology engine (never by writing scores by hand).

Shared by tests/rank and tests/report (tests/report/conftest.py puts this folder on sys.path).
"""

from __future__ import annotations

import random

from cnsr.methodology.load import LoadedMethodology
from cnsr.rating import (
    Assessment,
    Company,
    Criterion,
    DimensionRating,
    Evidence,
    PointRating,
    Provenance,
    Rating,
    build_rating,
)

STAGE_CRITERIA = {
    0: {},
    1: {"environmental_awareness": True},
    2: {"environmental_awareness": True, "carbon_awareness": True},
    3: {"environmental_awareness": True, "carbon_awareness": True, "quantified_emissions": True},
}


def make_rating(
    m: LoadedMethodology,
    name: str,
    *,
    stage: int,
    code: str = "",
    industry: str = "D44",
    size: str = "large",
    year: int = 2021,
    disclose: dict[str, float] | None = None,
    points: dict[str, float] | None = None,
    dims: dict[str, dict[str, str]] | None = None,
    evidence: dict[str, list[Evidence]] | None = None,
) -> Rating:
    """`disclose` rates every point of an indicator alike ({"I03": 1}); `points` rates single
    points ({"I03.2": 0.5}) and wins over `disclose`; `dims` sets dimension bands."""
    ratings: dict[str, float] = {}
    for ind_id, value in (disclose or {}).items():
        for p in m.spec.indicator_by_id[ind_id].points:
            ratings[p.id] = value
    ratings.update(points or {})
    evidence = evidence or {}
    assessment = Assessment(
        criteria={k: Criterion(met=True) for k in STAGE_CRITERIA[stage]},
        points={pid: PointRating(point=pid, rating=v, evidence=evidence.get(pid, []),
                                 source="expert")
                for pid, v in ratings.items()},
        dimensions={ind: {d: DimensionRating(band=b) for d, b in bands.items()}
                    for ind, bands in (dims or {}).items()},
    )
    company = Company(name=name, code=code, industry=industry, size=size, year=year)
    return build_rating(m, company, assessment,
                        Provenance(methodology=m.label, produced_by="expert"))


POWER = ["大唐国际发电", "华能国际电力", "国电电力", "华电国际", "中国电力", "长江电力",
         "国投电力", "川投能源", "华润电力", "京能电力", "申能股份", "浙能电力", "皖能电力",
         "粤电力A", "内蒙华电", "建投能源", "深圳能源", "广州发展", "湖北能源", "桂冠电力",
         "三峡能源", "福能股份", "韶能股份", "穗恒运A"]


def demo_ratings(m: LoadedMethodology, *, year: int = 2021, seed: int = 7,
                 companies: int = 24) -> list[Rating]:
    """A deterministic, varied set: power companies (D44) in two size classes, stages 1–3,
    with evidence quotes and page numbers, and a previous year for most of them."""
    rng = random.Random(seed)
    out: list[Rating] = []
    for i, name in enumerate(POWER[:companies]):
        code = f"{600000 + 11 * i:06d}.SH"
        size = "large" if i % 3 else "small"
        stage = 3 if i % 5 in (0, 1, 3) else (2 if i % 5 == 2 else 1)
        for y, drift in ((year - 1, -0.15), (year, 0.0)):
            if y == year - 1 and i % 4 == 3:
                continue
            st = max(1, stage - 1) if (y == year - 1 and i % 6 == 0) else stage
            points: dict[str, float] = {}
            evidence: dict[str, list[Evidence]] = {}
            strength = 0.35 + 0.5 * rng.random() + drift
            for ind in m.spec.indicators_for_stage(st):
                weak = ind.id in ("I11", "I13", "I15", "I16")
                for p in ind.points:
                    x = rng.random() * (1.8 if weak else 1.0)
                    value = 1.0 if x < strength * 0.8 else (0.5 if x < strength * 1.1 else 0.0)
                    points[p.id] = value
                    if value:
                        page = rng.randint(3, 80)
                        evidence[p.id] = [Evidence(
                            file=f"reports/{code}-{y}-社会责任报告.pdf", page=page,
                            passage=f"{name}{y}年{p.zh}：全年相关数据为{rng.randint(10, 999)}"
                                    f"万吨，同比下降{rng.randint(1, 15)}%。",
                            matched=[p.zh[:4]], quantities=[f"{rng.randint(10, 999)}万吨"],
                        )]
            dims = {ind.id: {"trend": rng.choice(["B1", "B2", "B3"]),
                             "comparison": rng.choice(["B0", "B2", "B3"]),
                             "integration": rng.choice(["B2", "B3", "B4"])}
                    for ind in m.spec.indicators_for_stage(st)}
            out.append(make_rating(m, name, stage=st, code=code, size=size, year=y,
                                   points=points, dims=dims, evidence=evidence))
    out.append(make_rating(m, "某环保未披露公司", stage=0, code="600999.SH", year=year))
    return out
