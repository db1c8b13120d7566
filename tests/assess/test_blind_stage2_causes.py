"""The general causes behind blind stage round 2's wrong stages and misdated figures (session
13), each on text written fresh for this file (not the round's documents): an annual report's
pollutant table is no GHG total (its "核定的排放总量" header, an air pollutant's 有组织 mode);
what products sold save their users is no carbon management of the company's; a figure in a
sentence naming only the nation or a sector is that background's; a chart flattened into text
is read like a KPI row; a charity's tree-planting day is no environmental management; a year
labelling a bracket dates only the bracket, and an amount bracketed after a comparison year is
that year's."""

from __future__ import annotations

from pathlib import Path

import pytest
from passage_docs import make_doc

from cnsr.assess.rate import assess_documents, rate_documents
from cnsr.ingest import read_document
from cnsr.methodology import LoadedMethodology
from cnsr.rating import Company, EmissionFigure, Provenance, Rating, build_rating

ENV = [
    "公司各工厂均取得排污许可证，并通过ISO 14001环境管理体系认证。",
    "2023年公司一般工业固体废物综合利用率为98.6%，危险废物全部委托有资质单位处置。",
]


def _rate(tmp_path: Path, m: LoadedMethodology, name: str, text: str, year: int = 2023
          ) -> Rating:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return rate_documents([read_document(path)], Company(name="测试公司", year=year), m)


def _own(r: Rating) -> list[EmissionFigure]:
    return [e for e in r.emissions if e.kind == "own"]


def test_an_annual_report_pollutant_table_is_no_ghg_total(tmp_path: Path,
                                                          m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "annual.md",
              "## 第五节 环境和社会责任\n\n公司属于环境保护部门公布的重点排污单位。\n\n"
              "| 公司名称 | 主要污染物 | 排放方式 | 排放浓度 | 排放总量（吨） | 核定的排放总量（吨/年） |\n"
              "|---|---|---|---|---|---|\n"
              "| 测试公司 | 氮氧化物 | 有组织 | 42 mg/m³ | 86.3 | 210.0 |\n"
              "| 测试公司 | 非甲烷总烃 | 无组织 | 1.2 mg/m³ | 14.8 | 36.5 |\n\n"
              + "\n\n".join(ENV) + "\n")
    assert not r.criteria["quantified_emissions"].met
    assert r.stage == 1 and _own(r) == []


@pytest.mark.parametrize("sentence", [
    "公司全年售出的空气源热泵机组在用户端运行，每年可为用户节约用电约3亿千瓦时，相当于减少二氧化碳排放约17万吨。",
    "公司交付的电动重卡全年为物流客户减少柴油消耗4.2万吨，相当于减排二氧化碳约13万吨。",
    "The heat pumps we sold in 2023 avoided about 90,000 tonnes of CO2 in customers' homes.",
])
def test_what_products_sold_save_users_is_no_carbon_awareness(m: LoadedMethodology,
                                                              sentence: str) -> None:
    a = assess_documents([make_doc([ENV, [sentence]])], m)
    r = build_rating(m, Company(name="测试公司", year=2023), a,
                     Provenance(methodology=m.label, produced_by="reader"))
    assert not a.criteria["carbon_awareness"].met and r.stage == 1


def test_own_cut_beside_a_sales_word_still_counts(m: LoadedMethodology) -> None:
    a = assess_documents([make_doc([ENV, [
        "公司对销售中心办公楼和两条生产线实施余热回收改造，全年减少二氧化碳排放约3,600吨。"]])], m)
    assert a.criteria["carbon_awareness"].met


@pytest.mark.parametrize("sentence", [
    "交通运输领域碳排放约占全国终端碳排放的一成，公路货运碳排放超过8亿吨。",
    "中国造纸行业每年排放二氧化碳约1.1亿吨，其中自备电厂占比较高。",
])
def test_a_sector_figure_in_a_background_sentence_is_not_own(tmp_path: Path,
                                                             m: LoadedMethodology,
                                                             sentence: str) -> None:
    r = _rate(tmp_path, m, "sector.txt", sentence + "\n\n" + "\n\n".join(ENV) + "\n")
    assert _own(r) == [] and any(e.kind == "sector" for e in r.emissions)
    assert r.stage < 3


@pytest.mark.parametrize("sentence", [
    "公司是中国最大的光伏玻璃企业之一，2023年温室气体排放总量为56.2万吨二氧化碳当量。",
    "作为行业龙头，公司2023年二氧化碳排放量为128.4万吨。",
    # the company unnamed, but the nation only ranks it: no sector emissions are spoken of
    "在全国同类机组中率先完成灵活性改造，2023年二氧化碳排放量为1,286万吨。",
    "作为全省首家完成碳盘查的水泥企业，2023年温室气体排放总量为210万吨。",
])
def test_the_company_beside_a_sector_keeps_its_figure(tmp_path: Path,
                                                            m: LoadedMethodology,
                                                            sentence: str) -> None:
    r = _rate(tmp_path, m, "own.txt", sentence + "\n")
    assert [e.year for e in _own(r)] == [2023]


@pytest.mark.parametrize("lines", [
    ["图2 温室气体排放总量（万吨二氧化碳当量）", "86.4    83.9    80.2", "2021年    2022年    2023年"],
    ["Figure 5 Scope 1 and 2 emissions (tCO2e)", "2021    2022    2023", "41,260    39,870    38,115"],
])
def test_a_chart_flattened_into_text_is_read(tmp_path: Path, m: LoadedMethodology,
                                             lines: list[str]) -> None:
    r = _rate(tmp_path, m, "chart.txt", "\n\n".join(lines) + "\n")
    assert sorted(e.year for e in _own(r)) == [2021, 2022, 2023]
    assert r.criteria["quantified_emissions"].met


def test_a_pollutant_chart_or_an_uneven_line_is_no_ghg(tmp_path: Path,
                                                       m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "charts.txt",
              "图5 颗粒物排放量（吨）\n\n412    386    351\n\n2021年    2022年    2023年\n\n"
              "图6 二氧化碳排放总量（万吨）\n\n52.1    50.4\n\n2021年    2022年    2023年\n")
    assert _own(r) == []


def test_a_charity_planting_day_is_no_environmental_management(m: LoadedMethodology) -> None:
    paper = "公司倡导双面打印，在复印机旁张贴节约用纸提示。"
    planting = "3月12日，公司青年志愿者参加市慈善总会组织的植树活动，种下树苗200棵。"
    a = assess_documents([make_doc([[paper, planting]])], m)
    assert not a.criteria["environmental_awareness"].met
    own = "公司在矿区周边实施生态修复，累计植树造林120公顷。"
    a = assess_documents([make_doc([[paper, own]])], m)
    assert a.criteria["environmental_awareness"].met


def test_a_year_labelling_a_bracket_dates_only_the_bracket(tmp_path: Path,
                                                           m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "dates.txt",
              "报告期内，公司二氧化碳排放量为86.5万吨（2022年：91.2万吨），单位产品二氧化碳排放强度为"
              "0.62吨/吨。\n")
    assert {(e.scope, e.year) for e in _own(r)} == {("total", 2023), ("total", 2022),
                                                     ("intensity", 2023)}


def test_an_amount_bracketed_after_a_comparison_year_is_that_years(
        tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "base.txt",
              "2023年公司范围一排放为12,480吨二氧化碳当量，较2022年（13,150吨二氧化碳当量）下降5.1%。\n")
    assert sorted((e.year, e.value_t) for e in _own(r)) == [(2022, 13150.0), (2023, 12480.0)]
