"""Own emission figures in a form met in blind round 13 (session 17), misread before, with text
written fresh for these tests: a table of scope 3 by category under a caption naming scope 3
("Scope 3 emissions by category (thousand tCO2e)", "范围三排放（按类别）"), whose category rows
(upstream transportation, business travel, 类别6 商务差旅 …) were each read as the company's scope 3."""

from __future__ import annotations

from pathlib import Path

from cnsr.methodology import LoadedMethodology
from evidence.tagged import emission_figures as _figures
from evidence.tagged import rate_text as _rate


def test_scope3_category_rows_are_no_scope3(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "Table 4 · Scope 3 emissions by category (tCO2e)\n\n"
                           "| Category | 2022 | 2023 |\n"
                           "|---|---|---|\n"
                           "| 4 Upstream transportation and distribution | 17,100 | 16,400 |\n"
                           "| 6 Business travel | 420 | 610 |\n"
                           "| 9 Downstream transportation and distribution | 8,800 | 9,100 |\n"
                           "| Total Scope 3 | 26,320 | 26,110 |\n\n", ".md")
    s3 = {(e[1], e[2]) for e in _figures(r) if e[0] == "scope3"}
    assert s3 == {(2022, 26320.0), (2023, 26110.0)}


def test_zh_scope3_category_rows_are_no_scope3(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "表5　范围三温室气体排放（按类别）　单位：吨二氧化碳当量\n\n"
                           "| 类别 | 2022年 | 2023年 |\n"
                           "|---|---|---|\n"
                           "| 类别4：上游运输和配送 | 5,210 | 4,980 |\n"
                           "| 类别6：商务差旅 | 132 | 186 |\n"
                           "| 类别7：员工通勤 | 845 | 860 |\n"
                           "| 范围三排放合计 | 6,187 | 6,026 |\n\n", ".md")
    s3 = {(e[1], e[2]) for e in _figures(r) if e[0] == "scope3"}
    assert s3 == {(2022, 6187.0), (2023, 6026.0)}


def test_scope3_in_prose_stays(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "2023年，公司范围三温室气体排放为12.4万吨二氧化碳当量。\n"
                           "Our Scope 3 emissions were 86,000 tCO2e in 2023.\n")
    s3 = {(e[1], e[2]) for e in _figures(r) if e[0] == "scope3"}
    assert s3 == {(2023, 124000.0), (2023, 86000.0)}


def test_segment_rows_are_no_group_total(tmp_path: Path, m: LoadedMethodology) -> None:
    """An air-cargo group's KPI rows for its aircraft, its ground operations and its international
    flights (a subset) are each one segment's, none the group's total."""
    r = _rate(tmp_path, m, "关键绩效\n\n"
                           "| 指标 | 单位 | 2022年 | 2023年 |\n"
                           "|---|---|---|---|\n"
                           "| 航空器二氧化碳排放 | 万吨 | 198.4 | 214.6 |\n"
                           "| 地面运营温室气体排放 | 万吨二氧化碳当量 | 7.2 | 6.9 |\n"
                           "| 国际航班二氧化碳排放（CORSIA口径） | 万吨 | 121.5 | 133.0 |\n"
                           "| Ground operations GHG emissions | tCO2e | 71,800 | 69,400 |\n\n", ".md")
    assert not {e for e in _figures(r) if e[0] == "total"}


def test_a_group_total_row_stays(tmp_path: Path, m: LoadedMethodology) -> None:
    r = _rate(tmp_path, m, "| 指标 | 单位 | 2022年 | 2023年 |\n"
                           "|---|---|---|---|\n"
                           "| 航空器及地面运营温室气体排放合计 | 万吨二氧化碳当量 | 205.6 | 221.5 |\n\n"
                           "2023年，公司温室气体排放总量为221.5万吨二氧化碳当量。\n", ".md")
    assert {(e[1], e[2]) for e in _figures(r) if e[0] == "total"} == {
        (2022, 2056000.0), (2023, 2215000.0)}
