"""Peer groups, ranks, ties, percentiles and year-over-year changes on hand-made ratings."""

from __future__ import annotations

import pytest
from rank_factory import make_rating

from cnsr.errors import InputError
from cnsr.methodology import LoadedMethodology, load_methodology
from cnsr.rank.peers import PeerKey, check_ratings, position, rank_groups


def _group(groups, **key):  # type: ignore[no-untyped-def]
    wanted = PeerKey(**key)
    return next(g for g in groups if g.key == wanted)


@pytest.fixture(scope="module")
def four(m: LoadedMethodology):  # type: ignore[no-untyped-def]
    """Stage 2, D44, large: A > B = C > D (B and C disclose alike)."""
    return [
        make_rating(m, "甲电力", code="600001.SH", stage=2, disclose={"I06": 1, "I03": 1}),
        make_rating(m, "乙电力", code="600003.SH", stage=2, disclose={"I06": 1}),
        make_rating(m, "丙电力", code="600002.SH", stage=2, disclose={"I06": 1}),
        make_rating(m, "丁电力", code="600004.SH", stage=2, disclose={"I01": 0.5}),
    ]


def test_rank_ties_share_rank_and_skip(four) -> None:  # type: ignore[no-untyped-def]
    totals = {r.company.name: r.total for r in four}
    assert totals["甲电力"] > totals["乙电力"] == totals["丙电力"] > totals["丁电力"]
    (group,) = rank_groups(four)
    got = [(e.name, e.rank, e.tied) for e in group.entries]
    # tie listed by stock code: 丙 (600002) before 乙 (600003); both rank 2; next is 4
    assert got == [("甲电力", 1, False), ("丙电力", 2, True), ("乙电力", 2, True),
                   ("丁电力", 4, False)]
    assert [e.group_size for e in group.entries] == [4, 4, 4, 4]
    assert [e.total for e in group.entries] == sorted(totals.values(), reverse=True)


def test_percentile_counts_lower_peers_and_half_ties(four) -> None:  # type: ignore[no-untyped-def]
    (group,) = rank_groups(four)
    # others below (+ half the ties) over the 3 other companies
    assert [e.percentile for e in group.entries] == [100.0, 50.0, 50.0, 0.0]


def test_single_company_group_has_no_percentile(m: LoadedMethodology) -> None:
    (group,) = rank_groups([make_rating(m, "独家", stage=3, disclose={"I11": 1})])
    assert group.entries[0].rank == 1 and group.entries[0].percentile is None


def test_groups_split_by_stage_industry_size_and_year(m: LoadedMethodology) -> None:
    ratings = [
        make_rating(m, "A", stage=2, industry="D44", size="large"),
        make_rating(m, "B", stage=2, industry="D44", size="small"),
        make_rating(m, "C", stage=2, industry="C26", size="large"),
        make_rating(m, "D", stage=3, industry="D44", size="large"),
        make_rating(m, "E", stage=2, industry="D44", size="large", year=2020),
        make_rating(m, "Z", stage=0),
    ]
    groups = rank_groups(ratings)
    keys = [(g.key.year, g.key.stage, g.key.industry, g.key.size) for g in groups]
    assert keys == [(2020, 2, "D44", "large"), (2021, 3, "D44", "large"),
                    (2021, 2, "C26", "large"), (2021, 2, "D44", "large"),
                    (2021, 2, "D44", "small")]
    assert all(len(g.entries) == 1 for g in groups)
    assert position(groups, "Z/2021") is None  # stage 0 is never ranked


def test_year_over_year(m: LoadedMethodology) -> None:
    ratings = [
        # 2020: A leads B in stage 2
        make_rating(m, "A", code="600001.SH", stage=2, year=2020, disclose={"I06": 1, "I07": 1}),
        make_rating(m, "B", code="600002.SH", stage=2, year=2020, disclose={"I06": 1}),
        make_rating(m, "C", code="600003.SH", stage=2, year=2020, disclose={"I01": 1}),
        # 2021: B overtakes A; C moves up to stage 3; D is new
        make_rating(m, "A", code="600001.SH", stage=2, disclose={"I06": 1}),
        make_rating(m, "B", code="600002.SH", stage=2, disclose={"I06": 1, "I07": 1, "I08": 1}),
        make_rating(m, "C", code="600003.SH", stage=3, disclose={"I01": 1, "I11": 1}),
        make_rating(m, "D", code="600004.SH", stage=2),
    ]
    groups = rank_groups(ratings)
    by_key = {e.key: e for g in groups for e in g.entries}
    a, b, c, d = (by_key[f"60000{i}.SH/2021"] for i in range(1, 5))
    prev = {r.company.key: r for r in ratings if r.company.year == 2020}
    assert a.change is not None and b.change is not None and c.change is not None
    assert a.change.delta == pytest.approx(a.total - prev["600001.SH/2020"].total)
    assert (a.change.previous_rank, a.rank, a.change.rank_change) == (1, 2, -1)
    assert (b.change.previous_rank, b.rank, b.change.rank_change) == (2, 1, 1)
    assert b.change.delta > 0 and b.change.stage_change == 0
    # a stage change moves the company to another peer group: no rank change is stated
    assert c.change.stage_change == 1 and c.change.previous_stage == 2
    assert c.change.previous_rank == 3 and c.change.rank_change is None
    assert d.change is None


def test_identity_across_years_by_name_without_code(m: LoadedMethodology) -> None:
    ratings = [make_rating(m, "无代码公司", stage=1, year=2020),
               make_rating(m, "无代码公司", stage=1, disclose={"I01": 1})]
    entry = position(rank_groups(ratings), "无代码公司/2021")
    assert entry is not None and entry.change is not None and entry.change.delta > 0


def test_duplicates_and_mixed_methodologies_refused(m: LoadedMethodology,
                                                    methodology_variant) -> None:  # type: ignore[no-untyped-def]
    a = make_rating(m, "A", code="600001.SH", stage=2, disclose={"I06": 1})
    other = make_rating(m, "A2", code="600001.SH", stage=2)
    assert check_ratings([a, a]) == [a]  # the same rating twice is one rating
    with pytest.raises(InputError, match="two different ratings for 600001.SH/2021"):
        rank_groups([a, other])

    def rename(data: dict) -> None:  # type: ignore[type-arg]
        data["version"] = "custom-1"

    m2 = load_methodology(methodology_variant(rename))
    b = make_rating(m2, "B", code="600002.SH", stage=2)
    with pytest.raises(InputError, match="different methodologies"):
        rank_groups([a, b])
