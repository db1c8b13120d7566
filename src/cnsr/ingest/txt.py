"""Plain-text reader: UTF-8/GB18030 decoding, form feeds as page breaks, paragraphs.

Text files come from PDF-to-text converters (hard-wrapped, form feed between pages) or from
copied web pages (one paragraph per line). Blank lines, where the writer used them, separate
paragraphs; otherwise a hard-wrapped file is grouped with the same geometric rules as PDF
lines, using each line's display width (a Chinese character is two columns); otherwise
every non-blank line is a paragraph. Without form feeds, pages are cut
every ~1,800 characters like DOCX.

Reports saved from web pages or written in Markdown hold their KPI tables as pipe tables
("| 指标 | 单位 | 2022 | 2023 |" over "|---|---|"): such runs of lines become a `Table`, so
their figures get a unit and a year like a DOCX table's (before, the rows were one paragraph
and the emissions in them were no figures). So do runs of lines whose cells stand between
tabs (copied from a spreadsheet or a web page) or runs of spaces (`pdftotext -layout`), when
at least two rows end in a figure. Markdown heading marks ("## ") and quote marks ("> ") at a
line start are dropped from the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cnsr.ingest.document import Page, Table
from cnsr.ingest.encoding import REPLACED, decode_text
from cnsr.ingest.layout import Line, group_paragraphs
from cnsr.ingest.passages import Block, page_of_blocks, pages_from_blocks
from cnsr.ingest.reading_limits import layout_limits
from cnsr.ingest.text import is_cjk, join_lines

WRAPPED_SHARE = 0.6
"""Share of lines close to the longest line's width that marks a hard-wrapped file."""
LINE_HEIGHT, LINE_PITCH = 1.6, 2.0
"""Synthetic geometry in display columns: a line is about as tall as a Chinese character is
wide (two columns), and a blank line leaves a gap the paragraph rules see."""


def txt_pages(data: bytes, warnings: list[str]) -> list[Page]:
    try:
        text, encoding = decode_text(data)
        if encoding == REPLACED:
            warnings.append("the text is UTF-8 with a few invalid bytes; they were replaced")
    except UnicodeDecodeError:
        text = data.decode("gb18030", errors="replace")
        warnings.append("the text is neither valid UTF-8 nor GB18030; unreadable bytes "
                        "were replaced")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\f" in text:
        return [page_of_blocks(number, blocks(chunk))
                for number, chunk in enumerate(text.split("\f"), start=1)]
    return list(pages_from_blocks(blocks(text)))


_MARKUP = re.compile(r"^\s{0,3}(?:#{1,6}|>)\s+")
"""A Markdown heading or quote mark at the start of a line."""
_RULE_CELL = re.compile(r"^\s*:?-{3,}:?\s*$")
"""A cell of a pipe table's separator row ("---", ":---:")."""


def blocks(text: str) -> list[Block]:
    """Paragraphs and pipe tables of a plain-text page, in order."""
    lines = [_MARKUP.sub("", line) for line in text.split("\n")]
    out: list[Block] = []
    start = 0
    index = 0
    while index < len(lines):
        stop = _pipe_run(lines, index)
        table = _pipe_table(lines[index:stop]) if stop > index else None
        if table is None:
            stop = _aligned_run(lines, index)
            table = Table(rows=[_split(line) for line in lines[index:stop]]) \
                if stop > index else None
        if table is not None:
            out.extend(paragraphs("\n".join(lines[start:index])))
            out.append(table)
            start = index = stop
        else:
            index += 1
    out.extend(paragraphs("\n".join(lines[start:])))
    return out


def _pipe_run(lines: Sequence[str], start: int) -> int:
    """End of a pipe table starting at `start`, or `start` when none starts there: two or more
    lines of cells, with a separator row, or with every line opening with "|", or (the outer
    pipes left out, as Markdown allows and as text copied from a web table often has them)
    with at least `text_figure_rows` rows ending in a figure, the test aligned runs pass."""
    stop = start
    while stop < len(lines) and lines[stop].count("|") >= 2:
        stop += 1
    run = lines[start:stop]
    if len(run) < 2:
        return start
    if any(_is_rule(line) for line in run) or all(line.lstrip().startswith("|") for line in run):
        return stop
    if sum(1 for line in run if _FIGURE.match(_cells(line)[-1])) >= _TABLES.text_figure_rows:
        return stop
    return start


def _cells(line: str) -> list[str]:
    body = line.strip()
    body = body[1:] if body.startswith("|") else body
    body = body[:-1] if body.endswith("|") else body
    return [cell.strip() for cell in body.split("|")]


def _is_rule(line: str) -> bool:
    return all(_RULE_CELL.match(cell) for cell in _cells(line))


_GAP = re.compile(r"\t+| {2,}|\u3000+")
"""What separates the cells of a table saved as text: tabs (copied from a spreadsheet or a
web page), or runs of spaces (a PDF converted with its layout, `pdftotext -layout`)."""
_TABLES = layout_limits().tables  # data/text/layout.yaml
_FIGURE = _TABLES.figure_cell_re()


def _split(line: str) -> list[str]:
    return [cell.strip() for cell in _GAP.split(line.strip())]


def _aligned_run(lines: Sequence[str], start: int) -> int:
    """End of a table of tab- or space-separated cells starting at `start` (a header line and
    rows of `text_min_cells` or more cells, at least `text_figure_rows` rows ending in a
    figure: justified prose has wide spaces too, but not figures in columns; layout.yaml), or
    `start` when none starts there."""
    stop = start
    while stop < len(lines) and len(_split(lines[stop])) >= _TABLES.text_min_cells:
        stop += 1
    rows = [_split(line) for line in lines[start:stop]]
    if sum(1 for row in rows if _FIGURE.match(row[-1])) < _TABLES.text_figure_rows:
        return start
    return stop


def _pipe_table(lines: Sequence[str]) -> Table:
    return Table(rows=[_cells(line) for line in lines if not _is_rule(line)])


def paragraphs(text: str) -> list[str]:
    """Paragraph texts of a plain-text page, wrapped lines joined."""
    raw_lines = text.split("\n")
    if _blank_line_separated(raw_lines):
        return _by_blank_lines(raw_lines)
    if not _hard_wrapped(raw_lines):
        return [stripped for line in raw_lines if (stripped := line.strip())]
    lines: list[Line] = []
    y = 0.0
    for raw in raw_lines:
        if raw.strip():
            indent = _width(raw[: len(raw) - len(raw.lstrip())])
            lines.append(Line(raw.strip(), indent, y, indent + _width(raw.strip()),
                              y + LINE_HEIGHT))
        y += LINE_PITCH
    return [join_lines([line.text for line in group]) for group in group_paragraphs(lines)]


def _blank_line_separated(lines: Sequence[str]) -> bool:
    """True when blank lines separate blocks of several lines: the writer marked paragraphs."""
    blocks = "\n".join(line.strip() for line in lines).strip().split("\n\n")
    return len(blocks) > 1 and any("\n" in block.strip() for block in blocks)


def _by_blank_lines(lines: Sequence[str]) -> list[str]:
    """Blocks between blank lines, each also split where a line starts indented (the
    Chinese "　　" paragraph indent)."""
    out: list[list[str]] = []
    fresh = True
    for line in lines:
        if not line.strip():
            fresh = True
            continue
        if fresh or _width(line[: len(line) - len(line.lstrip())]) >= 2:
            out.append([])
        out[-1].append(line)
        fresh = False
    return [join_lines(group) for group in out]


def _width(text: str) -> float:
    """Display width in columns: Chinese characters and full-width spaces count two."""
    return float(sum(2 if is_cjk(ch) else 1 for ch in text))


def _hard_wrapped(lines: Sequence[str]) -> bool:
    widths = sorted(_width(line.strip()) for line in lines if line.strip())
    if len(widths) < 3:
        return False
    longest = widths[-1]
    close = sum(1 for width in widths if width >= 0.85 * longest)
    return longest <= 200 and close >= WRAPPED_SHARE * len(widths)
