"""Dimension reasons in the reader's language.

The reader stores why it gave a trend, comparison or integration band as one English line
(`DimensionRating.reason`, e.g. "2 favourable, 0 unfavourable trend observation(s); 1
multi-year series"), and stored ratings keep that form. Reports read the figures back out of
the line and say it again from the i18n table (`report.labels`), so a Chinese card has no
English sentence. A reason in any other form (an analyst's note) is shown as written.
"""

from __future__ import annotations

import re

from cnsr.report.labels import t

_TREND = re.compile(r"(\d+) favourable, (\d+) unfavourable trend observation\(s\); "
                    r"(\d+) multi-year series")
_COMPARISON = re.compile(r"comparisons: (.+)")
_KIND = re.compile(r"(\w+) ×(\d+)")
_INTEGRATION = re.compile(r"(\d+)% of points found in (\d+) passage\(s\); "
                          r"future plans (stated|not stated)")
KINDS = ("prior_year", "target", "industry", "standard", "leader")
"""Comparison kinds with a label (`cmp_<kind>`); others are shown by their id."""


def _kinds(text: str, lang: str) -> str:
    if text.strip() == "none":
        return t("reason_none", lang)
    parts = []
    for kind, count in _KIND.findall(text):
        name = t(f"cmp_{kind}", lang) if kind in KINDS else kind
        parts.append(t("reason_kind", lang, kind=name, n=count))
    return ("、" if lang == "zh" else ", ").join(parts) or text


def dimension_reason(reason: str, lang: str) -> str:
    """The reader's reason for a dimension band, said in `lang`."""
    text = reason.strip()
    if found := _TREND.fullmatch(text):
        good, bad, series = found.groups()
        return t("reason_trend", lang, good=good, bad=bad, series=series)
    if found := _COMPARISON.fullmatch(text):
        return t("reason_comparison", lang, kinds=_kinds(found.group(1), lang))
    if found := _INTEGRATION.fullmatch(text):
        coverage, passages, future = found.groups()
        plans = t("future_stated" if future == "stated" else "future_not_stated", lang)
        return t("reason_integration", lang, coverage=coverage, passages=passages,
                 future=plans)
    return reason
