"""Relevance of a passage to the cues it matched: Okapi BM25 over rjieba tokens.

The "documents" are the passages that matched anything; the query for a point is the tokens
of the cue terms that matched in the passage. Rare, repeated cue words in a short passage rank
highest, so a dedicated paragraph beats a passing mention.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from itertools import chain

K1 = 1.2
B = 0.75


class BM25:
    """Scores of `docs` for queries. With `terms` (every term any query will hold), document
    and term frequencies are counted for those terms only: the same scores, without counting
    the ~100,000 other tokens of a report."""

    def __init__(self, docs: Sequence[Sequence[str]], terms: set[str] | None = None) -> None:
        self.n = len(docs)
        self.avg = (sum(len(d) for d in docs) / self.n) if self.n else 1.0
        self.df: Counter[str]
        self.tf: list[Counter[str]]
        if terms is None:
            self.df = Counter(chain.from_iterable(map(set, docs)))
            self.tf = [Counter(doc) for doc in docs]
        else:
            self.tf = [Counter([t for t in doc if t in terms]) for doc in docs]
            self.df = Counter(chain.from_iterable(self.tf))
        self.length = [len(doc) for doc in docs]
        self._idf: dict[str, float] = {}  # a query term's idf, computed once

    def idf(self, term: str) -> float:
        value = self._idf.get(term)
        if value is None:
            df = self.df.get(term, 0)
            value = self._idf[term] = math.log(1 + (self.n - df + 0.5) / (df + 0.5))
        return value

    def score(self, index: int, query: Sequence[str]) -> float:
        tf, length = self.tf[index], self.length[index]
        norm = K1 * (1 - B + B * length / (self.avg or 1.0))
        total = 0.0
        for term in dict.fromkeys(query):
            f = tf.get(term, 0)
            if f:
                total += self.idf(term) * f * (K1 + 1) / (f + norm)
        return total
