"""The expert scoring sheet's layout, derived from the methodology so both stay in step.

One row per company-year. Row 1 groups columns, row 2 names them for people (zh / en),
row 3 holds machine keys that the reader goes by, so columns may be moved or hidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from cnsr.methodology import LoadedMethodology
from cnsr.methodology.scoring import DIMENSIONS

RATINGS_SHEET = "评分 Ratings"
INSTRUCTIONS_SHEET = "说明 Instructions"
POINTS_SHEET = "要点 Points"
LISTS_SHEET = "lists"
GROUP_ROW, LABEL_ROW, KEY_ROW, FIRST_DATA_ROW = 1, 2, 3, 4
YES, NO = "Y", "N"

Kind = Literal["text", "code", "industry", "size", "year", "flag", "point", "band"]


@dataclass(frozen=True)
class Column:
    key: str
    group: str
    label: str
    kind: Kind
    required: bool = False
    width: float = 9


COMPANY_COLUMNS = (
    Column("name", "公司 Company", "公司名称 Company name", "text", required=True, width=28),
    Column("code", "公司 Company", "股票代码 Stock code", "code", width=12),
    Column("industry", "公司 Company", "行业代码 Industry (CSRC)", "industry", width=10),
    Column("size", "公司 Company", "规模 Size class", "size", width=8),
    Column("year", "公司 Company", "报告年度 Report year", "year", required=True, width=9),
)


def columns(m: LoadedMethodology) -> list[Column]:
    """Every column of the ratings sheet, in order."""
    group = "阶段判断 Stage criteria"
    cols = list(COMPANY_COLUMNS)
    cols += [Column(c.id, group, f"{c.zh} {c.en}", "flag", width=14) for c in m.spec.criteria]
    for ind in m.spec.indicators:
        head = f"{ind.id} {ind.zh} {ind.en} ({m.points(ind.id)})"
        for p in ind.points:
            q = " (Q)" if p.quantitative else ""
            cols.append(Column(p.id, head, f"{p.id} {p.zh}{q} / {p.en}", "point"))
        for dim in m.spec.dimensions:
            cols.append(Column(f"{ind.id}:{dim.id}", head, f"{ind.id} {dim.zh} {dim.en}", "band"))
    return cols


def dimension_key(indicator_id: str, dimension: str) -> str:
    assert dimension in DIMENSIONS
    return f"{indicator_id}:{dimension}"
