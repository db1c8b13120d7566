"""Traditional characters and OCR noise: matched as simplified, repaired text; same length."""

from __future__ import annotations

import pytest

from cnsr.errors import DataError
from cnsr.evidence.normalize import clean, clean_rows, normalize
from cnsr.evidence.ocr_repair import load_confusions, repair
from cnsr.evidence.script import has_traditional, to_simplified
from cnsr.evidence.tag import tag_passage

TRADITIONAL = ("二〇二三年，本集團範圍一溫室氣體排放量為38.6萬噸二氧化碳當量，範圍二排放量為"
               "12.4萬噸二氧化碳當量，溫室氣體排放總量較二〇二二年下降5.1%。")
SIMPLIFIED = ("二〇二三年，本集团范围一温室气体排放量为38.6万吨二氧化碳当量，范围二排放量为"
              "12.4万吨二氧化碳当量，温室气体排放总量较二〇二二年下降5.1%。")


def _points(text: str) -> dict[str, tuple[float, list[str]]]:
    return {p["point"]: (p["rating"], p["quantities"]) for p in tag_passage(text)["points"]}


def test_traditional_converts_to_simplified_with_the_same_length() -> None:
    assert to_simplified(TRADITIONAL) == SIMPLIFIED
    assert len(to_simplified(TRADITIONAL)) == len(TRADITIONAL)
    # phrase-aware: 顯著 stays 显著 (a character table alone would give 显着)
    assert to_simplified("節能成效顯著") == "节能成效显著"


def test_simplified_text_is_left_alone_and_returned_as_is() -> None:
    assert not has_traditional(SIMPLIFIED)
    assert to_simplified(SIMPLIFIED) is SIMPLIFIED
    plain = SIMPLIFIED.replace("二〇二三", "2023").replace("二〇二二", "2022")
    assert clean(plain) is plain
    # years in Chinese numerals are read as digits, the length kept (session 8)
    assert clean(SIMPLIFIED) == plain
    # 著 is a simplified character too (显著, 著名): it alone does not make a passage traditional
    assert not has_traditional("公司绿色转型成效显著，获评著名低碳品牌。")


def test_a_traditional_passage_earns_what_its_simplified_twin_earns() -> None:
    assert _points(TRADITIONAL) == _points(SIMPLIFIED)
    assert _points(TRADITIONAL)["I11.1"] == (1.0, ["38.6万吨二氧化碳当量"])
    assert _points(TRADITIONAL)["I11.2"] == (1.0, ["12.4万吨二氧化碳当量"])


def test_traditional_carbon_neutrality_commitment_and_reduction() -> None:
    tag = tag_passage("本集團承諾於2030年前實現碳達峰、2060年前實現碳中和，並通過節能改造及使用"
                      "可再生能源推動減排。年內透過屋頂光伏項目減少二氧化碳排放1,860噸。")
    assert tag["carbon_awareness"]
    points = {p["point"]: p for p in tag["points"]}
    assert points["I06.2"]["rating"] == 1.0 and "2060年前" in points["I06.2"]["quantities"]
    assert points["I08.2"]["quantities"] == ["1,860吨"]


def test_traditional_numerals_in_numbers() -> None:
    quantities = tag_passage("年內耗電量約為1.2億千瓦時，排放量約為3萬噸。")["quantities"]
    assert [(q["value"], q["unit"]) for q in quantities][:2] == [(1.2e8, "kWh"), (30000, "tCO2e")]


@pytest.mark.parametrize(("noisy", "fixed"), [
    ("t匚〇2e", "tCO2e"),
    ("C〇2排放", "CO2排放"),
    ("C02", "CO2"),
    ("kgС〇2/m2", "kgCO2/m2"),  # Cyrillic С
    ("S02与N2〇", "SO2与N2O"),
    ("66_8吨", "66.8吨"),
    ("66 8 kgCO2/m2", "66.8 kgCO2/m2"),
    ("2O23年", "2023年"),
])
def test_ocr_confusions_repaired_one_character_for_one(noisy: str, fixed: str) -> None:
    assert repair(noisy) == fixed
    assert clean(noisy) == fixed


@pytest.mark.parametrize("text", [
    "二〇二三年是公司实施“十四五”规划的关键一年",  # 〇 as a Chinese numeral
    "DOC02号文件",  # a code after other letters
    "2025_2030年规划",  # a range of years
    "共计1 234 tCO2e",  # a thousands group of three digits
    "46_905",  # may be a thousands group
])
def test_real_text_is_not_repaired(text: str) -> None:
    assert repair(text) == text


def test_ocr_noisy_sentences_keep_their_figures() -> None:
    tag = tag_passage("2023年公司温室气体排放总量为12_5万吨C〇2e，单位产值碳排放强度为0.41 t匚〇2e/万元。")
    assert [q["raw"] for q in tag["quantities"]] == ["12.5万吨CO2e", "0.41 tCO2e/万元"]
    assert _points("二〇二三年本公司开展碳盘查，范围一排放量为3_6万吨C02e。")["I11.1"] == (
        1.0, ["3.6万吨CO2e"])


def test_table_cells_are_cleaned_only_when_needed() -> None:
    rows = [["指标", "单位", "2023年"], ["范围一排放", "tCO2e", "48,210"]]
    assert clean_rows(rows) is rows
    noisy = [["指標", "單位", "2023年"], ["範圍一排放", "t匚〇₂e", "66_8"]]
    assert clean_rows(noisy) == [["指标", "单位", "2023年"], ["范围一排放", "tCO2e", "66.8"]]
    assert noisy[1][1] == "t匚〇₂e"  # the raw rows stay as they were, for quoting


def test_normalize_applies_both() -> None:
    assert normalize("溫室氣體排放 66_8 kgC〇₂/m²") == "温室气体排放 66.8 kgCO2/m2"


def test_bad_confusion_data_is_refused() -> None:
    good = ("formulas: [CO2]\nprefixes: [t]\nconfusables: {O: ['〇']}\ndecimal_marks: ['_']\n"
            "zeros: ['O']\nspaced_decimal_units: [吨]\n")
    assert load_confusions(good).formulas == ["CO2"]
    with pytest.raises(DataError, match="ocr.yaml"):
        load_confusions(good.replace("{O: ['〇']}", "{O: ['〇〇']}"))
    with pytest.raises(DataError):
        load_confusions(good + "extra: 1\n")


# What PDF extraction gives for Chinese set with wide tracking: a space after every character
# and digit, except where justification left a pair tight (万吨, 范围二).
LETTER_SPACED = ("报 告 期 内 ， 本 公 司 直 接 温 室 气 体 排 放 （ 范 围 一 ） 为 6 . 2 7 万吨 二 氧 化 碳 当 量 ，"
                 " 较 上 年 减 少 4 . 3 % ， 能 源 间 接 排 放 （ 范 围二 ） 为 1 5 . 8 万 吨 二 氧 化 碳 当 量 。")
SPACED_TIGHT = ("报告期内，本公司直接温室气体排放（范围一）为 6.27 万吨二氧化碳当量，较上年减少4.3%，"
                "能源间接排放（范围二）为 15.8 万吨二氧化碳当量。")


def test_letter_spaced_chinese_is_closed_up_for_matching() -> None:
    assert normalize(LETTER_SPACED) == normalize(SPACED_TIGHT).replace(" ", "")
    assert _points(LETTER_SPACED).keys() == _points(SPACED_TIGHT).keys()
    assert _points(LETTER_SPACED)["I11.1"] == (1.0, ["6.27万吨二氧化碳当量"])
    # Latin words keep the spaces beside them inside a letter-spaced passage
    assert normalize("公 司 发 布 ESG 报 告 ， 披 露 Scope 1 排 放") == "公司发布 ESG 报告，披露 Scope 1排放"


def test_spaces_between_words_and_short_runs_are_kept() -> None:
    # words of two or more characters between spaces are not letter spacing
    assert normalize("公司 温室气体 排放 管理") == "公司 温室气体 排放 管理"
    # a few lone characters among words (a flattened table row) are not letter spacing
    assert normalize("是 否 是") == "是 否 是"
    assert normalize("排放 是 否 达标 是 否 纳入 考核 范围 一 级 指标") == (
        "排放 是 否 达标 是 否 纳入 考核 范围 一 级 指标")
    assert normalize("Scope 1 and 2 GHG emissions") == "Scope 1 and 2 GHG emissions"
