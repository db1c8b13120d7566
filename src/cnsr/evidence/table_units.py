"""Where a table figure's unit comes from, most specific first: a unit cell standing before it in
its row ("二氧化碳排放 | 万吨 | 1,021.5 | 998.2", no 单位 heading needed); the row's 单位
column or a unit at the end of its label ("碳排放量（单位：千克）", "范围一排放 t[CO2e]"); its
column's header ("2023年（tCO2e）", "万吨"); the table's caption or first header cell
("单位：万吨", "指标（单位：千公吨二氧化碳）"). These read each of those places; `evidence.tables`
chooses among them when it writes a row.
"""

from __future__ import annotations

import re
from os.path import commonprefix

from cnsr.cjk import HAN_CLASS
from cnsr.evidence import quantities as q
from cnsr.evidence.bracket_multipliers_data import bundled_bracket_multipliers
from cnsr.evidence.table_cells import AMOUNT, is_number
from cnsr.ingest.reading_limits import layout_limits
from cnsr.ingest.text import table_caption_unit, thousands_unit, unit_caption

# a footnote mark may follow the bracket ("单位电信业务总量排放（千克二氧化碳当量/万元）注2"; blind round 10)
# a footnote mark after the bracket: "注2", a superscript, or the digit NFKC makes of one ("²" → "2",
# rows are cleaned before they are read; blind round 11, session 15)
PAREN_UNIT = re.compile(r"[（(]([^（()）]{1,30})[)）]\s*(?:注\s*\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹*]+|\d)?\s*$")
_UNIT_HEADERS = frozenset(layout_limits().table_words.unit_headers)  # data/text/layout.yaml


def is_unit_header(head: str) -> bool:
    """"单位", "Unit", and both spellings in one cell ("单位 Unit", "单位/Unit", "单位（Unit）")."""
    words = [w for w in re.split(r"[\s/()（）]+", head.strip().lower()) if w]
    return bool(words) and all(w in _UNIT_HEADERS for w in words)


_CURRENCY_SCALE = re.compile(r"^\s*(RMB|CNY|USD|HKD|EUR|US\$|HK\$)\s+(thousand|million|billion|bn|mn)\s*$",
                             re.I)


def with_unit(value: str, unit: str) -> str:
    """"1,500" with "RMB million" → "RMB 1,500 million"; otherwise the unit follows."""
    m = _CURRENCY_SCALE.match(unit)
    if m:
        return f"{m.group(1)} {value} {m.group(2)}"
    if unit == "%" or unit.endswith("%"):
        return f"{value}%"
    return f"{value}{unit}"


# an English unit written with the multiplier of a Chinese one, in a bracket: "(10,000 tCO2e)" for
# 万吨CO2e, "(10,000 tce)", "(100 million kWh)" for 亿千瓦时. Session 26, blind round 36: the label cells
# of a bilingual KPI appendix ("温室气体排放总量（万吨CO2e）GHG emissions, total (10,000 tCO2e)"); the
# "10,000" was read as an own total of 10,000 t and the row's figures got no unit. Only a bracket's
# whole content: a cell "10,000 tCO2e" is a figure. The multipliers: data/units/bracket-multipliers.yaml
# (session 27).
_MULTIPLIERS = bundled_bracket_multipliers()
_MULTIPLIER_WORD = _MULTIPLIERS.words()
_SCALED = re.compile(rf"^\s*({_MULTIPLIERS.pattern()})\s*(?=[A-Za-z])(\S.{{0,{_MULTIPLIERS.unit_chars}}})$", re.I)
_SCALED_BRACKET = re.compile(
    rf"[（(]\s*((?:{_MULTIPLIERS.pattern()})\s*[A-Za-z][^（()）]{{0,{_MULTIPLIERS.unit_chars}}})[)）]", re.I)
_SCALED_GATE = commonprefix(sorted(_MULTIPLIER_WORD))  # "10": a literal test before the regex


def scaled_unit(content: str) -> str:
    """"10,000 tCO2e" → "万tCO2e", "100 million kWh" → "亿kWh"; "" for anything else."""
    m = _SCALED.match(content)
    if not m:
        return ""
    unit = unit_only(m.group(2))
    if not unit:
        return ""
    return _MULTIPLIER_WORD[m.group(1).lower()] + unit.strip()


def scaled_label(cell: str) -> str:
    """A label cell with each bracketed multiplier unit written the Chinese way ("GHG emissions
    (10,000 tCO2e)" → "GHG emissions (万tCO2e)"), so that its "10,000" is read as no figure."""
    if _SCALED_GATE not in cell:
        return cell
    return _SCALED_BRACKET.sub(lambda m: f"({scaled_unit(m.group(1)) or m.group(1)})", cell)


def unit_only(cell: str) -> str:
    """The cell itself when it is just a unit ("RMB million", "万元", "tCO2e", "(t[CO2e])"),
    or the first spelling of a bilingual one ("吨二氧化碳当量 tCO2e", "兆瓦时/MWh")."""
    thousands = thousands_unit(cell)
    if thousands != cell:
        return thousands if unit_only(thousands.strip()) else ""
    cell = cell.strip().strip("（()）").strip()
    if not cell or len(cell) > 40 or AMOUNT.search(cell):
        return ""
    if _CURRENCY_SCALE.match(cell):
        return " " + cell.strip()
    first = bilingual_first(cell)
    if first:
        return unit_only(first)
    if _unit_of(cell):
        return " " + cell if cell[0].isascii() else cell
    return ""


_BILINGUAL = re.compile(r"\s*/\s*|\s+")  # between a unit's Chinese and English spellings
_CJK_CHAR = re.compile(HAN_CLASS)


def bilingual_first(cell: str) -> str:
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


def unit_dimension(cell: str) -> str | None:
    """The dimension of a cell that is one unit ("duration" for "年度"), else None."""
    found = _unit_of(cell.strip())
    return found[0] if found else None


def _caption_unit(text: str) -> str:
    """The unit a caption or header cell names: "单位：万吨", "（单位：千克）"."""
    named = unit_caption(text)
    return unit_only(named) if named else ""


def table_unit(text: str) -> str:
    """The whole table's unit from a caption or the first header cell: "单位：万吨", or a
    title closed by a unit in brackets ("Greenhouse gas emissions (tonnes CO2e)")."""
    named = table_caption_unit(text)
    return unit_only(named) if named else ""


def _label_unit(label: str) -> str:
    """A unit at the end of a row label: "二氧化碳排放量（万吨）", "碳排放量（单位：千克）",
    "范围一温室气体排放量 t[CO2e]", also the last part of "（含供热，吨二氧化碳/兆瓦时）"."""
    named = _caption_unit(label)
    if named:
        return named
    m = PAREN_UNIT.search(label)
    if m:
        content = m.group(1)
        scaled = scaled_unit(content)
        if scaled:
            return scaled
        for part in (content, re.split(r"[，,;；]", content)[-1]):
            unit = unit_only(part)
            if unit:
                return unit
        return _per_unknown(content)
    m = _LEAD_PER.match(label)
    if m and unit_only(m.group(1)):
        # an English label opened by its unit ("kgCO2e per occupied room night", "MJ per tonne"): the
        # row's own unit, so that the caption's ("Table 7 … (tCO2e)") does not replace it (blind round 25)
        return " " + label.strip()
    head, _, last = label.rpartition(" ")
    return unit_only(last) if head.strip() and last else ""


_LEAD_PER = re.compile(r"\s*([A-Za-z][A-Za-z0-9.\-\[\]₂]{0,12})\s+per\s+[A-Za-z]")
_PER = re.compile(r"\s*(?:/|每|(?i:per)\s)\s*")


def _per_unknown(content: str) -> str:
    """A unit per something the unit table does not read ("千克二氧化碳当量/重量箱", "tCO2e/t
    copper equivalent"): the row's own unit as written, so that a caption's unit ("表2 温室气体
    排放（单位：万吨二氧化碳当量）") does not replace it; "" when no unit opens it (blind round 11,
    session 15: the intensities per 重量箱 were read in the caption's 万吨)."""
    c = content.strip()
    if not c or len(c) > 40 or AMOUNT.search(c):
        return ""
    for m in _PER.finditer(c):
        if m.start() and m.end() < len(c) and _unit_of(c[:m.start()]):
            return " " + c if c[0].isascii() else c
    return ""


_GAS_IN_UNIT = re.compile(r"二氧化碳当量|二氧化碳當量|二氧化碳|CO2e|CO2-eq|CO₂e|CO2", re.I)
_EMISSION_WORD = re.compile(r"排放|(?i:emission)")
_MASS_ONLY = re.compile(r"(?:吨|噸|千克|公斤|克|t|kg|g|tonnes?)", re.I)


def ghg_row_unit(unit: str, label: str, table_unit: str) -> str:
    """A row's mass-per-something unit with the gas of a GHG table's unit put in ("克/千瓦时" in
    "表1 温室气体排放（吨二氧化碳当量）" becomes "克二氧化碳当量/千瓦时") when the row's label
    names emissions ("单位售电量排放（克/千瓦时）"): such a row is the table's GHG intensity, its
    label holding no GHG word of its own (session 21, d111). Any other unit is returned as is."""
    if "/" not in unit or not table_unit or not _EMISSION_WORD.search(label):
        return unit
    gas = _GAS_IN_UNIT.search(table_unit)
    mass, _, per = unit.partition("/")
    if gas is None or _GAS_IN_UNIT.search(unit) or not per.strip() \
            or not _MASS_ONLY.fullmatch(mass.strip()):
        return unit
    return f"{mass.strip()}{gas.group(0)}/{per.strip()}"


def lead_unit(row: list[str]) -> str:
    """The unit closing the row's label: the first cell, or a later cell before the first
    figure when the first holds an index code ("A1.2 | 範圍一排放（單位：噸二氧化碳當量） | 3,846";
    HKEX and GRI appendices put the code first, session 8)."""
    for j, cell in enumerate(row):
        if j and is_number(cell):
            break
        unit = _label_unit(cell) if cell else ""
        if unit:
            return unit
    return ""


def trailing_unit(row: list[str]) -> str:
    """A unit cell after the row's figures ("范围一排放 | 12,345 | 11,870 | tCO2e")."""
    last = len(row) - 1
    while last > 0 and not row[last]:
        last -= 1
    if last < 2 or is_number(row[last]) or not is_number(row[last - 1]):
        return ""
    return unit_only(row[last])


def column_unit(head: str) -> str:
    """The unit a header cell gives its column: "排放量（万吨）", "2023年 (tCO2e)", "万吨"."""
    named = _caption_unit(head)
    if named:
        return named
    m = PAREN_UNIT.search(head)
    # a bracket that names no unit ("Scope 2 (location-based)") gives the column none (session 8)
    return (scaled_unit(m.group(1)) or unit_only(m.group(1))) if m else unit_only(head)
