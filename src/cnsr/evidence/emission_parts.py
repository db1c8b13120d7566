"""Whether an emissions figure is a part of the company's emissions rather than a total: the
words that label it name one source, gas, segment, site or scope 3 category (data/lexicon/
emissions.yaml, read in `emission_markers`), or its table has a total row it sits under. Used
by `emission_figures` for each figure it finds.
"""

from __future__ import annotations

import re

from cnsr.evidence.emission_clauses import GHG_DIMENSIONS, bracketed_part, line_of
from cnsr.evidence.emission_kinds import clause_at
from cnsr.evidence.emission_markers import Markers
from cnsr.evidence.emission_record import Figure
from cnsr.evidence.records import Num


def own_label(x: Num, text: str, span: tuple[int, int], clauses: list[tuple[int, int]],
              since: int, row: bool) -> str:
    """The words that label figure `x`: its table row's first cell, else its clause since the
    figure before it (`since`)."""
    if row:
        cut = text.find(" | ", span[0], x.start)
        return text[span[0]:cut if cut >= 0 else x.start]
    return text[max(clauses[clause_at(clauses, x.start)][0], since):x.start]


def names_a_source(x: Num, text: str, span: tuple[int, int], clauses: list[tuple[int, int]],
                   since: int, row: bool, mk: Markers, measured: list[Num]) -> bool:
    """The figure's own label (a table row's first cell) or clause, since the figure before
    it, names one source of the emissions (or a gas, and no source) and no total: it is that
    source's part. Two sources named are their total."""
    label = own_label(x, text, span, clauses, since, row)
    if not row:
        ci = clause_at(clauses, x.start)
        if ci > 0 and mk.restates.match(text, clauses[ci][0]):
            # "甲烷排放4.12万吨，折合115.4万吨二氧化碳当量": a restatement of the figure before, whose
            # label is the clause before (blind round 14, session 18)
            label = text[clauses[ci - 1][0]:x.start]
        elif since > clauses[ci][0] and mk.restates.search(text, since, x.start):
            label = text[clauses[ci][0]:x.start]  # "… of 1,020 t are equivalent to 270,000 tCO2e"
    if mk.sites.search(label) is not None:
        return True  # "两厂…排放量为…", "三家热电厂…合计": those sites', a part (session 14)
    if mk.total.search(label) is not None:
        # "制冷剂 Refrigerant=合计 Total HFC", "甲烷排放合计": one gas's total is a part of the
        # company's emissions; a total naming two gases or none is a total (session 22, d136)
        return len({m.group(0).lower() for m in mk.gases.finditer(label)}) == 1
    if mk.segments.search(label) is not None:
        return True  # "航空器二氧化碳排放", "地面运营温室气体排放": one segment's, a part (session 17)
    if not row and _segment_leads(x, text, span, measured, mk):
        return True  # "集团航空器消耗航油…，产生二氧化碳排放…": the segment's, a part (session 18)
    named = {m.group(0) for m in mk.sources.finditer(label)}
    return len(named) == 1 or (not named and mk.gases.search(label) is not None)


def _segment_leads(x: Num, text: str, span: tuple[int, int], measured: list[Num],
                   mk: Markers) -> bool:
    """A segment named earlier in the figure's sentence as the subject of the clauses leading
    to it ("2023年，集团航空器消耗航油…，产生二氧化碳排放…万吨", "Our aircraft burned … of jet
    fuel, emitting …"), with no total word from there to the figure and no GHG figure between:
    the figure is that segment's."""
    last = None
    for m in mk.segments.finditer(text, span[0], x.start):
        last = m
    if last is None or any(last.end() <= y.start < x.start and y.dimension in GHG_DIMENSIONS
                           for y in measured):
        return False
    return mk.total.search(text, last.end(), x.start) is None


def names_a_category(x: Num, text: str, span: tuple[int, int], clauses: list[tuple[int, int]],
                     since: int, row: bool, mk: Markers) -> bool:
    """The figure's own label (a row's first cell, or its clause since the figure before it)
    names one scope 3 category and no total: it is that category's part of scope 3, not the
    company's scope 3 (blind round 13, session 17)."""
    label = own_label(x, text, span, clauses, since, row)
    return mk.scope3_parts.search(label) is not None and mk.total.search(label) is None


def only_scope3_row(x: Num, text: str, mk: Markers) -> bool:
    """Figure `x`'s table row is the table's only row whose label names scope 3 or one of its
    categories ("范围三：外购饲料原料（类别1） | — | 1,180 | 1,260" under scope 1 and 2 rows): the
    category is all the scope 3 the company reports, no part of a scope 3 total (session 24)."""
    at = line_of(text, x.start)
    for i, line in enumerate(text.split("\n")):
        label = line.split(" | ", 1)[0]
        if i != at and (mk.scope3_parts.search(label) or mk.scope3_words.search(label)):
            return False
    return True


def scope_source_row(x: Num, text: str, span: tuple[int, int], clauses: list[tuple[int, int]],
                     since: int, mk: Markers, measured: list[Num], total_rows: set[int]) -> bool:
    """A table row labelled by a scope and one of its sources ("范围一：管网及站场甲烷逸散",
    "范围一：燃料燃烧（车队、站场锅炉）", "Scope 1 - fugitive methane") in a table that has a
    total row of that same scope ("范围一合计", "Total Scope 1"): the row is a part of that
    scope, not the scope itself (blind round 15, session 19: a gas distributor's scope 1 split
    into pipeline methane and combustion above "范围一合计"). Without such a total row the
    row stays the scope's figure ("范围二：外购电力" is the whole scope 2)."""
    label = own_label(x, text, span, clauses, since, True)
    head, sep, rest = label.partition(":")
    if not sep:
        head, sep, rest = label.partition("：")
    if not sep or not head.strip() or not rest.strip():
        return False
    if not names_a_source(x, text, span, clauses, since, True, mk, measured):
        return False
    lines = text.split("\n")
    at = text.count("\n", 0, x.start)
    scope = head.strip()
    return any(i != at and i < len(lines) and lines[i].split(" | ", 1)[0].strip().startswith(scope)
               and ":" not in lines[i].split(" | ", 1)[0] for i in total_rows)


def total_row_lines(text: str, mk: Markers) -> set[int]:
    """Lines of a table's text (after its header line) whose label says total."""
    out: set[int] = set()
    for i, line in enumerate(text.split("\n")):
        label = line.split(" | ", 1)[0]
        if i and mk.total.search(label):
            out.add(i)
    return out


def scope_over_sources(text: str, span: tuple[int, int]) -> bool:
    """A table row that opens with a category cell and a label cell ("范围 Scope=范围一 Scope 1 |
    冷藏车柴油 Reefer-truck diesel | 2023年=8,640…") followed by a row without the category
    ("制冷剂泄漏 Refrigerant leakage | 2023年=5,212…"): the scope cell was merged over several
    source rows, so this row is one source of the scope, not the scope's figure (session 22,
    d136; a scope over one row, "范围 Scope=范围二 Scope 2 | 外购电力 | …" followed by another
    category, keeps its scope)."""
    end = text.find("\n", span[0])
    if end < 0:
        return False
    cells = text[span[0]:end].split(" | ")
    if len(cells) < 3 or "=" not in cells[0] or "=" in cells[1]:
        return False
    after = text.find("\n", end + 1)
    following = text[end + 1:after if after >= 0 else len(text)].split(" | ")
    return len(following) >= 2 and "=" not in following[0] and "=" in following[1]

def part_of_another(x: Num, scope: str, kind: str, text: str, span: tuple[int, int],
                    clauses: list[tuple[int, int]], since: int, row: bool, mk: Markers,
                    measured: list[Num], total_rows: set[int], found: list[Figure]) -> bool:
    """Figure `x`, read as `scope` of `kind`, is a part of a figure the passage gives (a source,
    gas, site, segment or category of it) rather than that figure itself; `since` is where the
    words labelling it start, `found` the passage's figures before it."""
    own = kind == "own"
    if scope == "total" and mk.parts.search(text, since, x.start) \
            and not mk.total.search(text, since, x.start):
        return True  # "其中：燃煤机组", "of which: calcination": a part, not the total
    if scope == "total" and own and total_rows and line_of(text, x.start) not in total_rows:
        return True  # "燃料=柴油 | … | 二氧化碳排放=229,877 tCO2e" above "合计（范围一）"
    if scope == "total" and own and names_a_source(x, text, span, clauses, since, row, mk,
                                                   measured):
        return True  # "麻醉气体排放折合二氧化碳当量3,120吨", "肠道发酵（甲烷） | 781,200": a part
    if scope == "total" and own and not row and _one_gas_clause(x, text, clauses, mk):
        return True  # "甲烷排放量由2021年的0.81万吨降至2023年的0.76万吨": one gas's, a part
    if scope in ("scope1", "scope2") and own and total_rows \
            and line_of(text, x.start) not in total_rows and scope_source_row(
                x, text, span, clauses, since, mk, measured, total_rows):
        return True  # "范围一：管网及站场甲烷逸散" above "范围一合计": a part of scope 1
    if scope in ("scope1", "scope2") and own and row and scope_over_sources(text, span):
        return True  # "范围 Scope=范围一 | 冷藏车柴油 | …" over "制冷剂泄漏 | …": a source of scope 1 (session 22)
    if scope == "scope3" and own and names_a_category(x, text, span, clauses, since, row, mk) \
            and not (row and only_scope3_row(x, text, mk)):
        return True  # "4 Upstream transportation and distribution | 186": a category, not scope 3
    if scope in ("scope1", "scope2") and own and not row \
            and any(f.scope == scope and f.sentence == span for f in found) \
            and mk.gases.search(text, since, x.start) is not None:
        return True  # "Scope 1 emissions of 147,200 tCO2e …: … methane (CH4) … for 51,140 tCO2e": a gas's part (session 22)
    if scope in ("scope1", "scope2", "scope3") and own and not row \
            and any(f.scope == scope and f.sentence == span for f in found) \
            and mk.parts.search(text, since, x.start) is not None:
        # blind round 35 (session 26): the scope's figure given, then "of which 412,000 tCO2e came from PFCs", "其中41.2万吨来自
        # 含氟气体": the words after 其中 / of which carry no scope of their own, so the part took the scope before it (a second
        # scope 1 of the year)
        return True
    if scope in ("scope1", "scope2") and own and not row:
        # one source named after it and no bracket closed before the figure: "范围一（包括燃料燃烧和
        # 制冷剂逸散）为7,518吨" is the scope's own figure
        inc = mk.scope_includes.search(text, span[0], x.start)
        if inc is not None and not any(c in text[inc.end():x.start] for c in ")）") \
                and len(mk.sources.findall(text, inc.end(), x.start)) == 1:
            return True  # "范围一含公务车辆燃油排放（2023年412吨）": the source's part (session 25)
    if scope in ("scope1", "scope2") and own and not row and listed_after_colon(x, text, span, mk):
        return True  # "Scope 1 in 2023: diesel 4,860, natural gas 6,310, refrigerants 7,250 tCO2e" (session 28)
    # "范围一排放24.1万吨（甲烷11.6万吨、氧化亚氮10.9万吨）": its parts
    return not row and bracketed_part(x, measured, text, span)


_ITEM_WORD = re.compile(r"[A-Za-z\u4e00-\u9fff]")
_NUMBER = re.compile(r"(?<![A-Za-z\d.,])\d[\d,.]*")


def listed_after_colon(x: Num, text: str, span: tuple[int, int], mk: Markers) -> bool:
    """Figure `x` is an item of a list after its scope's colon, each item a word and a number
    ("Scope 1 in 2023: diesel 4,860, natural gas 6,310, refrigerants 7,250 tCO2e",
    "范围二排放：办公楼1,200吨、数据中心8,400吨二氧化碳当量"): the unit written once belongs to every
    item, so the figure is one source's part, not the scope (session 28; the last item was
    read as a scope 1 of 7,250). A figure right after the colon ("范围一排放：12,600吨"), a list
    of years ("分别为：1.2万吨、1.3万吨") or one with a total word stays the scope's."""
    colon = text.rfind(":", span[0], x.start)
    if colon < 0:
        return False
    numbers = list(_NUMBER.finditer(text, colon + 1, span[1]))
    if len(numbers) < 2 or not any(n.start() == x.start for n in numbers):
        return False
    if mk.total.search(text, colon + 1, span[1]) is not None \
            or _YEARS.search(text, colon + 1, span[1]) is not None \
            or _SCOPED.search(text, colon + 1, span[1]) is not None:
        return False  # "（tCO2e）：范围一 9,870，范围二 31,240": the items are scopes, no sources
    since = colon + 1
    for n in numbers:
        if _ITEM_WORD.search(text, since, n.start()) is None:
            return False
        since = n.end()
    return True


_SCOPED = re.compile(r"范围|直接|间接|(?<![A-Za-z])(?:scope|direct|indirect)(?![A-Za-z])", re.I)
"""An item named by a scope (the list is of scopes, not of one scope's sources)."""
_YEARS = re.compile(r"(?<!\d)(?:19|20)\d\d\s*年|(?<![\d,.])(?:19|20)\d\d(?!\d)(?![,.]\d)")


def direct_with_purchased(x: Num, text: str, span: tuple[int, int], measured: list[Num],
                          found: list[Figure], mk: Markers) -> bool:
    """Figure `x`, labelled by a direct source (`emissions.yaml` `direct_sources`: 化石燃料燃烧,
    fuel combustion), is the company's whole scope 1 when its sentence splits a total found
    before it into just this source and purchased electricity or heat (`purchased_sources`)
    and the two add up to that total ("经核查，公司2015年二氧化碳排放总量为61.48万吨，其中化石燃料
    燃烧排放48.26万吨、净购入电力排放13.22万吨": the national accounting guidelines' split into
    direct and indirect emissions; session 21). A source among more parts, or whose parts do
    not add up, stays a part (I11.6)."""
    label = text[max(span[0], max((y.end for y in measured if y.end <= x.start),
                                  default=span[0])):x.start]
    if mk.direct_sources.search(label) is None:
        return False
    totals = [f for f in found if f.sentence == span and f.scope == "total" and f.kind == "own"
              and 0 <= f.at < x.start]
    others = [y for y in measured if y is not x and span[0] <= y.start < span[1]
              and y.dimension == x.dimension and y.start > x.start]
    if not totals or not others:
        return False
    y = others[0]
    if mk.purchased_sources.search(text, x.end, y.start) is None:
        return False
    total = totals[-1].value
    return total > 0 and abs(total - x.value - y.value) <= 0.005 * total


def _one_gas_clause(x: Num, text: str, clauses: list[tuple[int, int]], mk: Markers) -> bool:
    """The figure's clause names one gas and no total before it (session 25, blind round 33: a
    level reached after the gas's earlier level, "甲烷排放量由2021年的0.81万吨降至2023年的0.76万吨",
    "methane emissions fell from 8,100 t in 2021 to 7,600 t": the label since the figure before
    is only "降至2023年的", so the gas's name did not make it a part and the methane read as the
    company's total)."""
    ci = clause_at(clauses, x.start)
    start = clauses[ci][0]
    if ci > 0 and mk.elliptical.fullmatch(text, start, x.start) is not None:
        # a clause of nothing but its year carries the subject of the clause before (session 26,
        # blind round 37: "甲烷按全球增温潜势28折算，2023年为4.48万吨二氧化碳当量" read as a total)
        start = clauses[ci - 1][0]
    gases = {m.group(0).lower() for m in mk.gases.finditer(text, start, x.start)}
    return len(gases) == 1 and mk.total.search(text, start, x.start) is None


def part_scoped(part: Figure, marked: bool, found: list[Figure], total_rows: set[int]) -> Figure:
    """The scope `part` is a part of (session 26). A part marked as one ("其中：工艺排放", "of
    which: process") belongs to the company's figure of its year just before it: the row above
    in a table, the figure before it in its sentence. A table row under (or over) a total row
    belongs to that row's figure of its year ("燃料=柴油 | …" above "合计（范围一）"). Otherwise
    the scope read from its own words stands: "范围一含公务车辆燃油排放（2023年412吨）" is scope 1's,
    a scope 3 category scope 3's, "甲烷排放0.76万吨" the total's."""
    if part.row is not None:
        same = [f for f in found if f.kind == "own" and f.where is part.where and f.row is not None
                and f.year == part.year and f.dimension_of == part.dimension_of]
        if marked:
            above = [f for f in same if f.row is not None and part.row is not None
                     and f.row < part.row]
            parent = max(above, key=lambda f: f.row or 0) if above else None
        elif part.scope == "total":
            totals = [f for f in same if f.row in total_rows]
            parent = min(totals, key=lambda f: abs((f.row or 0) - (part.row or 0))) \
                if totals else None
        else:
            parent = None  # "范围三：类别1" under "范围一和范围二合计": scope 3's, its own words say
    elif marked:
        before = [f for f in found if f.kind == "own" and f.sentence == part.sentence
                  and 0 <= f.at < part.at and f.year in (part.year, None)
                  and f.dimension_of == part.dimension_of]
        parent = before[-1] if before else None
    else:
        parent = None
    if parent is None or parent.scope == part.scope:
        return part
    return Figure(parent.scope, part.kind, part.year, part.value, part.unit, part.written,
                  part.label, part.where, part.sentence, part.row, part.at)
