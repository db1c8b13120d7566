"""Build a page's passages from its lines and tables, or pages from a flow of blocks.

Two shapes of input reach here: PDF/OCR pages (positioned lines, some forming tables) and
page-less formats (DOCX, HTML, text) that give a flow of paragraphs and tables which must be
cut into pages so every passage still has a page number to cite.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from cnsr.ingest.document import BBox, Page, Passage, Table
from cnsr.ingest.footnotes import carry_note_units
from cnsr.ingest.layout import Line, group_paragraphs
from cnsr.ingest.tables import FoundTable
from cnsr.ingest.text import is_page_number, join_lines, split_long, table_caption_unit
from cnsr.ingest.tiles import join_tiles

MAX_PASSAGE_CHARS = 1200
"""Longer paragraphs are split at sentence ends so a passage stays a citable size."""
VIRTUAL_PAGE_CHARS = 1800
"""Characters per page for formats without pages; a dense A4 page of Chinese report text
holds about 1,500-2,000 characters, so cited page numbers land near the printed ones."""

Block = str | Table
"""One unit of a page-less flow: a paragraph's text, or a table."""


def page_from_lines(number: int, lines: Sequence[Line], tables: Sequence[FoundTable], *,
                    ocr: bool = False) -> Page:
    """A Page whose passages are the paragraphs of `lines` with `tables` cut out and kept."""
    passages: list[Passage] = []

    def add(text: str, table: Table | None = None, bbox: BBox | None = None) -> None:
        passages.append(Passage(page=number, index=len(passages), text=text, table=table,
                                bbox=bbox))

    start = 0
    for found in [*sorted(tables, key=lambda t: t.start), None]:
        stop = found.start if found is not None else len(lines)
        for paragraph in group_paragraphs(lines[start:stop]):
            text = join_lines([line.text for line in paragraph])
            if not text or is_page_number(text):
                continue
            bbox = (min(ln.x0 for ln in paragraph), paragraph[0].y0,
                    max(ln.x1 for ln in paragraph), paragraph[-1].y1)
            for part in split_long(text, MAX_PASSAGE_CHARS):
                add(part, bbox=bbox)
        if found is not None:
            add(found.table.as_text(), found.table, found.bbox)
            start = found.stop
    page_text = "\n".join(line.text for line in lines)
    return Page(number=number, text=page_text, ocr=ocr,
                passages=carry_note_units(join_tiles(passages)))


def pages_from_blocks(blocks: Sequence[Block], *, breaks: Sequence[int] = (),
                      page_chars: int = VIRTUAL_PAGE_CHARS) -> Iterator[Page]:
    """Cut a flow of blocks into pages: at `breaks` (block indexes that start a new page,
    e.g. explicit page breaks) and whenever a page would exceed `page_chars` characters."""
    forced = set(breaks)
    blocks = captioned(blocks)
    current: list[Block] = []
    size = 0
    number = 1
    for index, block in enumerate(blocks):
        length = len(block) if isinstance(block, str) else len(block.as_text())
        if current and (index in forced or size + length > page_chars):
            yield page_of_blocks(number, current)
            number, current, size = number + 1, [], 0
        current.append(block)
        size += length
    if current:
        yield page_of_blocks(number, current)


_YEAR_TOKEN = re.compile(r"^(?:FY\s?)?(?:19|20)\d\d\s?(?:年度?)?$")
_VALUE_TOKEN = re.compile(r"^[-+−]?\d[\d,，]*(?:\.\d+)?$")


def _tokens(block: Block, pattern: re.Pattern[str]) -> list[str] | None:
    """The tokens of a short paragraph made only of tokens of `pattern` (two or more)."""
    if not isinstance(block, str):
        return None
    tokens = block.split()
    if len(tokens) < 2 or not all(pattern.match(t) for t in tokens):
        return None
    return tokens


def chart_table(caption: str, first: Block, second: Block) -> Table | None:
    """A chart flattened into text: its title with a unit ("图3 近三年二氧化碳排放总量（千吨）"),
    then its data labels on one line and its axis years on the next (or the years first), as a
    one-row table of that title over those years, so the figures are read like a KPI row's
    (blind stage round 2, session 13: a steel mill's own CO2 was only such a chart and it
    stayed at stage 2). None when the lines are not such a chart (counts differ, a line holds
    words)."""
    if table_caption_unit(caption) is None:
        return None
    for values, years in ((first, second), (second, first)):
        v, y = _tokens(values, _VALUE_TOKEN), _tokens(years, _YEAR_TOKEN)
        if v is not None and y is not None and len(v) == len(y) and len(set(y)) == len(y):
            return Table(rows=[["", *y], [caption.strip(), *v]])
    return None


def charts(blocks: Sequence[Block]) -> list[Block]:
    """Blocks where a flattened chart (`chart_table`) is one table after its title."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        table = chart_table(block, blocks[i + 1], blocks[i + 2]) \
            if isinstance(block, str) and i + 2 < len(blocks) else None
        if table is not None:
            out.extend([block, table])
            i += 3
            continue
        out.append(block)
        i += 1
    return out


def captioned(blocks: Sequence[Block]) -> list[Block]:
    """Blocks where a table right after a unit caption ("单位：万吨") holds the caption as its
    first row, so the table's figures get that unit (the caption paragraph stays too); a
    flattened chart under its title becomes a table first (`charts`)."""
    out: list[Block] = []
    for block in charts(blocks):
        previous = out[-1] if out else None
        if (isinstance(block, Table) and isinstance(previous, str) and block.rows
                and table_caption_unit(previous) is not None):
            width = max(len(row) for row in block.rows)
            block = Table(rows=[[previous.strip()] + [""] * (width - 1), *block.rows])
        out.append(block)
    return out


def page_of_blocks(number: int, blocks: Sequence[Block]) -> Page:
    passages: list[Passage] = []
    texts: list[str] = []
    for block in blocks:
        if isinstance(block, Table):
            text = block.as_text()
            passages.append(Passage(page=number, index=len(passages), text=text, table=block))
            texts.append(text)
            continue
        texts.append(block)
        for part in split_long(block.strip(), MAX_PASSAGE_CHARS):
            if part:
                passages.append(Passage(page=number, index=len(passages), text=part))
    return Page(number=number, text="\n".join(texts), passages=carry_note_units(passages))
