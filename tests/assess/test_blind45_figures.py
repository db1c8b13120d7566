"""Own figures met in blind round 45 (session 29), misread before, with text written fresh for
these tests:

- an airport's emissions an airline cites from the airport authority ("2023年機場範圍一及範圍二
  排放為18.6萬噸") read as the airline's own scope 1 and 2 total;
- the use of sold products (scope 3 category 11) with an apposition between the category and
  its figure ("…, the electricity our chips draw in customers' devices, is estimated at 4.6
  million tCO2e") read as an own total.

The company's own figures beside them must stay its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology
from evidence.tagged import found_figures

LEAD = "公司自2019年起按年度开展温室气体核算。\n"


def _found(tmp_path: Path, m: LoadedMethodology, text: str, kind: str = "own"
           ) -> set[tuple[str, int | None, float]]:
    return found_figures(tmp_path, m, LEAD + text, kind)


@pytest.mark.parametrize("text", [
    "香港國際機場管理方公佈，2023年機場範圍一及範圍二排放為18.6萬噸二氧化碳當量。",
    "据机场管理当局披露，2023年机场温室气体排放总量约为21.4万吨二氧化碳当量。",
    "The airport authority reported that the airport's 2023 greenhouse gas emissions were 186,000 tCO2e.",
], ids=["hant_airport", "zh_airport", "en_airport"])
def test_an_airports_emissions_are_no_airlines_own(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    assert _found(tmp_path, m, text) == set()


@pytest.mark.parametrize("text", [
    "The use of sold products (category 11), the electricity our chips draw in customers' devices over their "
    "lifetime, is estimated at 4.6 million tCO2e.",
    "Emissions from the use of sold products, the power our modules consume in customers' equipment, were about "
    "2.1 million tCO2e in 2023.",
    "The use phase of the devices we sold, the electricity drawn in end users' homes, came to roughly 860,000 tCO2e.",
], ids=["category_11", "modules", "use_phase"])
def test_use_of_sold_products_is_no_own_total(tmp_path: Path, m: LoadedMethodology, text: str) -> None:
    got = _found(tmp_path, m, text)
    assert not any(scope in ("total", "scope1", "scope2", "scope1_2") for scope, _, _ in got)


@pytest.mark.parametrize(("text", "want"), [
    ("本集团2023年二氧化碳排放量（範圍一）為1,220.6萬噸。", ("scope1", 2023, 12206000.0)),
    ("Our Scope 1 and 2 emissions (market-based) were 830,470 tCO2e in 2023.", ("scope1_2", 2023, 830470.0)),
], ids=["hant_own_scope1", "en_own_total"])
def test_own_figures_stay_own(tmp_path: Path, m: LoadedMethodology, text: str,
                              want: tuple[str, int, float]) -> None:
    assert want in _found(tmp_path, m, text)
