"""Units given in the notes under a table, carried to the rows that point at them.

Hong Kong ESG appendices and many KPI tables print no unit column: a row label carries a
note mark ("範圍一：直接溫室氣體排放⁽¹⁾", "Scope 1 emissions¹", "综合能耗注2") and the notes
under the table say "(1) 單位為噸二氧化碳當量。", "注2：单位为吨标准煤", "¹ Unit: tCO2e".
Without the unit such a row's figures were bare numbers, so a company whose emissions are
only in such a table stayed below stage 3 (session 8, issue #12). Here the unit a note names
is appended to each label with the same mark, as "（单位：…）", which the table reader takes
as the label's unit like "碳排放量（单位：千克）".

Only the passages after a table and before the next one are read, and only when a label
carries a mark: a page without a table costs nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial

from cnsr.ingest.document import Passage, Table

NOTES_AFTER = 8
"""Passages after a table searched for its notes (a notes heading, a few wrapped notes)."""

_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_LABEL_MARK = re.compile(r"(?:[(（]\s*(\d{1,2})\s*[)）]|(?:注|註)\s*(\d{1,2})|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))\s*$")
"""A note mark closing a row label: "(1)", "（2）", "注3", "¹"."""
_NOTE_UNIT = re.compile(
    r"(?:^|(?<=[\s。；;.:：]))(?:注|註|(?i:Note))?\s*[(（]?\s*(\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})\s*[)）]?\s*"
    r"[:：.、]?\s*(?:單位|单位|計量單位|计量单位|(?i:Units?))\s*(?:為|为|是|：|:)?\s*"
    r"([^。；;，,（(\n]{1,40})")
"""A note naming a unit: "(1) 單位為噸二氧化碳當量", "注2：单位为吨标准煤", "¹ Unit: tCO2e"."""


_TABLE_NOTE = re.compile(r"上表|本表|表中|表内|以上表格|(?i:\b(?:the )?table above\b|\bthe above table\b|\bthis table\b)")
"""A note that speaks of the table as a whole: "註：上表溫室氣體排放量單位為…", "figures in the table above are in…"."""
_CLAUSE_UNIT = re.compile(r"(?:單位|单位|計量單位|计量单位)\s*(?:為|为|是|均為|均为|：|:)\s*([^。；;，,（(\n]{1,40})")
"""A clause of such a note naming a unit, the words before it naming the rows it is for ("密度單位為…")."""
_EN_TABLE_UNIT = re.compile(
    r"(?i)\b(?:table above|above table|this table)\b[^.;]{0,40}?\b(?:are |is )?(?:(?:expressed|stated|reported|given) )?"
    r"(?:in|units?:?)\s+([^.;,(]{1,40})")
_EN_CLAUSE_UNIT = re.compile(
    r"(?i)^\s*(?:notes?\s*\d*\s*[:.]\s*)?(?:all\s+)?(?:the\s+)?(?:(?P<subject>[a-z][a-z -]{2,30}?)\s+(?:are|is)\s+"
    r"(?:stated |given |expressed )?in|units?\s*(?:are|is|:))\s*(?:in\s+)?(?P<unit>[^.;,(]{1,40})")
"""An English clause of a table's own note naming a unit: "Note: Units are tonnes CO2e", "per-capita
emissions are in tCO2e per employee" (session 22)."""
_PER_REST = re.compile(r"(?i)\s*(?:[/／]|\bper\b)\s*\S")
"""What follows a unit read from a note when it goes on as "per something": "／僱員", "/人"."""
_SUBJECT_NOISE = re.compile(r"^(?:注|註|(?i:notes?))\s*[:：]?|上表|本表|表中|表内|以上表格|所列|中的|的|數據|数据|均|各項|各项|指標|指标|\s")
_UNIT_HEADER = re.compile(r"單位|单位|(?i:\bunits?\b)")


_OPEN_NOTE = re.compile(r"^\s*(?:注|註|(?i:notes?))\s*(\d{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})?\s*[:：.]")
"""A note opening the passage right under a table: "注：", "註1：", "Note:", "Notes 1."."""
_CAPTION_MARK = re.compile(r"(?:[(（]\s*(?:注|註|(?i:note))\s*(\d{1,2})\s*[)）]|([¹²³⁴⁵⁶⁷⁸⁹]))\s*$")
"""A note mark closing a table's title: "表一 溫室氣體排放（註1）", "Table 1 GHG emissions (Note 1)",
and since session 23 a superscript: "Table 4: Greenhouse gas emissions¹" (blind round 24, d167)."""
_MARK_NOTE = re.compile(r"^\s*([¹²³⁴⁵⁶⁷⁸⁹])\s*(?=[^\W\d_])")
"""A note opened by a bare superscript mark and no "Note" word: "¹ In tonnes of CO2 equivalent." (session 23)."""
_EN_IN_UNIT = re.compile(r"(?i)^\s*[¹²³⁴⁵⁶⁷⁸⁹]?\s*(?:(?:all )?figures (?:are )?)?in\s+(?P<unit>[^.;,(]{1,40})")
"""A note whose first words name the table's unit: "¹ In tonnes of CO2 equivalent." (session 23, blind round 24)."""


def _opens_table_note(note: Passage, caption: str) -> bool:
    """Whether `note`, the first passage under a table, is the table's own note: an unnumbered
    "注：…" / "Note: …", or a numbered one whose number closes the table's title ("表一 溫室氣體排放
    （註1）" over "註1：單位為…"). Session 22, blind round 20 (d140, d141): GHG tables whose unit
    was only in such a note, which names no "上表"."""
    opened = _OPEN_NOTE.match(note.text) or _MARK_NOTE.match(note.text)
    if opened is None:
        return False
    number = opened.group(1)
    if number is None:
        return True
    mark = _CAPTION_MARK.search(caption.strip())
    # the same mark closes the title: "（註1）" over "註1：", "¹" over "¹ In tonnes …"
    return mark is not None and (mark.group(1) or mark.group(2) or "").translate(_SUPERSCRIPT) \
        == number.translate(_SUPERSCRIPT)


def _table_note_units(notes: Sequence[Passage], caption: str = "") -> list[tuple[str, str]]:
    """(subject, unit) of each clause of the notes under a table that names the whole table's unit
    ("註：上表溫室氣體排放量單位為噸二氧化碳當量，密度單位為…"): session 20, blind round 17's d124,
    whose GHG table printed its units only there. The first pair is the table's general unit.
    Since session 22 the note right under the table counts also without "上表" when it opens
    as the table's own note (`_opens_table_note`)."""
    from cnsr.evidence.normalize import clean  # traditional → simplified, same length

    found: list[tuple[str, str]] = []
    for at, note in enumerate(notes):
        if not (_TABLE_NOTE.search(note.text) or (at == 0 and _opens_table_note(note, caption))):
            continue
        for clause in re.split(r"[，,；;。]", note.text):
            match = _CLAUSE_UNIT.search(clause)
            if match is None:
                match = _EN_TABLE_UNIT.search(clause)
                subject = ""
            else:
                subject = _SUBJECT_NOISE.sub("", clean(clause[:match.start()]))
            raw = match.group(1) if match else ""
            english = None
            if match is None and at == 0 and _opens_table_note(note, caption):
                english = _EN_CLAUSE_UNIT.search(clause) or _EN_IN_UNIT.search(clause)
                if english is not None and english.re is _EN_IN_UNIT:
                    raw, subject = english.group("unit"), ""
                elif english is not None:
                    raw, subject = english.group("unit"), (english.group("subject") or "").strip().lower()
                    if subject in ("unit", "units", "figures", "all figures", "data", "values"):
                        subject = ""
            unit = _unit_prefix(raw) if raw else ""
            if unit and english is not None and english.re is _EN_IN_UNIT:
                unit = _unit_symbol(unit)  # "tonnes of CO2 equivalent" → "tCO2e", which a label's bracket reads
            if unit and raw[len(unit):].lstrip().startswith(("的", "之")):
                unit = ""  # "单位为吨二氧化碳当量的数据经第三方核查": a unit named in passing, no statement of it
            if unit and subject and _PER_REST.match(raw[len(unit):]):
                # "排放密度單位為公噸二氧化碳當量／僱員": a denominator the unit table does not read;
                # the rows it names keep no unit rather than the total's (session 22)
                found.append((subject, ""))
            elif unit:
                found.append((subject, unit))
        if found:
            break
    return found


def _with_table_unit(row: list[str], pairs: list[tuple[str, str]]) -> list[str]:
    """`row` with the unit of the table-wide note that fits its label (the one whose subject the
    label names, else the first) added to the label, as a marked label gets its note's unit."""
    from cnsr.evidence.normalize import clean

    label_at = next((i for i, cell in enumerate(row) if re.search(r"[^\W\d_]", cell)), None)
    if label_at is None or not any(re.search(r"\d", cell) for cell in row[label_at + 1:]):
        return row
    label = clean(row[label_at])
    if _UNIT_HEADER.search(label):
        return row
    bare = _SUBJECT_NOISE.sub("", label)  # "人均排放" is read as the subject "人排放" was
    lower = label.lower()
    unit = next((u for subject, u in pairs if subject and (subject in label or subject in bare or subject in lower)),
                pairs[0][1])
    if not unit:
        return row
    return [*row[:label_at], f"{row[label_at].strip()}（单位：{unit}）", *row[label_at + 1:]]


def carry_note_units(passages: Sequence[Passage]) -> list[Passage]:
    """`passages` with the units of the notes under each table added to the marked labels, and
    the unit a note gives for the whole table ("上表…單位為…") to every row of a table printed
    without a unit column (session 20)."""
    out = list(passages)
    for index, passage in enumerate(passages):
        table = passage.table
        if table is None or len(table.rows) < 2:
            continue
        carried = _carried(table, passages, index)
        if carried is not table:
            out[index] = passage.model_copy(update={"table": carried, "text": carried.as_text()})
    return out


def _carried(table: Table, passages: Sequence[Passage], index: int) -> Table:
    """The table of `passages[index]` with a unit caption above it as its first row, and the
    units its notes give: to the whole table, to a named row, to a marked row; the same table
    when nothing is carried."""
    above = index - 1
    if above > 0 and passages[above - 1].table is None and _FLOATED_HEAD.fullmatch(
            passages[above].text.strip()) is not None:
        above -= 1  # a header cell merged over two rows, printed on its own line ("業務板塊")
    if above >= 0 and passages[above].table is None:
        table = _with_caption_above(table, passages[above].text)
    if not any(_UNIT_HEADER.search(cell) for cell in table.rows[0]):
        notes = []
        for after in passages[index + 1: index + 1 + NOTES_AFTER]:
            if after.table is not None:
                break
            notes.append(after)
        before = passages[index - 1] if index > 0 else None
        caption = before.text if before is not None and before.table is None else ""
        pairs = _table_note_units(notes, caption)
        if pairs:
            table = _each_body_row(table, partial(_with_table_unit, pairs=pairs))
    named = _named_row_units(passages[index + 1: index + 1 + NOTES_AFTER])
    if named:
        table = _each_body_row(table, partial(_with_named_unit, named=named))
    if not any(_mark(row) for row in table.rows[1:]):
        return table
    units: dict[str, str] = {}
    for after in passages[index + 1: index + 1 + NOTES_AFTER]:
        if after.table is not None:
            break
        for match in _NOTE_UNIT.finditer(after.text):
            unit = _unit_prefix(match.group(2))
            if unit:
                units.setdefault(match.group(1).translate(_SUPERSCRIPT), unit)
    return _each_body_row(table, partial(_with_unit, units=units)) if units else table


def _each_body_row(table: Table, change: Callable[[list[str]], list[str]]) -> Table:
    """`table` with `change` made to every row below its header; the same table when no row
    changes."""
    rows = [change(row) if n else row for n, row in enumerate(table.rows)]
    return table if rows == table.rows else Table(rows=rows)


_NUMBERED_NOTE = re.compile(r"(?:^|(?<=[。；;\s]))(?:注|註)\s*\d{1,2}\s*[:：]")
"""A numbered note's opening inside the notes under a table: "注1：", "註2：" (session 26)."""
_EN_NUMBERED_NOTE = re.compile(r"(?i)\bnote\s*\d{1,2}\s*[:.]\s*")
"""An English numbered note's opening: "Note 1:" (session 26)."""
_GENERAL = frozenset({"unit", "units", "figures", "all figures", "data", "values"})
_OWN_UNIT = re.compile(r"单位\s*[:：为]|(?i:\(\s*units?\b|\bunits?\s*:)")
"""A label's own unit ("排放量（单位：吨）"); not 单位 of "单位营业收入排放" (per unit of revenue)."""


def _named_row_units(after: Sequence[Passage]) -> list[tuple[str, str]]:
    """(subject, unit) of the numbered notes under a table that give the unit of the rows they
    name: "注1：单位营业收入排放单位为吨二氧化碳当量/百万元" under a table whose caption gives the
    other rows' unit and whose intensity row carries no mark (session 26, blind round 34's d227:
    the per-revenue intensity was not read). Only a subject of two characters or more, and only
    the rows whose label names it, take the unit (`_with_named_unit`)."""
    from cnsr.evidence.normalize import clean  # traditional → simplified, same length

    found: list[tuple[str, str]] = []
    for note in after:
        if note.table is not None:
            break
        text = note.text
        for opened in _EN_NUMBERED_NOTE.finditer(text):
            # "Note 1: Emissions per revenue are in tCO2e per RMB million."
            stop = text.find(". ", opened.end())
            english = _EN_CLAUSE_UNIT.search(text[opened.end():stop if stop >= 0 else len(text)])
            subject = ((english.group("subject") or "") if english else "").strip().lower()
            unit = _unit_prefix(english.group("unit")) if english else ""
            if english and len(subject) >= 6 and subject not in _GENERAL and unit:
                found.append((subject, unit))
        if "单位" not in text and "單位" not in text:
            continue
        for opened in _NUMBERED_NOTE.finditer(text):
            stop = text.find("。", opened.end())
            for clause in re.split(r"[，,；;]", text[opened.end():stop if stop >= 0 else len(text)]):
                match = _CLAUSE_UNIT.search(clause)
                if match is None:
                    continue
                subject = _SUBJECT_NOISE.sub("", clean(clause[:match.start()]))
                raw = match.group(1)
                unit = _unit_prefix(raw)
                rest = raw[len(unit):]
                if len(subject) >= 2 and unit and not rest.lstrip().startswith(("的", "之")) \
                        and not _PER_REST.match(rest):
                    found.append((subject, unit))
    return found


def _with_named_unit(row: list[str], named: list[tuple[str, str]]) -> list[str]:
    """`row` with the unit of the numbered note whose subject its label names, added to the label
    as "（单位：…）"; a row with a unit or a note mark of its own is left as it is."""
    from cnsr.evidence.normalize import clean

    label_at = next((i for i, cell in enumerate(row) if re.search(r"[^\W\d_]", cell)), None)
    if label_at is None or not any(re.search(r"\d", cell) for cell in row[label_at + 1:]):
        return row
    label = clean(row[label_at])
    if _OWN_UNIT.search(label) is not None or _mark(row) is not None:
        return row
    lower = label.lower()
    unit = next((u for subject, u in named if subject in label or subject in lower), "")
    if not unit:
        return row
    return [*row[:label_at], f"{row[label_at].strip()}（单位：{unit}）", *row[label_at + 1:]]


_FLOATED_HEAD = re.compile(r"[^\d\s。；;，,:：]{2,12}")
"""A short heading with no figure or punctuation: a header cell the text layer printed apart."""


def _with_caption_above(table: Table, caption: str) -> Table:
    """`table` with the unit caption right above it as its first row ("表1　溫室氣體排放（單位：噸
    二氧化碳當量）" over a two-row header of years over scopes, whose first row the PDF reader's
    caption check did not take in: the rows' figures had no unit; session 26, d220), when no
    cell of its header rows names a unit and the caption is not its first row already."""
    from cnsr.ingest.text import table_caption_unit

    head = [cell for row in table.rows[:2] for cell in row]
    caption = caption.strip()
    close = max(caption.rfind("）"), caption.rfind(")"))
    if 0 < close < len(caption) - 1 and _FLOATED_HEAD.fullmatch(caption[close + 1:]):
        caption = caption[:close + 1]  # "…（單位：噸二氧化碳當量）業務板塊": the floated cell joined to it
    if any(_UNIT_HEADER.search(cell) or _OWN_UNIT.search(cell) for cell in head) \
            or table_caption_unit(caption) is None or caption in head:
        return table
    width = max(len(row) for row in table.rows)
    return Table(rows=[[caption] + [""] * (width - 1), *table.rows])


def _mark(row: Sequence[str]) -> tuple[int, str] | None:
    """(cell index, mark) of the first cell that ends in a note mark and holds a word."""
    for i, cell in enumerate(row):
        match = _LABEL_MARK.search(cell.strip())
        if match and match.start() > 0:
            return i, next(g for g in match.groups() if g).translate(_SUPERSCRIPT)
    return None


def _with_unit(row: list[str], units: dict[str, str]) -> list[str]:
    found = _mark(row)
    if found is None or found[1] not in units:
        return row
    i, mark = found
    return [*row[:i], f"{row[i].strip()}（单位：{units[mark]}）", *row[i + 1:]]


def _unit_prefix(text: str) -> str:
    """The longest start of `text` that the unit table reads as one unit ("千克二氧化碳當量／
    平方米" of "千克二氧化碳當量／平方米在管建築面積"), in the note's own characters; "" if none."""
    from cnsr.evidence.normalize import clean  # traditional → simplified, same length
    from cnsr.evidence.units import match_unit

    raw = text.strip()
    found = match_unit(clean(raw).replace("／", "/"), 0, chinese_numeral=True)
    if found is None or found.unit is None:
        return ""
    return raw[:found.end]


def _unit_symbol(unit: str) -> str:
    """The unit table's symbol for a unit spelt out in words ("tonnes of CO2 equivalent" → "tCO2e"),
    else `unit` itself (session 23)."""
    from cnsr.evidence.units import parse_unit

    found = parse_unit(unit)
    if found is None or found.end != len(unit) or found.multiplier is not None or not found.unit:
        return unit
    return str(found.unit)
