"""Judged (sentence, point) pairs kept as data, and the arithmetic of their precision.

Evidence precision on real wording (issue #12) is measured by judging by hand the pairs the
reader gives on third-party labelled sentences (`scripts/sentence_point_audit.py`), by the
guide in `docs/judging.md`. A judged set keeps the verdicts without the third party's text: each
sentence is named by a key (`sentence_key`), so the set can live in the repository and the
pairs be found again in the shared file to re-tag them with a later reader
(`scripts/judged_precision.py`). Judging is slow and judges differ, so a set is judged once and
reused: precision over the pairs the reader still gives, what it dropped (a wrong pair dropped
is a gain, a right one a loss), what it gives that nobody judged, and, with two judges, how far
they agree (Cohen's kappa over right / partly / wrong).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from cnsr.data_files import load_file

Verdict = Literal["right", "partly", "wrong"]
VERDICTS: tuple[Verdict, ...] = ("right", "partly", "wrong")


def sentence_key(sentence: str) -> str:
    """The first 16 hex digits of the SHA-1 of the sentence's UTF-8 text: enough to find it
    again in the file, nothing of its words."""
    return hashlib.sha1(sentence.encode("utf-8")).hexdigest()[:16]


class Draw(BaseModel):
    """How the judged pairs were drawn: the same arguments give the same draw only with the
    same reader, so the set also names the reader's commit."""
    model_config = ConfigDict(extra="forbid")
    script: str
    seed: int
    n: int = Field(gt=0)
    half: Literal["a", "b"] | None = None
    pairs_in_population: int = Field(ge=0)
    sentences_with_pairs: int = Field(ge=0)
    sentences_in_file: int = Field(ge=0)
    sentences_left_out: int = Field(default=0, ge=0)
    """Sentences of earlier judged sets the draw skipped (`--exclude`)."""


class JudgedPair(BaseModel):
    """One verdict of one judge on one (sentence, point) pair."""
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    key: str = Field(pattern=r"^[0-9a-f]{16}$")
    point: str = Field(pattern=r"^I\d{2}\.\d+$")
    rating: float = Field(gt=0, le=1)
    verdict: Verdict
    error_class: str | None = Field(default=None, alias="class")
    judge: str
    index: int | None = Field(default=None, ge=0, description="position in the draw")
    regraded: str | None = Field(default=None, pattern=r"^\d+\.\d+$")
    """The guide version under which this verdict was updated after judging (a later version
    that decides the pair differently, docs/judging.md §12); None when judged as it stands."""
    was: str | None = Field(default=None, pattern=r"^(right|partly|wrong)(/[a-z-]+)?$")
    """The verdict before the regrade, "verdict" or "verdict/class"."""


class JudgedSet(BaseModel):
    """A judged set file: its header (source, draw, date, guide version, the verdicts' scores,
    the closed list of error classes, the judges) and its pairs."""
    model_config = ConfigDict(extra="forbid")
    source: str
    source_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    draw: Draw
    date: str
    guide: str
    reader: str
    scores: dict[Verdict, float]
    classes: list[str]
    judges: dict[str, str]
    regraded: str | None = None
    """A note on verdicts updated after judging by a later guide version (which, how many)."""
    pairs: list[JudgedPair]

    @model_validator(mode="after")
    def _consistent(self) -> JudgedSet:
        if set(self.scores) != set(VERDICTS):
            raise ValueError(f"scores must give {', '.join(VERDICTS)}")
        if not self.scores["right"] >= self.scores["partly"] >= self.scores["wrong"]:
            raise ValueError("scores must not rise from right to partly to wrong")
        seen: set[tuple[str, str, str]] = set()
        for pair in self.pairs:
            where = f"pair {pair.key} {pair.point} ({pair.judge})"
            if pair.judge not in self.judges:
                raise ValueError(f"{where}: judge not in judges")
            if pair.verdict == "right" and pair.error_class is not None:
                raise ValueError(f"{where}: a right pair has no error class")
            if pair.verdict != "right" and pair.error_class not in self.classes:
                raise ValueError(f"{where}: class {pair.error_class!r} is not one of "
                                 f"{', '.join(self.classes)}")
            if (pair.regraded is None) != (pair.was is None):
                raise ValueError(f"{where}: a regraded pair names both `regraded` and `was`")
            ident = (pair.key, pair.point, pair.judge)
            if ident in seen:
                raise ValueError(f"{where}: judged twice")
            seen.add(ident)
        return self

    def by_judge(self) -> dict[str, dict[tuple[str, str], JudgedPair]]:
        """Each judge's pairs by (key, point)."""
        out: dict[str, dict[tuple[str, str], JudgedPair]] = {j: {} for j in self.judges}
        for pair in self.pairs:
            out[pair.judge][(pair.key, pair.point)] = pair
        return out


def load_judged(path: Path) -> JudgedSet:
    """A judged set file, validated (a bad one is a `DataError` naming it)."""
    return load_file(JudgedSet, path, what="judged set")


class Precision(BaseModel):
    """Verdict counts and the two precision figures: strict (right only) and weighted (by the
    set's scores, partly counting half by default)."""
    n: int
    right: int
    partly: int
    wrong: int
    strict: float
    weighted: float


def precision(verdicts: Iterable[Verdict], scores: Mapping[Verdict, float]) -> Precision:
    """Precision over `verdicts`; 0 when there are none."""
    counts = Counter(verdicts)
    n = sum(counts.values())
    weighted = sum(scores[v] * counts[v] for v in VERDICTS)
    return Precision(n=n, right=counts["right"], partly=counts["partly"], wrong=counts["wrong"],
                     strict=counts["right"] / n if n else 0.0,
                     weighted=weighted / n if n else 0.0)


class Agreement(BaseModel):
    """Two judges on the pairs both judged: share of equal verdicts and Cohen's kappa (None when
    chance agreement is 1, i.e. both gave one and the same verdict throughout)."""
    n: int
    agreed: int
    percent: float
    kappa: float | None


def agreement(first: list[Verdict], second: list[Verdict]) -> Agreement:
    """Cohen's kappa over the three verdicts: (p_o - p_e) / (1 - p_e), p_e from each judge's own
    verdict shares."""
    if len(first) != len(second):
        raise ValueError("both judges must rate the same pairs")
    n = len(first)
    if n == 0:
        return Agreement(n=0, agreed=0, percent=0.0, kappa=None)
    agreed = sum(a == b for a, b in zip(first, second, strict=True))
    p_o = agreed / n
    ca, cb = Counter(first), Counter(second)
    p_e = sum(ca[v] * cb[v] for v in VERDICTS) / (n * n)
    kappa = None if p_e >= 1.0 else (p_o - p_e) / (1.0 - p_e)
    return Agreement(n=n, agreed=agreed, percent=p_o, kappa=kappa)


class Rerated(BaseModel):
    """A judged pair the reader still gives at another rating: its verdict may no longer hold
    (a "partly, rating" pair now at 0.5 may be right), so it is listed for judging again."""
    index: int | None
    point: str
    judged_rating: float
    rating: float
    verdict: Verdict
    error_class: str | None


class JudgeRecheck(BaseModel):
    """One judge's verdicts against the current reader."""
    judge: str
    judged: Precision
    kept: Precision
    dropped: dict[Verdict, int]
    rating_changed: int
    rerated: list[Rerated]
    classes_judged: dict[str, int]
    classes_kept: dict[str, int]
    missing: int


class Recheck(BaseModel):
    """Every judge's recheck, the pairs the reader now gives on the judged sentences that no
    judge judged, and the agreement of each two judges on the pairs both judged."""
    judges: list[JudgeRecheck]
    unjudged: list[tuple[str, str, float]]
    agreements: dict[str, Agreement]


Current = Mapping[str, Mapping[str, float]]
"""The current reader's points (rated above 0) by sentence key; a key the file no longer
holds is absent."""


def recheck(judged: JudgedSet, current: Current) -> Recheck:
    """Each judge's precision over the judged pairs the reader still gives (at any rating; a
    changed rating is counted apart), the judged pairs it no longer gives by verdict, the error
    classes of the kept pairs, and the pairs never judged."""
    per_judge = judged.by_judge()
    out: list[JudgeRecheck] = []
    for judge, pairs in per_judge.items():
        kept: list[Verdict] = []
        dropped: Counter[Verdict] = Counter()
        classes: Counter[str] = Counter()
        rerated: list[Rerated] = []
        missing = 0
        for (key, point), pair in pairs.items():
            if key not in current:
                missing += 1
                continue
            rating = current[key].get(point)
            if rating is None:
                dropped[pair.verdict] += 1
                continue
            kept.append(pair.verdict)
            if rating != pair.rating:
                rerated.append(Rerated(index=pair.index, point=point, judged_rating=pair.rating,
                                       rating=rating, verdict=pair.verdict,
                                       error_class=pair.error_class))
            if pair.error_class:
                classes[pair.error_class] += 1
        out.append(JudgeRecheck(
            judge=judge, judged=precision((p.verdict for p in pairs.values()), judged.scores),
            kept=precision(kept, judged.scores),
            dropped={v: dropped[v] for v in VERDICTS}, rating_changed=len(rerated), rerated=rerated,
            classes_judged=dict(Counter(p.error_class for p in pairs.values()
                                        if p.error_class).most_common()),
            classes_kept=dict(classes.most_common()), missing=missing))
    known = {(p.key, p.point) for p in judged.pairs}
    unjudged = sorted((key, point, rating) for key, points in current.items()
                      for point, rating in points.items() if (key, point) not in known)
    names = list(per_judge)
    agreements: dict[str, Agreement] = {}
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            both = sorted(set(per_judge[a]) & set(per_judge[b]))
            agreements[f"{a}/{b}"] = agreement([per_judge[a][k].verdict for k in both],
                                               [per_judge[b][k].verdict for k in both])
    return Recheck(judges=out, unjudged=unjudged, agreements=agreements)
