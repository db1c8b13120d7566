"""The general causes behind the blind stage round's wrong stages (session 12), each on
sentences written fresh for this file (not the round's documents): carbon cut or offset for
customers, passengers or financed projects, a plan to start an inventory, and a product's
footprint are not the company's own carbon management; fuel saved is energy saving and
waste sorted is waste; annual product output after a CO2 product is no CO2."""

from __future__ import annotations

from pathlib import Path

import pytest
from passage_docs import make_doc

from cnsr.assess.rate import assess_documents, rate_documents
from cnsr.ingest import read_document
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company, Provenance, build_rating

ENV = [
    "公司各工厂均通过ISO 14001环境管理体系认证，全年未发生环境污染事件。",
    "2022年公司危险废物产生量为612吨，全部交由有资质单位处置。",
]

NOT_OWN = {
    "customers_cut": "通过我行绿色信贷投放的分布式光伏项目，全年帮助企业客户减少二氧化碳排放约1.8万吨。",
    "supported_projects": "公司投资的污水沼气发电项目年发电3,200万千瓦时，可减少二氧化碳排放2.6万吨。",
    "passengers_offset": "旅客可在购票时自愿选择碳中和选项，由公司代旅客购买林业碳汇抵消其出行排放。",
    "plan_inventory": "集团拟于2025年首次开展温室气体排放核算，建立排放台账。",
    "plan_system": "公司将在下一年度建立碳排放管理制度。",
    "product_footprint": "公司对两款主力电动工具开展了产品碳足迹核算，并取得第三方认证证书。",
    "customers_offset_en": "Customers can offset the emissions of their shipments through our GreenBox option.",
    "plan_inventory_en": "We plan to conduct our first greenhouse gas inventory in 2025.",
    "financed_en": "Projects financed by our green bonds avoided an estimated 41,000 tonnes of CO2 in 2022.",
}

STILL_OWN = {
    # an inventory under way or continued, and the company's own footprint, still count
    "continued": "公司将继续开展年度碳盘查，并接受第三方核查。",
    "own_footprint": "公司完成了2022年度组织层面碳足迹核算，覆盖全部生产基地。",
    "own_cut": "公司实施空压机余热回收项目，全年减少二氧化碳排放约4,100吨。",
}


def _criteria(m: LoadedMethodology, sentence: str) -> tuple[int, dict[str, bool]]:
    a = assess_documents([make_doc([ENV, [sentence]])], m)
    r = build_rating(m, Company(name="测试公司", year=2022), a,
                     Provenance(methodology=m.label, produced_by="reader"))
    return r.stage, {k: c.met for k, c in a.criteria.items()}


@pytest.mark.parametrize("kind", sorted(NOT_OWN))
def test_carbon_of_others_or_only_planned_is_no_awareness(m: LoadedMethodology,
                                                          kind: str) -> None:
    stage, crit = _criteria(m, NOT_OWN[kind])
    assert not crit["carbon_awareness"] and stage == 1, kind


@pytest.mark.parametrize("kind", sorted(STILL_OWN))
def test_own_carbon_management_still_counts(m: LoadedMethodology, kind: str) -> None:
    stage, crit = _criteria(m, STILL_OWN[kind])
    assert crit["carbon_awareness"] and stage == 2, kind


@pytest.mark.parametrize("sentence", [
    "通过推广单发滑行和航路优化，全年节约燃油8,600吨。",
    "船队实施经济航速，全年节油2.3万吨。",
])
def test_fuel_saved_is_energy_saving(m: LoadedMethodology, sentence: str) -> None:
    a = assess_documents([make_doc([[sentence, "办公区垃圾实行分类投放，废旧电池集中回收。"]])], m)
    assert a.criteria["environmental_awareness"].met


def test_annual_output_after_a_co2_product_is_no_emission(tmp_path: Path,
                                                          m: LoadedMethodology) -> None:
    path = tmp_path / "report.txt"
    path.write_text("公司主要产品有合成氨、碳酸氢铵和工业级二氧化碳，年产合成氨60万吨、碳酸氢铵30万吨。"
                    "公司已纳入全国碳市场。\n", encoding="utf-8")
    r = rate_documents([read_document(path)], Company(name="测试公司", year=2022), m)
    assert [e for e in r.emissions if e.kind == "own"] == []
    assert r.stage == 2


def test_an_airline_intensity_per_rtk_is_kept(tmp_path: Path, m: LoadedMethodology) -> None:
    path = tmp_path / "report.md"
    path.write_text("| Indicator | Unit | 2022 | 2023 |\n|---|---|---|---|\n"
                    "| CO2 emissions per revenue tonne-kilometre | kg CO2/RTK | 0.951 | 0.934 |\n",
                    encoding="utf-8")
    r = rate_documents([read_document(path)], Company(name="Test Air", year=2023), m)
    own = {(e.year, round(e.value * 1000, 3)) for e in r.emissions
           if e.kind == "own" and e.scope == "intensity"}
    assert own == {(2022, 0.951), (2023, 0.934)}
