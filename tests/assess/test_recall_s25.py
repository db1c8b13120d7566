"""The demo corpus's missed points, by kind (session 25): what a whole document earns once a
note under its KPI table takes the table's GHG word (rules.yaml `evidence.table_notes`).
Documents written for these tests (invented companies and figures)."""

from __future__ import annotations

from pathlib import Path

from cnsr.methodology import LoadedMethodology
from evidence.tagged import rate_text, rated_points

_TABLE = """# 绿色运营

## 绿色办公数据

| 指标 | 2022年 | 2023年 |
|---|---|---|
| 办公用电量（千瓦时） | 32,486,500 | 31,062,800 |
| 碳排放量（吨二氧化碳当量） | 19,842 | 18,946 |

"""

_WATER = """# 绿色运营

## 资源使用数据

| 指标 | 2022年 | 2023年 |
|---|---|---|
| 办公用水（吨） | 412,600 | 398,400 |
| 办公用纸（吨） | 286 | 214 |

"""


def test_a_note_under_the_kpi_table_is_the_inventory_boundary(tmp_path: Path, m: LoadedMethodology) -> None:
    text = _TABLE + "注：统计范围为总公司及36家省级分公司本部职场。\n"
    assert rated_points(rate_text(tmp_path, m, text, ".md"))["I12.1"] == 1.0


def test_a_note_under_a_table_without_ghg_is_no_inventory_boundary(tmp_path: Path, m: LoadedMethodology) -> None:
    text = _WATER + "注：统计范围为总公司及36家省级分公司本部职场。\n"
    assert rated_points(rate_text(tmp_path, m, text, ".md"))["I12.1"] < 1.0


def test_prose_after_the_table_takes_nothing(tmp_path: Path, m: LoadedMethodology) -> None:
    text = _TABLE + "公司持续推进无纸化办公，统计范围为总公司及各分公司。\n"
    assert rated_points(rate_text(tmp_path, m, text, ".md"))["I12.1"] < 1.0
