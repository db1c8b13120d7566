"""Page furniture in a passage tagged alone: a doubled running head with facing page numbers.

A two-page spread of a printed report extracts as the running head of each page twice and the
two page numbers ("中国某某股份有限公司中国某某股份有限公司7172"), usually followed by the
report's chapter titles as a side tab. Documents lose these page by page (`ingest.running`);
a single passage (`cnsr tag`, the sentence yardstick) does not, and the chapter titles
("应对气候变化", "环境保护") then look like mentions of topics the passage is not about.
`spread_head(text)` finds such a head; `evidence.tag` then keeps only full disclosures. The
lengths are data (data/text/furniture.yaml).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, model_validator

from cnsr.data_files import load_text

FURNITURE_FILE = "furniture.yaml"
_DIGITS = re.compile(r"(?<!\d)\d{2,12}(?!\d)")


class FurnitureData(BaseModel):
    """data/text/furniture.yaml."""

    model_config = ConfigDict(extra="forbid")

    version: int
    source: str
    min_chars: int
    max_chars: int
    max_page_digits: int

    @model_validator(mode="after")
    def _sizes(self) -> FurnitureData:
        if not 1 <= self.min_chars <= self.max_chars or self.max_page_digits < 1:
            raise ValueError("need 1 <= min_chars <= max_chars and max_page_digits >= 1")
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


def spread_head(text: str, data: FurnitureData | None = None) -> str | None:
    """The running head printed twice right before facing page numbers, if `text` holds one."""
    d = data or _data()
    for m in _DIGITS.finditer(text):
        if not facing_pages(m.group(), d.max_page_digits):
            continue
        end = m.start()
        for size in range(d.min_chars, min(d.max_chars, end // 2) + 1):
            head = text[end - size:end]
            if text[end - 2 * size:end - size] == head and len(set(head)) > 1 \
                    and not head.isdigit():
                return head
    return None
