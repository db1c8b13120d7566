"""What the reader finds in one passage: cue hits, numbers, point hits, series, trends.

Hot records are named tuples (built ~10^4–10^5 times a report); `Analysis` gathers them for a
passage.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass
from typing import Any, NamedTuple


class Hit(NamedTuple):
    """A cue concept found at text[start:end] (a tuple: built ~50,000 times a report)."""

    concept: str
    start: int
    end: int
    text: str


class Num(NamedTuple):
    """A number with a unit found in the passage (offsets in the normalised text)."""

    value: float
    unit: str
    dimension: str
    raw: str
    start: int
    end: int
    year: int | None = None


@dataclass(frozen=True, slots=True)
class SeriesFound:
    """A multi-year series (table row or text) and the points it supports."""

    label: str
    unit: str
    dimension: str
    points: tuple[tuple[int, float], ...]
    direction: str | None
    point_ids: tuple[str, ...]
    sentence: tuple[int, int] = (0, 0)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # compiled (mypyc), a frozen dataclass is not picklable by default (see `Analysis`)
        return (SeriesFound, astuple(self))


class PointHit(NamedTuple):
    """A point supported by one sentence (a tuple: built ~10,000 times a report)."""

    point: str
    rating: float
    matched: list[str]
    quantities: list[Num]
    sentence: tuple[int, int]
    series: SeriesFound | None = None

    @property
    def strength(self) -> tuple[float, int, int]:
        return (self.rating, len(self.quantities), len(self.matched))


class TrendStatement(NamedTuple):
    """A year-on-year (or against a past year) statement about a point's metric."""

    point: str
    direction: str  # "up" | "down"
    favourable: bool
    sentence: tuple[int, int]


class Analysis:
    """Everything found in one passage. A plain class with its own `__init__` (not a
    dataclass, whose generated `__init__` stays interpreted under mypyc): one per passage."""

    def __init__(self, text: str, hits: list[Hit], sentences: list[tuple[int, int]]) -> None:
        self.text = text
        self.hits = hits
        self.sentences = sentences
        self.points: dict[str, PointHit] = {}
        self.numbers: list[Num] = []
        self.series: list[SeriesFound] = []
        self.trends: list[TrendStatement] = []
        self.comparisons: dict[str, int] = {}
        self.future = False
        self.awareness: list[tuple[int, int]] = []
        # sentences where the company manages its own carbon without dual-carbon words
        # (the broad reading of carbon awareness)
        self.carbon_actions: list[tuple[int, int]] = []
        self.measured: dict[int, list[Num]] = {}  # sentence index → numbers read there
        self.year: int | None = None  # the report year, when known (dates "上年同期" figures)
        # concepts each sentence inherits from a lead-in or the sentence before it
        # (rules.yaml evidence.context), and the lead-in context still open at the end
        self.inherited: list[dict[str, list[Hit]]] | None = None
        self.carry_out: dict[str, list[Hit]] = {}

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Picklable compiled too (mypyc's native classes are not, by default): `cnsr rate`
        has part of a document's passages analysed in a forked child (`evidence/early.py`).
        Every attribute set in `__init__` is listed (tests/evidence/test_records.py)."""
        return (_restored, (self.text, self.hits, self.sentences, self.points, self.numbers,
                            self.series, self.trends, self.comparisons, self.future,
                            self.awareness, self.carbon_actions, self.measured, self.year,
                            self.inherited, self.carry_out))

    @property
    def concepts(self) -> set[str]:
        return {h.concept for h in self.hits}

    def sentence_text(self, span: tuple[int, int]) -> str:
        return self.text[span[0]:span[1]].strip()


def _restored(text: str, hits: list[Hit], sentences: list[tuple[int, int]],
              points: dict[str, PointHit], numbers: list[Num], series: list[SeriesFound],
              trends: list[TrendStatement], comparisons: dict[str, int], future: bool,
              awareness: list[tuple[int, int]], carbon_actions: list[tuple[int, int]],
              measured: dict[int, list[Num]], year: int | None,
              inherited: list[dict[str, list[Hit]]] | None,
              carry_out: dict[str, list[Hit]]) -> Analysis:
    """An `Analysis` from its pickled attributes (`Analysis.__reduce__`)."""
    analysis = Analysis(text, hits, sentences)
    analysis.points, analysis.numbers, analysis.series = points, numbers, series
    analysis.trends, analysis.comparisons, analysis.future = trends, comparisons, future
    analysis.awareness, analysis.carbon_actions = awareness, carbon_actions
    analysis.measured, analysis.year = measured, year
    analysis.inherited, analysis.carry_out = inherited, carry_out
    return analysis
