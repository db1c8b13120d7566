"""The template-answer data (data/text/forms.yaml), kept apart from `evidence.form_answers`,
which the production wheel compiles: mypyc cannot compile a module that defines a pydantic
model."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from cnsr.data_files import load_bundled

FORMS_FILE = "forms.yaml"


class Forms(BaseModel):
    """data/text/forms.yaml."""

    # defer_build: the validator is built on first use, which `cnsr rate` never makes
    # (session 24: deferring 20 such models saved the parent ~10 ms of CPU)
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
    source: str
    year: int
    boxes: str = Field(min_length=1)
    ticks: str = Field(min_length=1)
    answers: list[str] = Field(min_length=2)
    question_chars: int = Field(ge=10)
    answer_chars: int = Field(ge=4)
    headings: list[str] = Field(min_length=1)
    no_answer_cells: list[str] = Field(min_length=1)
    # a framework's own wording quoted in an index, and a list of material topics (blind round 8)
    framework_text: list[str] = Field(default_factory=list)
    topic_lists: list[str] = Field(default_factory=list)
    framework_gate: list[str] = Field(default_factory=list)


@cache
def forms() -> Forms:
    return load_bundled(Forms, "cnsr.data.text", FORMS_FILE)
