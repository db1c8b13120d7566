"""String helpers for turning wrapped lines into paragraph text.

PDF, OCR and hard-wrapped text files break sentences at the end of every printed line.
Chinese has no spaces between words, so a wrap must be joined without one ("温室\n气体" is
"温室气体"), while English needs a space. Text is otherwise kept raw for citations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from cnsr.cjk import is_wide as is_cjk

_NUMBER_END = frozenset("0123456789.,")
_NUMBER_START = frozenset("0123456789.,%")
_PAGE_NUMBER = re.compile(r"^[\s\-—–·•|]*(第\s*)?(\d{1,4}|[ivxIVX]{1,6})(\s*页)?[\s\-—–·•|]*$")
_SENTENCE_END = re.compile(r"(?<=[。！？；!?;])|(?<=[.])(?=\s)")


def join_lines(lines: Sequence[str]) -> str:
    """Join wrapped lines: no space next to a CJK character, after a hyphen, or inside a
    number broken across lines of Chinese text ("11" + ".2%"); else one space."""
    out = ""
    previous = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
        elif (is_cjk(out[-1]) or is_cjk(line[0]) or (out[-1] == "-" and out[-2:-1].isalpha())
              or (out[-1] in _NUMBER_END and line[0] in _NUMBER_START
                  and any(is_cjk(ch) for ch in previous))):
            out += line
        else:
            out += " " + line
        previous = line
    return out


def join_cells(parts: Sequence[str]) -> str:
    """Join pieces of one table cell split across lines (same rule as wrapped lines)."""
    return join_lines(parts)


def is_page_number(text: str) -> bool:
    """True for running page numbers such as "12", "- 12 -", "第12页" or "xiv"."""
    return bool(_PAGE_NUMBER.match(text))


def split_long(text: str, limit: int) -> list[str]:
    """Split text longer than `limit` characters at sentence ends into paragraph-sized parts.

    A sentence longer than `limit` is kept whole rather than cut mid-sentence.
    """
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    current = ""
    for sentence in _SENTENCE_END.split(text):
        if current and len(current) + len(sentence) > limit:
            parts.append(current.strip())
            current = ""
        current += sentence
    if current.strip():
        parts.append(current.strip())
    return parts


def _caption_limits() -> tuple[int, float]:
    from cnsr.ingest.reading_limits import layout_limits  # data/text/layout.yaml

    tables = layout_limits().tables
    return tables.caption_chars, tables.caption_latin


CAPTION_CHARS, CAPTION_LATIN = _caption_limits()
"""A unit caption is a short line, a table title with its unit at most: CAPTION_CHARS Chinese
characters wide, an ASCII character counting CAPTION_LATIN of one."""


def caption_width(line: str) -> float:
    """How wide a line is in Chinese characters (an ASCII character is CAPTION_LATIN of one), so
    that an English table title is measured as printed, not by its many letters."""
    latin = sum(1 for ch in line if ch.isascii())
    return (len(line) - latin) + latin * CAPTION_LATIN
_UNIT_CAPTION = re.compile(
    # blind round 15 (session 19): traditional characters ("（單位：噸二氧化碳當量）"), read before the
    # text is converted, as the notes under a table already are (ingest/footnotes.py)
    r"(?:^|[\s(（,，;；])(?:计量单位|計量單位|单位|單位|units?)\s*[:：]\s*([^\s:：(（)）][^:：(（)）]{0,29}?)"
    # an exception after the unit ("单位：吨二氧化碳当量（强度除外）", "Unit: tCO2e (unless otherwise
    # stated)"; blind round 10, session 14) leaves the unit the table's
    r"(?:\s*[(（][^()（）]{0,12}(?:除外|另有说明|另行注明|注明者|unless|except)[^()（）]{0,24}[)）]"
    # or after a comma inside the caption's bracket ("（单位：万吨二氧化碳当量，另有注明除外）", "(Unit:
    # tCO2e, unless otherwise stated)"; blind round 36, session 26: the unit was read with the exception
    # and the scope 1 / 2 / total rows under it got none)
    r"|\s*[,，;；]\s*[^()（）,，;；]{0,12}(?:除外|另有说明|另有注明|另行注明|特别注明|注明者|unless|except)"
    r"[^()（）]{0,24})?"
    r"\s*[)）]?\s*$", re.I)


APOSTROPHE = "['’‘`´]"
"""Any kind of apostrophe a report prints before "000"."""
THOUSANDS = APOSTROPHE + r"\s?000"
"""The thousands mark of Hong Kong and English tables ("'000", "’000", "' 000")."""

# the thousands notation of Hong Kong and English tables: "'000 tonnes CO2e", "tonnes CO2e ('000)",
# "RMB'000", "MWh '000" (an apostrophe of any kind before 000, in brackets or not). Session 24, blind
# round 31: the "000" was read as the figure, so a unit column of "'000 tonnes CO2e" made every
# scope 1 / scope 2 / total of a cement group's KPI table 0 t.
_THOUSANDS_LEAD = re.compile(r"^\s*[(（]?\s*" + THOUSANDS + r"\s*[)）]?\s*(?=\S)")
_THOUSANDS_TAIL = re.compile(r"(?<=\S)\s*[(（]?\s*" + THOUSANDS + r"\s*[)）]?\s*$")
_CURRENCY_CODE = re.compile(r"^\s*(RMB|CNY|USD|HKD|EUR|US\$|HK\$)\s*$", re.I)


def thousands_unit(cell: str) -> str:
    """A unit in the thousands notation as words: "'000 tonnes CO2e" → " thousand tonnes CO2e",
    "RMB'000" → " RMB thousand"; any other cell unchanged."""
    m = _THOUSANDS_LEAD.match(cell) or _THOUSANDS_TAIL.search(cell)
    if not m:
        return cell
    rest = (cell[:m.start()] + cell[m.end():]).strip()
    if not rest:
        return cell
    if _CURRENCY_CODE.match(rest):
        return f" {rest} thousand"
    return f" thousand {rest}"


_TITLE_UNIT = re.compile(r"\S.*[(（]([^（()）]{1,30})[)）]\s*$")


def title_unit(text: str) -> str | None:
    """The unit in brackets closing a short table title ("表2 温室气体排放（万吨二氧化碳当量）",
    "Table 3 Greenhouse gas emissions (tonnes CO2e)"), when the unit table reads the bracket
    as a unit; None for any other text (a note in brackets, a sentence)."""
    line = text.strip()
    if caption_width(line) > CAPTION_CHARS or any(ch in "。；;" for ch in line):
        return None
    match = _TITLE_UNIT.match(line)
    if match is None:
        return None
    from cnsr.evidence.script import to_simplified
    from cnsr.evidence.units import parse_unit  # the unit table, loaded once

    unit = match.group(1).strip()
    if parse_unit(unit) is not None:
        return unit
    # the thousands notation inside the brackets ("Greenhouse gas emissions ('000 tCO2e)"), read
    # as "thousand tCO2e" like a unit cell (blind round 32, session 25: an English steel group's
    # GHG table had its unit only in such a caption, and its scope 1 / 2 / 3 rows were not read)
    thousands = thousands_unit(unit)
    if thousands != unit and parse_unit(thousands.strip()) is not None:
        return unit
    # a traditional-character title ("溫室氣體排放（噸二氧化碳當量）"; blind round 24, session 23):
    # the unit table knows the simplified spelling, which is what the rows are read in
    unit = to_simplified(unit)
    if parse_unit(unit) is not None:
        return unit
    # an OCR-noisy unit ("（万 t匚O2e）", blind round 43: 匚 for C): the unit as the reader cleans
    # the table's cells (`normalize.clean`), so the rows under the title get it (session 29)
    from cnsr.evidence.normalize import clean

    repaired = clean(unit)
    return repaired if repaired != unit and parse_unit(repaired) is not None else None


def label_only(row: Sequence[str]) -> bool:
    """A table row whose only filled cell is its first: a group row over the rows under it
    ("温室气体排放（单位：tCO2e）" over "范围一 | 29,710 | …")."""
    return bool(row) and bool(row[0].strip()) and not any(c.strip() for c in row[1:])


def table_caption_unit(text: str) -> str | None:
    """The unit a line over a table gives it: "单位：万吨" or a title ending in "(tCO2e)"."""
    return unit_caption(text) or title_unit(text)


def unit_caption(text: str) -> str | None:
    """The unit named by a caption over a table ("单位：万吨", "（单位：千克）", "表3 温室气体排放
    单位：tCO2e", "Unit: tCO2e"), or None for any other text."""
    line = text.strip()
    if caption_width(line) > CAPTION_CHARS or any(ch in "。；" for ch in line):
        return None
    match = _UNIT_CAPTION.search(line)
    return match.group(1).strip() if match else None
