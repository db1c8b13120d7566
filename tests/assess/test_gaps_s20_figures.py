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


def _first_quote(r: Rating, pid: str) -> str:
    return [p for ind in r.indicators for p in ind.points if p.point == pid][0].evidence[0].passage


def test_a_scopes_total_row_is_quoted_before_its_parts(m: LoadedMethodology) -> None:
    for total in ("範圍一合計", "范围一合计"):
        r = _rate([[["溫室氣體排放（單位：噸二氧化碳當量）", "", ""],
                    ["指標", "二零二三年", "二零二二年"],
                    ["範圍一：管網及站場甲烷逸散", "412,600", "498,300"],
                    ["範圍一：燃料燃燒", "58,200", "61,900"],
                    [total, "470,800", "560,200"],
                    ["範圍二：外購電力", "36,900", "38,100"]]], m)
        assert _first_quote(r, "I11.1").endswith(f"{total} | 470,800 | 560,200")
    r = _rate([[["Indicator", "Unit", "2022", "2023"],
                ["Scope 1 – stationary combustion", "tCO2e", "21,400", "20,100"],
                ["Scope 1 – company vehicles", "tCO2e", "3,200", "2,900"],
                ["Total Scope 1", "tCO2e", "24,600", "23,000"]]], m)
    assert _first_quote(r, "I11.1").endswith("Total Scope 1 | tCO2e | 24,600 | 23,000")


def test_a_scope_without_a_total_row_quotes_its_first_row(m: LoadedMethodology) -> None:
    r = _rate([[["温室气体排放（单位：吨二氧化碳当量）", "", ""],
                ["指标", "2023年", "2022年"],
                ["范围一：天然气燃烧", "41,200", "43,800"],
                ["范围一：柴油车辆", "2,100", "2,300"]]], m)
    assert "范围一：天然气燃烧" in _first_quote(r, "I11.1")


def test_a_done_act_is_quoted_before_a_plan_of_the_same_rating(m: LoadedMethodology) -> None:
    r = _rate(["公司计划于2025年前完成全部燃煤锅炉的节能改造，预计年节约标准煤1.2万吨。",
               "公司已完成部分车间照明和空压机的节能改造。"], m)
    assert _first_quote(r, "I03.4").startswith("公司已完成")
    assert _first_quote(r, "I08.3").startswith("公司已完成")


def test_a_target_is_still_quoted_for_a_target_point(m: LoadedMethodology) -> None:
    r = _rate(["公司计划到2030年单位产品碳排放较2020年下降30%。", "公司持续推进节能降碳工作。"], m)
    assert _first_quote(r, "I06.3").startswith("公司计划到2030年")
