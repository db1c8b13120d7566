"""Ingest: files in, `Document` (pages → passages with page numbers, tables kept) out.

    from cnsr.ingest import read_document
    doc = read_document(Path("report.pdf"), progress=lambda done, total: ...)

Readers are chosen by content (sniff.py): pdf.py (pdfium text layer, ocr.py for image-only
pages, tables.py / plumber.py for tables), docx.py, html.py, txt.py. Every unreadable input
raises `cnsr.errors.DocumentError` with a one-line message.

The names below are imported when first used, not with the package: `cnsr rate` imports the
page-reading modules (`parallel`, `pdf_extract`) and forks its workers before it imports
pydantic, which `document` and `read` need.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cnsr.ingest.document import Document, Page, Passage, Table
    from cnsr.ingest.options import MAX_BYTES, MAX_PAGES, Progress, ReadOptions, TableMode
    from cnsr.ingest.read import PageStream, PendingDocument, iter_pages, read_document

_HOMES = {
    "Document": "document", "Page": "document", "Passage": "document", "Table": "document",
    "MAX_BYTES": "options", "MAX_PAGES": "options", "Progress": "options",
    "ReadOptions": "options", "TableMode": "options",
    "PageStream": "read", "PendingDocument": "read", "iter_pages": "read",
    "read_document": "read",
}

__all__ = [
    "MAX_BYTES", "MAX_PAGES", "Document", "Page", "PageStream", "PendingDocument", "Passage",
    "Progress", "ReadOptions", "Table", "TableMode", "iter_pages", "read_document",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{home}"), name)
