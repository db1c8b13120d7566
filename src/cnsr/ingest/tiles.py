"""Infographic tiles printed as separate positioned boxes (session 19, known misses: d107).

A highlight page may print each figure as three text boxes stacked in a column: the bare
figure ("8.36"), its unit ("万吨二氧化碳当量") and its label ("温室气体排放总量"), the label above
the figure (label-first) or below its unit (number-first). Read as paragraphs they are three
passages and none holds a figure with its unit and its subject. Here such a stack becomes one
passage, "label：figure unit", in the place of its first box. Only short boxes (no sentence
punctuation, no bracket left open, at most `tiles.max_chars` characters; data/text/layout.yaml;
a label of at least two characters) stacked closely
(gaps of at most `tiles.gap` figure heights) and overlapping the figure across are joined; the
figure's box holds nothing but the figure; tables and longer text are never touched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from cnsr.ingest.document import BBox, Passage
from cnsr.ingest.reading_limits import layout_limits

_TILES = layout_limits().tiles  # data/text/layout.yaml
_FIGURE: Final = re.compile(f"^(?:{_TILES.figure})$")
_SENTENCE: Final = re.compile(r"[。；;！？!?，,、]")


def join_tiles(passages: Sequence[Passage]) -> list[Passage]:
    """`passages` with each infographic tile (figure, unit, label boxes) joined into one."""
    boxes = [i for i, p in enumerate(passages) if _short(p)]
    used: set[int] = set()
    joined: dict[int, tuple[list[int], str, BBox]] = {}
    for i in boxes:
        figure = passages[i]
        if i in used or not _FIGURE.match(figure.text.strip()):
            continue
        reach = _TILES.gap * _height(figure.bbox)
        above = _neighbour(passages, boxes, used, i, reach, below=False)
        below = _neighbour(passages, boxes, used, i, reach, below=True)
        unit: int | None = None
        label: int | None = None
        if above is not None:
            label = above
            if below is not None and not _FIGURE.match(passages[below].text.strip()):
                unit = below
        elif below is not None:
            unit = below
            label = _neighbour(passages, boxes, used | {i}, below, reach, below=True)
        # a label of one character is the tail of a wrapped label ("…收入占 / 比"), no label
        if label is None or _FIGURE.match(passages[label].text.strip()) \
                or len(passages[label].text.strip()) < 2:
            continue
        if unit is not None and re.match(r"\d", passages[unit].text.strip()):
            continue
        parts = [label, i] + ([unit] if unit is not None else [])
        used.update(parts)
        text = passages[label].text.strip() + _TILES.joiner + figure.text.strip() + (
            passages[unit].text.strip() if unit is not None else "")
        joined[min(parts)] = (parts, text, _union([passages[k].bbox for k in parts]))
    if not joined:
        return list(passages)
    out: list[Passage] = []
    for k, passage in enumerate(passages):
        if k in joined:
            _, text, bbox = joined[k]
            out.append(passage.model_copy(update={"text": text, "bbox": bbox,
                                                  "index": len(out)}))
        elif k not in used:
            out.append(passage.model_copy(update={"index": len(out)}))
    return out


def _short(p: Passage) -> bool:
    text = p.text.strip()
    return (p.table is None and p.bbox is not None and 0 < len(text) <= _TILES.max_chars
            and "\n" not in text and not _SENTENCE.search(text) and _balanced(text))


def _balanced(text: str) -> bool:
    """No bracket left open or closed: a box holding "单位供电碳排放（克二氧化" goes on in the
    box below it (a label wrapped over two boxes), so it is no tile's box."""
    depth = 0
    for ch in text:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _height(bbox: BBox | None) -> float:
    return 0.0 if bbox is None else bbox[3] - bbox[1]


def _neighbour(passages: Sequence[Passage], boxes: Sequence[int], used: set[int], at: int,
               reach: float, *, below: bool) -> int | None:
    """The short box right below (or above) box `at`: within `reach` points, overlapping it
    across; None when there is none or more than one."""
    a = passages[at].bbox
    assert a is not None
    found: list[int] = []
    for k in boxes:
        b = passages[k].bbox
        if k == at or k in used or b is None:
            continue
        gap = b[1] - a[3] if below else a[1] - b[3]
        if -0.5 <= gap <= reach and min(a[2], b[2]) - max(a[0], b[0]) > 0:
            found.append(k)
    return found[0] if len(found) == 1 else None


def _union(bboxes: Sequence[BBox | None]) -> BBox:
    real = [b for b in bboxes if b is not None]
    return (min(b[0] for b in real), min(b[1] for b in real), max(b[2] for b in real),
            max(b[3] for b in real))
