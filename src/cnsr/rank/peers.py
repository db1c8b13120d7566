"""Peer rankings (methodology.md §5), pure: ratings in, ranked peer groups out.

A peer group is one year × stage × industry × size class; companies are only ranked against
their peers. Stage-0 companies (nothing disclosed) are counted but never ranked.

Ranking rule: higher total first. Equal totals (compared at 4 decimals, the precision the
scoring engine rounds to) share a rank, and the next rank skips ("competition ranking":
1, 2, 2, 4). There is no score-based tie-break: tied companies are listed by stock code, then
name, which orders the listing but never changes a rank.

Percentile: the share of the *other* companies of the group that scored lower, ties counting
half, in percent: the top of a group is 100, the bottom 0, and a group of one has none.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field

from cnsr.errors import InputError
from cnsr.rating import Rating

PRECISION = 4


class PeerKey(BaseModel):
    """What makes companies comparable: the same year, stage, industry and size class."""

    model_config = ConfigDict(frozen=True)

    year: int
    stage: int
    industry: str = ""
    size: str = ""

    @property
    def label(self) -> str:
        return f"{self.year} · S{self.stage} · {self.industry or '—'} · {self.size or '—'}"

    def same_group_as(self, other: PeerKey) -> bool:
        """Same stage, industry and size class (years may differ)."""
        return (self.stage, self.industry, self.size) == (other.stage, other.industry, other.size)


class YearChange(BaseModel):
    """How a company moved since its rating for the previous year."""

    previous_year: int
    previous_total: float
    previous_stage: int
    previous_rank: int | None = Field(description="rank in last year's peer group (None: stage 0)")
    previous_group_size: int | None = None
    delta: float = Field(description="total now minus total then, in points")
    stage_change: int
    rank_change: int | None = Field(
        description="places gained (positive = moved up); None when the peer group differs")


class Ranked(BaseModel):
    """One company-year's position in its peer group."""

    key: str = Field(description="Company.key: code or name / year")
    company: str = Field(description="code if known, else name; the identity across years")
    name: str
    code: str
    group: PeerKey
    total: float
    maximum: int
    share: float
    rank: int
    group_size: int
    tied: bool
    percentile: float | None
    change: YearChange | None = None


class PeerGroup(BaseModel):
    key: PeerKey
    entries: list[Ranked]

    @property
    def leaders(self) -> list[Ranked]:
        return [e for e in self.entries if e.rank == 1]


def company_id(rating: Rating) -> str:
    """A company's identity across years: its stock code if known, else its name."""
    return rating.company.code or rating.company.name


def peer_key(rating: Rating) -> PeerKey:
    c = rating.company
    return PeerKey(year=c.year, stage=rating.stage, industry=c.industry.strip(),
                   size=c.size.strip())


def check_ratings(ratings: Iterable[Rating]) -> list[Rating]:
    """Refuse input a ranking would silently get wrong: two different ratings of one
    company-year, or ratings made with different methodologies (their scores are on different
    scales). An exact repeat of a rating (the same file given twice) is dropped."""
    seen: dict[str, Rating] = {}
    for r in ratings:
        key = f"{company_id(r)}/{r.company.year}"
        if key in seen and seen[key] != r:
            raise InputError(f"two different ratings for {key} ({seen[key].company.name}, "
                             f"{r.company.name}); keep one per company and year")
        seen.setdefault(key, r)
    ratings = list(seen.values())
    labels = sorted({r.provenance.methodology for r in ratings})
    if len(labels) > 1:
        raise InputError(f"ratings come from different methodologies ({', '.join(labels)}); "
                         "rank ratings of one methodology at a time")
    return ratings


def rank_groups(ratings: Iterable[Rating]) -> list[PeerGroup]:
    """Rank every peer group of every year; attach year-over-year changes where the same
    company has a rating for the previous year. Groups come ordered by year, stage (highest
    first), industry and size."""
    ratings = check_ratings(ratings)
    buckets: dict[PeerKey, list[Rating]] = defaultdict(list)
    for r in ratings:
        if r.stage > 0:
            buckets[peer_key(r)].append(r)
    groups = [PeerGroup(key=k, entries=_rank_one(k, rs)) for k, rs in buckets.items()]
    groups.sort(key=lambda g: (g.key.year, -g.key.stage, g.key.industry, g.key.size))
    _attach_changes(ratings, groups)
    return groups


def _rank_one(key: PeerKey, ratings: list[Rating]) -> list[Ranked]:
    ordered = sorted(ratings, key=lambda r: (-round(r.total, PRECISION), r.company.code,
                                             r.company.name))
    totals = [round(r.total, PRECISION) for r in ordered]
    n = len(ordered)
    entries = []
    for r, total in zip(ordered, totals, strict=True):
        above = sum(1 for t in totals if t > total)
        below = sum(1 for t in totals if t < total)
        equal = totals.count(total) - 1
        percentile = round(100 * (below + equal / 2) / (n - 1), 2) if n > 1 else None
        entries.append(Ranked(
            key=r.company.key, company=company_id(r), name=r.company.name, code=r.company.code,
            group=key, total=r.total, maximum=r.maximum, share=r.share, rank=above + 1,
            group_size=n, tied=equal > 0, percentile=percentile,
        ))
    return entries


def _attach_changes(ratings: list[Rating], groups: list[PeerGroup]) -> None:
    by_id = {(company_id(r), r.company.year): r for r in ratings}
    placed = {(e.company, e.group.year): e for g in groups for e in g.entries}
    for group in groups:
        for entry in group.entries:
            previous = by_id.get((entry.company, entry.group.year - 1))
            if previous is None:
                continue
            before = placed.get((entry.company, entry.group.year - 1))
            comparable = before is not None and before.group.same_group_as(entry.group)
            entry.change = YearChange(
                previous_year=previous.company.year,
                previous_total=previous.total,
                previous_stage=previous.stage,
                previous_rank=before.rank if before else None,
                previous_group_size=before.group_size if before else None,
                delta=round(entry.total - previous.total, PRECISION),
                stage_change=entry.group.stage - previous.stage,
                rank_change=before.rank - entry.rank if comparable and before else None,
            )


def position(groups: Iterable[PeerGroup], key: str) -> Ranked | None:
    """The ranked entry of a company-year (`Company.key`), or None if it is not ranked."""
    for group in groups:
        for entry in group.entries:
            if entry.key == key:
                return entry
    return None
