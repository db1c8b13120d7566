"""Known misses by kind read as figures (session 20, issue #12). Tables and passages written for
these tests (invented companies and figures):

- intensities per passenger ("kgCO2e/pax", "Scope 1 + 2 per passenger", "每位旅客碳排放") and per
  passenger-kilometre in its slash forms ("gCO2e/passenger-km", "gCO2e/pkm") are own
  intensities with their denominators, not totals in kg or g; per 万元 and per m2 still read;
- a sentence broken by a page break ("…2022年排放总量为46.9" | "万吨，2021年为44.1万吨。") is read
  whole once the pages are joined (`ingest/page_breaks.py`): the earlier years' totals are
  figures quoted on the first page.
"""

from __future__ import annotations

from passage_docs import make_doc

from cnsr.assess.rate import rate_documents
from cnsr.ingest.document import Document, Page, Passage
from cnsr.ingest.page_breaks import join_page_break
from cnsr.methodology.load import LoadedMethodology
from cnsr.rating import Company, Rating


def _rate(items: list[object], m: LoadedMethodology) -> Rating:
    return rate_documents([make_doc([items])], Company(name="示例机场", year=2023), m)


def _intensities(r: Rating) -> dict[tuple[int | None, str], float]:
    return {(e.year, e.denominator): round(e.value, 8) for e in r.emissions
            if e.kind == "own" and e.scope == "intensity"}


def test_per_passenger_rows_are_intensities(m: LoadedMethodology) -> None:
    r = _rate([[["Indicator", "Unit", "2022", "2023"],
                ["Scope 1 + 2 (market-based)", "tCO2e", "137,610", "116,610"],
                ["Scope 1 + 2 per passenger", "kgCO2e/pax", "3.64", "1.89"]]], m)
    got = _intensities(r)
    assert got[(2023, "旅客")] == 0.00189
    assert got[(2022, "旅客")] == 0.00364
    assert not any(e.scope == "total" and e.value < 10 for e in r.emissions)


def test_per_passenger_kilometre_slash_forms(m: LoadedMethodology) -> None:
    r = _rate([[["Indicator", "Unit", "2022", "2023"],
                ["Emissions per passenger-km", "gCO2e/passenger-km", "61", "58"],
                ["Fleet emissions per passenger-km", "gCO2e/pkm", "72", "69"]]], m)
    got = {(e.year, e.label[:5], e.denominator): round(e.value, 9) for e in r.emissions
           if e.scope == "intensity"}
    assert got[(2023, "Emiss", "客公里")] == 0.000058
    assert got[(2023, "Fleet", "客公里")] == 0.000069


def test_per_passenger_in_prose(m: LoadedMethodology) -> None:
    r = _rate(["2023年每位旅客碳排放为2.1千克二氧化碳当量，较上年下降8%。"], m)
    assert _intensities(r).get((2023, "旅客")) == 0.0021


def test_money_and_area_intensities_still_read(m: LoadedMethodology) -> None:
    r = _rate([[["指标", "单位", "2022年", "2023年"],
                ["单位营业收入碳排放", "tCO2e/万元", "0.25", "0.21"],
                ["单位面积碳排放", "kgCO2e/m2", "45.1", "42.5"]]], m)
    got = _intensities(r)
    assert got[(2023, "万元")] == 0.21
    assert got[(2023, "m2")] == 0.0425


def _page(number: int, *texts: str) -> Page:
    passages = [Passage(page=number, index=i, text=t, bbox=(50, 100 + 40 * i, 500, 130 + 40 * i))
                for i, t in enumerate(texts)]
    return Page(number=number, text="\n".join(texts), passages=passages)


def test_a_total_broken_by_a_page_break_is_read(m: LoadedMethodology) -> None:
    first = _page(5, "我们的排放",
                  "公司依据ISO 14064-1核算温室气体排放。公司2023年温室气体排放总量为48.2万吨二氧化碳当量，"
                  "其中范围一排放31.6万吨，范围二排放16.6万吨；2022年排放总量为46.9")
    second = _page(6, "万吨，2021年为44.1万吨。上述数据已由第三方机构核查。", "减排行动")
    assert join_page_break(first, second)
    doc = Document(path="report.pdf", sha256="0" * 64, kind="pdf", pages=[first, second])
    r = rate_documents([doc], Company(name="示例环境", year=2023), m)
    own = {(e.scope, e.year): (round(e.value), e.evidence.page) for e in r.emissions
           if e.kind == "own"}
    assert own[("total", 2023)] == (482_000, 5)
    assert own[("total", 2022)] == (469_000, 5)
    assert own[("total", 2021)] == (441_000, 5)
