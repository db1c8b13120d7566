"""Own emissions from the KPI table layouts real reports use besides "indicator | unit | years":
a unit cell after the figures, years running down the first column, a label wrapped over two
rows, and group rows ("温室气体排放" over "范围一", "范围二") whose children mean nothing alone."""

from __future__ import annotations

import pytest
from passage_docs import make_doc

from cnsr.assess.rate import rate_documents
from cnsr.methodology.load import LoadedMethodology
from cnsr.rating import Company, Rating

INTRO = "本公司高度重视应对气候变化，持续开展温室气体盘查并披露排放数据。"


def _rate(table: list[list[str]], m: LoadedMethodology) -> Rating:
    return rate_documents([make_doc([[INTRO, table]])], Company(name="华岳材料", year=2023), m)


def _own(r: Rating) -> set[tuple[str, int | None, float]]:
    return {(e.scope, e.year, round(e.value_t, 1)) for e in r.emissions if e.kind == "own"}


def test_unit_cell_after_the_figures(m: LoadedMethodology) -> None:
    r = _rate([["关键绩效", "2021", "2022", "2023", ""],
               ["直接温室气体排放（范围一）", "12,345", "11,870", "11,020", "tCO2e"],
               ["间接温室气体排放（范围二）", "8,210", "7,905", "7,330", "tCO2e"]], m)
    assert {("scope1", 2021, 12345.0), ("scope1", 2023, 11020.0),
            ("scope2", 2022, 7905.0)} <= _own(r)
    assert r.stage == 3


def test_years_running_down_the_first_column(m: LoadedMethodology) -> None:
    r = _rate([["年份", "范围一排放（万吨二氧化碳当量）", "范围二排放（万吨二氧化碳当量）"],
               ["2021年", "45.2", "18.9"], ["2022年", "43.8", "18.1"], ["2023年", "41.5", "17.6"]],
              m)
    assert {("scope1", 2021, 452000.0), ("scope1", 2023, 415000.0),
            ("scope2", 2022, 181000.0)} <= _own(r)


def test_a_label_wrapped_over_two_rows_keeps_its_scope(m: LoadedMethodology) -> None:
    r = _rate([["指标", "单位", "2022年", "2023年"],
               ["范围一温室气体", "", "", ""],
               ["排放量", "吨二氧化碳当量", "6,120", "5,870"],
               ["范围二温室气体排放量", "吨二氧化碳当量", "3,340", "3,010"]], m)
    assert _own(r) >= {("scope1", 2022, 6120.0), ("scope1", 2023, 5870.0),
                       ("scope2", 2023, 3010.0)}
    assert not [e for e in r.emissions if e.scope == "total"]


@pytest.mark.parametrize("group, rows", [
    ("温室气体排放", [["范围一", "吨二氧化碳当量", "12,345", "11,020"],
                  ["范围二", "吨二氧化碳当量", "8,210", "7,330"]]),
    ("Greenhouse gas emissions", [["Scope 1", "tCO2e", "12,345", "11,020"],
                                  ["Scope 2", "tCO2e", "8,210", "7,330"]]),
])
def test_short_labels_are_read_under_their_group(group: str, rows: list[list[str]],
                                                 m: LoadedMethodology) -> None:
    r = _rate([["指标", "单位", "2022年", "2023年"], [group, "", "", ""], *rows], m)
    assert _own(r) >= {("scope1", 2022, 12345.0), ("scope2", 2023, 7330.0)}


def test_a_pollutant_group_gives_no_greenhouse_gas_figure(m: LoadedMethodology) -> None:
    r = _rate([["指标", "单位", "2022年", "2023年"], ["废气排放", "", "", ""],
               ["二氧化硫", "吨", "35.2", "30.1"], ["烟尘", "吨", "12.0", "11.5"]], m)
    assert r.emissions == []


# Hong Kong and many A-share reports print every header, label and unit in both languages.
BILINGUAL = [["指标 Indicator", "单位 Unit", "2021年", "2022年", "2023年"],
             ["温室气体排放总量（范围一+范围二） Total GHG emissions (Scope 1+2)",
              "吨二氧化碳当量 tCO2e", "96,512", "93,207", "90,115"],
             ["直接温室气体排放（范围一） Direct GHG emissions (Scope 1)",
              "吨二氧化碳当量 tCO2e", "31,408", "30,966", "29,874"],
             ["能源间接温室气体排放（范围二） Indirect GHG emissions (Scope 2)",
              "吨二氧化碳当量/tCO2e", "65,104", "62,241", "60,241"],
             ["综合能源消耗量 Total energy consumption", "吨标准煤 tce", "38,220", "37,105",
              "36,480"]]


def test_a_bilingual_table_keeps_its_unit_column_and_every_row(m: LoadedMethodology) -> None:
    own = _own(_rate(BILINGUAL, m))
    for year, s12, s1, s2 in [(2021, 96512.0, 31408.0, 65104.0),
                              (2023, 90115.0, 29874.0, 60241.0)]:
        assert {("scope1_2", year, s12), ("scope1", year, s1), ("scope2", year, s2)} <= own
    assert not {e for e in own if e[0] == "total"}, "a column's scope is its row label's"


@pytest.mark.parametrize("label", ["Total Scope 1+2 emissions", "Scope 1 & 2 emissions",
                                   "Scopes 1/2 GHG emissions"])
def test_english_scope_one_plus_two_is_both_scopes(label: str, m: LoadedMethodology) -> None:
    r = _rate([["Indicator", "Unit", "2022", "2023"], [label, "tCO2e", "48,930", "47,215"]], m)
    assert {("scope1_2", 2022, 48930.0), ("scope1_2", 2023, 47215.0)} <= _own(r)


def test_a_pollutant_table_with_a_total_column_gives_no_greenhouse_gas_figure(
        m: LoadedMethodology) -> None:
    # a statutory disclosure: one row per pollutant, "排放总量（吨）" a column of every row
    r = _rate([["排放口", "主要污染物", "排放浓度（毫克/立方米）", "排放总量（吨）", "核定排放总量（吨/年）"],
               ["1号锅炉", "二氧化硫", "21.4", "612.8", "1,850"],
               ["1号锅炉", "氮氧化物", "38.9", "1,104.6", "2,900"],
               ["污水站", "化学需氧量", "31.0", "12.7", "40"]], m)
    assert r.emissions == []
    co2 = _rate([["排放口", "主要污染物", "排放总量（吨）"], ["1号锅炉", "二氧化硫", "612.8"],
                 ["全厂", "二氧化碳", "1,286,400"]], m)
    assert [(e.scope, e.value_t) for e in co2.emissions] == [("total", 1_286_400)]
