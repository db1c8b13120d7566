"""Stored checklist results beside a ranking in the terminal (`cnsr rank --db`): per framework
a column with each company-year's readiness and missing `must` items, and one summary line.
Nothing when the store holds no check for the year."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from cnsr.frameworks.results import CheckSummary, StoredCheck
from cnsr.report.labels import t

MOST_MISSED = 3
"""Must items named in a framework's summary line, most often missing first."""


def pct(share: float) -> str:
    return f"{100 * share:.0f}%"


def by_framework(checks: Iterable[StoredCheck]) -> dict[str, list[StoredCheck]]:
    """The checks grouped by framework id, frameworks in id order."""
    out: dict[str, list[StoredCheck]] = {}
    for check in sorted(checks, key=lambda c: (c.framework, c.result.company.key)):
        out.setdefault(check.framework, []).append(check)
    return out


def summaries(checks: Iterable[StoredCheck]) -> dict[str, dict[str, CheckSummary]]:
    """framework → company-year key → its summary: the columns of the group tables."""
    return {fw: {c.result.company.key: CheckSummary.of(c) for c in group}
            for fw, group in by_framework(checks).items()}


def titles(checks: Iterable[StoredCheck], lang: str) -> dict[str, str]:
    """framework id → its name in `lang`, as its latest stored check gives it (the name the
    column headers and summary lines show; the id is for files and URLs)."""
    return {fw: group[-1].title.get(lang) for fw, group in by_framework(checks).items()}


def readiness_cell(summary: CheckSummary | None, lang: str) -> str:
    if summary is None:
        return "—"
    return t("check_cell", lang, share=pct(summary.share), n=summary.must_missing,
             of=summary.must_items)


def check_lines(checks: Iterable[StoredCheck], lang: str) -> list[str]:
    """One line per framework: company-years checked, mean readiness, how many miss must
    items and the must items missing most often."""
    lines = []
    for framework, group in by_framework(checks).items():
        latest = group[-1]  # names as a stored check gives them
        missing = Counter(r.item for c in group for r in c.result.items
                          if r.level == "must" and r.status == "missing")
        k = sum(any(r.level == "must" and r.status == "missing" for r in c.result.items)
                for c in group)
        line = t("check_line", lang, title=latest.title.get(lang), framework=framework,
                 n=len(group), mean=pct(sum(c.share() for c in group) / len(group)), k=k)
        if missing:
            sep = "、" if lang == "zh" else ", "
            top = sorted(missing.items(), key=lambda kv: (-kv[1], kv[0]))[:MOST_MISSED]
            line += t("check_most_missed", lang, items=sep.join(
                t("check_item_count", lang, item=item, name=latest.name(item, lang), n=n)
                for item, n in top))
        lines.append(line)
    return lines
