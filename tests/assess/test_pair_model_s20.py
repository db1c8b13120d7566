"""The experiment scripts of the (passage, point) pair model (session 20): hashed pair features
and the blind-round folds. The model is not used in ratings (held out, neither a veto nor a
re-ranking of evidence beat the rules by the margin required; docs/reader-history.md, "A pair
model beside the rules (session 20)"); these tests keep the scripts that measured it working.
All text is written for these tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from pair_features import group, pair_features  # noqa: E402

OWN = "2023年，公司范围一温室气体排放量为12.6万吨二氧化碳当量，较上年下降4.1%。"
NAV = "目录 董事长致辞 关于本报告 应对气候变化 绿色运营 GRI 内容索引"
OTHERS = "公司支持客户建设的光伏电站全年发电3.2亿千瓦时，减少客户二氧化碳排放约25万吨。"
EN = "Our Scope 1 emissions were 48,210 tCO2e in 2023, verified under ISO 14064-3."


def _f(point: str, clause: str, ngrams: int = 3) -> dict[int, float]:
    return pair_features(point, 1.0, clause, ["温室气体排放量"], ["mass_co2e"],
                         ["ghg", "reduction"], False, False, 1 << 16, ngrams)


def test_groups() -> None:
    assert group("I01.3") == "env"
    assert group("I05.2") == "env"
    assert group("I06.1") == "carbon"
    assert group("I16.4") == "carbon"


@pytest.mark.parametrize("clause", [OWN, NAV, OTHERS, EN])
def test_features_are_numbers_only_and_deterministic(clause: str) -> None:
    a, b = _f("I11.1", clause), _f("I11.1", clause)
    assert a == b
    assert all(isinstance(k, int) and 0 <= k < 1 << 16 for k in a)
    assert all(isinstance(v, float) for v in a.values())


def test_ngrams_are_crossed_with_the_group() -> None:
    # the same clause on an environment point and on a carbon point shares the plain n-grams
    # but not the crossed ones
    env, carbon = set(_f("I04.1", OWN)), set(_f("I11.1", OWN))
    assert env & carbon
    assert env - carbon and carbon - env


def test_without_ngrams_only_the_rules_signals_remain() -> None:
    bare = _f("I11.1", OWN, ngrams=0)
    assert len(bare) < 20 < len(_f("I11.1", OWN))
    # the clause's text does not change the structured features, only its length bucket
    assert len(set(bare) ^ set(_f("I11.1", OTHERS, ngrams=0))) <= 2


def test_blind_round_folds() -> None:
    pytest.importorskip("scipy")
    from pair_model_eval import round_of

    assert round_of("d55_fengchuan_cement_2023") == "d55-d60"
    assert round_of("d60_jialun_textile_2023") == "d55-d60"
    assert round_of("d114_x_2023") == "d109-d114"
    assert round_of("d54_x_2023") == "rest"
    assert round_of("609213.SH-2023") == "rest"


def test_words_replace_the_character_ngrams() -> None:
    words = ["公司", "范围", "一", "温室气体", "排放量", "为", "12.6", "万吨"]
    by_words = pair_features("I11.1", 1.0, OWN, ["温室气体排放量"], ["mass_co2e"],
                             ["ghg", "reduction"], False, False, 1 << 16, 3, words)
    bare = _f("I11.1", OWN, ngrams=0)
    assert set(bare) <= set(by_words)  # the rules' signals stay
    assert len(set(by_words) - set(bare)) <= 2 * (len(words) + len(words) - 1)
    assert len(by_words) < len(_f("I11.1", OWN))
