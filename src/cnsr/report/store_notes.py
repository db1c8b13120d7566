"""What a ranking or card read from the store leaves out, said in words: company-years whose
rating failed (and why) and batch runs a kill left unfinished. Without this, `cnsr rank` said
"共评价5家企业" while 6 more had failed."""

from __future__ import annotations

from cnsr.report.labels import t
from cnsr.store.repository import Failure, RunInfo

SHOWN = 10
"""Failures listed one by one; the rest are counted."""


def failure_lines(failures: list[Failure], interrupted: list[RunInfo], lang: str) -> list[str]:
    lines = [t("interrupted_run", lang, id=r.id, manifest=r.manifest,
               started=f"{r.started_at:%Y-%m-%d %H:%M}") for r in interrupted]
    if failures:
        lines.append(t("failed_count", lang, n=len(failures)))
        for f in failures[:SHOWN]:
            stale = t("failed_stale", lang) if f.has_rating else ""
            lines.append(t("failed_line", lang, cy=f.key, name=f.name, error=f.error) + stale)
        if len(failures) > SHOWN:
            lines.append(t("failed_more", lang, n=len(failures) - SHOWN))
    return lines


def failure_of(url: str, key: str) -> Failure | None:
    """The failure recorded for company-year `key` ('600795.SH/2023'; a bare code or name
    means its latest failed year), if any."""
    from cnsr.store import Store

    wanted = key.strip()
    with Store.open(url) as store:
        found = [f for f in store.failures()
                 if f.key == wanted or f.key.rpartition("/")[0] == wanted or f.name == wanted]
    return max(found, key=lambda f: f.year) if found else None
