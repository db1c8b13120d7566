"""Own emission figures in forms met in blind round 7 (session 11), each misread before: the
capacities and output of carbon dioxide sold as a product ("主要产品为…和液态二氧化碳，产能分别为…")
read as the company's emissions (a stage-2 coal-chemical group rated stage 3), a product's
carbon footprint per tonne read as the company's intensity, and an English intensity per
vehicle written "kg[CO2e]/unit" left unread."""

from __future__ import annotations

from pathlib import Path

from cnsr.assess.rate import rate_documents
from cnsr.ingest import read_document
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company, Rating


def _rate(tmp_path: Path, m: LoadedMethodology, text: str, suffix: str = ".txt") -> Rating:
    path = tmp_path / f"report{suffix}"
    path.write_text(text, encoding="utf-8")
    return rate_documents([read_document(path)], Company(name="测试公司", year=2023), m)


def _own(r: Rating) -> set[tuple[str, int | None, float]]:
    return {(e.scope, e.year, round(e.value_t or 0.0)) for e in r.emissions if e.kind == "own"}


def test_carbon_dioxide_made_as_a_product_is_no_emission(tmp_path: Path,
                                                         m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "本集团以原煤为原料，主要产品为合成氨、甲醇和液态二氧化碳，产能分别为"
                           "45万吨/年、120万吨/年和5万吨/年。报告期内公司生产工业级二氧化碳3.2万吨，"
                           "全部外售给焊接企业。公司自备电厂已纳入全国碳市场并完成履约。\n")
    assert _own(r) == set()
    assert r.stage == 2


def test_an_own_total_after_a_capacity_sentence_stays_own(tmp_path: Path,
                                                          m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "公司熟料产能1,200万吨/年。2023年公司二氧化碳排放总量为986.5万吨。\n")
    assert _own(r) == {("total", 2023, 9_865_000)}


def test_a_product_footprint_per_tonne_is_not_the_company_intensity(
        tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "公司完成了两款主要产品的碳足迹评价，镀锌板碳足迹为每吨2.31吨二氧化碳当量。"
                           "2023年公司吨钢二氧化碳排放量为1.79吨。\n")
    own = {(e.scope, e.year, e.value) for e in r.emissions if e.kind == "own"}
    assert own == {("intensity", 2023, 1.79)}


def test_an_intensity_per_vehicle_in_bracketed_units(tmp_path: Path,
                                                     m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "| Indicator | Unit | 2022 | 2023 |\n|---|---|---|---|\n"
                           "| Scope 1 and 2 GHG emissions | t[CO2e] | 402,600 | 388,100 |\n"
                           "| Scope 1 and 2 emissions per vehicle produced | kg[CO2e]/unit | 512 | 486 |\n",
              ".md")
    own = {(e.scope, e.year) for e in r.emissions if e.kind == "own"}
    assert ("intensity", 2023) in own and ("intensity", 2022) in own


def test_scope3_of_vehicles_we_sold_and_purchased_goods_are_others(
        tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "In 2023 our Scope 1 and 2 emissions were 412,300 tCO2e. We estimated the "
                           "use-phase emissions of the cars we sold (Scope 3, category 11) at 18.6 million "
                           "t CO2e, and purchased goods and services (category 1) at 7.9 million t CO2e.\n")
    kinds = {round(e.value_t or 0): e.kind for e in r.emissions}
    assert kinds[412_300] == "own"
    assert kinds[18_600_000] == "customers"
    assert kinds[7_900_000] == "suppliers"
