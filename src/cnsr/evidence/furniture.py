"""Page furniture in a passage tagged alone: a doubled running head with facing page numbers,
a side tab of chapter titles.

A two-page spread of a printed report extracts as the running head of each page twice and the
two page numbers ("中国某某股份有限公司中国某某股份有限公司7172"), usually followed by the
report's chapter titles as a side tab. Documents lose these page by page (`ingest.running`);
a single passage (`cnsr tag`, the sentence yardstick) does not, and the chapter titles
("应对气候变化", "环境保护") then look like mentions of topics the passage is not about.
`spread_head(text)` finds such a head; `evidence.tag` then keeps only full disclosures. A side
tab also follows a run of chapter numbers ("0203040506"); `without_tabs(text)` blanks the
`tab_chars` characters after such a run or after a spread head's page numbers, so the chapter
titles earn no point at all (a tab title "低碳运营与绿色供应链" is no supply-chain carbon measure
of a passage about staff training). The lengths are data (data/text/furniture.yaml).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, model_validator

from cnsr.data_files import load_text

FURNITURE_FILE = "furniture.yaml"
_DIGITS = re.compile(r"(?<!\d)\d{2,12}(?!\d)")
_RUN = re.compile(r"(?<!\d)\d{4,}")
_DIGIT = re.compile(r"\d")


class FurnitureData(BaseModel):
    """data/text/furniture.yaml."""

    model_config = ConfigDict(extra="forbid")

    version: int
    source: str
    min_chars: int
    max_chars: int
    max_page_digits: int
    min_chapters: int
    tab_chars: int

    @model_validator(mode="after")
    def _sizes(self) -> FurnitureData:
        if not 1 <= self.min_chars <= self.max_chars or self.max_page_digits < 1:
            raise ValueError("need 1 <= min_chars <= max_chars and max_page_digits >= 1")
        if self.min_chapters < 2 or self.tab_chars < 0:
            raise ValueError("need min_chapters >= 2 and tab_chars >= 0")
        return self


def load_furniture(text: str, source: str = FURNITURE_FILE) -> FurnitureData:
    return load_text(FurnitureData, text, source)


@cache
def _data() -> FurnitureData:
    path = resources.files("cnsr.data.text").joinpath(FURNITURE_FILE)
    return load_furniture(path.read_text(encoding="utf-8"))


def facing_pages(digits: str, max_digits: int) -> bool:
    """Whether a run of digits is two consecutive page numbers written together ("7172",
    "99100", "115116"), each of at most `max_digits` digits."""
    for cut in range(1, len(digits)):
        left, right = digits[:cut], digits[cut:]
        if len(left) > max_digits or len(right) > max_digits:
            continue
        if left[0] != "0" and right[0] != "0" and int(right) == int(left) + 1:
            return True
    return False


def chapter_numbers(digits: str, min_count: int) -> bool:
    """Whether a run of digits holds at least `min_count` consecutive two-digit chapter numbers
    written together ("0203040506"), also with page numbers glued before or after them
    ("4342" + "0203040506", "0203040506" + "1716"); a year ("2022") or a KPI figure holds no
    run of numbers counting up from 0x."""
    for start in range(len(digits) - 2 * min_count + 1):
        if digits[start] != "0":
            continue
        count, i = 1, start + 2
        while i + 2 <= len(digits) and int(digits[i:i + 2]) == int(digits[i - 2:i]) + 1:
            count, i = count + 1, i + 2
        if count >= min_count:
            return True
    return False


def spread_head(text: str, data: FurnitureData | None = None) -> str | None:
    """The running head printed twice right before facing page numbers, if `text` holds one."""
    found = _spread(text, data or _data())
    return found[0] if found else None


def _spread(text: str, d: FurnitureData) -> tuple[str, int] | None:
    """The doubled head and where its page numbers end."""
    for m in _DIGITS.finditer(text):
        if not facing_pages(m.group(), d.max_page_digits):
            continue
        end = m.start()
        for size in range(d.min_chars, min(d.max_chars, end // 2) + 1):
            head = text[end - size:end]
            if text[end - 2 * size:end - size] == head and len(set(head)) > 1 \
                    and not head.isdigit():
                return head, m.end()
    return None


def tab_zones(text: str, data: FurnitureData | None = None) -> list[tuple[int, int]]:
    """Where a side tab of chapter titles may sit: after a run of chapter numbers or after the
    page numbers of a spread head, up to `tab_chars` characters and never past the next digit
    (the titles hold none; the page's own text often opens with a year or a figure)."""
    d = data or _data()
    starts = [m.end() for m in _RUN.finditer(text) if chapter_numbers(m.group(), d.min_chapters)]
    spread = _spread(text, d)
    if spread is not None:
        starts.append(spread[1])
    zones = []
    for a in sorted(starts):
        digit = _DIGIT.search(text, a, a + d.tab_chars)
        zones.append((a, digit.start() if digit else min(a + d.tab_chars, len(text))))
    return [(a, b) for a, b in zones if b > a]


def without_tabs(text: str, data: FurnitureData | None = None) -> str:
    """`text` with its side tabs (`tab_zones`) blanked, same length: the chapter titles are
    furniture, not what the passage says."""
    zones = tab_zones(text, data) if text else []
    if not zones:
        return text
    out = list(text)
    for a, b in zones:
        out[a:b] = " " * (b - a)
    return "".join(out)
