"""Navigation flattened into a page of prose is no evidence (session 12, issue #12 item 4).

Each page of a rendered PDF holds ordinary prose that discloses nothing about carbon or the
environment, and one navigation block set as plain lines, so that text extraction glues it
into the page: a stakeholder-communication table, a materiality list, an SDG response box, a
chapter band with its page number, a GRI / HKEX / SASB reference line, a "关键绩效" heading
over labels without figures, and English equivalents (`nav_prose_pages`). Before session 12
the reader quoted 17 points from them (stakeholder rows as energy saving and green products,
a materiality list as biodiversity work and green finance, "SDG 7 … 清洁能源" as an energy
measure, the KPI labels as a GHG total, "TCFD" as international voice). Text written for
these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from cnsr.evidence.find import find_evidence
from cnsr.ingest import read_document
from cnsr.ingest.document import Document

from .nav_prose_pages import KEEP_ZH, NAVIGATION, PROSE_ZH, has_cjk_font, render_pdf, report_html

KINDS = list(NAVIGATION)
pytestmark = pytest.mark.skipif(not has_cjk_font(), reason="needs the Noto Sans CJK SC font")


@pytest.fixture(scope="module")
def glued(tmp_path_factory: pytest.TempPathFactory) -> Document:
    path = tmp_path_factory.mktemp("nav") / "glued.pdf"
    return read_document(render_pdf(report_html(KINDS), path))


@pytest.mark.parametrize("page", range(1, len(KINDS) + 1), ids=KINDS)
def test_navigation_glued_into_prose_earns_nothing(glued: Document, page: int) -> None:
    texts = [p.text for p in glued.pages[page - 1].passages]
    first = NAVIGATION[KINDS[page - 1]][0].split()[0]
    assert any(first in t for t in texts), texts  # the block is really glued into the page
    quoted = {pid: [r.where.page for r in ranked]
              for pid, ranked in find_evidence([glued]).points.items()}
    assert not {pid for pid, pages in quoted.items() if page in pages}, quoted


def test_disclosure_beside_codes_and_labels_stays(tmp_path: Path) -> None:
    """A code cited in a sentence, labels with their figures, SDGs named after a measured
    fact: each keeps its point on a page of the same make."""
    body = "".join(f"<div class='page'><p>{PROSE_ZH[0]}</p><div class='nav'>{text}</div>"
                   f"<p>{PROSE_ZH[1]}</p></div>" for text, _ in KEEP_ZH)
    html = report_html([]).replace("<body></body>", f"<body>{body}</body>")
    doc = read_document(render_pdf(html, tmp_path / "keep.pdf"))
    points = find_evidence([doc]).points
    for page, (_, expected) in enumerate(KEEP_ZH, start=1):
        for pid, rating in expected.items():
            on_page = [r.hit.rating for r in points.get(pid, []) if r.where.page == page]
            assert on_page and max(on_page) >= rating, (pid, page, on_page)
