"""The card speaks one language: dimension reasons from the i18n table, quotes in another
language marked as such, printed page numbers beside the index (issue #14, items 5 and 7)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from rank_factory import make_rating

from cnsr.methodology import LoadedMethodology
from cnsr.rating import DimensionRating, Evidence, Rating
from cnsr.report.card import render_html
from cnsr.report.reasons import dimension_reason

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "assess"))
from passage_docs import make_doc  # noqa: E402

# the reader's reasons, in the form it writes them (assess.dimensions)
READER_REASONS = {
    "trend": "2 favourable, 1 unfavourable trend observation(s); 1 multi-year series",
    "comparison": "comparisons: prior_year ×2, target ×1",
    "integration": "67% of points found in 3 passage(s); future plans stated",
}


def _rating(m: LoadedMethodology) -> Rating:
    quote = Evidence(file="reports/青岚能源-2023.pdf", page=4, page_label="58",
                     passage="公司2023年外购电力消耗量为3,120万千瓦时，同比下降4.5%。")
    english = Evidence(file="reports/qinglan-2023-en.pdf", page=9,
                       passage="Purchased electricity fell by 4.5% to 31.2 GWh in 2023.")
    rating = make_rating(m, "青岚能源", code="600321.SH", stage=2, disclose={"I03": 1},
                         evidence={"I03.1": [quote], "I03.2": [english]})
    for dim, reason in READER_REASONS.items():
        setattr(rating.indicator("I03"), dim, DimensionRating(band="B2", reason=reason))
    return rating


def _body(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html.split("<body", 1)[1])


def test_chinese_card_has_no_english_reason(m: LoadedMethodology) -> None:
    html = _body(render_html(_rating(m), m, "zh"))
    for english in ("favourable", "comparisons", "of points found", "passage(s)",
                    "future plans", "prior_year"):
        assert english not in html
    assert "有利趋势 2 项、不利趋势 1 项" in html and "与上年对比 2 处" in html
    assert "67% 的披露要点有所体现，见于 3 段文字；提及未来计划" in html
    assert "评价来源：专家评分表" in html  # the source by name, not its code


def test_english_card_notes_chinese_quotes(m: LoadedMethodology) -> None:
    html = render_html(_rating(m), m, "en")
    chinese = html.split("公司2023年外购电力消耗量")[1].split("</blockquote>")[0]
    assert "quoted in the original language / 原文引用" in chinese
    english = html.split("Purchased electricity fell")[1].split("</blockquote>")[0]
    assert "original language" not in english
    assert "2 favourable, 1 unfavourable" in html
    zh = render_html(_rating(m), m, "zh")
    assert "原文引用" in zh.split("Purchased electricity fell")[1].split("</blockquote>")[0]


def test_printed_page_beside_index(m: LoadedMethodology) -> None:
    zh = render_html(_rating(m), m, "zh")
    assert "第58页（文件第4页）" in zh
    assert "p. 58 (file p. 4)" in render_html(_rating(m), m, "en")
    assert "第9页" in zh  # no printed label: the index alone


def test_stored_rating_without_page_label_loads() -> None:
    old = '{"file": "a.pdf", "page": 3, "passage": "公司开展节能改造。"}'
    assert Evidence.model_validate_json(old).page_label is None


def test_reader_reasons_are_all_translated(m: LoadedMethodology) -> None:
    """Every reason the reader writes is read back (a change of its wording fails here)."""
    from cnsr.assess.rate import rate_documents
    from cnsr.rating import Company

    doc = make_doc([[
        "公司2023年综合能耗为12.4万吨标准煤，较2022年下降3.1%，优于年度目标。",
        "公司将持续推进节能降碳改造，计划2025年单位产值能耗再降低5%。",
    ]])
    rating = rate_documents([doc], Company(name="青岚能源", year=2023), m)
    for ind in rating.indicators:
        for dim in ("trend", "comparison", "integration"):
            reason = ind.dimension(dim).reason
            if reason:
                assert dimension_reason(reason, "zh") != reason, reason
