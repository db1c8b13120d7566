"""Own emission figures, session 28 (clauses), with text written for these tests:

- a scope's figures listed by source after a colon, the unit written once at the end ("Scope 1
  in 2023: diesel 4,860, natural gas 6,310, refrigerants 7,250 tCO2e"): the last item was read
  as the whole scope 1 (blind round 39, d257);
- a roadmap phase after the report year ("2026—2030年：…", "Phase 2 (2026-2030): …") sets a
  target, no figure of the company's;
- customers' and shippers' CO2 per unit is theirs.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology
from evidence.tagged import found_figures

LEAD = "公司自2016年起开展温室气体核算。\n"
LEAD_EN = "We have accounted our greenhouse gas emissions since 2016.\n"


def _found(tmp_path: Path, m: LoadedMethodology, text: str, kind: str = "own"
           ) -> set[tuple[str, int | None, float]]:
    return found_figures(tmp_path, m, text, kind)


@pytest.mark.parametrize("text", [
    LEAD_EN + "Scope 1 in 2023: diesel 4,860, natural gas 6,310, refrigerants 7,250 tCO2e.",
    LEAD_EN + "Scope 2 in 2023: offices 1,200, data centres 8,400 tCO2e.",
    LEAD + "公司2023年范围一排放：柴油4,860吨、天然气6,310吨、制冷剂7,250吨二氧化碳当量。",
    LEAD + "2023年范围二排放：办公楼1,200吨、数据中心8,400吨二氧化碳当量。",
], ids=["scope1_en", "scope2_en", "scope1_zh", "scope2_zh"])
def test_the_last_item_of_a_list_is_no_scope(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    got = _found(tmp_path, m, text)
    assert not any(s in ("scope1", "scope2") for s, _, _ in got), got


@pytest.mark.parametrize(("text", "expected"), [
    (LEAD_EN + "Scope 1 emissions in 2023: 18,420 tCO2e.", ("scope1", 2023, 18420.0)),
    (LEAD + "公司2023年范围一排放：18,420吨二氧化碳当量。", ("scope1", 2023, 18420.0)),
    (LEAD_EN + "Scope 1 in 2023 was 18,420 tCO2e: diesel 4,860, natural gas 6,310 and refrigerants 7,250.",
     ("scope1", 2023, 18420.0)),
], ids=["scope1_en", "scope1_zh", "total_before_list_en"])
def test_a_scope_after_its_colon_stays(tmp_path: Path, m: LoadedMethodology, text: str,
                                       expected: tuple[str, int, float]) -> None:
    assert expected in _found(tmp_path, m, text)


@pytest.mark.parametrize("text", [
    LEAD + "2026—2030年：范围一排放降至8万吨二氧化碳当量。",
    LEAD + "第二阶段（2026-2030年）温室气体排放总量控制在85万吨二氧化碳当量以内。",
    LEAD_EN + "Phase 2 (2026-2030): Scope 1 emissions fall to 80,000 tCO2e.",
], ids=["period_zh", "phase_zh", "phase_en"])
def test_a_future_phase_sets_no_figure(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert _found(tmp_path, m, text) == set()


@pytest.mark.parametrize("text", [
    LEAD_EN + "Customers' CO2 per TEU fell to 52 kg in 2023 on our optimised routes.",
    LEAD_EN + "Shippers' emissions per container were 0.41 t CO2e on average in 2023.",
], ids=["customers_per_teu", "shippers_per_container"])
def test_customers_intensity_is_no_own_figure(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert _found(tmp_path, m, text) == set()
