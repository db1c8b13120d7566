"""Template questions answered with checkboxes ("…措施及效果 □适用 √不适用"): the sentences that
earn nothing (`data/text/forms.yaml` says why). The answer group ends a sentence
(`normalize.sentence_spans`), so the question and its answer are one sentence, apart from
the disclosure that may follow it; `analyse` drops the cues of such sentences.
"""

from __future__ import annotations

import re
from functools import cache

from cnsr.evidence.form_answers_data import forms
from cnsr.ingest.document import Passage

_RAW_SPACE = "[ \t\u3000]"


def answer_pattern(space: str = r"[ \t]") -> str:
    """Regex source of an answer group: two or more boxes, each with its answer ("□适用
    √不适用", "√是 □否"). It starts with a box, so a sentence split tries it only there.
    `space`: what may stand between (raw text also has the ideographic space)."""
    f = forms()
    item = rf"[{re.escape(f.boxes + f.ticks)}]{space}*(?:{_answers()}){space}*"
    return rf"{item}(?:{item}){{1,3}}"


@cache
def _leading_question() -> re.Pattern[str]:
    """A template question and its answer at the start of a raw quote."""
    answer = answer_pattern(_RAW_SPACE)
    return re.compile(rf"\s*[^。！？!?\n]{{2,{forms().question_chars}}}?{answer}")


def without_form_questions(quote: str, shortest: int) -> str:
    """The quote without the template questions it opens with ("在报告期内为减少其碳排放所采取的
    措施及效果 √适用 □不适用 公司在厂房屋顶…" → "公司在厂房屋顶…"); unchanged when less than
    `shortest` characters would be left."""
    if not any(box in quote for box in forms().boxes):
        return quote
    rest = quote
    while (m := _leading_question().match(rest)) is not None:
        rest = rest[m.end():]
    return rest if rest is not quote and len(rest.strip()) >= shortest else quote


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


@cache
def _heading() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{h})" for h in forms().headings))


@cache
def _framework() -> re.Pattern[str] | None:
    f = forms()
    quoted = [*f.framework_text, *f.topic_lists]
    return re.compile("|".join(f"(?:{h})" for h in quoted)) if quoted else None


@cache
def _no_answer_row() -> re.Pattern[str]:
    cell = "|".join(re.escape(c) for c in sorted(forms().no_answer_cells, key=len, reverse=True))
    return re.compile(rf"[^|\n。]{{2,{forms().question_chars}}}?(?:(?:\s*\|\s*|\s+)(?:{cell}))+\s*")


def template_lines(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of `text` that are the annual-report template's own words: its headings wherever
    they stand (a PDF's heading lines are joined to the text around them; only the heading's
    words are dropped), a framework's recommended disclosures quoted in an index, a sentence
    that lists material topics, and table rows answered "不适用" in every value cell."""
    out = [m.span() for m in _heading().finditer(text)]
    framework = _framework()
    if framework is not None:
        lowered = text.lower()
        if any(word in lowered for word in forms().framework_gate):
            out += [m.span() for m in framework.finditer(text)]
    no_answer, cells = _no_answer_row(), _no_answer_cells()
    # a row answered so ends in such a cell: the ending looked at first, the regex seldom
    out += [(a, b) for a, b in sentences if text[a:b].rstrip().endswith(cells)
            and no_answer.fullmatch(text, a, b) is not None]
    return out


@cache
def _no_answer_cells() -> tuple[str, ...]:
    return tuple(forms().no_answer_cells)


@cache
def _answer_alone() -> re.Pattern[str]:
    return re.compile(rf"{_RAW_SPACE}*{answer_pattern(_RAW_SPACE)}")


def answered_apart(passages: list[Passage]) -> set[tuple[int, int]]:
    """(page, index) of the template questions whose answer stands alone in the next passage
    ("在报告期内为减少其碳排放所采取的措施及效果" above a line "□适用 √不适用"), and of those
    answers: the reader skips both."""
    f = forms()
    boxes = f.boxes
    out: set[tuple[int, int]] = set()
    for before, passage in zip(passages[:-1], passages[1:], strict=True):
        text = passage.text
        if len(text) > f.answer_chars or not any(box in text for box in boxes) \
                or _answer_alone().fullmatch(text.strip()) is None:
            continue
        out.add((passage.page, passage.index))
        question = before.text.strip()
        if before.table is None and len(question) <= f.question_chars \
                and not _ENDED.search(question):
            out.add((before.page, before.index))
    return out


_ENDED = re.compile(r"[。！？!?]")
