"""Context across passages (session 7, issue #12): a lead-in paragraph that sets the base year
of a list of targets reaches the list items that follow it as their own passages, and a
response paragraph that opens with "应对措施：" answers the risk paragraph before it only
within its passage. Passages written for these tests (invented companies and figures)."""

from __future__ import annotations

from passage_docs import make_doc

from cnsr.assess.rate import rate_documents
from cnsr.methodology.load import LoadedMethodology
from cnsr.rating import Rating


def _rate(passages: list[str], m: LoadedMethodology) -> Rating:
    from cnsr.rating import Company
    return rate_documents([make_doc([passages])], Company(name="示例材料", year=2023), m)


def _point(r: Rating, pid: str) -> float:
    return next(p.rating for i in r.indicators for p in i.points if p.point == pid)


def test_list_items_take_the_base_year_of_their_lead_in(m: LoadedMethodology) -> None:
    r = _rate(["以2020年为基准年，公司设定了以下减排目标：",
               "到2025年，单位产值碳排放下降18%；",
               "到2030年，范围一和范围二排放总量下降40%。"], m)
    assert _point(r, "I06.3") == 1


def test_english_list_items(m: LoadedMethodology) -> None:
    r = _rate(["All targets below use a 2020 baseline.",
               "2030: reduce Scope 1 and 2 emissions by 42%",
               "2040: cut absolute Scope 3 emissions by 25%"], m)
    assert _point(r, "I06.3") == 1


def test_the_context_ends_at_a_long_passage(m: LoadedMethodology) -> None:
    long = ("公司持续推进安全生产标准化建设，全年组织各类应急演练46次，开展隐患排查治理专项行动，"
            "覆盖全部生产基地和在建项目，员工安全培训覆盖率达到100%，未发生较大及以上安全事故。") * 2
    r = _rate(["以2020年为基准年，公司设定了以下减排目标：", long,
               "到2030年，单位产值碳排放下降35%。"], m)
    assert _point(r, "I06.3") == 0.5
