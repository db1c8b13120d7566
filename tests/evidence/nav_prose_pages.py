"""Prose pages with navigation flattened into them, rendered to PDF the way the ingest tests
render theirs (WeasyPrint, Noto Sans CJK SC; nothing downloaded). Each page holds a few
paragraphs of ordinary disclosure prose and, set as plain lines (no table rules, so text
extraction flattens them into the page), one kind of navigation: a stakeholder-communication
table, a materiality list, an SDG response box, a chapter band with its page number, a GRI /
HKEX / SASB reference line, a "关键绩效" heading over labels without figures, and the English
equivalents. Text written for these tests (session 12)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

CJK_FONT = "Noto Sans CJK SC"

# Prose that discloses nothing the navigation names: a point quoted from such a page can only
# come from the navigation glued into it.
PROSE_ZH = [
    "本年度公司共组织员工技能培训四十二场，覆盖一线员工一千余人次，培训满意度持续提升。",
    "公司坚持依法合规经营，董事会下设审计委员会，定期审阅内部控制评价报告。",
    "报告期内公司新签约客户三百余家，客户投诉处理及时率保持在较高水平。",
]
PROSE_EN = [
    "During the year we held forty-two skills workshops for frontline staff, reaching more "
    "than one thousand employees.",
    "The audit committee of the board reviews the internal control report twice a year.",
]

# kind -> the navigation lines set into the page (each a line of its own in the PDF)
NAVIGATION: dict[str, list[str]] = {
    "stakeholders": [
        "利益相关方　　关注议题　　沟通方式",
        "政府及监管机构　　合规经营　节能减排　应对气候变化　　政策执行　专项汇报",
        "客户　　产品质量　绿色产品　　客户满意度调查　客服热线",
        "社区　　环境保护　生态保护　　社区走访　志愿服务",
    ],
    "materiality": [
        "高度重要议题　　应对气候变化　能源管理　排放物管理　水资源管理",
        "中度重要议题　　生物多样性　绿色金融　循环经济　废弃物管理",
    ],
    "sdg": [
        "本章回应　SDG 7 经济适用的清洁能源　SDG 12 负责任消费和生产　SDG 13 气候行动",
    ],
    "band": [
        "环境篇　E　应对气候变化　守护碧水蓝天　　23",
    ],
    "codes": [
        "对应指标：GRI 302-1 组织内部的能源消耗量　GRI 305-1 直接温室气体排放　HKEX A1.1 排放物种类"
        "　A4.1 气候相关事宜　SASB EM-CO-110a.1",
    ],
    "kpi": [
        "关键绩效　　温室气体排放总量　单位营收碳排放强度　光伏装机容量　可再生能源使用比例",
    ],
    "stakeholders_en": [
        "Stakeholders    Key concerns    Communication channels",
        "Government and regulators    Climate change    Energy saving    Policy briefings",
        "Communities    Waste management    Biodiversity    Volunteer activities",
    ],
    "sdg_en": [
        "This chapter responds to    SDG 7 Affordable and Clean Energy    SDG 13 Climate Action",
    ],
    "codes_en": [
        "GRI 305-1, 305-2, 305-4    HKEX KPI A1.1, A1.2    TCFD Metrics and Targets",
    ],
    "material_en": [
        "Material topics    Climate change    Energy management    Waste management    "
        "Water stewardship",
    ],
}

_STYLE = f"""
@page {{ size: A4; margin: 2cm; font-family: '{CJK_FONT}' }}
body {{ font-family: '{CJK_FONT}'; font-size: 11pt; line-height: 1.5 }}
.nav {{ font-size: 9pt; margin: 6pt 0 }}
.page {{ page-break-after: always }}
"""


def page_html(kind: str, english: bool = False) -> str:
    """One page: two paragraphs of prose, the navigation lines, one more paragraph."""
    prose = PROSE_EN if english else PROSE_ZH
    nav = "".join(f"<div class='nav'>{line}</div>" for line in NAVIGATION[kind])
    return (f"<div class='page'><p>{prose[0]}</p><p>{prose[1]}</p>{nav}"
            f"<p>{prose[-1]}</p></div>")


def report_html(kinds: list[str]) -> str:
    pages = "".join(page_html(k, k.endswith("_en")) for k in kinds)
    return (f"<html><head><meta charset='utf-8'><style>{_STYLE}</style></head>"
            f"<body>{pages}</body></html>")


def render_pdf(html: str, path: Path) -> Path:
    import weasyprint

    weasyprint.HTML(string=html).write_pdf(path)
    return path


def has_cjk_font() -> bool:
    if shutil.which("fc-list") is None:
        return False
    listing = subprocess.run(["fc-list"], capture_output=True, text=True, check=False).stdout
    return CJK_FONT in listing


# Disclosure on the same kind of page that names a code or a list heading in a real sentence,
# or a label with its figure: it stays evidence (point -> rating expected at least).
KEEP_ZH = [
    ("公司依据GRI 305-1与305-2的要求核算温室气体排放，2023年范围一排放量为12,480吨二氧化碳当量，"
     "范围二排放量为8,960吨二氧化碳当量。", {"I11.1": 1.0, "I11.2": 1.0}),
    ("关键绩效　　温室气体排放总量 21,440吨二氧化碳当量　　光伏装机容量 12.6兆瓦",
     {"I11.4": 1.0}),
    ("公司屋顶分布式光伏全年发电1,380万千瓦时，全部自发自用，助力实现SDG 7与SDG 13。",
     {"I08.2": 1.0}),
]
