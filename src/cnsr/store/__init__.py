"""The store: ratings, documents and runs in SQLite (default) or PostgreSQL."""

from cnsr.store.repository import DocumentInput, Store

__all__ = ["DocumentInput", "Store"]
