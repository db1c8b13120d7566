"""Running heads and footers leave the text: they are not glued onto every page's paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_samples import CJK_FONT, has_cjk_font, render_pdf

from cnsr.ingest import read_document
from cnsr.ingest.layout import Line
from cnsr.ingest.running import RunningLines

HEAD = "华岳新材料股份有限公司 2023年环境、社会及治理报告"
FOOT = "可持续发展 · 共建绿色未来"
BODIES = [
    "国家提出力争2030年前实现碳达峰、2060年前实现碳中和的目标，行业绿色转型全面提速。",
    "报告期内，公司新建屋顶分布式光伏12.6兆瓦，全年发电量1,380万千瓦时。",
    "公司持续开展节水改造，循环水利用率达到96.5%，较上年提高1.2个百分点。",
    "公司制定了废弃物分类管理制度，危险废物全部交由有资质单位处置。",
    "公司组织员工开展绿色办公培训，全年覆盖员工3,200人次。",
]


def _line(text: str, y: float) -> Line:
    return Line(text, 50.0, y, 50.0 + 10 * len(text), y + 10)


def _page(n: int) -> list[Line]:
    return [_line(f"{HEAD}", 20), _line(BODIES[n % 5], 300), _line(f"{FOOT} {n}", 815)]


def test_a_margin_line_seen_on_two_earlier_pages_is_dropped() -> None:
    running = RunningLines()
    kept = [running.strip(_page(n), 842.0) for n in range(5)]
    assert [len(k) for k in kept] == [3, 3, 1, 1, 1]  # page numbers differ: still one footer
    assert all(k[-1].text == BODIES[n % 5] or len(k) == 3 for n, k in enumerate(kept))


def test_body_lines_and_one_off_margin_lines_stay() -> None:
    running = RunningLines()
    captions = ["光伏电站项目示意", "风电场巡检现场", "储能电站并网仪式", "氢能示范线投产"]
    for caption in captions:
        lines = running.strip([_line(caption, 20), _line(BODIES[0], 300),
                               _line(BODIES[0], 500)], 842.0)
        assert [ln.text for ln in lines] == [caption, BODIES[0], BODIES[0]]


@pytest.mark.skipif(not has_cjk_font(), reason=f"needs the {CJK_FONT} font")
def test_a_rendered_report_loses_its_running_head(tmp_path: Path) -> None:
    style = (f"@page {{ size: A4; margin: 2.5cm 2cm; @top-center {{ content: '{HEAD}'; "
             f"font-size: 9pt }} @bottom-center {{ content: '{FOOT} ' counter(page); "
             f"font-size: 9pt }} }} body {{ font-family: '{CJK_FONT}'; font-size: 11pt }} "
             ".page { page-break-after: always }")
    pages = "".join(f"<div class='page'><p>{body}</p></div>" for body in BODIES)
    path = render_pdf(f"<html><head><meta charset='utf-8'><style>{style}</style></head>"
                      f"<body>{pages}</body></html>", tmp_path / "report.pdf")
    doc = read_document(path)
    assert len(doc.pages) == 5
    for page in doc.pages[2:]:
        texts = [p.text for p in page.passages]
        assert not any("环境、社会及治理报告" in t or "共建绿色未来" in t for t in texts), texts
        assert any(t.startswith(BODIES[page.number - 1][:12]) for t in texts), texts
