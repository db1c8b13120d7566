"""Own figures met in blind round 43 (session 28), misread or missed before, with text written
fresh for these tests:

- an OCR-noisy text layer where the letter l stands for the digit 1 ("l36吨", "6l_9",
  "12月3l日") and a zero-like letter stands before a decimal mark ("4O_2", "9O_6万吨C〇2e"):
  the figures were not read and a glass maker's own emissions went missing (stage 2 for 3);
- a Chinese numeral opening a technical term read as money ("三元锂电芯": ternary lithium cells,
  read as 3 yuan for I09.1).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.evidence.ocr_repair import repair
from cnsr.evidence.quantities import extract_quantities
from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate

LEAD = "公司自2019年起按年度开展温室气体核算。\n"


@pytest.mark.parametrize(("noisy", "fixed"), [
    ("危险废物l36吨", "危险废物136吨"),
    ("范围一排放6l_9万吨", "范围一排放61.9万吨"),
    ("2O22年为62_l万吨", "2022年为62.1万吨"),
    ("综合能源消费量4O_2万吨标准煤", "综合能源消费量40.2万吨标准煤"),
    ("单位产品排放为l_2O t匚O2e/吨", "单位产品排放为1.20 tCO2e/吨"),
    ("报告期至12月3l日", "报告期至12月31日"),
    ("生产原片l,512万重量箱", "生产原片1,512万重量箱"),
    ("通过ISO l4OO1认证", "通过ISO 14001认证"),
])
def test_one_and_zero_like_letters_in_numbers_are_repaired(noisy: str, fixed: str) -> None:
    assert repair(noisy) == fixed


@pytest.mark.parametrize("text", [
    "level1 and html5 pages",  # glued to letters
    "ll项发明专利",  # no Arabic digit of its own
    "all 3 sites were covered",
    "2025_2030年规划",  # a range of years stays
])
def test_letters_beside_words_are_left_alone(text: str) -> None:
    assert repair(text) == text


@pytest.mark.parametrize(("text", "want"), [
    ("2O23年公司温室气体排放总量为9O_6万吨C〇2e，单位产品排放为l_2O t匚O2e/吨玻璃。", {("total", 2023, 906000.0)}),
    ("2O23年，公司范围一排放l2_6万t匚O2e。", {("scope1", 2023, 126000.0)}),
    ("2O23年公司范围二排放为l9_5万吨C〇2e。", {("scope2", 2023, 195000.0)}),
], ids=["total_9O_6", "scope1_l2_6", "scope2_l9_5"])
def test_ocr_noisy_own_figures_are_read(tmp_path: Path, m: LoadedMethodology, text: str,
                                        want: set[tuple[str, int, float]]) -> None:
    got = {(s, y, v) for s, y, v, _ in _figures(_rate(tmp_path, m, LEAD + text + "\n"), "own")}
    assert want <= got


@pytest.mark.parametrize(("text", "raws"), [
    ("产品包括磷酸铁锂和三元锂电芯、模组及电池包。", []),
    ("公司开发高镍三元前驱体和三元材料。", []),
    ("汽车尾气经三元催化器处理。", []),
    # money and amounts stay
    ("三元材料出货量2.1万吨。", ["2.1万吨"]),
    ("员工每人捐款三元。", ["三元"]),
])
def test_a_numeral_opening_a_technical_term_is_no_amount(text: str, raws: list[str]) -> None:
    assert [q.raw for q in extract_quantities(text)] == raws
