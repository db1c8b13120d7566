"""A stored exchange-guideline check for the seeded 靖海电力 (tests/web/seed.py): the real
checklist's items, levels and names, statuses set here, evidence quoting real pages of
demo/corpus/d01_jinghai_power_2023.pdf, and for missing items the checker's own reason."""

from __future__ import annotations

from pathlib import Path

from cnsr.frameworks.check import add_first, check_text, readiness
from cnsr.frameworks.checklist import load_checklist
from cnsr.frameworks.results import CheckResult, ItemResult, StoredCheck, Text
from cnsr.frameworks.stored import stored_check
from cnsr.rating import Company, Evidence

JINGHAI_CHECK = {  # item → (status, page, passage as printed in the PDF)
    "GEN.PERIOD": ("met", 2, "报告时间范围为2023年1月1日至2023年12月31日"),
    "CLM.GOV": ("met", 3, "董事会是ESG事项的最高决策机构，下设战略与ESG委员会，负责审议公司ESG及应对气候变化战略"),
    "CLM.SCOPE1": ("met", 5, "其中范围一（直接排放）11,872.3万吨二氧化碳当量"),
    "CLM.SCOPE2": ("met", 5, "范围二（外购电力间接排放）41.5万吨二"),
    "CLM.RISKS": ("met", 6, "公司参考TCFD框架识别气候相关风险与机遇，并将其纳入全面风险管理体系"),
    "CLM.SCENARIO": ("partly", 6, "计划于2024年参照TCFD建议对部分煤电资产开展情景分析"),
}


def jinghai_check(company: Company, pdf: Path) -> StoredCheck:
    checklist = load_checklist("exchange-2024-climate")
    text = check_text()
    items = []
    for item in checklist.items.items:
        status, page, passage = JINGHAI_CHECK.get(item.id, ("missing", 0, ""))
        if status == "missing":
            lead = text.missing_if_exists if item.level == "if_exists" else text.missing
            items.append(ItemResult(item=item.id, level=item.level, pillar=item.pillar,
                                    status="missing", reason=Text(
                                        zh=lead.zh + item.counts_as.zh,
                                        en=lead.en + item.counts_as.en)))
            continue
        items.append(ItemResult(
            item=item.id, level=item.level, pillar=item.pillar, status=status,
            found_by="rule", reason=text.partly if status == "partly" else None,
            evidence=[Evidence(file=str(pdf), page=page, passage=passage,
                               matched=[passage[:4]])]))
    result = CheckResult(framework=checklist.id, company=company, files=[str(pdf)],
                         rated_with=checklist.scheme.label, rating_stage=3, rating_total=60.0,
                         items=items, readiness=readiness(items), add_first=add_first(items))
    return stored_check(checklist, result)
