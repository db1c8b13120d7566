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
