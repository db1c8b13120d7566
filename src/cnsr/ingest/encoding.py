"""Decode plain-text bytes: BOMs, then strict UTF-8, then strict GB18030.

Chinese text files are UTF-8 or GBK/GB2312 (GB18030 is a superset of both). UTF-8 is tried
first because GBK byte pairs are rarely valid UTF-8, while GB18030 decodes almost any UTF-8
bytes into wrong characters without an error; so UTF-8 text with a few bad bytes stays UTF-8.
"""

from __future__ import annotations

import codecs

REPLACED = "utf-8, a few invalid bytes replaced"

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def decode_text(data: bytes, *, partial: bool = False) -> tuple[str, str]:
    """Return (text, encoding name). `partial` tolerates a character cut at the end.

    Raises `UnicodeDecodeError` when no candidate decodes the bytes strictly.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode(data, name, partial), name
    if b"\x00" in data:
        raise UnicodeDecodeError("utf-8", data, 0, 1, "NUL byte in text")
    try:
        return _decode(data, "utf-8", partial), "utf-8"
    except UnicodeDecodeError:
        lenient = data.decode("utf-8", errors="replace")
        if lenient.count("\ufffd") * 1000 <= len(lenient):
            return lenient, REPLACED  # a few bad bytes in UTF-8 text: GB18030 would garble
    return _decode(data, "gb18030", partial), "gb18030"


def _decode(data: bytes, name: str, partial: bool) -> str:
    decoder = codecs.getincrementaldecoder(name)()
    return decoder.decode(data, final=not partial)
