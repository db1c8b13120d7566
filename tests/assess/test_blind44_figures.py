"""Own figures met in blind round 44 (session 29), misread before, with text written fresh for
these tests:

- CO2 recovered or used from a named gas stream, the stream between the verb and the gas
  ("回收利用…窑气中的二氧化碳约3.2万吨"), or an English amount recovered with the verb right before
  it ("recovered 21,000 tonnes of CO2 from …"): a raw material, read as an own total (a stage-2
  chemicals maker at stage 3);
- a reinsurer's cedents (the insurers ceding risks to it) and their figures, insurance-associated
  (insured) emissions of the risks an insurer covers, and investees' emissions "attributed to our
  holdings": read as own totals (a stage-2 reinsurer at stage 3).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate

LEAD_ZH = "公司自2019年起按年度开展温室气体核算。\n"
LEAD_EN = "We have accounted our greenhouse gas emissions every year since 2019.\n"


def _lead(text: str) -> str:
    return (LEAD_EN if text[:1].isascii() else LEAD_ZH) + text + "\n"


@pytest.mark.parametrize("text", [
    "碳化工序回收利用石灰窑窑气中的二氧化碳约2.7万吨，滤液经沉淀后循环使用。",
    "全年利用锅炉烟气中的二氧化碳1.8万吨生产碳酸氢钠。",
    "公司捕集合成氨弛放气中的CO2约4.6万吨，供应周边食品企业。",
    "We recovered 21,000 tonnes of CO2 from the fermentation off-gas for beverage carbonation.",
    "In 2023 the plant reused about 48,000 t of CO2 from its lime kiln exhaust in the carbonation towers.",
], ids=["zh_kiln_gas", "zh_flue_gas", "zh_purge_gas", "en_recovered", "en_reused"])
def test_co2_recovered_from_a_gas_stream_is_no_own_figure(tmp_path: Path, m: LoadedMethodology,
                                                          text: str) -> None:
    assert _figures(_rate(tmp_path, m, _lead(text)), "own") == set()


@pytest.mark.parametrize(("text", "want"), [
    ("2023年公司二氧化碳排放量为3.2万吨。", ("total", 2023, 32000.0)),
    ("2023年石灰窑工艺过程排放二氧化碳4.1万吨，范围一排放合计12.6万吨。", ("scope1", 2023, 126000.0)),
    ("In 2023 our plants emitted 86,000 tonnes of CO2, and we recycled 1,200 tonnes of paper.", ("total", 2023, 86000.0)),
], ids=["zh_total", "zh_scope1", "en_emitted"])
def test_own_figures_beside_recovery_words_stay(tmp_path: Path, m: LoadedMethodology, text: str,
                                                want: tuple[str, int, float]) -> None:
    got = {(s, y, v) for s, y, v, _ in _figures(_rate(tmp_path, m, _lead(text)), "own")}
    assert want in got


@pytest.mark.parametrize(("text", "kind"), [
    ("One large cedent reported 3.2 million tonnes CO2e of emissions for 2023.", "customers"),
    ("A ceding company we reinsure disclosed 860,000 tCO2e of Scope 1 emissions in 2023.", "customers"),
    ("Two cedents that we serve reported combined emissions of 410,000 tCO2e for 2023.", "customers"),
    ("某分出公司披露其2023年温室气体排放总量为12.6万吨。", "customers"),
    ("The insurance-associated emissions of our motor book were about 2.4 million tonnes CO2e in 2023.", "financed"),
    ("Our reinsurance book's insured emissions were estimated at 5.1 million tCO2e in 2023.", "financed"),
    ("公司车险业务的保险相关排放约为240万吨二氧化碳当量。", "financed"),
    ("The investee companies' combined Scope 1 and 2 emissions attributed to our holdings were about 1.9 million tonnes CO2e in 2023.", "financed"),
    ("Emissions attributed to the Group's equity holdings were about 0.8 million tCO2e in 2023.", "financed"),
], ids=["cedent", "ceding_we_reinsure", "cedents_we_serve", "zh_cedent", "insurance_associated",
        "insured_book", "zh_insurance_associated", "attributed_holdings", "attributed_group"])
def test_cedents_and_insured_or_attributed_emissions_are_not_own(
        tmp_path: Path, m: LoadedMethodology, text: str, kind: str) -> None:
    r = _rate(tmp_path, m, _lead(text))
    assert _figures(r, "own") == set()
    assert _figures(r, kind)


@pytest.mark.parametrize(("text", "want"), [
    ("Our operational emissions (Scope 1 and 2) were 3,260 tCO2e in 2023, and our motor book grew 12%.", ("scope1_2", 2023, 3260.0)),
    ("2023年公司自身运营温室气体排放总量为4,860吨，分保业务保费增长9%。", ("total", 2023, 4860.0)),
], ids=["en_own_ops", "zh_own_ops"])
def test_an_insurers_own_figures_stay_own(tmp_path: Path, m: LoadedMethodology, text: str,
                                          want: tuple[str, int, float]) -> None:
    got = {(s, y, v) for s, y, v, _ in _figures(_rate(tmp_path, m, _lead(text)), "own")}
    assert want in got
