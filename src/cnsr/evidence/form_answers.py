"""Template questions answered with checkboxes ("…措施及效果 □适用 √不适用"): the sentences that
earn nothing (`data/text/forms.yaml` says why). The answer group ends a sentence
(`normalize.sentence_spans`), so the question and its answer are one sentence, apart from
the disclosure that may follow it; `analyse` drops the cues of such sentences.
"""

from __future__ import annotations

import re
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from cnsr.data_files import load_bundled

FORMS_FILE = "forms.yaml"


class Forms(BaseModel):
    """data/text/forms.yaml."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    source: str
    year: int
    boxes: str = Field(min_length=1)
    ticks: str = Field(min_length=1)
    answers: list[str] = Field(min_length=2)


@cache
def forms() -> Forms:
    return load_bundled(Forms, "cnsr.data.text", FORMS_FILE)


def answer_pattern() -> str:
    """Regex source of an answer group: two or more boxes, each with its answer ("□适用
    √不适用", "√是 □否"). It starts with a box, so a sentence split tries it only there."""
    f = forms()
    item = rf"[{re.escape(f.boxes + f.ticks)}][ \t]*(?:{_answers()})[ \t]*"
    return rf"{item}(?:{item}){{1,3}}"


def _answers() -> str:
    return "|".join(re.escape(a) for a in sorted(forms().answers, key=len, reverse=True))


@cache
def _answer_at_end() -> re.Pattern[str]:
    return re.compile(rf"(?:{answer_pattern()})$")


def form_questions(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of `text` that are a template question with its checkbox answer, one
    box of which is left unticked (a lone "√" or two ticks are no template answer)."""
    boxes = forms().boxes
    if not any(box in text for box in boxes):
        return []
    end = _answer_at_end()
    out = []
    for a, b in sentences:
        m = end.search(text[a:b].rstrip())
        if m is not None and any(box in m.group() for box in boxes):
            out.append((a, b))
    return out
