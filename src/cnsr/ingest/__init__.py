"""Ingest: files in, `Document` (pages → passages with page numbers, tables kept) out.

    from cnsr.ingest import read_document
    doc = read_document(Path("report.pdf"), progress=lambda done, total: ...)

Readers are chosen by content (sniff.py): pdf.py (pdfium text layer, ocr.py for image-only
pages, tables.py / plumber.py for tables), docx.py, html.py, txt.py. Every unreadable input
raises `cnsr.errors.DocumentError` with a one-line message.
"""

from cnsr.ingest.document import Document, Page, Passage, Table
from cnsr.ingest.options import MAX_BYTES, MAX_PAGES, Progress, ReadOptions, TableMode
from cnsr.ingest.read import PageStream, PendingDocument, iter_pages, read_document

__all__ = [
    "MAX_BYTES",
    "MAX_PAGES",
    "Document",
    "Page",
    "PageStream",
    "PendingDocument",
    "Passage",
    "Progress",
    "ReadOptions",
    "Table",
    "TableMode",
    "iter_pages",
    "read_document",
]
