"""The clause-level tests a point rule makes inside one sentence: which cues are the
company's own (not national background, not a reduction amount), which are only planned or a
heading, and which numbers sit near a cue."""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter

from cnsr.evidence import quantities as q
from cnsr.evidence.lexicon import CompiledRule, Lexicon
from cnsr.evidence.records import Hit, Num
from cnsr.evidence.rule_schema import PointRule


def _clause_of(parts: list[tuple[int, int]], at: int) -> tuple[int, int]:
    for a, b in parts:
        if a <= at < b:
            return a, b
    return parts[-1]


BINDERS = ("reduction", "others_emissions")
"""Concepts whose word, just before an emissions cue in its clause, makes the cue someone
else's figure for an `own` rule: a reduction ("减少二氧化碳排放", "avoided … CO2 emissions") or
others' emissions (`others_emissions`: "投融资碳排放", "financed emissions" are the
borrowers' and investees', not the company's own; session 11)."""


def binder_hits(concepts: dict[str, list[Hit]]) -> list[Hit]:
    return [h for c in BINDERS for h in concepts.get(c, ())]


def without_reductions(concepts: dict[str, list[Hit]], parts: list[tuple[int, int]]
                        ) -> dict[str, list[Hit]]:
    """Concepts minus cues bound to a reduction word (or a word naming others' emissions,
    `BINDERS`) just before them in the same clause ("减少二氧化碳排放", "avoided … CO2
    emissions", "投融资碳排放"): those are about reductions or others' emissions, not the
    company's own emissions."""
    reductions = binder_hits(concepts)

    def bound(h: Hit) -> bool:
        a, _ = _clause_of(parts, h.start)
        return any(a <= r.start and r.end <= h.start and h.start - r.end <= _BOUND
                   for r in reductions)

    kept = {c: [h for h in hs if c in BINDERS or not bound(h)] for c, hs in concepts.items()}
    return {c: hs for c, hs in kept.items() if hs}


_BOUND = 30  # characters between a reduction word and the emissions cue it governs


def cue_hits(clauses: list[frozenset[str]], concepts: dict[str, list[Hit]]) -> list[Hit]:
    used = clauses[0].union(*clauses[1:]) if len(clauses) > 1 else clauses[0]
    hits = [h for c in used for h in concepts[c]]
    if len(hits) > 1:
        # by start, longest first, then concept (`_by_start`), as three stable sorts by
        # C-level keys: no Python call per hit
        hits.sort(key=_CONCEPT)
        hits.sort(key=_END, reverse=True)
        hits.sort(key=_START)
    return hits


def deciding(hits: list[Hit], generic: list[str]) -> list[Hit]:
    """The cues that say what the sentence is about, leaving out the `generic` concepts
    (rules.yaml evidence.generic_concepts: verbs found in most clauses); all of them when
    nothing else is left."""
    specific = [h for h in hits if h.concept not in generic]
    return specific or hits


def _by_start(h: Hit) -> tuple[int, int, str]:
    """The order of `cue_hits` (the reference form of its three sorts)."""
    return (h.start, -h.end, h.concept)


_CONCEPT, _START, _END = itemgetter(0), itemgetter(1), itemgetter(2)


def history(rule: PointRule, text: str, span: tuple[int, int], found: list[Num]
             ) -> tuple[bool, list[Num]]:
    """A history point needs numbers for `rule.history` years; two years is a partial (weak)
    disclosure, reported as 0.5."""
    if len(found) < 2:  # decided without reading the sentence's years
        return False, []
    years = {n.year for n in found if n.year}
    if len(years) < rule.history:
        years |= _years_in(text[span[0]:span[1]])
    if len(years) >= rule.history:
        return True, found
    return False, []


def only_planned(text: str, span: tuple[int, int], cues: list[Hit],
                  concepts: dict[str, list[Hit]], parts: list[tuple[int, int]],
                  figures: bool = False, plans: bool = True, phases: bool = True) -> bool:
    """True when every cue of the sentence sits in a clause that only plans it or says it is
    not done yet ("计划于2024年开展情景分析", "尚未核算", "will conduct", "not yet"); a plan
    before a colon covers the list after it. For a figure (`figures`), a future year in the
    clause makes it a target or forecast, not a disclosed amount ("2030年碳排放总量控制在
    120万吨以内"). With `plans` False only "not yet" counts (a plan discloses the point); with
    `phases` False a roadmap phase's step is no plan here (session 28: it keeps its mention)."""
    marks = [h for h in (concepts.get("planned", []) if plans else [])
             if not _in_book_title(text, h.start)] + concepts.get("hedge", [])
    if figures and plans:
        future = concepts.get("future_year", [])
        marks = marks + future
        if parts and any(_time_lead(text, h, parts[0]) for h in future):
            return True  # "到2030年，集团…排放量降至85万吨": the lead dates the whole sentence
    if plans and parts and any(_plan_lead(h, parts[0]) for h in concepts.get("planned", [])):
        return True  # "下一步，本行将…开展碳盘查，建立…体系": the lead makes the whole sentence a plan
    if plans and "plan_item" in concepts:
        return True  # "将重点做好以下工作：…；三是完善碳排放数据管理制度": an item of a plan's list (session 28)
    phase_starts = [h.start for h in concepts.get("plan_phase", ())] if plans and phases else []
    lead = text.find(":", span[0], span[1])
    goes_on = [h.start for h in concepts.get("continues", [])]
    # "…，推动合作伙伴共同减排，是我们未来几年最重要的功课": a clause naming what comes before it in its
    # sentence as the task of the years ahead makes those clauses a plan
    backs = [h.start for h in concepts.get("planned_back", [])
             if span[0] <= h.start < span[1]] if plans else []

    # a clause with its own subject, date or mark of a thing done ("公司…", "2023年…", "已…", "同比…")
    own = [h.start for h in concepts.get("company", []) + concepts.get("done_mark", [])] if plans else []
    goes_to = [h.start for h in concepts.get("goes_to", [])] if plans else []

    def goes_on_from_plan(a: int, b: int) -> bool:
        """"计划新增屋顶光伏10兆瓦，外购绿电比例提高至30%": a clause saying where a quantity goes,
        with no subject, date or mark of a thing done of its own, after a planned one goes on
        with the plan (session 22)."""
        return (any(a <= g < b for g in goes_to) and not any(a <= o < b for o in own)
                and not _YEAR.search(text, a, b))

    def planned_clause(a: int, b: int) -> bool:
        if any(a <= m.start < b for m in marks) or any(b <= m for m in backs):
            return True
        # "计划…开展首次盘查，并委托第三方核查": a clause going on from a planned one
        if a > span[0] and (any(a <= g < b for g in goes_on) or goes_on_from_plan(a, b)):
            return planned_before(a)
        return False

    def bare(a: int, b: int) -> bool:
        """A clause with no subject, date or mark of a thing done of its own."""
        return not any(a <= o < b for o in own) and not _YEAR.search(text, a, b)

    def planned_before(a: int) -> bool:
        """Whether the clause before `a` is planned; a bare clause between the plan and the
        clause going on from it goes on with the plan too ("计划2024年开展首次盘查，确定基准年后
        制定减排路径，并通过购买CCER抵消剩余排放": the plan's scope is its sentence, guide §3.8;
        session 25). A clause with its own subject, date or done mark stops the walk."""
        pa, pb = _clause_of(parts, a - 1)
        if pa >= a:
            return False
        if planned_clause(pa, pb):
            return True
        return plans and pa > span[0] and bare(pa, pb) and planned_before(pa)

    def planned(h: Hit) -> bool:
        if planned_clause(*_clause_of(parts, h.start)):
            return True
        if any(p <= h.start for p in phase_starts):
            return True  # "2026—2030年为“深度脱碳”阶段，推动…电气化": the phase's work (session 28)
        return lead >= 0 and h.start > lead and any(m.start < lead for m in marks)

    return all(planned(h) for h in cues)


def _in_book_title(text: str, at: int) -> bool:
    """Whether `at` is inside a title in 《…》: its words name a document, not what the
    company plans ("按…《如何准备环境、社会及管治报告》计算", "制定《…行动计划》"; session 23)."""
    opened = text.rfind("《", 0, at)
    return opened >= 0 and opened > text.rfind("》", 0, at) and text.find("》", at) >= 0


def _plan_lead(h: Hit, clause: tuple[int, int]) -> bool:
    """The plan word is the whole first clause but for a character or two ("下一步，", "Next, "):
    the sentence after it is what is to come (blind round 20, session 22: "下一步，本行将参照…，
    适时开展碳盘查，建立覆盖…的碳排放统计体系" had its later clauses read as done)."""
    return clause[0] <= h.start and h.end <= clause[1] and clause[1] - clause[0] - len(h.text) <= 2


def _time_lead(text: str, h: Hit, clause: tuple[int, int]) -> bool:
    """The future year is the whole first clause but for a word or two ("到2030年，"), or ends
    the period it opens ("2024—2026年，", session 21: a plan period is no disclosed amount)."""
    if not (clause[0] <= h.start and h.end <= clause[1]):
        return False
    period = _PERIOD_START.search(text, clause[0], h.start)
    lead = h.start - period.start() if period else 0
    return clause[1] - clause[0] - len(h.text) - lead <= 4


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
"""A year in a clause: the clause is dated on its own, not by the plan before it."""
_PERIOD_START = re.compile(r"20\d\d\s*年?\s*[—–\-~～至到]\s*$")
"""The first year of a period whose last year is the hit ("2024—" of "2024—2026年")."""


_NUMBERING = re.compile(r"^(?:\d+\.)*\d+\.?\s+(?=[\u4e00-\u9fff]|[A-Z][a-z]{2})")
"""A heading's section number ("3.2 ")."""
_FIGURE = re.compile(r"\d[\d,.]*\s?(?!年)(?:%|[^\d\s,.])")
"""A figure with its unit, not a year: what a KPI tile holds and a heading does not."""


_JOINING = frozenset({"and", "&", "of", "the", "for", "in", "on", "-", "—", "–"})
"""Words that join a heading's topics ("Climate risks and opportunities")."""


@lru_cache(maxsize=8)
def _caption_number(pattern: str) -> re.Pattern[str] | None:
    return re.compile(pattern) if pattern else None


def heading_only(text: str, span: tuple[int, int], cues: list[Hit], caption: str = "") -> bool:
    """A sentence that is little more than its cue ("节能改造", "Carbon capture.") is a heading:
    no disclosure (the judging guide: a heading alone is navigation; session 14, before a
    mention). A table's or chart's number before it (`caption`, rules.yaml
    `evidence.caption_number`: "Table 3 ", "表3 ") is read as a section number is (session 29)."""
    sentence = text[span[0]:span[1]].strip(" |")
    numbered = _caption_number(caption)
    if numbered is not None:
        label = numbered.match(sentence)
        if label:
            sentence = sentence[label.end():]
    if sentence.endswith("。") or len(sentence) > 40:
        return False
    body = sentence.strip(" 。.:;")
    if body.isascii() and len(body.split()) > 4:
        return False
    numbering = _NUMBERING.match(body)
    if numbering:  # "3.2 应对气候变化风险"
        body = body[numbering.end():]
    if _FIGURE.search(body):  # "绿电占比31%": a KPI tile (session 14)
        return False
    covered = sum(len(t) for t in outermost(cues))
    if body.isascii():  # "Pollution and waste": the joining words are no more than spaces
        covered += sum(len(w) for w in body.split() if w.lower() in _JOINING)
        covered += body.count(" ")
    return len(body) - covered <= 3


def outermost(hits: list[Hit]) -> list[str]:
    """Cue texts, leaving out those inside a longer cue (碳达峰 covers 达峰); hits are sorted
    by start, longest first."""
    out: list[str] = []
    reach = -1
    for h in hits:
        if h.end <= reach:
            continue
        reach = max(reach, h.end)
        out.append(h.text)
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1024)
def _years_in(text: str) -> frozenset[int]:
    """The years a sentence names (a pure function of it, kept: the history points of one
    sentence each ask, and a report repeats its table rows and boilerplate)."""
    return frozenset(int(y) for y in q.extract_years(text, expand_ranges=True))


def numbers_near(cr: CompiledRule, cue_hits: list[Hit], nums: list[Num],
                  concepts: dict[str, list[Hit]], clauses: list[tuple[int, int]],
                  lexicon: Lexicon) -> list[Num]:
    """Numbers of the rule's dimensions in a cue's clause, or in the next clauses (up to
    `next_clauses`) until one starts another topic. `nums` are the sentence's numbers."""
    dims = cr.quantity
    inside = [n for n in nums if n.dimension in dims]
    if not inside:
        return []
    cue_starts = [h.start for h in cue_hits]
    reach = lexicon.rules.evidence.next_clauses
    topics: list[int] | None = None
    allowed: list[tuple[int, int]] = []
    for ci, (a, b) in enumerate(clauses):
        if any(a <= s < b for s in cue_starts):
            allowed.append((a, b))
            for na, nb in clauses[ci + 1:ci + 1 + reach]:
                if topics is None:
                    # a topic word inside the cue itself ("范围二：外购电力": 外购电力 inside the
                    # scope-2 cue) starts no other topic (session 28, blind round 43)
                    topics = [t for t in _topic_starts(concepts, lexicon)
                              if not any(h.start <= t < h.end for h in cue_hits)]
                if any(na <= t < nb for t in topics):
                    break
                allowed.append((na, nb))
    out = []
    reductions = binder_hits(concepts) if cr.rule.own else []
    # a figure after a calculation parameter's cue in its clause ("电力排放因子采用…0.5703吨
    # 二氧化碳/兆瓦时") is that parameter, not the company's own figure (`evidence.parameters`:
    # concept -> the dimensions it governs; session 10)
    # (those of `evidence.every_point_parameters` for every point: an energy conversion
    # coefficient's, session 23; rules.yaml since session 24)
    every = lexicon.rules.evidence.every_point_parameters
    params = [(h, dims) for c, dims in lexicon.rules.evidence.parameters.items()
              if cr.rule.own or c in every for h in concepts.get(c, ())]
    if cr.rule.parameters:  # the point's own (session 29): every dimension it asks for
        params += [(h, cr.rule.quantity) for c in cr.rule.parameters for h in concepts.get(c, ())]
    for n in inside:
        where = next(((a, b) for a, b in allowed if a <= n.start < b), None)
        if where is None:
            continue
        if reductions and any(where[0] <= h.start and h.end <= n.start for h in reductions):
            continue
        if params and any(n.dimension in dims and where[0] <= h.start and h.end <= n.start
                          for h, dims in params):
            continue
        out.append(n)
    return out


def _topic_starts(concepts: dict[str, list[Hit]], lexicon: Lexicon) -> list[int]:
    """Where the sentence's topic cues start (a clause holding one starts another topic)."""
    results = lexicon.rules.evidence.result_concepts
    return [h.start for c, hs in concepts.items() if c in lexicon.topic_concepts
            and c not in results for h in hs]



def without_background(concepts: dict[str, list[Hit]], parts: list[tuple[int, int]]
                        ) -> dict[str, list[Hit]]:
    """A sentence's concepts minus those in the scene a scene-setting cue sets ("在国家双碳目标
    背景下", "随着…", "against the backdrop of…"): national policy as background is not the
    company's own position. A scene runs from its clause's start to where it closes: a cue
    that closes it ("…背景下", "受…影响") ends it; one that opens it (`scene_open`: "随着")
    runs on to the company named after it ("随着…，我们…", also without the comma the
    dataset's extraction lost) or else to the clause's end."""
    if "background" not in concepts:
        return concepts
    opens = {h.start for h in concepts.get("scene_open", ())}
    company = [h.start for h in concepts.get("company", ())]
    goes_on = [h.start for h in concepts.get("scene_goes_on", ())]
    governments = [h.start for h in concepts.get("national", ())]
    cut: list[tuple[int, int]] = []
    for h in concepts["background"]:
        a, end = _clause_of(parts, h.start)
        # an open scene ends at the company named after it; a closing cue ends its own scene
        end = min((s for s in company if h.end <= s < end), default=end) \
            if h.start in opens else h.end
        if goes_on and any(a <= g < end for g in governments):
            end = _goes_on_from(parts, end, goes_on, company)
        cut.append((a, end))
    kept = {c: [h for h in hs if not any(a <= h.start < b for a, b in cut)]
            for c, hs in concepts.items()}
    return {c: hs for c, hs in kept.items() if hs}


def _goes_on_from(parts: list[tuple[int, int]], end: int, goes_on: list[int],
                  company: list[int]) -> int:
    """Where a government's scene ends when the clauses after it go on with its plan: each
    next clause that opens with a verb stating what the plan sets (`scene_goes_on`: "，提出…",
    "，明确…", ", which sets …") and names no company is still the government's ("省政府发布
    碳达峰实施方案，提出2030年前实现碳达峰": the peak year is the province's; session 28)."""
    for a, b in parts:
        if a < end:
            continue
        if not any(a <= g <= a + 2 for g in goes_on) or any(a <= c < b for c in company):
            break
        end = b
    return end


def without_titles(concepts: dict[str, list[Hit]], title: str) -> dict[str, list[Hit]]:
    """A sentence's concepts minus the cues inside a title of a document referred to (the
    `title` concept's hits: "遵守…湿地与栖息地管理规定", "参阅《…低碳转型…》"): the words of a
    rule's or a journal's title are not what the company discloses (session 10)."""
    spans = [(h.start, h.end) for h in concepts.get(title, ())]
    if not spans:
        return concepts
    kept = {c: [h for h in hs if c == title or not any(a <= h.start and h.end <= b
                                                       for a, b in spans)]
            for c, hs in concepts.items()}
    return {c: hs for c, hs in kept.items() if hs}
