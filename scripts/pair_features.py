"""Hashed features of a (passage, point) pair, for the pair model (session 20).

A pair is what the rules found: the point, its indicator, the rating and the cues the rules
matched, the figures they tied to it, every concept of the lexicon seen in the passage, and the
text of the clause that earned the point. Each feature is a string hashed (`zlib.crc32`) into
`buckets` columns; the clause's character 1-3-grams are read alone and crossed with the point's
indicator group (`group`), so a model can learn that one wording holds for one kind of point and
not another. The features generalise across points: concepts and n-grams are shared, the point
itself is one feature among many. Numbers only: no text is kept.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Iterable, Sequence


def group(point: str) -> str:
    """The point's coarse group: environmental management (I01-I05) or carbon (I06-I16)."""
    ind = point.split(".")[0]
    return "env" if ind < "I06" else "carbon"


def _bucket(feature: str, buckets: int) -> int:
    return zlib.crc32(feature.encode("utf-8")) % buckets


def pair_features(point: str, rating: float, clause: str, matched: Sequence[str],
                  quantities: Sequence[str], concepts: Iterable[str], table: bool,
                  future: bool, buckets: int, ngrams: int = 3,
                  words: Sequence[str] | None = None) -> dict[int, float]:
    """Column → value of one pair: the structured features at 1 each, the clause's n-grams
    (present or not) l2-normalised as one block, and the same block crossed with the group.
    With `words` (the clause's word tokens), words and word bigrams replace the n-grams."""
    ind = point.split(".")[0]
    grp = group(point)
    out: dict[int, float] = {}

    def put(feature: str, value: float = 1.0) -> None:
        j = _bucket(feature, buckets)
        out[j] = out.get(j, 0.0) + value

    put("bias")
    put("p:" + point)
    put("i:" + ind)
    put(f"r:{ind}:{rating:g}")
    put(f"q:{grp}:{bool(quantities)}")
    for dim in set(quantities):
        put(f"qd:{ind}:{dim}")
    for cue in set(matched):
        put("m:" + cue)
        put(f"mi:{ind}:{cue}")
    put(f"mn:{min(len(set(matched)), 4)}")
    for concept in set(concepts):
        put("c:" + concept)
        put(f"cg:{grp}:{concept}")
    text = clause.lower()
    put(f"len:{min(int(math.log2(len(text) + 1)), 10)}")
    if table:
        put("table")
    if future:
        put("future")
    if words is not None:
        grams = set(words) | {a + "|" + b for a, b in zip(words, words[1:], strict=False)}
    else:
        grams = {text[i:i + n] for n in range(1, ngrams + 1) for i in range(len(text) - n + 1)}
    grams.discard(" ")
    if grams:
        w = 1.0 / math.sqrt(len(grams))
        for g in grams:
            put("n:" + g, w)
            put(f"ng:{grp}:{g}", w)
    return out
