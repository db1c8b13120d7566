"""The reader against third-party labelled sentences of real reports (`cnsr evaluate --sentences`).

Hand-made documents share their author with the lexicon; sentences from real reports labelled
by someone else do not, which makes them the honest yardstick for sentence tagging. A file is
JSON lines with `sentence`, `topic` and `quality`; a topic map (data file, default
`data/evaluation/esg-sentence-topics.yaml`) says which topics are carbon, other environment,
irrelevant, and (all the rest) social or governance. Four figures come out:

- carbon recall: carbon sentences tagged with a point of a carbon indicator;
- environment recall: other environmental sentences tagged with any point;
- social / governance false positives: social or governance sentences tagged with any point;
- quantitative accuracy: the reader's "gives a figure" flag against the quantitative /
  qualitative label (irrelevant sentences left out).

A point counts as a tag when rated above 0 (a mention is a tag).

`split_half` divides a file into two fixed halves by a hash of each sentence's text (not by
order), so a rule tuned while looking at one half can be checked on the other.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from importlib import resources
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from cnsr.data_files import load_file
from cnsr.errors import DataError
from cnsr.evidence.lexicon import Lexicon
from cnsr.evidence.tag import tag_passage


class LabelledSentence(BaseModel):
    sentence: str
    topic: str
    quality: str


class TopicMap(BaseModel):
    version: int
    source: str
    carbon_indicators: list[str]
    environment_indicators: list[str]
    groups: dict[str, list[str]]
    quality: dict[str, str]

    def group(self, topic: str) -> str:
        for name, topics in self.groups.items():
            if topic in topics:
                return name
        return "social_governance"


class Miss(BaseModel):
    sentence: str
    topic: str
    points: list[str] = Field(default_factory=list)


class SentenceReport(BaseModel):
    sentences: int
    carbon: int
    carbon_tagged: int
    environment: int
    environment_tagged: int
    social_governance: int
    social_governance_tagged: int
    labelled_quality: int
    quality_agreed: int
    by_topic: dict[str, tuple[int, int]] = Field(
        description="topic → (sentences, tagged with any point)")
    missed_carbon: list[Miss] = Field(default_factory=list)
    missed_environment: list[Miss] = Field(default_factory=list)
    false_positives: list[Miss] = Field(default_factory=list)

    @property
    def carbon_recall(self) -> float:
        return self.carbon_tagged / self.carbon if self.carbon else 0.0

    @property
    def environment_recall(self) -> float:
        return self.environment_tagged / self.environment if self.environment else 0.0

    @property
    def false_positive_rate(self) -> float:
        sg = self.social_governance
        return self.social_governance_tagged / sg if sg else 0.0

    @property
    def quantitative_accuracy(self) -> float:
        return self.quality_agreed / self.labelled_quality if self.labelled_quality else 0.0

    def figures(self) -> dict[str, float]:
        return {"carbon_recall": round(self.carbon_recall, 4),
                "environment_recall": round(self.environment_recall, 4),
                "social_governance_false_positives": round(self.false_positive_rate, 4),
                "quantitative_accuracy": round(self.quantitative_accuracy, 4)}


def load_topic_map(path: Path | None = None) -> TopicMap:
    path = path or Path(str(resources.files("cnsr.data").joinpath(
        "evaluation", "esg-sentence-topics.yaml")))
    return load_file(TopicMap, path, what="topic map")


def load_sentences(path: Path) -> list[LabelledSentence]:
    """Read a JSON-lines file of labelled sentences; a bad line is an error naming it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise DataError(f"{path}: cannot read sentences: {err}") from err
    out: list[LabelledSentence] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            out.append(LabelledSentence.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as err:
            raise DataError(f"{path}: line {number}: not a labelled sentence "
                            f"(needs sentence, topic, quality): {str(err).splitlines()[0]}"
                            ) from err
    if not out:
        raise DataError(f"{path}: no sentences")
    return out


def half_of(sentence: str) -> str:
    """"a" or "b": the half a sentence falls in, fixed by the first byte of the SHA-256 of its
    text, so the split does not depend on the order or the length of the file."""
    return "a" if hashlib.sha256(sentence.encode("utf-8")).digest()[0] % 2 == 0 else "b"


def split_half(rows: list[LabelledSentence], half: str) -> list[LabelledSentence]:
    """The rows of one half ("a" or "b"); see `half_of`."""
    if half not in ("a", "b"):
        raise DataError(f"half must be a or b, not {half!r}")
    return [row for row in rows if half_of(row.sentence) == half]


def evaluate_sentences(rows: list[LabelledSentence], lexicon: Lexicon,
                       topics: TopicMap | None = None, keep_misses: int = 0) -> SentenceReport:
    """Tag every sentence with the reader and count the four figures."""
    tmap = topics or load_topic_map()
    carbon_ind = set(tmap.carbon_indicators)
    env_ind = set(tmap.environment_indicators)
    counts: Counter[str] = Counter()
    by_topic: dict[str, list[int]] = {}
    misses: dict[str, list[Miss]] = {"carbon": [], "environment": [], "fp": []}
    quantitative = tmap.quality.get("quantitative")
    irrelevant = tmap.quality.get("irrelevant")
    for row in rows:
        tag = tag_passage(row.sentence, lexicon)
        indicators = {p["indicator"] for p in tag["points"] if p["rating"] > 0}
        points = [p["point"] for p in tag["points"] if p["rating"] > 0]
        tagged_env = bool(indicators & env_ind)
        stats = by_topic.setdefault(row.topic, [0, 0])
        stats[0] += 1
        stats[1] += tagged_env
        group = tmap.group(row.topic)
        if group == "carbon":
            hit = bool(indicators & carbon_ind)
            counts["carbon"] += 1
            counts["carbon_tagged"] += hit
            if not hit:
                misses["carbon"].append(Miss(sentence=row.sentence, topic=row.topic,
                                             points=points))
        elif group == "environment":
            counts["environment"] += 1
            counts["environment_tagged"] += tagged_env
            if not tagged_env:
                misses["environment"].append(Miss(sentence=row.sentence, topic=row.topic))
        elif group == "social_governance":
            counts["social_governance"] += 1
            counts["social_governance_tagged"] += tagged_env
            if tagged_env:
                misses["fp"].append(Miss(sentence=row.sentence, topic=row.topic,
                                         points=points))
        if row.quality != irrelevant:
            counts["labelled_quality"] += 1
            counts["quality_agreed"] += bool(tag["quantitative"]) == (row.quality == quantitative)
    return SentenceReport(
        sentences=len(rows),
        **{k: counts[k] for k in ("carbon", "carbon_tagged", "environment",
                                  "environment_tagged", "social_governance",
                                  "social_governance_tagged", "labelled_quality",
                                  "quality_agreed")},
        by_topic={t: (n, k) for t, (n, k) in sorted(by_topic.items())},
        missed_carbon=misses["carbon"][:keep_misses],
        missed_environment=misses["environment"][:keep_misses],
        false_positives=misses["fp"][:keep_misses],
    )
