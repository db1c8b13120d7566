"""A study brought up to date after some ratings changed (a sign-off, a re-rating), redoing
only the peer groups those changes can reach, with the result `build_study` gives from
scratch (tests/rank/test_incremental.py compares the two after every change).

What one changed company-year reaches:
- in the study's year: its peer group before and after the change (a stage, industry or size
  change moves it between groups; a new total re-ranks its group);
- in the year before: its own entry this year (the year-over-year change quotes its previous
  total and stage), and every company ranked in its previous-year peer group before or after
  the change (their previous rank and group size move), wherever they stand this year.
Everything else of the study (counts per stage, the unranked, the summary text) is O(n) and
recomputed. The wider references (`rank.reference`: industry across sizes, the market of the
stage) are derived from the groups on demand, so they follow.
"""

from __future__ import annotations

from cnsr.methodology.load import LoadedMethodology
from cnsr.rank.peers import PeerKey, check_ratings, company_id, rank_groups
from cnsr.rank.study import (
    ScoreOf,
    Study,
    _check_methodology,
    _study_text_en,
    _study_text_zh,
    _summarise,
    build_study,
    indicator_score,
)
from cnsr.rating import Rating

Slot = tuple[str, int]
"""(company id, year): a company-year as rankings identify it."""


def _by_slot(ratings: list[Rating]) -> dict[Slot, Rating]:
    return {(company_id(r), r.company.year): r for r in ratings}


def changed_slots(before: list[Rating], after: list[Rating]) -> set[Slot]:
    """Company-years added, removed or rated differently (an unchanged rating is usually the
    same object, so the comparison is mostly by identity)."""
    old, new = _by_slot(before), _by_slot(after)
    return {s for s in old.keys() | new.keys()
            if (a := old.get(s)) is not (b := new.get(s)) and a != b}


def _group(r: Rating) -> tuple[int, int, str, str]:
    """`peer_key(r)` as a plain tuple (thousands are compared per update)."""
    c = r.company
    return c.year, r.stage, c.industry.strip(), c.size.strip()


def affected_groups(study_year: int, before: list[Rating], after: list[Rating],
                    changed: set[Slot]) -> set[PeerKey]:
    """The peer groups of `study_year` whose entries the `changed` company-years can alter."""
    return {PeerKey(year=y, stage=s, industry=i, size=z)
            for y, s, i, z in _affected(study_year, before, _by_slot(after), changed)}


def _affected(study_year: int, before: list[Rating], new: dict[Slot, Rating],
              changed: set[Slot]) -> set[tuple[int, int, str, str]]:
    old = {slot: r for r in before if (slot := (company_id(r), r.company.year)) in changed}
    prior = study_year - 1
    out: set[tuple[int, int, str, str]] = set()
    touched_before: set[tuple[int, int, str, str]] = set()  # last year's groups that moved

    def here(cid: str) -> None:
        r = new.get((cid, study_year))
        if r is not None and r.stage > 0:
            out.add(_group(r))

    for cid, year in changed:
        for r in (old.get((cid, year)), new.get((cid, year))):
            if r is None or r.stage == 0:
                continue
            if year == study_year:
                out.add(_group(r))
            elif year == prior:
                touched_before.add(_group(r))
        if year == prior:
            here(cid)
    if touched_before:
        for (cid, year), r in new.items():  # the unchanged sit in one group before and after
            if year == prior and r.stage > 0 and _group(r) in touched_before:
                here(cid)
    return out


def update_study(previous: Study, before: list[Rating], after: list[Rating],
                 m: LoadedMethodology, score_of: ScoreOf = indicator_score,
                 changed: set[Slot] | None = None) -> Study:
    """`build_study(after, m, previous.year, score_of)`, given `previous` = the same built
    over `before`: only the groups the changes reach are ranked and summarised again.
    `changed`: the company-years that changed, when the caller knows better than comparing
    the ratings (a `score_of` reading scores kept outside the ratings may change while a
    rating without indicators compares equal)."""
    year = previous.year
    after = check_ratings(after)
    changed = changed_slots(before, after) if changed is None else changed
    if not changed:
        return previous
    current = [r for r in after if r.company.year == year]
    if not current:  # build_study says what is wrong
        return build_study(after, m, year, score_of)
    new = _by_slot(after)
    _check_methodology([new[s] for s in changed if s in new and s[1] == year], m)
    redo = _affected(year, before, new, changed)
    members = [r for r in current if r.stage > 0 and _group(r) in redo]
    # what their year-over-year changes read: their own previous ratings, and everyone in
    # the previous-year groups those sit in (to rank them there)
    prior = [p for r in members if (p := new.get((company_id(r), year - 1))) is not None]
    prior_groups = {_group(p) for p in prior if p.stage > 0}
    prior += [r for r in after if r.company.year == year - 1 and r.stage > 0
              and _group(r) in prior_groups]
    fresh = {g.key: g for g in rank_groups([*members, *prior]) if g.key.year == year}
    by_key = {r.company.key: r for r in members}
    kept = [g for g in previous.groups
            if (g.key.year, g.key.stage, g.key.industry, g.key.size) not in redo]
    made = [_summarise(g, [by_key[e.key] for e in g.entries], m, score_of)
            for g in fresh.values()]
    groups = sorted([*kept, *made], key=lambda g: (-g.key.stage, g.key.industry, g.key.size))
    counts = {s: sum(1 for r in current if r.stage == s) for s in previous.stage_counts}
    study = previous.model_copy(update={
        "companies": len(current), "stage_counts": counts, "groups": groups,
        "unranked": sorted(r.company.name for r in current if r.stage == 0)})
    study.text_zh = _study_text_zh(study)
    study.text_en = _study_text_en(study)
    return study


__all__ = ["affected_groups", "changed_slots", "update_study"]
