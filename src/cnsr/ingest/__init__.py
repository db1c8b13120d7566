"""Ingest: files in, `Document` (pages → passages with page numbers, tables kept) out."""
