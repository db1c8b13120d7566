"""Evidence quotes as readers see them (issue #14, item 7): headings cut off, fragments quoted
with what follows them, printed page numbers beside the index."""

from __future__ import annotations

import sys
from pathlib import Path

from fpdf import FPDF

from cnsr.evidence.quotes import finish, is_fragment, printed_number, strip_heading
from cnsr.ingest.document import Page, Passage, Table
from cnsr.ingest.read import read_document
from cnsr.rating import Evidence

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "assess"))


def test_heading_glued_to_sentence_is_cut() -> None:
    assert strip_heading("4.3 温室气体排放公司按照《企业温室气体排放核算与报告指南》开展年度"
                         "核算。") == "公司按照《企业温室气体排放核算与报告指南》开展年度核算。"
    assert strip_heading("二、环境信息情况报告期内，公司未发生重大环境污染事件，排放全部达标。"
                         ) == "报告期内，公司未发生重大环境污染事件，排放全部达标。"
    # no heading, or a number that starts the sentence: unchanged
    assert strip_heading("2023年公司综合能耗为12.4万吨标准煤。") == "2023年公司综合能耗为12.4万吨标准煤。"
    assert strip_heading("1.5万吨二氧化碳当量的减排量已经第三方核证。") == \
        "1.5万吨二氧化碳当量的减排量已经第三方核证。"


def _finished(ev: Evidence, pages: dict[tuple[str, int], Page]) -> Evidence:
    finish(ev, pages)
    return ev


def _page(*items: str | list[list[str]], text: str = "") -> Page:
    passages = []
    for i, item in enumerate(items):
        if isinstance(item, list):
            table = Table(rows=item)
            passages.append(Passage(page=3, index=i, text=table.as_text(), table=table))
        else:
            passages.append(Passage(page=3, index=i, text=item))
    body = "\n".join(p.text for p in passages)
    return Page(number=3, text=text or body, passages=passages)


def test_fragment_is_quoted_with_what_follows() -> None:
    page = _page("资源节约与生态保护", "水资源",
                 "2023年公司取水总量1.08亿立方米，较上年下降6.2%；循环水利用率98.1%。",
                 "下一段不应引用。")
    ev = _finished(Evidence(file="r.pdf", page=3, passage="资源节约与生态保护"),
                   {("r.pdf", 3): page})
    assert ev.passage == ("资源节约与生态保护 水资源 2023年公司取水总量1.08亿立方米，较上年下降6.2%；")
    assert is_fragment("氮氧化物") and not is_fragment("公司开展节能改造。")


def test_lone_row_label_gets_its_row() -> None:
    page = _page("青岚第二发电有限公司", "氮氧化物",
                 [["", "28.4", "50", "1,204.6", "无"], ["颗粒物", "3.0", "10", "120.2", "无"]])
    pages = {("r.pdf", 3): page}
    ev = _finished(Evidence(file="r.pdf", page=3, passage="氮氧化物"), pages)
    assert ev.passage.startswith("氮氧化物  | 28.4 | 50 | 1,204.6") or \
        ev.passage.startswith("氮氧化物 | 28.4 | 50 | 1,204.6"), ev.passage
    row = _finished(Evidence(file="r.pdf", page=3,
                             passage=" | 28.4 | 50 | 1,204.6 | 无\n颗粒物 | 3.0 | 10 | 120.2 | 无"),
                    pages)
    assert row.passage.startswith("氮氧化物 | 28.4"), row.passage


def test_printed_number_from_footer_or_header() -> None:
    assert printed_number(Page(number=1, text="正文。\n青岚能源2023年年度报告\n58 / 186")) == "58"
    assert printed_number(Page(number=2, text="- 12 -\n正文。")) == "12"
    assert printed_number(Page(number=2, text="第 7 页\n正文。")) == "7"
    assert printed_number(Page(number=2, text="正文。\n2023")) is None  # a year, not a page
    assert printed_number(Page(number=2, label="iv", text="正文。\n9")) == "iv"
    ev = _finished(Evidence(file="r.pdf", page=1, passage="公司开展节能改造，全年节电1.2亿千瓦时。"),
                   {("r.pdf", 1): Page(number=1, text="公司开展节能改造，全年节电1.2亿千瓦时。\n58")})
    assert ev.page_label == "58"


def test_pdf_page_labels_are_read(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page(label_style="D", label_start=57)
    pdf.multi_cell(0, 8, "The company cut its purchased electricity by 4.5% in 2023.")
    pdf.add_page()
    pdf.multi_cell(0, 8, "Water withdrawal fell to 1.08 million cubic metres.")
    path = tmp_path / "extract.pdf"
    pdf.output(str(path))
    doc = read_document(path, ocr=False)
    assert [p.label for p in doc.pages] == ["57", "58"]


def test_reader_evidence_carries_printed_page(m) -> None:  # type: ignore[no-untyped-def]
    from passage_docs import make_doc

    from cnsr.assess.rate import rate_documents
    from cnsr.rating import Company

    doc = make_doc([["4.3 温室气体排放公司按照《企业温室气体排放核算与报告指南》核算，2023年"
                     "温室气体排放总量为12.6万吨二氧化碳当量，同比下降3.2%。", "58"]])
    rating = rate_documents([doc], Company(name="青岚能源", year=2023), m)
    quotes = [e for ind in rating.indicators for p in ind.points for e in p.evidence]
    assert quotes and all(e.page_label == "58" for e in quotes)
    assert not any(e.passage.startswith("4.3") for e in quotes)
