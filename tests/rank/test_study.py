"""The study summary: counts per stage, leaders, weak indicators and the bilingual text."""

from __future__ import annotations

from statistics import mean

import pytest
from rank_factory import demo_ratings, make_rating

from cnsr.errors import InputError
from cnsr.methodology import LoadedMethodology, load_methodology
from cnsr.rank.study import Study, build_study


@pytest.fixture(scope="module")
def hand(m: LoadedMethodology):  # type: ignore[no-untyped-def]
    """Stage 3 power group: strong on I01/I03 (environment, energy), nothing on I15/I16."""
    strong = {"I01": 1, "I02": 1, "I03": 1, "I06": 1, "I11": 0.5}
    return [
        make_rating(m, "大唐国际发电", code="601991.SH", stage=3,
                    disclose={**strong, "I12": 1, "I13": 0.5}),
        make_rating(m, "华能国际", code="600011.SH", stage=3, disclose={**strong, "I12": 1}),
        make_rating(m, "华电国际", code="600027.SH", stage=3, disclose=strong),
        make_rating(m, "国电电力", code="600795.SH", stage=2, disclose={"I06": 1}),
        make_rating(m, "某公司", code="600999.SH", stage=0),
    ]


def test_counts_leaders_and_weak_indicators(hand, m: LoadedMethodology) -> None:  # type: ignore[no-untyped-def]
    study = build_study(hand, m)
    assert study.year == 2021 and study.companies == 5
    assert study.stage_counts == {0: 1, 1: 0, 2: 1, 3: 3}
    assert study.unranked == ["某公司"]
    s3 = study.groups[0]
    assert s3.key.stage == 3 and s3.maximum == 100
    assert s3.leaders == ["大唐国际发电"]
    assert s3.top_total == max(r.total for r in hand if r.stage == 3)
    # mean percent per indicator from the stored scores, lowest first
    by_id = {s.indicator: s for s in s3.indicators}
    stage3 = [r for r in hand if r.stage == 3]
    for ind_id, stat in by_id.items():
        assert stat.mean_percent == pytest.approx(
            mean(r.indicator(ind_id).score.percent for r in stage3), abs=0.01)
    assert [s.mean_percent for s in s3.indicators] == sorted(s.mean_percent
                                                               for s in s3.indicators)
    assert len(s3.indicators) == 16
    # nothing disclosed on I04 I05 I07–I10 I14–I16 (and I13 by two of three): zeros first,
    # the one worth more points first among equals
    zeros = [s.indicator for s in s3.indicators if s.mean_percent == 0]
    assert set(zeros) == {"I04", "I05", "I07", "I08", "I09", "I10", "I14", "I15", "I16"}
    assert zeros[:3] == ["I08", "I07", "I09"]  # 9, 7, 6 points (I09 before I14: file order)
    assert [s.indicator for s in s3.weakest] == zeros[:4]
    assert {s.indicator for s in s3.strongest} <= {"I01", "I02", "I03", "I06", "I12"}


def test_bilingual_text(hand, m: LoadedMethodology) -> None:  # type: ignore[no-untyped-def]
    study = build_study(hand, m)
    assert study.text_zh.startswith("2021年共评价5家企业：第三阶段3家、第二阶段1家")
    assert "1家未履行碳中和社会责任" in study.text_zh
    assert "最高分企业为大唐国际发电" in study.text_zh
    assert "披露水平仍有待提高" in study.text_zh
    assert study.text_en.startswith("In 2021, 5 companies were rated: 3 in stage 3, 1 in stage 2")
    assert "top scorer 大唐国际发电" in study.text_en and "Weakest on" in study.text_en
    weakest = study.groups[0].weakest[0]
    assert weakest.zh in study.text_zh and weakest.en in study.text_en
    assert study.text("en") == study.text_en


def test_ties_give_several_leaders(m: LoadedMethodology) -> None:
    ratings = [make_rating(m, n, stage=1, disclose={"I01": 1}) for n in ("乙", "甲")]
    study = build_study(ratings, m)
    assert study.groups[0].leaders == ["乙", "甲"]  # listed by code, then name (code point)
    assert "乙、甲" in study.text_zh and "乙, 甲" in study.text_en


def test_year_selection_and_errors(m: LoadedMethodology) -> None:
    ratings = demo_ratings(m, companies=6)
    assert build_study(ratings, m).year == 2021
    earlier = build_study(ratings, m, year=2020)
    assert earlier.year == 2020 and all(e.change is None for g in earlier.groups
                                        for e in g.entries)
    with pytest.raises(InputError, match="no ratings for 2019"):
        build_study(ratings, m, year=2019)
    with pytest.raises(InputError, match="no ratings to rank"):
        build_study([], m)


def test_methodology_must_match(hand, methodology_variant) -> None:  # type: ignore[no-untyped-def]
    def rename(data: dict) -> None:  # type: ignore[type-arg]
        data["version"] = "custom-1"

    other = load_methodology(methodology_variant(rename))
    with pytest.raises(InputError, match="pass the methodology it was rated with"):
        build_study(hand, other)


def test_study_round_trips_as_json(hand, m: LoadedMethodology) -> None:  # type: ignore[no-untyped-def]
    study = build_study(hand, m)
    again = Study.model_validate_json(study.model_dump_json())
    assert again == study
    assert again.position("601991.SH/2021") is not None
    assert again.group_of("600795.SH/2021") is not None
    assert again.position("600999.SH/2021") is None


def test_busiest_year_and_the_rank_note(m: LoadedMethodology) -> None:
    """A new season's first reports make the newest year thin: the study a team means is the
    busiest year, and `cnsr rank` without --year says so rather than rank two companies."""
    from cnsr.cli.rank import busier_year_note
    from cnsr.rank.study import busiest_year, company_years

    ratings = demo_ratings(m, companies=6)  # 2020: 5 company-years, 2021: 7
    early = [make_rating(m, n, code=c, stage=3, year=2022, disclose={"I01": 1})
             for n, c in (("甲电力", "600901.SH"), ("乙电力", "600902.SH"))]
    assert company_years(ratings) == {2020: 5, 2021: 7}
    assert busiest_year(ratings) == 2021
    assert busier_year_note(ratings, 2021, "en") is None
    both = ratings + early
    assert busiest_year(both) == 2021 and build_study(both, m).year == 2022
    note = busier_year_note(both, 2022, "en")
    assert note is not None and note.startswith("2022 has 2 company-years; 2021 has 7")
    assert "--year 2021" in note and "2022 年只有 2 家企业" in note
    # a company rated twice counts once; four of seven is more than half: no note
    more = [make_rating(m, n, code=c, stage=3, year=2022)
            for n, c in (("丙电力", "600903.SH"), ("丁电力", "600904.SH"))]
    assert busier_year_note(both + early[:1] + more[:1], 2022, "zh") is not None
    assert busier_year_note(both + early[:1] + more, 2022, "zh") is None
    # a tie goes to the newer year
    tie = [make_rating(m, "甲", code="600001.SH", stage=1, year=y) for y in (2020, 2021)]
    assert busiest_year(tie) == 2021
    with pytest.raises(InputError, match="no ratings to rank"):
        busiest_year([])
