"""Navigation pages and tables: contents, content indexes, materiality matrices, stakeholder
tables.

A table of contents ("董事长致辞……3"), a GRI / HKEX ESG / SASB / TCFD index ("GRI 305-1 |
直接温室气体排放 | P23"), a materiality matrix (topic labels under 实质性议题矩阵) or a
stakeholder table (利益相关方 | 关注议题 | 沟通方式) names the topics of a report without
disclosing anything; quoted as evidence they earn points the report has not earned.
`navigation_passages(document)` finds them with cheap layout heuristics whose words and
thresholds are data (data/text/navigation.yaml, validated on load):

- a page or passage titled by a contents or index heading whose lines mostly end in page
  references or hold index codes; without the heading, a higher share of such lines;
- a table whose header holds index or stakeholder header words (unless most rows are KPI rows
  with figures per year), or whose rows mostly hold index codes or end in a page number;
- a passage made only of index-table lines ("A4.1 描述… 第23页"), on any page;
- under a materiality or stakeholder heading, the label-like passages (short lines, no
  sentence): the topics of a matrix; explaining prose on the same page stays evidence;
- on any page, the rows (short cells, no sentence, no figure) after a passage that ends in a
  stakeholder table's header or a list heading (`nav_prose`, session 12): a table flattened
  into a page of prose. What is glued inside a passage is left to `match.analyse`.

The data file's model and compiled form and the heuristics on text lines are
`navigation_rules`; those on a table's rows (and an index table read into a KPI table's rows)
are `navigation_tables` (split in session 27).
"""

from __future__ import annotations

import re

from cnsr.evidence.nav_prose import nav_prose
from cnsr.evidence.navigation_rules import rules
from cnsr.evidence.navigation_tables import table_is_navigation
from cnsr.evidence.normalize import normalize
from cnsr.ingest.document import Document, Passage

_PAGE_AT_END = re.compile(r"\s\d{1,3}(?:\s*[,，、-]\s*\d{1,3})*$")


def _lines(text: str) -> list[str]:
    return [line for raw in text.split("\n") if (line := raw.strip())]


def _first_lines(text: str, n: int) -> list[str]:
    out: list[str] = []
    for raw in text.split("\n", 2 * n):
        line = raw.strip()
        if line:
            out.append(line)
            if len(out) == n:
                break
    return out


def passage_is_navigation(passage: Passage, page_kind: str | None = None) -> bool:
    """One passage: a navigation table, a titled contents or index passage, or labels on a
    page titled as a materiality matrix or stakeholder chart (`page_kind`)."""
    nav = rules()
    if passage.table is not None:
        return table_is_navigation(passage.table.rows, page_kind)
    kind = nav.heading(_first_lines(passage.text, 1))
    if kind is None and page_kind in ("materiality", "stakeholders"):
        kind = page_kind
    if kind is None:
        return nav.index_lines(_lines(passage.text))
    return nav.text_is_navigation(_lines(passage.text), kind)


def navigation_passages(document: Document) -> set[tuple[int, int]]:
    """(page number, passage index) of every navigation passage of `document`; a navigation
    page counts whole. A page without passages is its passage 0. A page without a heading
    or a hint (`hints` in the data) costs one search and a look at its passages' first lines."""
    nav = rules()
    glued = nav_prose()
    out: set[tuple[int, int]] = set()
    for page in document.pages:
        # tables are judged as tables (a KPI table is never navigation)
        text = page.text if not page.passages else "\n".join(
            p.text for p in page.passages if p.table is None)
        kind = nav.heading(_first_lines(text, nav.data.heading_lines))
        whole = False
        if kind in ("contents", "index") or (kind is None and nav.hinted(text)):
            whole = nav.text_is_navigation(_lines(text), kind)
        if not page.passages:
            if whole:
                out.add((page.number, 0))
            continue
        listing = False  # the passage before opened a table or list (`nav_prose`)
        row = 0  # passages of an index row still to come after a code alone (session 21)
        for passage in page.passages:
            if passage.table is None and nav.data.code_row_passages:
                text = passage.text.strip()
                if nav.code_alone.match(text):
                    out.add((page.number, passage.index))
                    row = nav.data.code_row_passages
                    continue
                if row and nav.row_description(text):
                    out.add((page.number, passage.index))
                    # the row ends at its page number ("… vehicles 6")
                    row = 0 if _PAGE_AT_END.search(text) else row - 1
                    continue
            row = 0
            if (whole and passage.table is None) or passage_is_navigation(passage, kind):
                out.add((page.number, passage.index))
                # a materiality table's levels under its heading still open its topic cells
                listing = passage.table is None and glued.levels_only(normalize(passage.text))
                continue
            if passage.table is not None:
                listing = False
                continue
            if listing and glued.label_run(normalize(passage.text)):
                out.add((page.number, passage.index))  # a row of the table opened before
                continue
            listing = ((glued.gate(passage.text) or glued.level_gate.search(passage.text) is not None)
                       and glued.opens_list(normalize(passage.text)))
    return out
