"""Running heads and footers: the report title, company name or chapter printed in the margin
of every page ("华岳新材料股份有限公司 2023年环境、社会及治理报告").

Left in, such a line is glued onto the first or last paragraph of every page, where it turns
a national-policy sentence into one naming the company and cuts quotes in odd places. A short
line in the top or bottom margin whose text (digits aside, so "…报告 12" and "…报告 13" are one)
was seen in the same margin of two earlier pages is dropped. Pages are read one at a time, so
the first two pages keep theirs; page numbers alone are left to the passage builder.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from cnsr.ingest.layout import Line
from cnsr.ingest.reading_limits import layout_limits

_RUNNING = layout_limits().running  # data/text/layout.yaml
MARGIN: Final[float] = _RUNNING.margin
"""Share of the page height at the top and at the bottom that holds running lines."""
MAX_CHARS: Final[int] = _RUNNING.max_chars
"""A running line is short: a title, a company name and a year, a chapter name."""
SEEN: Final[int] = _RUNNING.seen
"""Earlier pages that must show the line in the same margin before it is dropped."""
_NOISE = re.compile(r"[\d\s|·•\-—–/]+")


class RunningLines:
    """Counts margin lines over the pages of one document and drops the repeated ones."""

    def __init__(self) -> None:
        self._seen: Counter[tuple[str, str]] = Counter()

    def strip(self, lines: list[Line], height: float) -> list[Line]:
        if height <= 0 or not lines:
            return lines
        top, bottom = height * MARGIN, height * (1 - MARGIN)
        keep: list[Line] = []
        found: set[tuple[str, str]] = set()
        for line in lines:
            edge = "top" if line.y1 <= top else "bottom" if line.y0 >= bottom else ""
            key = _NOISE.sub("", line.text) if edge and len(line.text) <= MAX_CHARS else ""
            if not key:
                keep.append(line)
                continue
            found.add((edge, key))
            if self._seen[(edge, key)] < SEEN:
                keep.append(line)
        self._seen.update(found)
        return keep
