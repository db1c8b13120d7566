"""The stored checklist results of a year, in one line per company-year and framework, for the
year's ranking page: a readiness badge beside each company linking to its check on the company
page. Read from indexed columns (`cnsr.store.checks.check_summaries`) and kept while the
year's checks fingerprint is unchanged; the fingerprint (one aggregate) is read again at most
every `FRESH_SECONDS`, since checks are written by `cnsr batch --check` in another process."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from cnsr.frameworks.results import CheckSummary
from cnsr.store.checks import check_summaries, checks_fingerprint
from cnsr.web.state import WebState
from cnsr.web.study_data import FRESH_SECONDS


@dataclass(frozen=True)
class YearChecks:
    fingerprint: str = ""
    frameworks: tuple[str, ...] = ()
    by_key: dict[str, list[CheckSummary]] = field(default_factory=dict)
    """Company-year key → its checks, in framework order."""


_years: dict[tuple[str, int], tuple[float, YearChecks]] = {}
_lock = threading.Lock()


def year_checks(web: WebState, year: int) -> YearChecks:
    slot = (str(web.store.engine.url), year)
    now = time.monotonic()
    with _lock:
        seen = _years.get(slot)
    if seen is not None and now - seen[0] < FRESH_SECONDS:
        return seen[1]
    fingerprint = checks_fingerprint(web.store, year)
    found = seen[1] if seen is not None and seen[1].fingerprint == fingerprint else None
    if found is None:
        found = _build(fingerprint, check_summaries(web.store, year))
    with _lock:
        _years[slot] = (now, found)
    return found


def _build(fingerprint: str, summaries: list[CheckSummary]) -> YearChecks:
    by_key: dict[str, list[CheckSummary]] = {}
    for s in summaries:
        by_key.setdefault(s.key, []).append(s)
    return YearChecks(fingerprint, tuple(sorted({s.framework for s in summaries})), by_key)
