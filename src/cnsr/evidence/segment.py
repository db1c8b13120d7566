"""Chinese word segmentation with rjieba and the cnsr domain dictionary.

One rjieba instance (not the library-wide default, which other code may use) gets the domain
dictionary (data/lexicon/domain.txt) and every literal Chinese cue term of the lexicon, so
cue terms such as 范围一 or 减污降碳 come out as single tokens. Tokens feed the relevance
ranking of evidence passages (BM25 in `rank.py`).
"""

from __future__ import annotations

import re
from functools import cache

from cnsr.cjk import HAN
from cnsr.evidence.jieba_load import Segmenter, new_segmenter
from cnsr.evidence.lexicon import Lexicon, data_dir

_LITERAL_CJK = re.compile(rf"^[{HAN}]{{2,12}}$")
_KEEP = re.compile(rf"[\w{HAN}]")


@cache
def _segmenter(lexicon_source: str, terms: tuple[str, ...]) -> Segmenter:
    seg = new_segmenter()
    for term in terms:
        seg.add_word(term, None, None)
    return seg


def domain_terms(lexicon: Lexicon) -> tuple[str, ...]:
    words: set[str] = set()
    path = data_dir() / "domain.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.add(line.split()[0])
    for patterns in lexicon.patterns.values():
        words.update(p for p in patterns if _LITERAL_CJK.match(p))
    return tuple(sorted(words))


def segmenter(lexicon: Lexicon) -> Segmenter:
    return _segmenter(lexicon.source, domain_terms(lexicon))


def tokens(seg: Segmenter, text: str, memo: dict[str, str] | None = None) -> list[str]:
    """Word tokens of normalised text, lower-cased; spaces and punctuation dropped.

    `memo` (token → its kept form, "" for dropped) saves the regex test and lower-casing of
    tokens seen before: a report repeats a few thousand words ~100,000 times. Pass one
    dict per run (it grows with the vocabulary)."""
    if memo is None:
        return [t.lower() for t in seg.cut(text, False) if _KEEP.search(t)]
    out = []
    for t in seg.cut(text, False):
        kept = memo.get(t)
        if kept is None:
            kept = memo[t] = t.lower() if _KEEP.search(t) else ""
        if kept:
            out.append(kept)
    return out
