"""Time the reader (evidence + assessment + scoring) on a 200-page synthetic document.

Budget (issue #3): rating a report may cost at most 1.5× bare pypdfium2 text extraction
(~113 pages/s ≈ 8.8 ms/page) and ingest takes ~1.1× of that, which leaves the reader about
3 ms per page. The document is built from Passages directly (no PDF), with disclosure-like
Chinese and English paragraphs, non-environmental paragraphs and KPI tables in proportions
close to an ESG report (~9 passages per page).

    .venv/bin/python benchmarks/reader_speed.py [--pages 200] [--repeat 3] [--pdf FILE]

With a PDF (default: the first demo corpus PDF, when present) it also times bare pypdfium2
text extraction of that file in the same run and prints the reader's cost as a ratio of it.
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from cnsr.assess.rate import rate_documents
from cnsr.evidence.lexicon import load_lexicon
from cnsr.evidence.segment import segmenter
from cnsr.ingest.document import Document, Page, Passage, Table
from cnsr.methodology import load_methodology
from cnsr.rating import Company

ZH = [
    "公司坚持绿色低碳发展战略，积极应对气候变化，持续推进节能减排工作。",
    "报告期内，公司温室气体排放总量为{m}万吨二氧化碳当量，较上年下降{p}%，单位营业收入能耗下降{q}%。",
    "我们制定了2030年前碳达峰、2060年前碳中和的阶段性目标，并纳入董事会考核。",
    "公司新建分布式光伏电站{n}座，年发电量约{m}万千瓦时，可再生能源使用比例持续提升。",
    "董事会下设可持续发展委员会，负责审议气候相关风险与机遇及应对措施。",
    "公司按照温室气体核算体系核算范围一、范围二及部分范围三排放。",
    "报告期内环保投入合计{m}万元，主要用于余热回收、锅炉改造和污水处理设施升级。",
    "我们与供应商签订绿色采购协议，推动产业链上下游协同减碳。",
    "公司参与全国碳排放权交易市场，完成年度配额清缴履约。",
    "员工人均培训时长{n}小时，全年开展安全生产培训{n}场，客户满意度达到{p}分。",
    "公司全年实现营业收入{m}亿元，同比增长{p}%，归属于上市公司股东的净利润{n}亿元。",
    "公司持续完善法人治理结构，董事会由{n}名董事组成，其中独立董事3名。",
    "公司向乡村学校捐赠图书和体育器材，开展志愿服务{n}次。",
]
EN = [
    "Our Scope 1 and Scope 2 greenhouse gas emissions decreased by {p}% year on year.",
    "The Board oversees climate-related risks and opportunities through its ESG Committee.",
    "We installed {n} rooftop solar plants generating about {m} MWh of renewable electricity.",
    "Employees received an average of {n} hours of training in 2023.",
]


def synthetic(pages: int, seed: int = 7) -> Document:
    rng = random.Random(seed)
    out = []
    for number in range(1, pages + 1):
        passages = []
        for index in range(9):
            if index == 8 and number % 3 == 0:
                rows = [["指标", "单位", "2021年", "2022年", "2023年"]]
                for label, unit in (("范围一排放", "万吨二氧化碳当量"), ("综合能源消费量", "万吨标准煤"),
                                    ("取水量", "万立方米"), ("员工总数", "人")):
                    rows.append([label, unit] + [f"{rng.uniform(10, 900):,.1f}" for _ in range(3)])
                table = Table(rows=rows)
                passages.append(Passage(page=number, index=index, text=table.as_text(),
                                        table=table))
                continue
            pool = EN if rng.random() < 0.15 else ZH
            text = "".join(rng.choice(pool).format(m=rng.randint(10, 9000), n=rng.randint(2, 60),
                                                   p=rng.randint(1, 30), q=rng.randint(1, 9))
                           for _ in range(rng.randint(2, 4)))
            passages.append(Passage(page=number, index=index, text=text))
        out.append(Page(number=number, text="", passages=passages))
    return Document(path="synthetic.pdf", sha256="0" * 64, kind="pdf", pages=out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--pdf", type=Path, default=next(
        iter(sorted(Path(__file__).parent.parent.glob("demo/corpus/d01*.pdf"))), None))
    args = parser.parse_args()
    m = load_methodology()
    lex = load_lexicon()
    segmenter(lex)  # one-off start-up (dictionary), not per document
    doc = synthetic(args.pages)
    chars = sum(len(p.text) for page in doc.pages for p in page.passages)
    company = Company(name="基准公司", year=2023)
    rate_documents([doc], company, m, lex)  # warm caches
    times = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        rating = rate_documents([doc], company, m, lex)
        times.append(time.perf_counter() - start)
    best = min(times)
    per_page = best / args.pages * 1000
    print(f"{args.pages} pages, {chars:,} characters, stage {rating.stage}, total {rating.total}")
    print(f"reader: best of {args.repeat} {best:.3f} s = {per_page:.2f} ms/page "
          f"(budget ~3 ms/page)")
    if args.pdf and args.pdf.exists():
        bare = _pdfium_ms_per_page(args.pdf, args.repeat)
        print(f"bare pypdfium2 text extraction of {args.pdf.name}: {bare:.2f} ms/page; "
              f"reader = {per_page / bare:.2f}× of it")


def _pdfium_ms_per_page(path: Path, repeat: int) -> float:
    import pypdfium2 as pdfium

    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        pdf = pdfium.PdfDocument(str(path))
        pages = len(pdf)
        for i in range(pages):
            page = pdf[i]
            page.get_textpage().get_text_range()
        pdf.close()
        best = min(best, (time.perf_counter() - start) / pages * 1000)
    return best


if __name__ == "__main__":
    main()
