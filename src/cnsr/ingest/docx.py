"""DOCX reader: paragraphs and tables in body order, cut into pages.

A DOCX file has no fixed pages. When Word saved its layout (`w:lastRenderedPageBreak`
markers, present in files last saved by Word), those markers give the page numbers a reader
of the printed report would cite. Otherwise pages start at hard page breaks and section
breaks, and a page is also closed after ~1,800 characters (`VIRTUAL_PAGE_CHARS`), so page
numbers are approximate but stable.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph

from cnsr.ingest.document import Page, Table
from cnsr.ingest.passages import VIRTUAL_PAGE_CHARS, Block, pages_from_blocks
from cnsr.ingest.text import join_lines

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_pages(path: Path) -> list[Page]:
    document = docx.Document(str(path))
    body = document.element.body
    rendered = next(body.iter(f"{_W}lastRenderedPageBreak"), None) is not None
    blocks: list[Block] = []
    breaks: list[int] = []
    for item in document.iter_inner_content():
        if isinstance(item, DocxTable):
            rows = [[join_lines(cell.text.splitlines()) for cell in row.cells]
                    for row in item.rows]
            rows = [row for row in rows if any(row)]
            if rows:
                blocks.append(Table(rows=rows))
            continue
        before, after = _breaks(item, rendered)
        if before:
            breaks.append(len(blocks))
        text = join_lines(item.text.splitlines())
        if text:
            blocks.append(text)
        if after:
            breaks.append(len(blocks))
    page_chars = 10**12 if rendered else VIRTUAL_PAGE_CHARS
    return list(pages_from_blocks(blocks, breaks=breaks, page_chars=page_chars))


def _breaks(paragraph: Paragraph, rendered: bool) -> tuple[bool, bool]:
    """Whether a new page starts before and/or after this paragraph: a break mark with no
    text before it in the paragraph moves the whole paragraph to the next page."""
    element = paragraph._p
    before = any(node.get(f"{_W}val") not in ("0", "false")
                 for node in element.xpath("./w:pPr/w:pageBreakBefore"))
    after = bool(element.xpath("./w:pPr/w:sectPr"))
    seen = ""
    for node in element.iter():
        if node.tag == f"{_W}t":
            seen += node.text or ""
        elif ((node.tag == f"{_W}br" and node.get(f"{_W}type") == "page")
              or (rendered and node.tag == f"{_W}lastRenderedPageBreak")):
            if seen.strip():
                after = True
            else:
                before = True
    return before, after
