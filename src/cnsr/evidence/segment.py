"""Word tokens for the relevance ranking of evidence passages (BM25 in `rank.py`).

rjieba's cut with its own dictionary (the process's one segmenter, shared with the cue-boundary
check), then the cnsr domain terms (data/lexicon/domain.txt and every literal Chinese cue term
of the lexicon) put back together where the cut split them, so 范围一 or 减污降碳 are one token
each. Adding the terms to a segmenter of their own would cut the same way in most text, but
costs a second dictionary load (~0.13 s of CPU per process, holding the GIL).
"""

from __future__ import annotations

import re
from functools import cache

from cnsr.cjk import HAN
from cnsr.evidence.jieba_load import Segmenter, cut_many, plain_segmenter
from cnsr.evidence.lexicon import Lexicon, data_dir

_LITERAL_CJK = re.compile(rf"^[{HAN}]{{2,12}}$")
_KEEP = re.compile(rf"[\w{HAN}]")


class DomainCut:
    """`cut` of the plain segmenter with runs of tokens that spell a domain term joined."""

    def __init__(self, plain: Segmenter, terms: tuple[str, ...]) -> None:
        self.plain = plain
        self.terms = frozenset(terms)
        self.starts = frozenset(t[:i] for t in terms for i in range(1, len(t)))
        """Every proper beginning of a term: a token outside it starts no join."""

    def cut(self, text: str, hmm: bool = True) -> list[str]:
        return self._joined(self.plain.cut(text, hmm))

    def cut_many(self, texts: list[str], hmm: bool = True) -> list[list[str]]:
        """`cut` of every text, the plain cuts asked for at once (`jieba_load.cut_many`)."""
        return [self._joined(raw) for raw in cut_many(self.plain, texts, hmm)]

    def _joined(self, raw: list[str]) -> list[str]:
        terms, starts = self.terms, self.starts
        begins = [i for i, token in enumerate(raw) if token in starts]
        if not begins:
            return raw
        out: list[str] = []
        done, n = 0, len(raw)
        for i in begins:
            if i < done:  # inside a term joined already
                continue
            joined, last, j = raw[i], -1, i + 1
            while j < n:
                joined += raw[j]
                if joined in terms:
                    last = j
                if joined not in starts:
                    break
                j += 1
            if last >= 0:
                out.extend(raw[done:i])
                out.append("".join(raw[i:last + 1]))
                done = last + 1
        out.extend(raw[done:])
        return out


@cache
def _segmenter(lexicon_source: str, terms: tuple[str, ...]) -> DomainCut:
    return DomainCut(plain_segmenter(), terms)


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


def segmenter(lexicon: Lexicon) -> DomainCut:
    return _segmenter(lexicon.source, domain_terms(lexicon))


def tokens(seg: DomainCut | Segmenter, text: str, memo: dict[str, str] | None = None) -> list[str]:
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


def tokens_of(seg: DomainCut, texts: list[str], memo: dict[str, str]) -> list[list[str]]:
    """`tokens(seg, text, memo)` of every text, in order; the cuts asked for at once (one
    request to a segmenter process: `jieba_server`)."""
    out = []
    for cut in seg.cut_many(texts, False):
        kept_tokens = []
        for t in cut:
            kept = memo.get(t)
            if kept is None:
                kept = memo[t] = t.lower() if _KEEP.search(t) else ""
            if kept:
                kept_tokens.append(kept)
        out.append(kept_tokens)
    return out
