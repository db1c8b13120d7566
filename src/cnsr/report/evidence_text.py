"""How a piece of evidence is cited in every report (card, terminal table, web): the quote
trimmed, the page as printed beside the file's page index, and a note when the quote is in
another language than the report."""

from __future__ import annotations

import posixpath
import re
from pathlib import PureWindowsPath

from cnsr.cjk import HAN_CLASS
from cnsr.rating import Evidence
from cnsr.report.labels import t

QUOTE_CHARS = 280
"""Evidence passages longer than this are cut (with an ellipsis) on the card; Excel keeps all."""
_CJK = re.compile(HAN_CLASS)
_LATIN = re.compile(r"[A-Za-z]{3}")


def quote(text: str, limit: int = QUOTE_CHARS) -> str:
    """Spaces collapsed, line breaks kept (a table is quoted as its header over one row)."""
    text = "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def page_text(ev: Evidence, lang: str) -> str:
    """'第58页（文件第3页）' / 'p. 58 (file p. 3)' when the printed number differs from the
    index, else '第3页' / 'p. 3'; empty without a page."""
    if ev.page is None:
        return ""
    if ev.page_label and ev.page_label != str(ev.page):
        return t("page_label_n", lang, label=ev.page_label, n=ev.page)
    return t("page_n", lang, n=ev.page)


def other_language(text: str, lang: str) -> bool:
    """A Chinese quote in an English report, or an English one in a Chinese report."""
    if lang == "en":
        return _CJK.search(text) is not None
    return _CJK.search(text) is None and _LATIN.search(text) is not None


def _posix(path: str) -> str:
    return PureWindowsPath(path).as_posix() if "\\" in path else path


def relative_file(path: str, inputs: list[str]) -> str:
    """`path` relative to the folder holding all of the rating's input files (the corpus or
    manifest folder of a batch): a file name for one input, "sub/x.pdf" for inputs in
    several sub-folders. A path outside them keeps its file name only, so no absolute path
    of the rating machine leaves in a workbook."""
    path = _posix(path)
    folders = [posixpath.dirname(_posix(p)) for p in inputs if p]
    try:
        base = posixpath.commonpath(folders) if folders else ""
    except ValueError:  # absolute and relative paths mixed
        base = ""
    if base and base != "/" and path.startswith(base.rstrip("/") + "/"):
        return path[len(base.rstrip("/")) + 1:]
    return posixpath.basename(path) if posixpath.isabs(path) or ":" in path[:3] else path
