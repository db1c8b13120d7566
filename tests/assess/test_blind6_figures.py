"""Own emission figures in forms met in blind round 6 (session 10), each misread before: a
superseded figure beside a restated one ("原披露值为…") read as that year's total, an
intensity per length of product ("每百米布料排放62千克") read as an amount, financed emissions
whose marker stands in the clause before the figure ("…贷款的投融资碳排放，合计约860万吨")
read as the bank's own, and the gases listed in brackets after a scope-1 figure read as
totals."""

from __future__ import annotations

from pathlib import Path

from cnsr.assess.rate import rate_documents
from cnsr.ingest import read_document
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company, Rating


def _rate(tmp_path: Path, m: LoadedMethodology, text: str) -> Rating:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return rate_documents([read_document(path)], Company(name="测试公司", year=2023), m)


def _own(r: Rating) -> set[tuple[str, int | None, float]]:
    return {(e.scope, e.year, round(e.value_t or 0.0)) for e in r.emissions if e.kind == "own"}


def test_a_superseded_figure_is_no_emission(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "为便于比较，公司按新边界重述了上年数据，重述后2022年排放总量为28.1万吨"
                           "二氧化碳当量（原披露值为19.6万吨）。\n")
    assert _own(r) == {("total", 2022, 281_000)}


def test_an_intensity_per_metre_is_no_amount(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "2023年，公司温室气体排放总量为12.4万吨二氧化碳当量，每百米布料排放"
                           "62千克二氧化碳当量。\n")
    assert _own(r) == {("total", 2023, 124_000)}


def test_financed_emissions_named_in_the_clause_before(tmp_path: Path,
                                                       m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "本行首次测算了电力、钢铁行业贷款的投融资碳排放，合计约860万吨二氧化碳当量。"
                           "本行尚未核算自身运营排放。\n")
    assert _own(r) == set()
    assert {e.kind for e in r.emissions} == {"financed"}
    assert r.stage < 3


def test_an_own_total_with_a_method_clause_before_stays_own(tmp_path: Path,
                                                            m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "公司按照温室气体核算体系核算范围一和范围二排放，2023年排放总量为"
                           "4.6万吨二氧化碳当量。\n")
    assert _own(r) == {("total", 2023, 46_000)}


def test_gases_in_brackets_after_a_scope_figure_are_its_parts(tmp_path: Path,
                                                              m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "2023年，公司温室气体排放总量为52.6万吨二氧化碳当量，其中范围一排放18.2万吨"
                           "（甲烷9.1万吨、氧化亚氮7.5万吨、化石燃料燃烧1.6万吨），范围二排放34.4万吨。\n")
    assert _own(r) == {("total", 2023, 526_000), ("scope1", 2023, 182_000),
                       ("scope2", 2023, 344_000)}
