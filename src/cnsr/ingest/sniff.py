"""Decide a file's kind from its first bytes, never from its name.

Reports arrive from crawlers and mailboxes with wrong names: a PNG or a ZIP called `.pdf`,
an HTML error page saved as `.pdf`. Reading by content gives the right reader or a clear
"this is really a PNG image" message instead of a parser traceback.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Literal

Kind = Literal["pdf", "docx", "html", "txt"]

HEAD_BYTES = 8192
"""How much of the file start is inspected; the PDF header may follow some junk bytes."""

_MAGIC: list[tuple[bytes, str]] = [
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"BM", "a BMP image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
     "a legacy or password-protected Office file (.doc/.xls, or an encrypted .docx); "
     "save it unprotected as .docx or PDF"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"{\\rtf", "an RTF document; save it as .docx or PDF"),
]
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title")


class UnsupportedKind(Exception):
    """The content is recognisably something cnsr cannot read; `str()` names what it is."""


def sniff(path: Path, head: bytes) -> Kind:
    """Return the reader kind for a file whose first bytes are `head`.

    Raises `UnsupportedKind` with a description such as "a PNG image".
    """
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(path)
    for magic, what in _MAGIC:
        # two-letter magics ("BM", "MZ") also start plain text: binaries have NUL bytes
        if head.startswith(magic) and (len(magic) > 2 or b"\x00" in head[:64]):
            raise UnsupportedKind(what)
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if looks_like_html(head):
        return "html"
    if looks_like_text(head):
        return "txt"
    raise UnsupportedKind("binary data of an unknown type")


def looks_like_html(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html")):
        return True
    return start.startswith(b"<") and any(marker in start[:2048] for marker in _HTML_MARKERS)


def looks_like_text(head: bytes) -> bool:
    """True when the bytes decode as UTF-8/UTF-16/GB18030 text with few control characters."""
    from cnsr.ingest.encoding import decode_text

    try:
        text, _ = decode_text(head, partial=True)
    except UnicodeDecodeError:
        return False
    if not text:
        return False
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls <= len(text) // 100


def _sniff_zip(path: Path) -> Kind:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError) as err:
        raise UnsupportedKind(f"a damaged ZIP archive ({err})") from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        raise UnsupportedKind("an Excel workbook")
    if "ppt/presentation.xml" in names:
        raise UnsupportedKind("a PowerPoint presentation; export it as PDF")
    raise UnsupportedKind("a ZIP archive; unpack it and rate the report inside")
