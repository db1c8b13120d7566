"""A table's layout read from its rows: captions, header and body. Caption rows (a title or
"单位：…" over the header, or a unit row under it) are kept apart; two header rows (units over
years) are read as one; years running down the first column are turned across; a header cell
holding several years ("2021年2022年2023年") and body cells holding several numbers (a table
whose columns were merged when the page was read) are split when their counts agree; a label
column read together with the first year column is split back; a row holding only a label
heads the short labels under it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from cnsr.evidence.normalize import numeral_years
from cnsr.evidence.table_cells import YEAR, is_number
from cnsr.evidence.table_units import (
    PAREN_UNIT,
    column_unit,
    lead_unit,
    table_unit,
    unit_dimension,
    unit_only,
)
from cnsr.ingest.reading_limits import layout_limits
from cnsr.ingest.text import label_only, table_caption_unit, title_unit, unit_caption

# a cell that is nothing but a unit statement ("单位：万吨", "（单位：吨）", "Unit: tCO2e")
_UNIT_ROW = re.compile(r"\s*[(（]?\s*(?:计量单位|单位|units?)\s*[:：]", re.I)
_DASH = frozenset(layout_limits().table_words.dashes)  # data/text/layout.yaml
# a note in brackets may follow the year: "2021 (baseline)", "2020年（基准年）" (session 8)
_YEAR_CELL = re.compile(r"^\s*(?:FY\s?)?(?:19|20)\d\d\s*(?:年度?|财年|FY)?\s*"
                        r"(?:[(（][^()（）\d]{1,20}[)）]\s*)?$")
_SHORT_LABEL = 6
"""A row label this short ("范围二", "汽油", "Scope 2") leans on the group label over it."""


def _split_values(cell: str) -> list[str]:
    parts = cell.split()
    if len(parts) > 1 and all(is_number(p) or p in _DASH for p in parts):
        return parts
    return [cell]


def _expand_header(header: list[str], width: int) -> list[str]:
    """Split a header cell like "2021年2022年2023年" into one cell per year."""
    out: list[str] = []
    for cell in header:
        years = YEAR.findall(cell)
        if len(years) > 1 and len("".join(YEAR.sub("", cell).split()).strip("年度FY ")) <= 3:
            out.extend(f"{y}年" for y in years)
        else:
            out.append(cell)
    return out if len(out) == width else header


def _is_caption(row: list[str]) -> bool:
    """A title or unit line over the header: one distinct text (a merged cell repeats), or
    texts of which one names the unit ("表3 排放数据 | 单位：万吨"), with no figures."""
    texts = [c for c in row if c]
    if any(YEAR.search(c) and not unit_caption(c) for c in texts):
        return False
    if any(is_number(c) for c in texts):
        return False
    return len(set(texts)) == 1 or any(unit_caption(c) for c in texts)


def _header_merge(first: list[str], second: list[str]) -> list[str]:
    """Two header rows ("指标 | 单位 | 数值" over " | | 2021年 | 2022年") read as one. A group
    cell of the first row that is only a unit, merged over the years under it ("噸二氧化碳當量
    tCO2e" over "2023 | 2022 | 2021", the cells right of it empty), gives each of those year
    columns its unit ("2023（噸二氧化碳當量）"; blind round 19, session 21): the years alone
    lost it and the figures were read without a unit."""
    width = max(len(first), len(second))
    cells = [(first[j] if j < len(first) else "", second[j] if j < len(second) else "")
             for j in range(width)]
    named = _named_groups(first, second)
    if named is not None:
        return [named[j] or (b if a == b else " ".join(x for x in (a, b) if x))
                for j, (a, b) in enumerate(cells)]
    out: list[str] = []
    group = ""
    for a, b in cells:
        if a:
            group = _group_unit(a) if YEAR.search(b) else ""
        if YEAR.search(b):
            out.append(f"{b}（{group}）" if group and not column_unit(b) else b)
        else:
            group = "" if a or b else group
            out.append(b if a == b else " ".join(x for x in (a, b) if x))
    return out


def _named_groups(first: list[str], second: list[str]) -> list[str] | None:
    """Groups of the same years side by side, each under its own heading (session 26, blind
    round 37: "二氧化碳（万吨）" over "2021年 | 2022年 | 2023年" beside "甲烷（吨）" over the same
    three years). A heading merged over its group is printed once, centred or left, so the text
    layer places it over one column of the group (HTML and DOCX repeat it over every column): each
    year column takes the one heading found over its group's columns, with that heading's unit ("二氧化碳 2021年（万吨）"), so the two
    groups' figures keep their gas and unit apart. None unless the years repeat in runs side by
    side and every run has exactly one heading over it."""
    years = [j for j, b in enumerate(second) if YEAR.search(b)]
    k = _period([second[j] for j in years])
    if not k or len(years) < 2 * k or years != list(range(years[0], years[0] + len(years))):
        return None
    out = [""] * max(len(first), len(second))
    for g in range(len(years) // k):
        span = years[g * k:(g + 1) * k]
        heads = list(dict.fromkeys(first[j] for j in span if j < len(first) and first[j]))
        if len(heads) != 1 or YEAR.search(heads[0]) or is_number(heads[0]):
            return None
        unit = column_unit(heads[0])
        name = PAREN_UNIT.sub("", heads[0]).strip() if unit else heads[0].strip()
        for j in span:
            out[j] = f"{name} {second[j]}（{unit}）" if unit else f"{name} {second[j]}"
    return out


def _period(cells: list[str]) -> int:
    """The shortest k >= 2 with which the cells repeat ("数值 | 同比 | 数值 | 同比" -> 2), or 0."""
    for k in range(2, len(cells) // 2 + 1):
        if len(cells) % k == 0 and len(set(cells[:k])) == k \
                and all(cells[i] == cells[i % k] for i in range(len(cells))):
            return k
    return 0


def _group_subheader(head: list[str], sub: list[str]) -> bool:
    """Years over groups of columns (session 21, blind round 18): a header cell merged over
    two or more columns ("二零二二年" over "數值 | 同比") is printed once, centred, so the text
    layer places it over one column of its group, and the row under it repeats the group's
    headings. True when the row under a header of years holds no year and no figure and its
    headings repeat once per year."""
    years = [c for c in head if YEAR.search(numeral_years(c))]
    if len(years) < 2 or any(YEAR.search(numeral_years(c)) or is_number(c) for c in sub):
        return False
    start = next((j for j, c in enumerate(sub) if c), len(sub))
    cells = sub[start:]
    k = _period(cells)
    return bool(k) and len(cells) // k == len(years) and all(cells)


def _spread_groups(head: list[str], sub: list[str], body: list[list[str]]) -> list[str]:
    """One header from years over repeated groups: a group's first column takes its year,
    the other columns keep their own heading ("同比"), so a change in % is no year's value.
    When each group's last column is the sum of its others in every row ("二零二三年" over "範圍一 |
    範圍二 | 合計", session 26, d220), every column is a measure of its year and takes the year
    before its own heading ("二零二三年 範圍二"); groups of segments with no total column ("2023" over
    "China sites | Overseas sites") keep the first column's year alone."""
    years = [c for c in head if YEAR.search(numeral_years(c))]
    start = next(j for j, c in enumerate(sub) if c)
    k = _period(sub[start:])
    measures = k >= 3 and _groups_add_up(body, start, k, len(years))
    out = [h for h in head[:start]]
    out += [""] * (start - len(out))
    for g, year in enumerate(years):
        for i in range(k):
            heading = sub[start + g * k + i]
            out.append(f"{year} {heading}" if measures else year if i == 0 else heading)
    return out


def _groups_add_up(body: list[list[str]], start: int, k: int, groups: int) -> bool:
    """Every row's groups of `k` columns from `start` end in the sum of their other columns
    (within 0.5 %), and at least one group of figures was checked."""
    checked = 0
    for row in body:
        for g in range(groups):
            cells = row[start + g * k:start + (g + 1) * k]
            if len(cells) < k or not all(_AMOUNT_CELL.fullmatch(c.strip()) for c in cells):
                continue
            values = [float(c.strip().replace(",", "")) for c in cells]
            if abs(sum(values[:-1]) - values[-1]) > 0.005 * abs(values[-1]):
                return False
            checked += 1
    return checked > 0


_AMOUNT_CELL = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
"""A plain figure in a cell ("2,146,300", "8.4")."""


def _group_unit(cell: str) -> str:
    """The unit a group cell over year columns names; a period's name ("年度", "年份") heads
    the years and is no unit of their figures."""
    unit = unit_only(cell).strip()
    return "" if not unit or unit_dimension(unit) == "duration" else unit


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


class ParsedTable(NamedTuple):
    captions: list[str]
    header: list[str]
    body: list[list[str]]
    unit: str  # the whole table's unit, from a caption or the first header cell
    head_rows: int  # rows (of the non-empty ones) read as captions and header


def parse_table(rows: list[list[str]]) -> ParsedTable:
    cleaned = [[c.strip() for c in row] for row in rows if any(c.strip() for c in row)]
    captions: list[str] = []
    used = 1
    while len(cleaned) > 2 and used < 3 and _is_caption(cleaned[0]):
        captions.extend(dict.fromkeys(c for c in cleaned.pop(0) if c))
        used += 1
    if not cleaned:
        return ParsedTable(captions, [], [], "", 0)
    if _years_down(cleaned):
        cleaned = _transpose(cleaned)
    head = cleaned[0]
    rest = cleaned[1:]
    if (rest and not any(YEAR.search(c) for c in head)
            and sum(1 for c in rest[0] if YEAR.search(c)) >= 2
            and not any(is_number(c) and not YEAR.fullmatch(c) for c in rest[0])):
        head, rest = _header_merge(head, rest[0]), rest[1:]
        used += 1
    elif rest and _group_subheader(head, rest[0]):
        head, rest = _spread_groups(head, rest[0], rest[1:]), rest[1:]
        used += 1
    head = _realign_header(head, rest)
    head, rest = _split_label_column(head, rest)
    if len(rest) > 1 and any(rest[0]) and all(
            _UNIT_ROW.match(c) and unit_caption(c) for c in rest[0] if c):
        # a unit row under the header ("指标 | 2023年 | 2022年" over "单位：吨二氧化碳当量（强度除外）")
        # is the table's unit as a caption over it would be (blind round 10, session 14); a row
        # whose label ends in its unit ("投入环保资金（单位：万元） | 不适用") is a row
        captions.extend(dict.fromkeys(c for c in rest.pop(0) if c))
        used += 1
    if len(rest) > 1 and _unit_title_row(rest[0]):
        # a unit title merged over the figure columns under the years ("类别 | 2021年 | 2022年"
        # over " | 排放量（tCO2e） | "): the table's unit, as a caption over it would be (blind
        # round 46, session 29: a grid's scope 1 / 2 rows were read without a unit)
        captions.extend(c for c in rest.pop(0) if c)
        used += 1
    body = _group_labels([[v for c in row for v in _split_values(c)] for row in rest])
    width = max((len(r) for r in body), default=len(head))
    header = _expand_header(head, width)
    unit = ""
    for text in (*captions, header[0] if header else ""):
        unit = unit or table_unit(text)
    return ParsedTable(captions, header, body, unit, used)


def _realign_header(head: list[str], body: list[list[str]]) -> list[str]:
    """Header cells one column off their figures (session 29, blind round 46): in a table without
    ruling lines the headings are centred and the figures set right, so a year heading ("2022年")
    lands in a column band of its own, empty below, beside the empty-headed column of its figures;
    the label heading ("指标") lands right of the labels. Each such heading moves to the column
    next to it (right for years and units, left for the first column's); nothing else changes."""
    width = max([len(head), *(len(r) for r in body)])
    if not body or width < 3 or len(head) < 3:
        return head
    filled = [any(j < len(r) and r[j].strip() for r in body) for j in range(width)]
    out = [*head, *[""] * (width - len(head))]
    if not any(out[j] and not filled[j] for j in range(len(out))):
        return head
    if not out[0] and filled[0] and out[1] and not filled[1] and not YEAR.search(out[1]):
        out[0], out[1] = out[1], ""
    for j in range(width - 2, 0, -1):
        if out[j] and not filled[j] and not out[j + 1] and filled[j + 1]:
            out[j], out[j + 1] = "", out[j]
    return out if out != [*head, *[""] * (width - len(head))] else head


def _unit_title_row(row: list[str]) -> bool:
    """A row with no label and one text only, a short title closed by its unit ("排放量（tCO2e）",
    "Emissions (tonnes CO2e)"): a heading merged over the figure columns, not a body row."""
    texts = [c for c in row if c]
    return (bool(row) and not row[0] and len(texts) == 1 and not YEAR.search(texts[0])
            and title_unit(texts[0]) is not None)


def _years_down(rows: list[list[str]]) -> bool:
    """Years run down the first column ("年份 | 范围一排放（吨） | 范围二排放（吨）" over
    "2021年 | 12,345 | 8,210"), and no year heads a column."""
    body = rows[1:]
    return (len(body) >= 2 and len(rows[0]) >= 2
            and not any(YEAR.search(c) for c in rows[0][1:])
            and all(row and _YEAR_CELL.match(row[0]) for row in body)
            and all(any(is_number(c) for c in row[1:]) for row in body))


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
    group_unit = ""
    just = False
    for row in body:
        if label_only(row) and not is_number(row[0]):
            group, group_unit = _unit_group(row[0])
            just = True
            out.append(row)
            continue
        if group and row and row[0] and (just or len(row[0]) <= _SHORT_LABEL) \
                and group not in row[0]:
            glue = " " if group[-1].isascii() or row[0][0].isascii() else ""
            row = [group + glue + row[0], *row[1:]]
        if group_unit and row and row[0] and not lead_unit(row[:1]) \
                and any(is_number(c) for c in row[1:]):
            # a group row naming its unit ("温室气体排放（单位：tCO2e）" over "范围一 | 29,710"): the
            # rows under it, up to the next group row, are in that unit unless they name their own
            # (session 24, blind round 29: a report-style KPI table's units in its group rows)
            row = [f"{row[0]}（单位：{group_unit}）", *row[1:]]
        just = False
        out.append(row)
    return out


# where a group row's unit statement starts: "（单位：…）", "单位：…", "(Unit: …)"
_GROUP_UNIT_AT = re.compile(r"\s*[(（]?\s*(?:计量单位|单位|單位|units?)\s*[:：]", re.I)
_GROUP_TITLE_UNIT = re.compile(r"\s*[(（][^（()）]{1,30}[)）]\s*$")


def _unit_group(label: str) -> tuple[str, str]:
    """A group row's name and the unit it names for the rows under it ("能源（单位：MWh）" ->
    ("能源", "MWh"), "温室气体排放（tCO2e）" -> ("温室气体排放", "tCO2e")); a group naming no unit
    keeps its whole label and gives none (session 24)."""
    unit = table_caption_unit(label) or ""
    if not unit:
        return label, ""
    m = _GROUP_UNIT_AT.search(label) or _GROUP_TITLE_UNIT.search(label)
    name = label[:m.start()].strip() if m else label
    return (name or label), unit


def head_rows(rows: list[list[str]]) -> int:
    """How many of the table's non-empty rows are its head (captions, one or two header
    rows): evidence quotes them over the row it cites."""
    return parse_table(rows).head_rows


def header_and_body(rows: list[list[str]]) -> tuple[list[str], list[list[str]]]:
    parsed = parse_table(rows)
    return parsed.header, parsed.body
