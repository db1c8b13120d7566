"""Own emission figures met in blind round 28 (session 24), misread before, with text written
fresh for these tests: the parts of a total whose scope is named right after the figure ("792,000
tonnes direct and 359,000 tonnes from purchased electricity", "0.4万吨（范围一）") read as two more
totals; an amount per tonne of paper or pulp ("吨纸排放0.685 tCO2e") read as a total of 0.685 t;
an intensity per 10,000 TEU ("吨二氧化碳当量/万TEU", "per 10,000 TEU") read per TEU, 10,000
times too big."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate


def _own(tmp_path: Path, m: LoadedMethodology, text: str) -> set[tuple[str, int | None, float, str]]:
    return _figures(_rate(tmp_path, m, text + "\n"))


@pytest.mark.parametrize(("text", "want"), [
    ("In 2023 our total CO2 emissions were 1,151,000 tonnes: 792,000 tonnes direct and 359,000 tonnes from "
     "purchased electricity.", {("total", 1151000.0), ("scope1", 792000.0), ("scope2", 359000.0)}),
    ("Our GHG emissions in 2023 totalled 48,200 tCO2e, of which 12,400 tCO2e direct and 35,800 tCO2e indirect.",
     {("total", 48200.0), ("scope1", 12400.0), ("scope2", 35800.0)}),
    ("2023年公司温室气体排放总量为1.2万吨二氧化碳当量，其中0.4万吨（范围一）、0.8万吨（范围二）。",
     {("total", 12000.0), ("scope1", 4000.0), ("scope2", 8000.0)}),
], ids=["direct_purchased_en", "direct_indirect_en", "bracketed_scopes_zh"])
def test_a_scope_named_after_the_figure(tmp_path: Path, m: LoadedMethodology, text: str,
                                        want: set[tuple[str, float]]) -> None:
    assert {(s, v) for s, _, v, _ in _own(tmp_path, m, text)} == want


@pytest.mark.parametrize("text", [
    "Total emissions were 48,200 tCO2e in 2023, direct and indirect.",
    "2023年公司温室气体排放总量为4.82万吨二氧化碳当量（含直接排放和间接排放）。",
], ids=["direct_and_indirect_en", "both_in_brackets_zh"])
def test_both_scopes_named_stay_a_total(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert {s for s, _, _, _ in _own(tmp_path, m, text)} == {"total"}


@pytest.mark.parametrize(("text", "value"), [
    ("2023年公司吨纸排放0.685 tCO2e。", 0.685),
    ("2023年吨纸二氧化碳排放0.69吨，同比下降7%。", 0.69),
    ("2023年公司吨浆二氧化碳排放1.12吨。", 1.12),
], ids=["per_tonne_paper", "per_tonne_paper_co2", "per_tonne_pulp"])
def test_per_tonne_of_paper_is_an_intensity(tmp_path: Path, m: LoadedMethodology, text: str,
                                            value: float) -> None:
    got = _own(tmp_path, m, text)
    assert {(s, v) for s, _, v, _ in got} == {("intensity", value)}
    assert all(u.endswith("/t") for *_, u in got)


def test_a_paper_segment_total_stays_a_total(tmp_path: Path, m: LoadedMethodology) -> None:
    got = _own(tmp_path, m, "2023年纸业板块排放总量为12.4万吨二氧化碳当量。")
    assert {(s, v) for s, _, v, _ in got} == {("total", 124000.0)}


@pytest.mark.parametrize(("text", "value"), [
    ("2023年，公司温室气体排放强度为139.3吨二氧化碳当量/万TEU。", 0.01393),
    ("2023年集装箱码头单位吞吐量碳排放为152.6吨二氧化碳当量/万标准箱。", 0.01526),
    ("In 2023 our GHG intensity was 139.3 tCO2e per 10,000 TEU.", 0.01393),
    # per TEU stays per TEU
    ("2023年集装箱码头碳排放强度为8.2千克二氧化碳当量/标准箱。", 0.0082),
    ("Emission intensity was 13.9 kgCO2e per TEU handled in 2023.", 0.0139),
], ids=["per_10k_teu_zh", "per_10k_boxes_zh", "per_10k_teu_en", "per_teu_zh", "per_teu_en"])
def test_per_ten_thousand_teu(tmp_path: Path, m: LoadedMethodology, text: str, value: float) -> None:
    assert _own(tmp_path, m, text) == {("intensity", 2023, value, "tCO2e/TEU")}
