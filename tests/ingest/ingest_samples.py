"""Small disclosure-like documents built by the tests: Chinese and English prose, an
emissions-by-year table, two columns, rendered to PDF by WeasyPrint. Nothing is downloaded."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

CJK_FONT = "Noto Sans CJK SC"

# Sentences the tests look for; long enough to wrap across printed lines.
EMISSIONS_SENTENCE = ("公司2023年范围一和范围二温室气体排放总量为125,300吨二氧化碳当量，"
                      "较2022年下降8.5%，单位营业收入碳排放强度下降11.2%。")
ENGLISH_SENTENCE = ("In 2023 our Scope 1 and Scope 2 greenhouse gas emissions were 125,300 "
                    "tCO2e, down 8.5% from 2022, and we set a science-based target.")
FILLER = ("公司坚持绿色低碳发展战略，积极应对气候变化，持续推进节能减排工作，"
          "将碳达峰碳中和目标纳入公司中长期发展规划。")
SECOND_PARAGRAPH = ("董事会下设可持续发展委员会，每季度审议气候相关风险与机遇，"
                    "并监督减排目标的执行情况。")

EMISSIONS_TABLE = [
    ["指标", "单位", "2021年", "2022年", "2023年"],
    ["范围一温室气体排放", "吨二氧化碳当量", "80,100", "78,500", "71,200"],
    ["范围二温室气体排放", "吨二氧化碳当量", "58,400", "58,400", "54,100"],
    ["温室气体排放总量", "吨二氧化碳当量", "138,500", "136,900", "125,300"],
    ["综合能源消耗量", "吨标准煤", "52,310", "50,870", "47,960"],
]
ENERGY_TABLE = [
    ["Indicator", "Unit", "2021", "2022", "2023"],
    ["Renewable electricity", "MWh", "1,200", "3,400", "8,900"],
    ["Purchased electricity", "MWh", "96,000", "94,500", "90,100"],
    ["Natural gas", "10k m3", "310", "295", "280"],
]
LEFT_COLUMN = "左栏段落：公司在生产基地推广余热回收与电机变频改造，年节约标准煤约三千吨。"
RIGHT_COLUMN = "右栏段落：公司与供应商签订绿色采购协议，推动产业链上下游协同减碳。"

_STYLE = f"""
@page {{ size: A4; margin: 2cm; font-family: '{CJK_FONT}';
         @bottom-center {{ content: counter(page); font-size: 9pt }} }}
body {{ font-family: '{CJK_FONT}'; font-size: 11pt; line-height: 1.5 }}
table {{ border-collapse: collapse; margin: 8pt 0 }}
table.ruled td, table.ruled th {{ border: 0.6pt solid #333; padding: 2pt 6pt }}
table.open td, table.open th {{ padding: 2pt 10pt }}
.cols {{ column-count: 2; column-gap: 1.5cm }}
.page {{ page-break-after: always }}
"""


def html_table(rows: list[list[str]], cls: str) -> str:
    head = "".join(f"<th>{cell}</th>" for cell in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
                   for row in rows[1:])
    return f"<table class='{cls}'><tr>{head}</tr>{body}</table>"


def report_html() -> str:
    """Four pages: prose, a ruled emissions table, two columns, a rule-less table."""
    page1 = (f"<div class='page'><h1>示例能源股份有限公司2023年可持续发展报告</h1>"
             f"<h2>一、应对气候变化</h2><p>{FILLER}{EMISSIONS_SENTENCE}{FILLER}</p>"
             f"<p>{SECOND_PARAGRAPH}{FILLER}</p><p>{ENGLISH_SENTENCE} {ENGLISH_SENTENCE}</p>"
             "</div>")
    page2 = (f"<div class='page'><h2>二、环境关键绩效</h2><p>{FILLER}</p>"
             f"{html_table(EMISSIONS_TABLE, 'ruled')}<p>注：排放量按温室气体核算体系计算。</p>"
             "</div>")
    left = "".join(f"<p>{LEFT_COLUMN}{FILLER}</p>" for _ in range(6))
    right = "".join(f"<p>{RIGHT_COLUMN}{FILLER}</p>" for _ in range(6))
    page3 = f"<div class='page'><h2>三、绿色运营</h2><div class='cols'>{left}{right}</div></div>"
    page4 = f"<div><h2>Energy</h2>{html_table(ENERGY_TABLE, 'open')}<p>{FILLER}</p></div>"
    return (f"<html><head><meta charset='utf-8'><style>{_STYLE}</style></head>"
            f"<body>{page1}{page2}{page3}{page4}</body></html>")


def render_pdf(html: str, path: Path) -> Path:
    import weasyprint

    weasyprint.HTML(string=html).write_pdf(path)
    return path


def has_cjk_font() -> bool:
    if shutil.which("fc-list") is None:
        return False
    listing = subprocess.run(["fc-list"], capture_output=True, text=True, check=False).stdout
    return CJK_FONT in listing
