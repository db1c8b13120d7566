"""A study updated sign-off by sign-off equals the study built from scratch, and redoes only
the peer groups a change reaches."""

from __future__ import annotations

import pytest
from rank_factory import POWER, demo_ratings, make_rating

from cnsr.methodology import LoadedMethodology
from cnsr.rank.incremental import affected_groups, changed_slots, update_study
from cnsr.rank.peers import PeerKey
from cnsr.rank.study import Study, build_study
from cnsr.rating import Rating

YEAR = 2021


def _code(i: int) -> str:
    return f"{600000 + 11 * i:06d}.SH"  # as demo_ratings numbers them


def _resign(ratings: list[Rating], m: LoadedMethodology, i: int, year: int, *, stage: int,
            disclose: dict[str, float], size: str | None = None) -> list[Rating]:
    """The ratings after a reviewer signs off a changed rating of POWER[i] for `year`."""
    old = next(r for r in ratings if r.company.code == _code(i) and r.company.year == year)
    new = make_rating(m, POWER[i], stage=stage, code=_code(i), size=size or old.company.size,
                      year=year, disclose=disclose)
    return [new if r is old else r for r in ratings]


def _entry_changes(study: Study, group: PeerKey) -> dict[str, int | None]:
    g = next(g for g in study.groups if g.key == group)
    return {e.key: e.change.previous_rank if e.change else None for e in g.entries}


FULL = {f"I{n:02d}": 1.0 for n in range(1, 17)}
S3_LARGE = PeerKey(year=YEAR, stage=3, industry="D44", size="large")


def test_sign_offs_applied_one_by_one_equal_a_full_build(m: LoadedMethodology) -> None:
    ratings = demo_ratings(m)
    study = build_study(ratings, m, YEAR)
    steps: list[tuple[str, list[Rating]]] = []

    def step(label: str, after: list[Rating]) -> list[Rating]:
        steps.append((label, after))
        return after

    # 1 a new total re-ranks the company's own group only
    r1 = step("re-rank in its group", _resign(ratings, m, 1, YEAR, stage=3, disclose=FULL))
    # 2 a stage change leaves one group (S2) and joins another (S3)
    r2 = step("stage 2 -> 3", _resign(r1, m, 2, YEAR, stage=3, disclose={"I01": 1, "I03": 1}))
    # 3 last year's rating of a stage-1 company becomes stage 3 and tops last year's S3 large
    #   group: this year's S3 large entries (another group than the company's) move down a
    #   previous rank
    r3 = step("previous year, another group", _resign(r2, m, 4, YEAR - 1, stage=3,
                                                      disclose=FULL))
    # 4 a company drops to stage 0: out of its group, into the unranked
    r4 = step("to stage 0", _resign(r3, m, 7, YEAR, stage=0, disclose={}))
    # 5 a company-year of a new industry makes a new group; 6 removing it ends that group
    newcomer = make_rating(m, "新能源科技", stage=2, code="688001.SH", industry="C38",
                           size="small", year=YEAR, disclose={"I02": 1, "I05": 0.5})
    r5 = step("new group", [*r4, newcomer])
    step("group ends", [r for r in r5 if r is not newcomer])

    before = ratings
    for label, after in steps:
        updated = update_study(study, before, after, m)
        scratch = build_study(after, m, YEAR)
        assert updated.model_dump() == scratch.model_dump(), label
        study, before = updated, after  # chained: a wrong step would carry on

    # the previous-year step did reach another group than the company's own
    assert _entry_changes(build_study(r2, m, YEAR), S3_LARGE) != \
        _entry_changes(build_study(r3, m, YEAR), S3_LARGE)
    assert POWER[4] in {e.name for g in study.groups for e in g.entries
                        if g.key.stage == 1 and g.key.size == "large"}
    assert any(g.key.industry == "C38" for g in build_study(r5, m, YEAR).groups)
    assert not any(g.key.industry == "C38" for g in study.groups)
    assert POWER[7] in study.unranked


def test_only_the_reached_groups_are_redone(m: LoadedMethodology) -> None:
    ratings = demo_ratings(m)
    groups = {g.key for g in build_study(ratings, m, YEAR).groups}
    after = _resign(ratings, m, 1, YEAR, stage=3, disclose=FULL)
    changed = changed_slots(ratings, after)
    assert changed == {(_code(1), YEAR)}
    assert affected_groups(YEAR, ratings, after, changed) == {S3_LARGE}
    assert len(groups) == 6
    moved = _resign(ratings, m, 2, YEAR, stage=3, disclose={"I01": 1})
    assert affected_groups(YEAR, ratings, moved, changed_slots(ratings, moved)) == {
        S3_LARGE, PeerKey(year=YEAR, stage=2, industry="D44", size="large")}


def test_nothing_changed_gives_the_same_study(m: LoadedMethodology) -> None:
    ratings = demo_ratings(m)
    study = build_study(ratings, m, YEAR)
    assert update_study(study, ratings, list(ratings), m) is study


def test_a_wrong_methodology_is_refused_as_in_a_full_build(m: LoadedMethodology) -> None:
    ratings = demo_ratings(m)
    study = build_study(ratings, m, YEAR)
    odd = ratings[0].model_copy(update={"provenance": ratings[0].provenance.model_copy(
        update={"methodology": "other-1.0"})})
    after = [odd if r is ratings[0] else r for r in ratings]
    with pytest.raises(Exception, match="methodolog"):
        update_study(study, ratings, after, m)
