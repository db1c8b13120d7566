"""Which scored points a reviewer should check first, and why.

The reader's wrong points on unseen text gather in a few kinds (a 0.5 resting on one passage
without a figure is wrong a third of the time, every other point about one time in fourteen:
`data/review/check_first.yaml` holds the kinds and the measurement). The rating is left as it
is; cards, the web review page and the study workbook point the reviewer at these first.
"""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from cnsr.data_files import load_bundled
from cnsr.rating import PointRating, Rating


class Measured(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    flagged: int = Field(gt=0)
    flagged_wrong: int = Field(ge=0)
    other: int = Field(gt=0)
    other_wrong: int = Field(ge=0)


class CheckRule(BaseModel):
    """A kind of scored point: rating in (0, max_rating], at most `max_passages` passages,
    and, unless `figure`, no number in any of them."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[a-z_]+$")
    name_zh: str = Field(min_length=1)
    name_en: str = Field(min_length=1)
    max_rating: float = Field(gt=0)
    max_passages: int = Field(ge=1)
    figure: bool
    measured: Measured

    def name(self, lang: str) -> str:
        return self.name_zh if lang == "zh" else self.name_en

    def covers(self, point: PointRating) -> bool:
        if point.source != "reader" or not 0 < point.rating <= self.max_rating:
            return False  # a reviewer's or expert's value is already checked
        if len(point.evidence) > self.max_passages:
            return False
        return self.figure or not any(e.quantities for e in point.evidence)


class CheckFirst(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    source: str
    year: int
    rules: list[CheckRule] = Field(min_length=1)


@cache
def check_first_rules() -> CheckFirst:
    return load_bundled(CheckFirst, "cnsr.data.review", "check_first.yaml")


def check_reason(point: PointRating) -> CheckRule | None:
    """The first rule that covers `point`, or None when it needs no early check."""
    return next((r for r in check_first_rules().rules if r.covers(point)), None)


def points_to_check(rating: Rating) -> dict[str, CheckRule]:
    """Point id → why to check it first, over the indicators that count at the stage."""
    out = {}
    for ind in rating.indicators:
        if not ind.counted:
            continue
        for p in ind.points:
            rule = check_reason(p)
            if rule is not None:
                out[p.point] = rule
    return out
