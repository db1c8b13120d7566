"""GHG figures → what the rating carries and what they add to it: the `EmissionFigure`s with
their evidence, the history point (I11.5: own figures for 3+ years → 1, 2 years → 0.5) and
trend observations (an own series over years, judged by its point's `better`)."""

from __future__ import annotations

from cnsr.assess.dimensions import SeriesTrend
from cnsr.assess.points import excerpt
from cnsr.evidence.emission_figures import Figure, Markers
from cnsr.evidence.find import Findings
from cnsr.evidence.table_layout import parse_table
from cnsr.rating import EmissionFigure, Evidence, PointRating

_AMOUNTS = frozenset({"emissions", "intensity"})
_OWN = frozenset({"own", "part"})  # the company's: its figures and their parts (session 26)
_TOLERANCE = 0.005  # a change within ±0.5 % of the first year is flat (as for table rows)


def drop_others_figures(findings: Findings, figures: list[Figure], points: set[str],
                        scope3_point: str | None = None,
                        value_chain: frozenset[str] = frozenset()) -> None:
    """Leave out of the emissions points (I11.x) the sentences whose only emissions figures
    are someone else's: a supplier's, an investee's, a region's, a customer's. The sentence
    rules see "供应商…温室气体排放合计为52.7万吨" as a disclosed total; the figure reader knows
    whose it is, and a rating must not score (or stage) the company on it. A scope 3 figure of
    a `value_chain` kind ("范围三类别1（外购商品和服务）排放12.6万吨") is the company's own
    scope 3 inventory: it keeps `scope3_point` (session 15)."""
    others = {(id(f.where), f.sentence, f.written) for f in figures if f.kind not in _OWN}
    if not others:
        return
    own = {(id(f.where), f.sentence, f.written) for f in figures if f.kind in _OWN}
    inventory = {(id(f.where), f.sentence, f.written) for f in figures
                 if f.scope == "scope3" and f.kind in value_chain}
    for pid in points & findings.points.keys():
        own_here = own | inventory if pid == scope3_point and inventory else own
        kept = []
        for r in findings.points[pid]:
            keys = {(id(r.where), r.hit.sentence, n.raw) for n in r.hit.quantities
                    if n.dimension in _AMOUNTS}
            if keys and keys <= others and not keys & own_here:
                continue
            kept.append(r)
        findings.points[pid] = kept


def emission_figures(figures: list[Figure], findings: Findings) -> list[EmissionFigure]:
    limit = findings.lexicon.rules.evidence.excerpt_chars
    return [EmissionFigure(scope=f.scope, kind=f.kind, year=f.year, value=f.value,
                           unit=f.unit, written=f.written, label=f.label,
                           evidence=figure_evidence(f, limit))
            for f in figures]


def figure_evidence(f: Figure, limit: int) -> Evidence:
    """The table's header over the figure's row, or the figure's sentence."""
    loc = f.where
    passage = None
    if loc.rows is not None and f.row is not None:
        # `row` is the figure's line in `table_text`, whose first line joins the captions and the
        # header: read it against the parsed table, not the raw rows (session 24, blind round 31:
        # a caption row shifted the raw rows by one, so a figure's evidence quoted the caption
        # and the year header instead of its own row)
        parsed = parse_table(loc.rows)
        if 0 < f.row <= len(parsed.body):
            passage = (" | ".join([*parsed.captions, *parsed.header]) + "\n"
                       + " | ".join(parsed.body[f.row - 1]))
    if passage is None:
        passage = loc.analysis.sentence_text(f.sentence)
    return Evidence(file=loc.file, page=loc.page, passage=excerpt(passage, [f.written], limit),
                    matched=[f.label] if f.label else [], quantities=[f.written])


def own_series(figures: list[Figure]) -> list[list[Figure]]:
    """The company's own figures with a year, one series per scope and unit, one figure per
    year (the first found in a table, else the first found: a table row shows the whole
    series, a sentence one year of it), years ascending; longest series first."""
    groups: dict[tuple[str, str], dict[int, Figure]] = {}
    for f in figures:
        if f.kind == "own" and f.year is not None:
            years = groups.setdefault((f.scope, f.unit), {})
            seen = years.get(f.year)
            if seen is None or (seen.row is None and f.row is not None):
                years[f.year] = f
    series = [[g[y] for y in sorted(g)] for g in groups.values()]
    series.sort(key=lambda s: -len(s))
    return series


def history_point(figures: list[Figure], findings: Findings,
                  points: dict[str, PointRating]) -> None:
    """Raise the history point (the rule with `history: N`) from the own series: N or more
    years → 1, two years → 0.5. Never lowers what the sentence rules found."""
    rules = findings.lexicon.rules
    series = own_series(figures)
    if not series:
        return
    longest = series[0]
    for pid, rule in rules.points.items():
        if not rule.history or pid not in points:
            continue
        rating = 1.0 if len(longest) >= rule.history else 0.5 if len(longest) >= 2 else 0.0
        old = points[pid]
        if rating <= old.rating:
            continue
        limit, keep = rules.evidence.excerpt_chars, rules.evidence.max_per_point
        evidence: list[Evidence] = []
        for f in reversed(longest):
            ev = figure_evidence(f, limit)
            if all((e.file, e.page, e.passage) != (ev.file, ev.page, ev.passage) for e in evidence):
                evidence.append(ev)
        points[pid] = PointRating(point=pid, rating=rating,
                                  evidence=(evidence + old.evidence)[:keep], source="reader")


def series_trends(figures: list[Figure], findings: Findings, markers: Markers
                  ) -> list[SeriesTrend]:
    """One trend observation per own series of two or more years: its direction from the
    first to the last year, favourable when it goes the way its point's `better` says."""
    rules = findings.lexicon.rules.points
    scope_points = findings.lexicon.rules.emission_points or markers.points
    out: list[SeriesTrend] = []
    for s in own_series(figures):
        if len(s) < 2:
            continue
        pid = scope_points.get(s[0].scope)
        rule = rules.get(pid) if pid else None
        if pid is None or rule is None or rule.better is None:
            continue
        first, last = s[0].value, s[-1].value
        tolerance = abs(first) * _TOLERANCE
        direction = "down" if last < first - tolerance else "up" if last > first + tolerance \
            else "flat"
        out.append(SeriesTrend(pid, direction, (direction == "down") == (rule.better == "lower"),
                               s[-1].where, frozenset((f.where.order, f.sentence) for f in s)))
    return out
