"""Navigation run into a passage tagged alone: a content index or a materiality matrix glued
to the prose before it.

Real reports extracted as single lines carry the navigation pages with them: an ESG / GRI
content index after a page of prose ("…附录三GRI内容索引披露项对应章节GRI 2-1…"), a
materiality matrix flattened into its topic labels and axis titles. Their topic names
("生物多样性保护", "排放物管理") are not what the passage discloses. A rated document leaves
navigation pages out by layout (`evidence.navigation`); a passage tagged alone (`cnsr tag`,
the sentence yardstick) cannot, so `without_run_in(text)` blanks an index from its start to the
passage's end (the whole passage when the index starts within its first `head_chars`
characters: what stands before it is the band over the index page; session 12), and a passage
holding a matrix's labels whole. The patterns are data (data/text/run_in.yaml).
"""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from cnsr.data_files import bundled_name, check_patterns, load_bundled, load_text

RUN_IN_FILE = "run_in.yaml"
_SENTENCE_END = re.compile(r"[。！？；!?;]|\.(?:\s|$)")


class RunInData(BaseModel):
    """data/text/run_in.yaml."""

    model_config = ConfigDict(extra="forbid")

    version: int
    source: str
    index: list[str]
    matrix: list[str]
    min_matrix: int = Field(ge=2)
    head_chars: int = Field(default=0, ge=0)  # 0: only from the index on


class RunIn:
    """The compiled patterns of one run_in.yaml."""

    def __init__(self, data: RunInData) -> None:
        self.index = re.compile("|".join(f"(?:{p})" for p in data.index), re.I)
        self.matrix = [re.compile(p, re.I) for p in data.matrix]
        self.min_matrix = data.min_matrix
        self.head_chars = data.head_chars

    def start(self, text: str) -> int | None:
        """Where the navigation run begins: 0 for a matrix, an index's start, else None."""
        labels = 0
        for rx in self.matrix:
            labels += sum(1 for _ in rx.finditer(text))
            if labels >= self.min_matrix:
                return 0
        m = self.index.search(text)
        if m is None:
            return None
        if m.start() <= self.head_chars and not _SENTENCE_END.search(text, 0, m.start()):
            return 0  # "…共筑零碳未来附录二…指引索引": the band over the index's page
        return m.start()


def load_run_in(text: str, source: str = RUN_IN_FILE) -> RunInData:
    return _checked(load_text(RunInData, text, source), source)


def _checked(data: RunInData, source: str) -> RunInData:
    check_patterns(source, "index", data.index)
    check_patterns(source, "matrix", data.matrix)
    return data


@cache
def _run_in() -> RunIn:
    return RunIn(_checked(load_bundled(RunInData, "cnsr.data.text", RUN_IN_FILE),
                          bundled_name("cnsr.data.text", RUN_IN_FILE)))


def without_run_in(text: str, rules: RunIn | None = None) -> str:
    """`text` with a run-in content index (from its start to the end) or a whole matrix
    blanked, same length, so positions still hold."""
    if not text:
        return text
    start = (rules or _run_in()).start(text)
    if start is None:
        return text
    return text[:start] + " " * (len(text) - start)
