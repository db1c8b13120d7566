"""Own emission figures met in blind round 26 (session 24), misread or taken from others before,
with text written fresh for these tests: a power plant's SO2 / NOx / dust intensities per kWh
("单位发电量排放强度分别为…克/千瓦时", no carbon word) read as three own GHG intensities; a
conversion rate in a calculation note ("calculated … with 3.15 tCO2 per tonne of jet fuel") read
as the company's own intensity; a figure whose scope is named only in its own brackets
("10.21 million tonnes of CO2 (Scope 1)") read as a total."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate

OWN = "2023年公司温室气体排放总量为3,180吨二氧化碳当量。"
OWN_EN = " Our total GHG emissions were 3,180 tCO2e in 2023."


def _own(tmp_path: Path, m: LoadedMethodology, text: str) -> set[tuple[str, int | None, float, str]]:
    return _figures(_rate(tmp_path, m, text + "\n"))


@pytest.mark.parametrize("text", [
    "2023年排放二氧化硫1,260吨、氮氧化物2,840吨、烟尘186吨，单位发电量排放强度分别为0.031、0.069和0.005克/千瓦时。",
    "全年颗粒物、二氧化硫、氮氧化物排放量同比下降，单位发电量排放绩效分别为0.004、0.028和0.061克/千瓦时。" + OWN,
    "We emitted 1,260 t of SO2, 2,840 t of NOx and 186 t of dust; their emission intensities were 0.031, 0.069 and 0.005 g/kWh."
    + OWN_EN,
], ids=["pollutant_intensities_zh", "pollutant_performance_zh", "pollutant_intensities_en"])
def test_pollutant_intensities_are_not_own_ghg(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert not any(f[0] == "intensity" for f in _own(tmp_path, m, text))


def test_a_carbon_intensity_after_pollutants_stays(tmp_path: Path, m: LoadedMethodology) -> None:
    text = "2023年排放二氧化硫1,260吨、氮氧化物2,840吨，单位供电二氧化碳排放强度为812克/千瓦时。"
    assert {f[2] for f in _own(tmp_path, m, text) if f[0] == "intensity"} == {812.0}


@pytest.mark.parametrize("text", [
    "Note 1: Aviation CO2 is calculated from fuel uplift records with 3.15 tCO2 per tonne of jet fuel." + OWN_EN,
    "Ship emissions are estimated from bunker records using 3.114 tCO2 per tonne of heavy fuel oil." + OWN_EN,
    "注：航空二氧化碳排放按每吨航油3.15吨二氧化碳计算。" + OWN,
], ids=["calculated_with_en", "estimated_using_en", "per_tonne_zh"])
def test_a_conversion_rate_is_no_intensity(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert not any(f[0] == "intensity" for f in _own(tmp_path, m, text))


def test_an_intensity_stated_stays(tmp_path: Path, m: LoadedMethodology) -> None:
    text = "In 2023 our CO2 per revenue tonne-kilometre fell to 0.842 kg, 3.9% lower than in 2019."
    assert any(f[0] == "intensity" for f in _own(tmp_path, m, text))


@pytest.mark.parametrize(("text", "scope"), [
    ("In 2023 we burned 2.1 million tonnes of jet fuel, which resulted in 6.6 million tonnes of CO2 (Scope 1).", "scope1"),
    ("In 2023 our purchased electricity resulted in 30,400 tCO2e (Scope 2).", "scope2"),
    ("2023年公司燃煤发电排放二氧化碳8,612万吨（范围一）。", "scope1"),
], ids=["scope1_en", "scope2_en", "scope1_zh"])
def test_a_scope_in_the_figures_brackets(tmp_path: Path, m: LoadedMethodology, text: str, scope: str) -> None:
    assert {f[0] for f in _own(tmp_path, m, text)} == {scope}


def test_a_basis_in_brackets_stays_scope2(tmp_path: Path, m: LoadedMethodology) -> None:
    text = "2023年范围二排放为41,200吨二氧化碳当量（基于位置）。"
    assert {f[0] for f in _own(tmp_path, m, text)} == {"scope2_location"}
