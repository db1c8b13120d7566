"""Own emission figures met in blind round 34 (session 25), spurious before, with text written fresh
for these tests: the share of investees' emissions attributed to an insurer's holdings ("Investee
companies' scope 1 and 2 emissions attributable to our holdings were about 8.96 million tCO2e") read
as the insurer's own scope 1 and 2 total, because "our" stands between the financed word and the
figure. The company's own figures, an equity-share inventory among them, stay own."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate

ATTRIBUTED = [
    pytest.param("Investee companies' scope 1 and 2 emissions attributable to our holdings were about 8.96 million "
                 "tCO2e.", 8_960_000, id="investees_attributable_to_our_holdings"),
    pytest.param("Scope 1 and 2 emissions of investee companies attributable to the Group's investments were about "
                 "2.4 million tCO2e in 2023.", 2_400_000, id="attributable_to_group_investments"),
    pytest.param("In 2023, the emissions attributable to our listed equity positions were 1.3 million tCO2e.",
                 1_300_000, id="attributable_to_our_positions"),
    pytest.param("被投资企业范围一和范围二排放中，按持仓比例归属于本公司的部分约为896万吨二氧化碳当量。", 8_960_000,
                 id="by_position_share_zh"),
    pytest.param("2023年，归属于本集团股权投资的温室气体排放约为152万吨二氧化碳当量。", 1_520_000,
                 id="attributed_to_equity_investments_zh"),
    pytest.param("按投資比例歸屬於本公司的被投企業排放約為64萬噸二氧化碳當量。", 640_000, id="by_investment_share_hant"),
]


@pytest.mark.parametrize(("text", "value"), ATTRIBUTED)
def test_investees_share_is_no_own_figure(tmp_path: Path, m: LoadedMethodology, text: str, value: int) -> None:
    r = _rate(tmp_path, m, text + "\n")
    assert not any(round(v) == value for _, _, v, _ in _figures(r, "own"))
    assert any(round(v) == value for _, _, v, _ in _figures(r, "financed"))


OWN = [
    pytest.param("Our scope 1 and 2 emissions were 40,148 tCO2e in 2023.", 40_148, id="own_en"),
    pytest.param("Emissions attributable to our operations in China were 12,400 tCO2e in 2023.", 12_400,
                 id="attributable_to_operations_en"),
    pytest.param("本集团采用股权比例法，按持股比例归属于本集团的范围一排放为12.6万吨二氧化碳当量。", 126_000,
                 id="equity_share_inventory_zh"),
    pytest.param("Under the equity share approach, scope 1 emissions attributable to the Group's equity share were "
                 "126,000 tCO2e in 2023.", 126_000, id="equity_share_inventory_en"),
    pytest.param("公司2023年温室气体排放总量为4.0万吨二氧化碳当量。", 40_000, id="own_total_zh"),
]


@pytest.mark.parametrize(("text", "value"), OWN)
def test_own_figures_stay(tmp_path: Path, m: LoadedMethodology, text: str, value: int) -> None:
    r = _rate(tmp_path, m, text + "\n")
    assert any(round(v) == value for _, _, v, _ in _figures(r, "own"))
