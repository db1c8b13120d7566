"""Own figures misread or not read, by kind (session 25, issue #12), with text written fresh for
these tests (invented companies and figures).

- A figure whose clause compares it with the year before ("…，每吨公里二氧化碳排放0.91千克，较上年
  下降5.2%"), in a sentence opened by the report year that named the prior year's total in a
  clause before, is the report year's, not the prior year's (`quantity_dates.date_compared`).
- A zero-like letter at a number's end or beside its decimal point in an OCR text layer
  ("296.O", "O.79O", "13O万吨") is the digit 0 (`ocr_repair`); "H2O", "CO2", "O2O" stay.
- A scope said to include one source, with that source's figure after it ("范围一含公务车辆燃油排放
  （2023年412吨）") is a part of the scope, no second scope 1 (emissions.yaml `scope_includes`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.evidence.ocr_repair import repair
from cnsr.evidence.quantities import extract_quantities
from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures, rate_text

# ---- 1. a figure compared with the year before is the report year's ------------------------


@pytest.mark.parametrize("text, want", [
    ("公司2023年航空运输二氧化碳排放96.2万吨，2022年为61.8万吨，排放随运力恢复而增加，每吨公里二氧化碳排放0.87千克，较上年下降4.1%。",
     ("intensity", 2023, 0.00087)),
    ("2023年集团温室气体排放总量为12.6万吨二氧化碳当量，2022年为13.1万吨，单位产品碳排放0.42吨二氧化碳当量/吨，比上年下降6%。",
     ("intensity", 2023, 0.42)),
])
def test_a_figure_compared_with_last_year_is_this_years(tmp_path: Path, m: LoadedMethodology,
                                                        text: str,
                                                        want: tuple[str, int, float]) -> None:
    got = {(s, y, v) for s, y, v, _ in emission_figures(rate_text(tmp_path, m, text))}
    assert want in got, got
    assert (want[0], want[1] - 1, want[2]) not in got, got


@pytest.mark.parametrize("text, year", [
    # a sentence led by the year before: 上年 is the year before that one
    ("2022年公司温室气体排放总量为8.1万吨，单位产值碳排放0.36吨二氧化碳当量/万元，较上年下降3%。", 2022),
    # the figure's own clause names its year
    ("2023年温室气体排放总量为8.4万吨，2022年为8.1万吨，2022年单位产值碳排放0.36吨二氧化碳当量/万元，较上年下降3%。", 2022),
])
def test_a_figure_dated_in_its_own_sentence_or_clause_keeps_its_year(text: str, year: int) -> None:
    got = [(q.value, q.year) for q in extract_quantities(text, report_year=2023)
           if q.value == 0.36]
    assert got == [(0.36, year)], got


def test_the_prior_years_total_keeps_its_year() -> None:
    text = "公司2023年碳排放12万吨，2022年为11万吨，较上年增加2%。"
    got = [(q.value, q.year) for q in extract_quantities(text, report_year=2023) if q.unit != "%"]
    assert got == [(120000.0, 2023), (110000.0, 2022)], got


# ---- 2. letter O for zero at a number's end or by its decimal point --------------------------


@pytest.mark.parametrize("text, want", [
    ("合计 | 3O4.8 | 296.O | 286.4", "合计 | 304.8 | 296.0 | 286.4"),
    ("吨纸温室气体排放 | tC〇2e/吨 | O.79O | O.737", "吨纸温室气体排放 | tCO2e/吨 | 0.790 | 0.737"),
    ("年制浆能力13O万吨", "年制浆能力130万吨"),
    ("三个基地均通过ISO 14OO1认证", "三个基地均通过ISO 14001认证"),
    ("排放因子O.5703 tCO2/MWh", "排放因子0.5703 tCO2/MWh"),
])
def test_a_zero_like_letter_in_a_number_is_zero(text: str, want: str) -> None:
    assert repair(text) == want


@pytest.mark.parametrize("text", [
    "H2O and CO2 emissions", "O2O retail stores", "二〇二三年", "NO.1 plant", "PM2.5 and SO2",
    "Room O2 on floor 3",
])
def test_letters_and_formulas_stay(text: str) -> None:
    assert repair(text) == text


def test_an_ocr_table_row_is_read(tmp_path: Path, m: LoadedMethodology) -> None:
    text = ("温室气体排放（单位：万吨CO2e）\n\n"
            "| 类别 | 2021年 | 2022年 | 2023年 |\n|---|---|---|---|\n"
            "| 范围一 | 2O8.6 | 2O1.2 | 193.1 |\n"
            "| 范围二 | 96.2 | 94.8 | 93.3 |\n"
            "| 合计 | 3O4.8 | 296.O | 286.4 |\n")
    got = emission_figures(rate_text(tmp_path, m, text, ".md"))
    totals = {(y, v) for s, y, v, _ in got if s == "total"}
    assert {(2021, 3048000.0), (2022, 2960000.0), (2023, 2864000.0)} <= totals, got


# ---- 3. a scope said to include a source, with the source's figure -------------------------


@pytest.mark.parametrize("text", [
    "公司2023年范围一排放7,518吨二氧化碳当量，范围二排放35,410吨二氧化碳当量。注：范围一含公务车辆燃油排放（2023年412吨）。",
    "2023年本集团范围一排放为12,460吨二氧化碳当量，其中范围一包含锅炉燃气排放（约3,120吨）。",
    "In 2023 our Scope 1 emissions were 7,518 tCO2e. Scope 1 includes fuel used in vehicles of the company fleet (412 tCO2e in 2023).",
])
def test_an_included_sources_figure_is_no_second_scope(tmp_path: Path, m: LoadedMethodology,
                                                       text: str) -> None:
    got = emission_figures(rate_text(tmp_path, m, text))
    scope1 = [f for f in got if f[0] == "scope1"]
    assert len(scope1) == 1 and scope1[0][2] in (7518.0, 12460.0), got


@pytest.mark.parametrize("text", [
    # the sources in a closed bracket before the figure: the scope's own figure
    "2023年公司范围一排放（包括燃料燃烧和制冷剂逸散）为7,518吨二氧化碳当量。",
    "Scope 1 emissions (including fuel combustion and refrigerant leakage) were 7,518 tCO2e in 2023.",
])
def test_a_scope_listing_its_sources_keeps_its_figure(tmp_path: Path, m: LoadedMethodology,
                                                      text: str) -> None:
    got = emission_figures(rate_text(tmp_path, m, text))
    assert ("scope1", 2023, 7518.0, "tCO2e") in got, got
