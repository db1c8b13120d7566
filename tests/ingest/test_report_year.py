"""The report year read from a report's first pages (cnsr.ingest.report_year)."""

from __future__ import annotations

import pytest

from cnsr.ingest.document import Document, Page
from cnsr.ingest.report_year import (
    pages_read_for_year,
    report_year,
    year_in_document,
    year_in_pages,
    year_rules,
)


def _doc(name: str, *pages: str) -> Document:
    return Document(path=f"/reports/{name}", sha256="0" * 64, kind="pdf",
                    pages=[Page(number=i, text=t) for i, t in enumerate(pages, start=1)])


@pytest.mark.parametrize(("pages", "year", "how", "quote"), [
    (("青峰水泥股份有限公司\n2023年度报告\n", "重要提示"), 2023, "title_zh", "2023年度报告"),
    (("青峰水泥股份有限公司\n2023 年年度报告\n",), 2023, "title_zh", "2023 年年度报告"),
    (("北陆港务集团\n2022年环境、社会及治理报告",), 2022, "title_zh", "2022年环境、社会及治理报告"),
    (("二〇二三年度社会责任报告\n南屿电网股份",), 2023, "title_zh", "二〇二三年度社会责任报告"),
    (("Beilu Port Group\nSustainability Report 2023\n",), 2023, "title_en",
     "Sustainability Report 2023"),
    (("2024 ESG Report\nNanyu Grid",), 2024, "title_en", "2024 ESG Report"),
    (("目录", "关于本报告\n报告期：2023年1月1日至2023年12月31日，部分内容追溯至以前年度。"),
     2023, "period_zh", "2023年1月1日至2023年12月31日"),
    (("This report covers the period from 1 January 2022 to 31 December 2022.",),
     2022, "period_en", "1 January 2022 to 31 December 2022"),
    (("It covers the period from 1 January to 31 December 2023 and all subsidiaries.",),
     2023, "period_en", "1 January to 31 December 2023"),
    (("Results for the year ended 31 December 2023",), 2023, "period_en",
     "the year ended 31 December 2023"),
    (("本集團截至2023年12月31日止年度的環境表現",), 2023, "year_ended_zh",
     "截至2023年12月31日止年度"),
    (("关于本报告\n时间范围为2023年1月1日至12月31日",), 2023, "period_zh",
     "2023年1月1日至12月31日"),
    (("2023\n環境、社會及管治報告\n滙通燃氣",), 2023, "title_zh", "2023 環境、社會及管治報告"),
    (("2023\nCSR and ESG Report\nEnglish Summary",), 2023, "title_en", "2023 CSR and ESG Report"),
])
def test_year_stated_on_the_first_pages(pages: tuple[str, ...], year: int, how: str,
                                        quote: str) -> None:
    found = year_in_document(_doc("report.pdf", *pages))
    assert found is not None
    assert (found.year, found.how, found.quote) == (year, how, quote)


def test_period_is_trusted_before_a_title_and_cited_reports() -> None:
    doc = _doc("esg.pdf", "2024年可持续发展报告发布会", "报告时间范围：2023年1月1日至2023年12月31日。"
               "财务数据详见公司2023年年度报告。")
    found = year_in_document(doc)
    assert found is not None and (found.year, found.page) == (2023, 2)


def test_body_pages_are_not_searched() -> None:
    pages = ["封面"] * year_rules().pages + ["详见公司2021年年度报告"]
    assert year_in_document(_doc("scan.pdf", *pages)) is None


def test_reporting_period_in_prose_is_not_a_title() -> None:
    assert year_in_document(_doc("a.pdf", "报告期内，公司实现营业收入36.5亿元")) is None


def test_file_name_then_default() -> None:
    assert report_year([_doc("qingfeng_2022_esg.pdf", "封面")], 2025).how == "file_name"
    found = report_year([_doc("qingfeng.pdf", "封面")], 2025)
    assert (found.year, found.how) == (2025, "default")
    assert found.explain("en").startswith("report year 2025: the documents do not state it")


def test_documents_that_disagree_are_noted() -> None:
    found = report_year([_doc("annual.pdf", "2023年度报告"), _doc("esg.pdf", "2023年ESG报告"),
                         _doc("old.pdf", "2022年社会责任报告")], 2025)
    assert found.year == 2023 and found.file == "annual.pdf" and found.others == (2022,)
    assert found.explain("zh") == ("报告年度 2023：取自 annual.pdf 第1页「2023年度报告」（报告标题）"
                                   "；其他文件写的是 2022")


def test_a_stated_year_beats_a_file_name() -> None:
    found = report_year([_doc("x_2021.pdf", "封面"), _doc("y.pdf", "2023年度报告")], 2025)
    assert (found.year, found.how) == (2023, "title_zh")


def test_a_year_outside_the_bounds_falls_back_to_the_default() -> None:
    # a 1998 founding date read as a title's year is no year the store accepts
    doc = _doc("jinyu.pdf", "1998年度报告获奖企业\n金屿材料股份有限公司")
    assert report_year([doc], 2025).year == 1998
    found = report_year([doc], 2025, bounds=(2000, 2030))
    assert (found.year, found.how) == (2025, "default")


def test_the_first_pages_alone_give_the_documents_year() -> None:
    # what `cnsr rate` reads while later pages are still read: the year of a document
    # from its first pages equals the year of the whole document
    pages = ["目录", "关于本报告\n报告期：2023年1月1日至2023年12月31日。"] + ["正文"] * 8
    doc = _doc("report.pdf", *pages)
    assert year_in_pages(doc.path, doc.pages[:pages_read_for_year()]) == year_in_document(doc)
