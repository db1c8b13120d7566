"""Session 23, lead, from the post-merge audit: a per-tonne energy intensity ("吨钢综合能耗") is
told from an amount in tonnes that ends its clause before the next clause opens with 综合能耗
(d157's diesel and total energy were read as an energy intensity, I03.3); a target's reach
"across our value chain" is no influence on others (d156, I10.2)."""

from __future__ import annotations

import pytest

from cnsr.evidence.lexicon import Lexicon, load_lexicon
from cnsr.evidence.match import analyse

from .tagged import points_of


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return load_lexicon()


def _intensity(text: str, lex: Lexicon) -> bool:
    return any(h[0] == "energy_intensity" for h in analyse(text, lex).hits)


@pytest.mark.parametrize(("text", "intensity"), [
    ("2023年吨钢综合能耗为548.6千克标准煤，同比下降1.9%。", True),
    ("选矿厂吨矿能耗较上年下降4.2%。", True),
    ("熟料吨产品综合能耗97.3千克标准煤/吨。", True),
    ("全年柴油消耗1,240吨，综合能耗约7,860吨标准煤。", False),
    ("外购原煤12.6万吨、综合能耗9.8万吨标准煤，均较上年有所增加。", False),
    ("液化石油气用量36吨；综合能耗合计2,315吨标准煤。", False),
])
def test_per_tonne_intensity_not_an_amount_before_a_total(text: str, intensity: bool,
                                                          lex: Lexicon) -> None:
    assert _intensity(text, lex) is intensity


# a target's reach "across our value chain" names no one the company influences (I10.2); a
# programme with the value chain's parties keeps it (post-merge audit, d156)
@pytest.mark.parametrize(("text", "expected"), [
    ("This year we committed to setting near-term targets with the Science Based Targets initiative "
     "and announced our ambition to reach net-zero emissions across our value chain by 2040.", {"I10.2": 0}),
    ("We aim to halve greenhouse gas emissions throughout our value chain by 2035.", {"I10.2": 0}),
    ("We engage our suppliers to cut carbon emissions and share our decarbonisation tools with them.",
     {"I10.2": 1}),
    ("In 2023 we asked our 250 largest suppliers to report through CDP Supply Chain; 204 responded.",
     {"I10.2": 1}),
    ("We require key vendors to disclose through CDP each year.", {"I10.2": 1}),
    ("Our CDP Climate score was B in 2023.", {"I10.2": 0}),
])
def test_value_chain_reach_is_no_influence(text: str, expected: dict[str, float]) -> None:
    assert points_of(text, expected) == expected
