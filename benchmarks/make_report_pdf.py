"""Generate a report-sized, disclosure-like PDF for the ingest benchmark.

Real reports cannot ship with the repository, so the benchmark renders its own: Chinese and
English prose, two-column pages, carbon KPI tables (ruled and rule-less), and annual-report
style financial statement tables, in proportions close to a Chinese annual/ESG report. The
prose is dense with the reader's cues (climate, energy, emissions, pollutants, water, plans,
comparisons) and figures with units, with one social/governance paragraph per prose page, so
`benchmarks/bench_rate.py` times the reader on a hard case, not on filler text. The
file is cached under benchmarks/.cache/ because WeasyPrint needs ~20 s to render it.

`--mix typical` makes a second report closer to a whole ESG report: per ten pages, two climate
prose pages, a two-column environment page and a KPI table among four social/governance pages
(figures, no climate cue) and two financial statements.

Run directly to (re)build it: `python benchmarks/make_report_pdf.py [--pages 220] [--mix dense]`.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

CACHE = Path(__file__).parent / ".cache"
VERSION = 3  # bump when the content changes so cached files are rebuilt

_ZH_SENTENCES = [
    "公司坚持绿色低碳发展战略，积极应对气候变化，持续推进节能减排工作。",
    "报告期内，公司温室气体排放总量较上年下降{p}%，单位营业收入能耗下降{q}%。",
    "我们制定了二〇三〇年碳达峰、二〇六〇年碳中和的阶段性目标，并纳入董事会考核。",
    "公司新建分布式光伏电站{n}座，年发电量约{m}万千瓦时，可再生能源使用比例持续提升。",
    "董事会下设可持续发展委员会，负责审议气候相关风险与机遇及应对措施。",
    "公司按照温室气体核算体系（GHG Protocol）核算范围一、范围二及部分范围三排放。",
    "报告期内环保投入合计{m}万元，主要用于余热回收、锅炉改造和污水处理设施升级。",
    "我们与供应商签订绿色采购协议，推动产业链上下游协同减碳。",
    "公司参与全国碳排放权交易市场，完成年度配额清缴履约。",
    "员工绿色办公倡议覆盖全部分支机构，年度节约用纸{n}万张。",
    "2023年公司范围一温室气体排放量为{m}吨二氧化碳当量，范围二排放量为{k}吨二氧化碳当量。",
    "报告期内综合能源消费量{m}吨标准煤，单位产值能耗较2020年下降{p}.{q}%，完成年度节能目标。",
    "公司计划于2025年前完成全部燃煤锅炉的清洁能源替代，预计年减少二氧化碳排放约{n}万吨。",
    "全年新鲜水取用量{m}万立方米，工业用水重复利用率达到9{q}.{p}%，优于行业平均水平。",
    "公司实施余热余压利用和电机变频改造项目{n}项，年节约标准煤{m}吨，节约电量{k}万千瓦时。",
    "报告期内公司未发生重大环境污染事件，二氧化硫、氮氧化物排放浓度均低于国家标准限值。",
]
# Paragraphs without carbon cues (social and governance chapters, with figures): a report
# is not only climate text, and the reader still has to scan these.
_ZH_OTHER = [
    "报告期内公司员工总数{m}人，女性员工占比3{q}.{q}%，全年开展培训{n}场，人均培训时长{n}小时。",
    "公司全年实现营业收入{m}亿元，同比增长{p}%，归属于上市公司股东的净利润{k}亿元。",
    "董事会由{n}名董事组成，其中独立董事{q}名，全年召开董事会会议{n}次，审议议案{m}项。",
    "公司持续完善客户服务体系，客户满意度达到9{q}.{q}分，全年处理客户投诉{n}件，办结率100%。",
    "我们向乡村学校捐赠图书和体育器材，开展志愿服务活动{n}次，参与员工{m}人次。",
    "公司严格遵守反商业贿赂相关法律法规，全年组织廉洁从业培训{n}场，覆盖员工{m}人次。",
]
_EN_SENTENCES = [
    "Our Scope 1 and Scope 2 greenhouse gas emissions decreased by {p}% year on year.",
    "The Board oversees climate-related risks and opportunities through its ESG Committee.",
    "We installed {n} rooftop solar plants generating about {m} MWh of renewable electricity.",
    "Emissions are calculated according to the GHG Protocol Corporate Standard.",
    "We aim to reach peak emissions by 2030 and carbon neutrality by 2060.",
    "Total Scope 1 emissions were {m} tCO2e in 2023, down {p}% from the 2020 baseline.",
    "Renewable electricity accounted for {p}% of our total electricity consumption of {k} MWh.",
]
_EN_OTHER = [
    "We employed {m} people at year end, {p}% more than a year earlier.",
    "The Audit Committee met {n} times and reviewed the internal control report.",
    "Customer satisfaction reached 9{q}.{q} points across {n} surveyed markets.",
    "Employees completed {m} hours of compliance and anti-corruption training.",
    "Revenue grew {p}% to RMB {k} million, driven by the services segment.",
]
_ZH_GOVERNANCE = [
    "公司建立了完善的法人治理结构，股东大会、董事会、监事会和经营层各司其职、有效制衡。",
    "报告期内公司修订《信息披露管理制度》等{n}项制度，持续提升信息披露质量和透明度。",
    "公司坚持以客户为中心，建立覆盖售前、售中、售后的全流程服务体系，全年回访客户{m}户。",
    "我们为员工缴纳五险一金，提供补充医疗保险和企业年金，员工体检覆盖率100%。",
    "公司开展安全生产标准化建设，全年组织应急演练{n}次，未发生重大安全生产事故。",
    "公司积极参与乡村振兴，定点帮扶{n}个村，全年投入帮扶资金{m}万元。",
]
_STYLE = """
@page { size: A4; margin: 2cm; font-family: 'Noto Sans CJK SC';
        @bottom-center { content: counter(page); font-size: 9pt } }
body { font-family: 'Noto Sans CJK SC'; font-size: 10.5pt; line-height: 1.5 }
p.zh { text-indent: 2em } .cols { column-count: 2; column-gap: 1.2cm }
table { border-collapse: collapse; margin: 8pt 0; font-size: 9.5pt }
table.ruled td, table.ruled th { border: 0.6pt solid #333; padding: 2pt 5pt }
table.open td, table.open th { border-bottom: 0.5pt solid #999; padding: 2pt 8pt }
.page { page-break-after: always }
"""


def _fill(sentence: str, rng: random.Random) -> str:
    return sentence.format(p=rng.randint(2, 15), q=rng.randint(1, 9),
                           n=rng.randint(3, 40), m=rng.randint(100, 9000),
                           k=f"{rng.randint(1000, 99999):,}")


def _paragraph(rng: random.Random, pool: list[str], count: int, sep: str = "") -> str:
    return sep.join(_fill(rng.choice(pool), rng) for _ in range(count))


def _prose_page(rng: random.Random, title: str) -> str:
    paras = "".join(f"<p class='zh'>{_paragraph(rng, _ZH_SENTENCES, rng.randint(3, 5))}</p>"
                    for _ in range(4))
    other = f"<p class='zh'>{_paragraph(rng, _ZH_OTHER, rng.randint(2, 4))}</p>"
    english = f"<p>{_paragraph(rng, _EN_SENTENCES, 3, ' ')}</p>"
    return f"<div class='page'><h2>{title}</h2>{paras}{other}{english}</div>"


def _social_page(rng: random.Random, title: str) -> str:
    """Social and governance chapters: figures, but no climate or energy cue."""
    paras = "".join(
        f"<p class='zh'>{_paragraph(rng, _ZH_OTHER + _ZH_GOVERNANCE, rng.randint(3, 5))}</p>"
        for _ in range(5))
    english = f"<p>{_paragraph(rng, _EN_OTHER, 3, ' ')}</p>"
    return f"<div class='page'><h2>{title}</h2>{paras}{english}</div>"


def _columns_page(rng: random.Random, title: str) -> str:
    paras = "".join(f"<p class='zh'>{_paragraph(rng, _ZH_SENTENCES, rng.randint(3, 5))}</p>"
                    for _ in range(8))
    return f"<div class='page'><h2>{title}</h2><div class='cols'>{paras}</div></div>"


def _kpi_page(rng: random.Random, ruled: bool) -> str:
    rows = [("范围一温室气体排放", "吨二氧化碳当量"), ("范围二温室气体排放", "吨二氧化碳当量"),
            ("温室气体排放总量", "吨二氧化碳当量"), ("综合能源消耗量", "吨标准煤"),
            ("外购电力", "万千瓦时"), ("可再生能源发电量", "万千瓦时"),
            ("单位营业收入碳排放强度", "吨二氧化碳当量/万元"), ("环保投入", "万元")]
    body = "".join(
        f"<tr><td>{name}</td><td>{unit}</td>"
        + "".join(f"<td>{rng.randint(1000, 999999):,}</td>" for _ in range(3)) + "</tr>"
        for name, unit in rows)
    head = "<tr><th>指标</th><th>单位</th><th>2021年</th><th>2022年</th><th>2023年</th></tr>"
    cls = "ruled" if ruled else "open"
    intro = _paragraph(rng, _ZH_SENTENCES, 3)
    return (f"<div class='page'><h2>环境关键绩效指标</h2><p class='zh'>{intro}</p>"
            f"<table class='{cls}'>{head}{body}</table>"
            f"<p class='zh'>{_paragraph(rng, _ZH_SENTENCES, 2)}</p></div>")


def _finance_page(rng: random.Random) -> str:
    items = ["货币资金", "交易性金融资产", "应收票据", "应收账款", "预付款项", "其他应收款", "存货",
             "合同资产", "其他流动资产", "长期股权投资", "固定资产", "在建工程", "无形资产",
             "商誉", "递延所得税资产", "短期借款", "应付账款", "合同负债", "应付职工薪酬",
             "应交税费", "长期借款", "股本", "资本公积", "盈余公积", "未分配利润"]
    body = "".join(
        f"<tr><td>{item}</td><td>七、{i + 1}</td><td>{rng.randint(10**6, 10**10):,}.{i:02d}</td>"
        f"<td>{rng.randint(10**6, 10**10):,}.{i:02d}</td></tr>" for i, item in enumerate(items))
    return ("<div class='page'><h2>合并资产负债表</h2><p>2023年12月31日　编制单位：示例股份有限公司"
            "　单位：元　币种：人民币</p><table class='ruled'><tr><th>项目</th><th>附注</th>"
            f"<th>2023年12月31日</th><th>2022年12月31日</th></tr>{body}</table></div>")


MIXES = {
    # every prose page a climate page: the reader's worst case (the default)
    "dense": ["prose", "prose", "columns", "prose", "kpi", "finance", "prose", "finance",
              "columns", "prose"],
    # closer to a full ESG report: environment chapters among social and governance ones
    "typical": ["prose", "social", "kpi", "social", "finance", "prose", "social", "columns",
                "social", "finance"],
}


def build_html(pages: int, seed: int = 7, mix: str = "dense") -> str:
    """Return the HTML of a report with about `pages` pages (one `div.page` each)."""
    rng = random.Random(seed)
    parts: list[str] = ["<div class='page'><h1>示例股份有限公司</h1>"
                        "<h1>2023年度环境、社会及管治（ESG）报告</h1></div>"]
    kinds = MIXES[mix]
    for number in range(1, pages):
        kind = kinds[number % len(kinds)]
        if kind == "prose":
            parts.append(_prose_page(rng, f"第{number}节　应对气候变化"))
        elif kind == "columns":
            parts.append(_columns_page(rng, f"第{number}节　绿色运营"))
        elif kind == "social":
            parts.append(_social_page(rng, f"第{number}节　社会责任与公司治理"))
        elif kind == "kpi":
            parts.append(_kpi_page(rng, ruled=number % 20 < 10))
        else:
            parts.append(_finance_page(rng))
    return f"<html><head><style>{_STYLE}</style></head><body>{''.join(parts)}</body></html>"


def report_pdf(pages: int = 220, mix: str = "dense") -> Path:
    """Path of the cached benchmark PDF, rendering it first when missing."""
    name = f"report-{pages}p-v{VERSION}.pdf" if mix == "dense" else \
        f"report-{pages}p-{mix}-v{VERSION}.pdf"
    path = CACHE / name
    if not path.exists():
        import weasyprint  # imported lazily: slow, and only needed to build the file

        CACHE.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        weasyprint.HTML(string=build_html(pages, mix=mix)).write_pdf(tmp)
        tmp.replace(path)
    return path


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=220)
    parser.add_argument("--mix", choices=sorted(MIXES), default="dense")
    args = parser.parse_args()
    print(report_pdf(args.pages, args.mix))
