"""Own emission figures met in blind round 25 (session 23), taken from others before, with text
written fresh for these tests: the footprints a courier printed on its clients' parcels (a
carbon-label service) read as the company's own total and put a stage-2 company in stage 3; the
emissions of contract farmers' farms read as the company's own total although the sentence
puts them outside its operations and its scopes ("该部分不属于公司运营排放，未纳入公司范围一、
范围二核算"); credits retired for guests read as an own total ("21,600 tCO2e of credits were
retired on their behalf")."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate

OWN = "2023年公司温室气体排放总量为3,180吨二氧化碳当量。"
OWN_EN = " Our total GHG emissions were 3,180 tCO2e in 2023."


def _totals(tmp_path: Path, m: LoadedMethodology, text: str) -> set[float]:
    return {e[2] for e in _figures(_rate(tmp_path, m, text + "\n")) if e[0] == "total"}


@pytest.mark.parametrize("text", [
    "公司为电商平台商家提供快件碳标签服务，全年为8,600万件客户快件标注碳足迹，合计约9.4万吨二氧化碳当量。",
    "年内共为2.3亿件包裹标示碳足迹，合计约26万吨二氧化碳当量，客户可据此购买碳信用。",
    "我们推出商品碳标签，全年为入驻商家的1,200万件商品计算碳足迹，合计约3.6万吨二氧化碳当量。",
    "In 2023 our parcel carbon labels showed the footprint of 86 million customer parcels, about 94,000 tCO2e in total.",
], ids=["express_labels_zh", "parcels_footprint_zh", "goods_labels_zh", "parcel_labels_en"])
def test_footprints_labelled_for_clients_are_not_own(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    r = _rate(tmp_path, m, text + "\n")
    assert not _figures(r)
    assert r.stage < 3


def test_footprints_labelled_beside_an_own_total(tmp_path: Path, m: LoadedMethodology) -> None:
    text = "全年为1.8亿件客户包裹标示碳足迹，合计约21万吨二氧化碳当量。" + OWN
    assert _totals(tmp_path, m, text) == {3180.0}


@pytest.mark.parametrize("text", [
    "据公司初步估算，合作养殖户猪场2023年温室气体排放约126万吨二氧化碳当量，该部分不属于公司运营排放，未纳入公司范围一、范围二核算。",
    "加盟门店年排放约4.2万吨二氧化碳当量，未纳入公司范围一、范围二。",
    "经销商仓储环节排放约1.6万吨二氧化碳当量，该部分不属于本集团自身排放。",
], ids=["contract_farms_zh", "franchise_not_in_scopes_zh", "not_own_zh"])
def test_figures_the_sentence_puts_outside_the_operations(tmp_path: Path, m: LoadedMethodology,
                                                           text: str) -> None:
    assert _totals(tmp_path, m, text + OWN) == {3180.0}


@pytest.mark.parametrize("text", [
    "In 2023, 52,000 guests chose the option and 13,400 tCO2e of credits were retired on their behalf.",
    "Members offset their trips: 8,200 tCO2e of carbon credits were retired through our partner platform.",
], ids=["credits_retired_en", "carbon_credits_en"])
def test_credits_retired_are_not_own(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert _totals(tmp_path, m, text + OWN_EN) == {3180.0}


def test_an_own_total_with_its_scopes_stays(tmp_path: Path, m: LoadedMethodology) -> None:
    text = "2023年公司温室气体排放总量约4.2万吨二氧化碳当量，其中范围一约0.8万吨，范围二约3.4万吨。"
    assert _totals(tmp_path, m, text) == {42000.0}


@pytest.mark.parametrize(("row", "unit"), [
    (["kgCO2e per occupied room night", "20.9", "16.2"], " kgCO2e per occupied room night"),
    (["tCO2e per employee", "3.1", "2.8"], " tCO2e per employee"),
    (["MJ per occupied room night", "101.2", "93.4"], " MJ per occupied room night"),
    (["Scope 1", "71,260", "66,000"], ""),
    (["Emissions per room night", "20.9", "16.2"], ""),
    (["Total Scope 1 and 2", "383,740", "345,695"], ""),
], ids=["kg_per_room_night", "t_per_employee", "mj_per_room_night", "scope_label", "no_unit_first", "total_label"])
def test_a_label_opened_by_its_unit_keeps_it(row: list[str], unit: str) -> None:
    """An English row label opened by its unit ("kgCO2e per occupied room night") is the row's own
    unit: under a caption "(tCO2e)" the intensity was read in tonnes, a thousand times too big."""
    from cnsr.evidence.table_units import lead_unit
    assert lead_unit(row) == unit
