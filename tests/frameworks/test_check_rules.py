"""The checklist's own rules on realistic report passages: what the exchanges' guideline asks
is told apart from what only resembles it (a planned scenario analysis, assurance of the GHG
figures alone, financed emissions, an accounting guideline issued by a ministry)."""

from __future__ import annotations

from pathlib import Path

from cnsr.frameworks.check import check_documents
from cnsr.frameworks.checklist import load_checklist
from cnsr.ingest import read_document
from cnsr.rating import Company

PLANNED = """澄湖建材股份有限公司2025年度可持续发展报告
关于本报告：本报告时间范围为2025年1月1日至12月31日，覆盖公司及纳入合并报表范围的子公司。
应对气候变化：公司识别出碳价上涨、能耗双控趋严等转型风险，以及台风、暴雨等实体风险。公司尚未开展气候情景分析，计划于2026年参照TCFD建议对熟料生产线开展情景分析。
温室气体排放：2025年公司范围一温室气体排放量为312.6万吨二氧化碳当量，范围二排放量为28.4万吨二氧化碳当量。
核算依据为国家发展改革委发布的《中国水泥生产企业温室气体排放核算方法与报告指南（试行）》。
第三方鉴证：北辰认证有限公司对本公司2025年度温室气体排放数据进行了有限鉴证，并出具鉴证声明。
"""

DONE = """Lanhe Commercial Bank 2025 Sustainability Report
This report presents the bank's environmental, social and governance performance for the year ended 31 December 2025.
Climate risk. In 2025 we ran a climate stress test of our power, steel and cement loans under three carbon price scenarios of RMB 100, 200 and 300 per tonne; the capital adequacy ratio would fall by 0.03 to 0.12 percentage points.
Financed emissions. Following PCAF, the financed emissions of our corporate loans to eight high-carbon sectors were estimated at 18.6 million tCO2e in 2025.
Own operations. Scope 1 emissions were 2,140 tCO2e and scope 2 emissions 31,880 tCO2e in 2025.
"""


def _status(tmp_path: Path, name: str, text: str, year: int = 2025) -> dict[str, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    _rating, result = check_documents([read_document(path)], Company(name=name, year=year),
                                      load_checklist("exchange-2024-climate"))
    return {r.item: r.status for r in result.items}


def test_planned_analysis_and_ghg_only_assurance_are_not_disclosures(tmp_path: Path) -> None:
    status = _status(tmp_path, "chenghu-2025.txt", PLANNED)
    assert status["CLM.SCENARIO"] == "missing"      # 尚未开展 … 计划于2026年
    assert status["GEN.ASSURANCE"] == "missing"     # only the GHG data were assured …
    assert status["CLM.VERIFY"] == "met"            # … which is the verification item
    assert status["CLM.METHOD"] == "met"            # a ministry's guideline named as the basis
    assert status["GEN.PERIOD"] == "met"
    assert status["CLM.SCOPE3"] == "missing"


def test_english_stress_test_period_and_financed_emissions(tmp_path: Path) -> None:
    status = _status(tmp_path, "lanhe-bank-2025.txt", DONE)
    assert status["CLM.SCENARIO"] == "met"          # a climate stress test under scenarios
    assert status["GEN.PERIOD"] == "met"            # "for the year ended 31 December 2025"
    assert status["CLM.SCOPE3"] == "partly"         # financed emissions, not called scope 3
    assert status["CLM.SCOPE1"] == status["CLM.SCOPE2"] == "met"
