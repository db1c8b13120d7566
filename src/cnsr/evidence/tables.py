"""Tables as text the sentence rules can read: one line per row, each number with its unit
and its column's year.

Disclosure tables put units and years in headers ("金额（亿元）", "2021年", a "单位" column),
so a cell alone ("1.16") is a bare number. `table_text` writes every row as
"label | header=value unit | …", so "购买碳排放配额支出 | 金额=1.16亿元" or
"范围一排放 | 2021年=12,186.4万吨二氧化碳当量 | 2022年=…" (one clause per row: no
commas or colons are added). Cells holding several numbers
and a header holding several years (a table whose columns were merged when the page was
read) are split when their counts agree. `year_values` gives the (year, value) pairs of a row
for trends.

Where a figure's unit comes from, most specific first: a unit cell standing before it in
its row ("二氧化碳排放 | 万吨 | 1,021.5 | 998.2", no 单位 heading needed); the row's 单位
column or a unit at the end of its label ("碳排放量（单位：千克）", "范围一排放 t[CO2e]"); its
column's header ("2023年（tCO2e）", "万吨"); the table's caption or first header cell
("单位：万吨", "指标（单位：千公吨二氧化碳）"). Caption rows (a title or "单位：…" over the
header) are written before the header on the first line; two header rows (units over years)
are read as one.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from cnsr.cjk import HAN_CLASS
from cnsr.evidence import quantities as q
from cnsr.ingest.text import table_caption_unit, unit_caption

_NUMBER = re.compile(r"^[-+−]?\d[\d,，]*(?:\.\d+)?%?$")
_YEAR = re.compile(r"(?<!\d)(20\d\d|19\d\d)(?!\d)")
# a footnote mark may follow the bracket ("单位电信业务总量排放（千克二氧化碳当量/万元）注2"; blind round 10)
# a footnote mark after the bracket: "注2", a superscript, or the digit NFKC makes of one ("²" → "2",
# rows are cleaned before they are read; blind round 11, session 15)
_PAREN_UNIT = re.compile(r"[（(]([^（()）]{1,30})[)）]\s*(?:注\s*\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹*]+|\d)?\s*$")
# a cell that is nothing but a unit statement ("单位：万吨", "（单位：吨）", "Unit: tCO2e")
_UNIT_ROW = re.compile(r"\s*[(（]?\s*(?:计量单位|单位|units?)\s*[:：]", re.I)
_UNIT_HEADERS = {"单位", "计量单位", "unit", "units"}
_GENERIC_FIRST = {"", "指标", "项目", "类别", "类型", "名称", "内容", "序号", "indicator", "item",
                  "metric", "kpi", "category",
                  # the years column's heading, first once a years-down table is turned (session 8)
                  "年份", "年度", "year", "fiscal", "financial"}
_MARKS = "*＊†‡¹²³⁴⁵⁶⁷⁸⁹"
_AMOUNT = re.compile(r"(?<![A-Za-z])\d")
_DASH = {"—", "-", "–", "/", "／", "--", "——", "n/a", "N/A", "不适用", "—/—"}
# a note in brackets may follow the year: "2021 (baseline)", "2020年（基准年）" (session 8)
_YEAR_CELL = re.compile(r"^\s*(?:FY\s?)?(?:19|20)\d\d\s*(?:年度?|财年|FY)?\s*"
                        r"(?:[(（][^()（）\d]{1,20}[)）]\s*)?$")
_SHORT_LABEL = 6
"""A row label this short ("范围二", "汽油", "Scope 2") leans on the group label over it."""


def _figure(cell: str) -> str:
    """The cell without a trailing footnote mark ("6,287.1*", "48,210¹")."""
    return cell.rstrip(_MARKS) if len(cell) > 1 else cell


def _is_number(cell: str) -> bool:
    return bool(_NUMBER.match(_figure(cell).replace(" ", "")))


def _split_values(cell: str) -> list[str]:
    parts = cell.split()
    if len(parts) > 1 and all(_is_number(p) or p in _DASH for p in parts):
        return parts
    return [cell]


def _expand_header(header: list[str], width: int) -> list[str]:
    """Split a header cell like "2021年2022年2023年" into one cell per year."""
    out: list[str] = []
    for cell in header:
        years = _YEAR.findall(cell)
        if len(years) > 1 and len("".join(_YEAR.sub("", cell).split()).strip("年度FY ")) <= 3:
            out.extend(f"{y}年" for y in years)
        else:
            out.append(cell)
    return out if len(out) == width else header


def _is_caption(row: list[str]) -> bool:
    """A title or unit line over the header: one distinct text (a merged cell repeats), or
    texts of which one names the unit ("表3 排放数据 | 单位：万吨"), with no figures."""
    texts = [c for c in row if c]
    if any(_YEAR.search(c) and not unit_caption(c) for c in texts):
        return False
    if any(_is_number(c) for c in texts):
        return False
    return len(set(texts)) == 1 or any(unit_caption(c) for c in texts)


def _header_merge(first: list[str], second: list[str]) -> list[str]:
    """Two header rows ("指标 | 单位 | 数值" over " | | 2021年 | 2022年") read as one."""
    width = max(len(first), len(second))
    cells = [(first[j] if j < len(first) else "", second[j] if j < len(second) else "")
             for j in range(width)]
    return [b if _YEAR.search(b) or a == b else " ".join(x for x in (a, b) if x)
            for a, b in cells]


_LABEL_YEAR = re.compile(r"^(\S.*?)\s+((?:19|20)\d\d\s*年?度?)$")
_LABEL_FIGURE = re.compile(r"^(\S.*?)\s+([-+]?\d[\d,]*(?:\.\d+)?)$")


def _split_label_column(head: list[str], rest: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    """A label column read together with the first year column: a header cell spanning a
    category and an item column ("类别" over "范围一 | 制冷剂逸散") makes the text layer join
    "类别 2022年" and "制冷剂逸散 52,180". When the first header cell ends in a year and most
    body rows' first cells end in a figure, both are split back into label and figure."""
    m = _LABEL_YEAR.match(head[0]) if head else None
    if m is None or len(head) < 2 or not rest:
        return head, rest
    split = [_LABEL_FIGURE.match(row[0]) if row and row[0] else None for row in rest]
    if sum(1 for s in split if s) * 2 <= len(rest):
        return head, rest
    rows = [[s.group(1), s.group(2), *row[1:]] if s else [row[0], "", *row[1:]] if row else row
            for s, row in zip(split, rest, strict=True)]
    return [m.group(1), m.group(2), *head[1:]], rows


class _Parsed(NamedTuple):
    captions: list[str]
    header: list[str]
    body: list[list[str]]
    unit: str  # the whole table's unit, from a caption or the first header cell
    head_rows: int  # rows (of the non-empty ones) read as captions and header


def _parse(rows: list[list[str]]) -> _Parsed:
    cleaned = [[c.strip() for c in row] for row in rows if any(c.strip() for c in row)]
    captions: list[str] = []
    used = 1
    while len(cleaned) > 2 and used < 3 and _is_caption(cleaned[0]):
        captions.extend(dict.fromkeys(c for c in cleaned.pop(0) if c))
        used += 1
    if not cleaned:
        return _Parsed(captions, [], [], "", 0)
    if _years_down(cleaned):
        cleaned = _transpose(cleaned)
    head = cleaned[0]
    rest = cleaned[1:]
    if (rest and not any(_YEAR.search(c) for c in head)
            and sum(1 for c in rest[0] if _YEAR.search(c)) >= 2
            and not any(_is_number(c) and not _YEAR.fullmatch(c) for c in rest[0])):
        head, rest = _header_merge(head, rest[0]), rest[1:]
        used += 1
    head, rest = _split_label_column(head, rest)
    if len(rest) > 1 and any(rest[0]) and all(
            _UNIT_ROW.match(c) and unit_caption(c) for c in rest[0] if c):
        # a unit row under the header ("指标 | 2023年 | 2022年" over "单位：吨二氧化碳当量（强度除外）")
        # is the table's unit as a caption over it would be (blind round 10, session 14); a row
        # whose label ends in its unit ("投入环保资金（单位：万元） | 不适用") is a row
        captions.extend(dict.fromkeys(c for c in rest.pop(0) if c))
        used += 1
    body = _group_labels([[v for c in row for v in _split_values(c)] for row in rest])
    width = max((len(r) for r in body), default=len(head))
    header = _expand_header(head, width)
    unit = ""
    for text in (*captions, header[0] if header else ""):
        unit = unit or _table_unit(text)
    return _Parsed(captions, header, body, unit, used)


def _years_down(rows: list[list[str]]) -> bool:
    """Years run down the first column ("年份 | 范围一排放（吨） | 范围二排放（吨）" over
    "2021年 | 12,345 | 8,210"), and no year heads a column."""
    body = rows[1:]
    return (len(body) >= 2 and len(rows[0]) >= 2
            and not any(_YEAR.search(c) for c in rows[0][1:])
            and all(row and _YEAR_CELL.match(row[0]) for row in body)
            and all(any(_is_number(c) for c in row[1:]) for row in body))


def _transpose(rows: list[list[str]]) -> list[list[str]]:
    """Years across, indicators down: the shape the rest of this module reads."""
    width = max(len(r) for r in rows)
    padded = [r + [""] * (width - len(r)) for r in rows]
    return [[padded[i][j] for i in range(len(padded))] for j in range(width)]


def _group_labels(body: list[list[str]]) -> list[list[str]]:
    """A row holding only a label is the start of a group ("范围一温室气体" over
    "排放量 | 吨二氧化碳当量 | 12,345", or "温室气体排放" over "范围一 | 12,345"): the next
    row's label is joined to it (a label wrapped over two rows), and later short labels are
    read under it (they mean nothing alone)."""
    out: list[list[str]] = []
    group = ""
    just = False
    for row in body:
        label_only = bool(row) and bool(row[0]) and not any(c for c in row[1:])
        if label_only and not _is_number(row[0]):
            group, just = row[0], True
            out.append(row)
            continue
        if group and row and row[0] and (just or len(row[0]) <= _SHORT_LABEL) \
                and group not in row[0]:
            glue = " " if group[-1].isascii() or row[0][0].isascii() else ""
            row = [group + glue + row[0], *row[1:]]
        just = False
        out.append(row)
    return out


def head_rows(rows: list[list[str]]) -> int:
    """How many of the table's non-empty rows are its head (captions, one or two header
    rows): evidence quotes them over the row it cites."""
    return _parse(rows).head_rows


def _rows(rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    parsed = _parse(rows)
    return parsed.header, parsed.body


_CURRENCY_SCALE = re.compile(r"^\s*(RMB|CNY|USD|HKD|EUR|US\$|HK\$)\s+(thousand|million|billion|bn|mn)\s*$",
                             re.I)


def _with_unit(value: str, unit: str) -> str:
    """"1,500" with "RMB million" → "RMB 1,500 million"; otherwise the unit follows."""
    m = _CURRENCY_SCALE.match(unit)
    if m:
        return f"{m.group(1)} {value} {m.group(2)}"
    if unit == "%" or unit.endswith("%"):
        return f"{value}%"
    return f"{value}{unit}"


def _unit_only(cell: str) -> str:
    """The cell itself when it is just a unit ("RMB million", "万元", "tCO2e", "(t[CO2e])"),
    or the first spelling of a bilingual one ("吨二氧化碳当量 tCO2e", "兆瓦时/MWh")."""
    cell = cell.strip().strip("（()）").strip()
    if not cell or len(cell) > 40 or _AMOUNT.search(cell):
        return ""
    if _CURRENCY_SCALE.match(cell):
        return " " + cell.strip()
    first = _bilingual_first(cell)
    if first:
        return _unit_only(first)
    if _unit_of(cell):
        return " " + cell if cell[0].isascii() else cell
    return ""


_BILINGUAL = re.compile(r"\s*/\s*|\s+")  # between a unit's Chinese and English spellings
_CJK_CHAR = re.compile(HAN_CLASS)


def _bilingual_first(cell: str) -> str:
    """The first of two spellings of one unit in two scripts, else "". Checked before the
    whole cell: "吨二氧化碳当量/tCO2e" would otherwise read as tCO2e per tCO2e; "kWh/万元",
    "千克/吨" are ratios (other units, or one script)."""
    parts = _BILINGUAL.split(cell)
    if len(parts) != 2 or not all(parts) \
            or bool(_CJK_CHAR.search(parts[0])) == bool(_CJK_CHAR.search(parts[1])):
        return ""
    first, second = _unit_of(parts[0]), _unit_of(parts[1])
    return parts[0] if first and first == second else ""


def _unit_of(cell: str) -> tuple[str, str, float] | None:
    """(dimension, canonical unit, size in it) of a cell that is one unit and nothing else."""
    if len(cell) > 20:
        return None
    found = q.extract_quantities(f"1 {cell}")
    if (len(found) == 1 and found[0].dimension and found[0].start == 0
            and found[0].end >= len(cell)):
        return found[0].dimension, found[0].unit or "", found[0].value
    return None


def _caption_unit(text: str) -> str:
    """The unit a caption or header cell names: "单位：万吨", "（单位：千克）"."""
    named = unit_caption(text)
    return _unit_only(named) if named else ""


def _table_unit(text: str) -> str:
    """The whole table's unit from a caption or the first header cell: "单位：万吨", or a
    title closed by a unit in brackets ("Greenhouse gas emissions (tonnes CO2e)")."""
    named = table_caption_unit(text)
    return _unit_only(named) if named else ""


def _label_unit(label: str) -> str:
    """A unit at the end of a row label: "二氧化碳排放量（万吨）", "碳排放量（单位：千克）",
    "范围一温室气体排放量 t[CO2e]", also the last part of "（含供热，吨二氧化碳/兆瓦时）"."""
    named = _caption_unit(label)
    if named:
        return named
    m = _PAREN_UNIT.search(label)
    if m:
        content = m.group(1)
        for part in (content, re.split(r"[，,;；]", content)[-1]):
            unit = _unit_only(part)
            if unit:
                return unit
        return _per_unknown(content)
    head, _, last = label.rpartition(" ")
    return _unit_only(last) if head.strip() and last else ""


_PER = re.compile(r"\s*(?:/|每|(?i:per)\s)\s*")


def _per_unknown(content: str) -> str:
    """A unit per something the unit table does not read ("千克二氧化碳当量/重量箱", "tCO2e/t
    copper equivalent"): the row's own unit as written, so that a caption's unit ("表2 温室气体
    排放（单位：万吨二氧化碳当量）") does not replace it; "" when no unit opens it (blind round 11,
    session 15: the intensities per 重量箱 were read in the caption's 万吨)."""
    c = content.strip()
    if not c or len(c) > 40 or _AMOUNT.search(c):
        return ""
    for m in _PER.finditer(c):
        if m.start() and m.end() < len(c) and _unit_of(c[:m.start()]):
            return " " + c if c[0].isascii() else c
    return ""


def _lead_unit(row: list[str]) -> str:
    """The unit closing the row's label: the first cell, or a later cell before the first
    figure when the first holds an index code ("A1.2 | 範圍一排放（單位：噸二氧化碳當量） | 3,846";
    HKEX and GRI appendices put the code first, session 8)."""
    for j, cell in enumerate(row):
        if j and _is_number(cell):
            break
        unit = _label_unit(cell) if cell else ""
        if unit:
            return unit
    return ""


def table_text(rows: list[list[str]]) -> str:
    parsed = _parse(rows)
    header, body = parsed.header, parsed.body
    if not header:
        return ""
    unit_col = next((j for j, h in enumerate(header) if _is_unit_header(h)), None)
    column_units = [_column_unit(h) if j else "" for j, h in enumerate(header)]
    lines = [" | ".join([*parsed.captions, *header])]
    first = _PAREN_UNIT.sub("", header[0]).strip() if header else ""
    first = "" if all(w in _GENERIC_FIRST for w in first.lower().split() or [""]) else first
    for row in body:
        row_unit = row[unit_col].strip() if unit_col is not None and unit_col < len(row) else ""
        row_unit = _bilingual_first(row_unit) or row_unit
        row_unit = row_unit or _lead_unit(row) or _trailing_unit(row)
        cell_unit = ""  # a unit cell standing before the figures ("万吨 | 1,021.5 | 998.2")
        parts = []
        for j, cell in enumerate(row):
            if j == unit_col or not cell:
                continue
            head = header[j] if j < len(header) else ""
            if _is_number(cell) and j > 0:
                column = column_units[j] if j < len(header) else ""
                # a header that names its own unit ("二氧化碳排放（tCO2e）") is that column's,
                # whatever the row's unit cell says of its other figures ("消耗量 | 万升";
                # a fuel table, blind round 8)
                unit = (cell_unit or (column if unit_col is not None else "") or row_unit
                        or column or parsed.unit)
                label = "" if _unit_only(head) else _PAREN_UNIT.sub("", head).strip()
                value = _figure(cell)
                value = value if value.endswith("%") or not unit else _with_unit(value, unit)
                parts.append(f"{label}={value}" if label else value)
            elif (j > 0 and not _YEAR.search(head) and _unit_only(cell)
                  and any(_is_number(c) for c in row[j + 1:])):
                cell_unit = cell
            elif j == 0 and first and not _is_number(cell):
                parts.append(f"{first}={cell}")
            elif j > 0 and _AMOUNT.search(cell) and head and not _YEAR.search(head) \
                    and not _unit_only(head):
                # a figure written with its own unit keeps its column's name ("排放因子=2.66
                # kgCO2/升"): what the column is says what the figure is (blind round 8)
                parts.append(f"{_PAREN_UNIT.sub('', head).strip()}={cell}")
            else:
                parts.append(cell)
        lines.append(" | ".join(parts) or "-")
    return "\n".join(lines)


def _is_unit_header(head: str) -> bool:
    """"单位", "Unit", and both spellings in one cell ("单位 Unit", "单位/Unit", "单位（Unit）")."""
    words = [w for w in re.split(r"[\s/()（）]+", head.strip().lower()) if w]
    return bool(words) and all(w in _UNIT_HEADERS for w in words)


def _trailing_unit(row: list[str]) -> str:
    """A unit cell after the row's figures ("范围一排放 | 12,345 | 11,870 | tCO2e")."""
    last = len(row) - 1
    while last > 0 and not row[last]:
        last -= 1
    if last < 2 or _is_number(row[last]) or not _is_number(row[last - 1]):
        return ""
    return _unit_only(row[last])


def _column_unit(head: str) -> str:
    """The unit a header cell gives its column: "排放量（万吨）", "2023年 (tCO2e)", "万吨"."""
    named = _caption_unit(head)
    if named:
        return named
    m = _PAREN_UNIT.search(head)
    # a bracket that names no unit ("Scope 2 (location-based)") gives the column none (session 8)
    return _unit_only(m.group(1)) if m else _unit_only(head)


def year_values(rows: list[list[str]]) -> list[tuple[int, str, list[tuple[int, float]]]]:
    """(body row index, row label, [(year, value)]) for rows with numbers under year columns;
    row i is line i + 1 of `table_text`."""
    header, body = _rows(rows)
    years = {j: int(m.group(1)) for j, h in enumerate(header) for m in [_YEAR.search(h)] if m}
    if len(years) < 2:
        return []
    out = []
    for i, row in enumerate(body):
        pairs = []
        for j, year in sorted(years.items()):
            cell = _figure(row[j]) if j < len(row) else ""
            if cell and _is_number(cell) and not cell.endswith("%"):
                pairs.append((year, float(cell.replace(",", "").replace("，", "")
                                      .replace("−", "-"))))
        if len(pairs) >= 2 and row:
            out.append((i, row[0], pairs))
    return out
