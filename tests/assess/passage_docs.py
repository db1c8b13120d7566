"""Documents built from passages, for the assessment tests (imported as `passage_docs`)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

from cnsr.ingest.document import Document, Page, Passage, Table


def make_doc(pages: Sequence[Sequence[Any]], path: str = "report.pdf") -> Document:
    """A document whose page i holds the given passages (a list of rows is a table)."""
    out = []
    for number, items in enumerate(pages, start=1):
        passages = []
        for index, item in enumerate(items):
            if isinstance(item, list):
                table = Table(rows=item)
                passages.append(Passage(page=number, index=index, text=table.as_text(),
                                        table=table))
            else:
                passages.append(Passage(page=number, index=index, text=item))
        out.append(Page(number=number, text="\n".join(p.text for p in passages),
                        passages=passages))
    digest = hashlib.sha256(repr(pages).encode()).hexdigest()
    return Document(path=path, sha256=digest, kind="pdf", pages=out)
