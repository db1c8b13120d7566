"""Report card: content, escaping, both languages, and one real PDF."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from rank_factory import make_rating

from cnsr.errors import InputError
from cnsr.methodology import LoadedMethodology
from cnsr.rank.study import Study, build_study
from cnsr.rating import Evidence, Rating
from cnsr.report.card import css_string, render_html, write_card


@pytest.fixture(scope="module")
def rated(m: LoadedMethodology) -> tuple[Rating, Study]:
    ev = Evidence(file="/data/reports/华能-2021-ESG报告.pdf", page=37,
                  passage="公司2021年综合能源消费量为1,234万吨标准煤，<b>同比</b>下降3%。",
                  matched=["能源消费"], quantities=["1234万tce"])
    target = make_rating(m, "华能<script>alert(1)</script>", code="600011.SH", stage=2,
                         disclose={"I06": 1, "I01": 0.5},
                         points={"I03.1": 1, "I03.2": 0.5},
                         evidence={"I03.1": [ev]})
    peers = [make_rating(m, f"同行{i}", code=f"60010{i}.SH", stage=2,
                         disclose={"I06": 1, "I07": i / 2}) for i in range(3)]
    study = build_study([target, *peers], m)
    return target, study


def test_html_has_scores_evidence_and_position(rated, m: LoadedMethodology) -> None:  # type: ignore[no-untyped-def]
    rating, study = rated
    html = render_html(rating, m, "zh", study)
    entry = study.position(rating.company.key)
    assert entry is not None
    assert "公司2021年综合能源消费量为1,234万吨标准煤" in html
    assert "华能-2021-ESG报告.pdf" in html and "第37页" in html
    assert "/data/reports/华能-2021-ESG报告.pdf" in html  # full path kept as a title
    assert f"{entry.rank}<small> / 4</small>" in html
    assert "第二阶段：双碳意识" in html and "双碳战略与目标" in html
    assert "差距分析与改进建议" in html and "企业碳排放已量化" in html  # next stage criterion
    for ind in rating.counted:
        assert f">{ind.indicator}<" in html
    assert html.count('class="bar"') == len(rating.counted)


def test_html_escapes_text(rated, m: LoadedMethodology) -> None:  # type: ignore[no-untyped-def]
    rating, study = rated
    html = render_html(rating, m, "en", study)
    assert "<script>alert(1)</script>" not in html
    assert "华能&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;同比&lt;/b&gt;" in html
    # the page footer puts the name into a CSS string: no quote, '<' or backslash left raw
    style = html.split("</style>")[0]
    assert "<script" not in style and "\\3c script" in style


def test_css_string() -> None:
    assert css_string('a"b\\c</style>') == '"a\\22 b\\5c c\\3c /style\\3e "'
    assert css_string("大唐 · 2021") == '"大唐 · 2021"'


def test_english_labels_and_no_peers(m: LoadedMethodology) -> None:
    rating = make_rating(m, "Solo Power", stage=1, disclose={"I01": 1})
    html = render_html(rating, m, "en")
    assert "Carbon-Neutrality Social Responsibility Report Card" in html
    assert "no peer ratings given" in html and "Stage 1: environmental awareness" in html
    assert "第" not in html.split("<body")[1].split("Solo Power")[0]


def test_year_over_year_on_card(m: LoadedMethodology) -> None:
    before = make_rating(m, "甲", code="600001.SH", stage=2, year=2020, disclose={"I06": 0.5})
    now = make_rating(m, "甲", code="600001.SH", stage=2, disclose={"I06": 1})
    html = render_html(now, m, "zh", build_study([before, now], m))
    assert f"较2020年 +{now.total - before.total:g} 分" in html


def test_wrong_suffix_and_wrong_year(rated, m: LoadedMethodology, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rating, study = rated
    with pytest.raises(InputError, match="written as .pdf or .html"):
        write_card(rating, m, tmp_path / "card.docx", "zh", study)
    other = make_rating(m, "乙", stage=1, year=2019)
    with pytest.raises(InputError, match="the study is for 2021"):
        render_html(other, m, "zh", study)


def test_pdf(rated, m: LoadedMethodology, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rating, study = rated
    out = write_card(rating, m, tmp_path / "card.pdf", "zh", study)
    assert out.read_bytes()[:5] == b"%PDF-"
    pdf = pdfium.PdfDocument(str(out))
    try:
        assert 1 <= len(pdf) <= 4
        width, height = pdf[0].get_size()
        assert (round(width), round(height)) == (595, 842)  # A4 in points
        text = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()
    assert "企业碳中和社会责任评价报告" in text
    assert "第37页" in text and "1,234万吨标准煤" in text
