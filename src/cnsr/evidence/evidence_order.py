"""The order of a point's evidence passages: best rating first, then acts before plans,
amounts before shares, sentences before highlight runs and English titles, passages that
disclose the point before those that only name its topic (a body's remit, a heading alone),
then BM25 relevance and document order. Which passage is quoted first is what a reader of the rating
checks, so every tie-breaker is a kind of passage that was quoted wrongly before (the session
named in each predicate)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from cnsr.evidence.headings import is_heading

if TYPE_CHECKING:
    from cnsr.evidence.find import Ranked
    from cnsr.evidence.lexicon import Lexicon

OrderKey = tuple[float, bool, int, bool, bool, bool, bool, float, int]


def point_order(lex: Lexicon) -> Callable[[str, Ranked], OrderKey]:
    """The sort key of (point id, ranked passage) under `lex`'s evidence settings."""
    ev = lex.rules.evidence
    words = ev.title_words
    shares = share_points(lex)
    figures = ev.run_together_figures
    acts = act_points(lex)
    asides = aside_points(lex)
    every = frozenset(c for concepts in asides.values() for c in concepts)
    heading = ev.heading.max_chars if ev.heading_after and ev.heading is not None else 0
    # what a passage holds of the aside kinds and of plans, and whether it is a heading, a
    # highlights run or an English title, once per passage (a passage ranks for several
    # points; session 22: per pair, the hits' walk doubled the ranking's time on the dense
    # report; session 23: the run and title tests too)
    memo: dict[int, tuple[list[tuple[int, str]], bool, list[int], bool, bool]] = {}

    def key(pid: str, r: Ranked) -> OrderKey:
        loc = r.where
        marks = memo.get(id(loc))
        if marks is None:
            hits = loc.analysis.hits
            marks = ([(h.start, h.concept) for h in hits if h.concept in every],
                     heading_alone(r, heading),
                     [h.start for h in hits if h.concept in _PLAN_CONCEPTS],
                     run_together(r, figures), is_title(r, words))
            memo[id(loc)] = marks
        held, alone, plans, together, title = marks
        return rank_key(r, shares.get(pid), pid in acts and planned(r, plans),
                        alone or (bool(held) and aside(r, asides.get(pid, _NONE), held)),
                        together, title)
    return key


_NONE: frozenset[str] = frozenset()


def rank_key(r: Ranked, shares: frozenset[str] | None, plan_first: bool, aside_kind: bool,
             together: bool, title: bool) -> OrderKey:
    """`plan_first`: the hit is a plan on a point a plan does not disclose (`planned`);
    `together`, `title`: the passage is a highlights run (`run_together`), an English title
    (`is_title`)."""
    return (-r.hit.rating, plan_first, -int(bool(r.hit.quantities)),
            only_shares(r, shares), together, title, aside_kind, -r.relevance, r.where.order)


def aside_points(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Per point, the concepts of the `evidence.aside` kinds that do not disclose it."""
    kinds = lex.rules.evidence.aside
    out: dict[str, frozenset[str]] = {}
    for pid in lex.rules.points:
        concepts = {c for kind in kinds if pid not in kind.except_points for c in kind.concepts}
        if concepts:
            out[pid] = frozenset(concepts)
    return out


def aside(r: Ranked, concepts: frozenset[str], held: list[tuple[int, str]]) -> bool:
    """The hit's sentence holds a concept of a kind of passage that names the point's topic
    without disclosing it (`evidence.aside`, session 22, from the blind rounds' unseen
    state): a body's remit or agenda ("战略与ESG委员会负责审议…碳达峰行动方案", "The Committee
    reviews progress against the decarbonisation plan") quoted for the plan itself, an
    appraisal KPI ("将单位产品综合能耗纳入…考核，权重为8%") for the intensity, a climate risk
    ("heat waves raise cooling loads") for an energy measure. Ranked after the passages of the
    same rating, which state the plan, the figure or the measure; its rating stays. `held`:
    the passage's hits of the aside concepts, as (start, concept)."""
    if not concepts:
        return False
    start, end = r.hit.sentence
    return any(concept in concepts and start <= at < end for at, concept in held)


def heading_alone(r: Ranked, max_chars: int) -> bool:
    """The hit's passage is a heading alone ("碳资产管理与碳交易", "五、绿化美化": at most
    `max_chars` characters, no digit, no sentence or clause punctuation; not a table), the
    Chinese counterpart of `is_title`: ranked after the passages of the same rating, which
    disclose what the heading only names (session 22; guide §2.1, a heading alone is
    navigation)."""
    if not max_chars or r.where.rows is not None:
        return False
    return is_heading(r.where.analysis.text, max_chars)


_PLAN_CONCEPTS = frozenset({"planned", "planned_back"})
"""The lexicon's concepts of a plan (`clause_rules.only_planned`, `point_context`)."""


def planned(r: Ranked, plans: list[int]) -> bool:
    """The hit is a mention (0.5) whose sentence holds a plan ("计划于2025年完成…", "will
    install …"): on a point that a plan does not disclose (not `plans_count`), ranked after
    the done acts of the same rating, even one without a figure (session 20: a plan with its
    target figure was the first evidence where an act of the same rating stood later in the
    report). A hit rated 1 is an act done, whatever else its sentence plans. `plans`: where
    the passage's plan hits start."""
    if r.hit.rating >= 1.0 or not plans:  # an act rated in full beside a plan is an act
        return False
    start, end = r.hit.sentence
    return any(start <= at < end for at in plans)


def act_points(lex: Lexicon) -> frozenset[str]:
    """The points a plan does not disclose (`plans_count` false): their acts rank first."""
    return frozenset(pid for pid, rule in lex.rules.points.items() if not rule.plans_count)


_CLAUSE_MARK = re.compile(r"[，。；;：:！？!?、,.](?:(?<![,.])|(?!\d)|(?<!\d[,.]))")
"""Sentence or clause punctuation: a comma or a point between two digits is a thousands
comma or a decimal point inside a figure, none. (One character class first: `re` then skips
to the marks instead of trying every position.)"""
_FIGURE = re.compile(r"\d+(?:[,.]\d+)*")


def run_together(r: Ranked, figures: int) -> bool:
    """The hit's passage is a highlights run of labels and figures: not a table, no sentence
    or clause punctuation (a thousands comma or a decimal point inside a figure aside) and at
    least `figures` figures ("年度亮点5G基站41.2万个站点光伏装机86.4兆瓦…", "Highlights 126 MW
    rooftop solar 31% renewable electricity …"). Ranked after the sentences of the same
    rating: in a run a figure may stand beside the next tile's label (session 19)."""
    if not figures or r.where.rows is not None:
        return False
    text = r.where.analysis.text
    if _CLAUSE_MARK.search(text) is not None:
        return False
    return len(_FIGURE.findall(text)) >= figures


def share_points(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Per (Q) point whose first quantity kind is an amount, the share dimensions
    (`evidence.share_dimensions`) whose figures alone rank a passage after the amounts."""
    shares = frozenset(lex.rules.evidence.share_dimensions)
    if not shares:
        return {}
    return {pid: shares for pid, rule in lex.rules.points.items()
            if rule.quantity and rule.quantity[0] not in shares}


def only_shares(r: Ranked, shares: frozenset[str] | None) -> bool:
    """The hit's figures are all shares ("占比38%", "同比下降1.8%") on a point that measures an
    amount first: ranked after the passages of the same rating that give an amount (session
    19: "新能源车占比38%" was quoted for I08.3 before "全年节电5.82亿千瓦时")."""
    if not shares or not r.hit.quantities:
        return False
    return all(n.dimension in shares for n in r.hit.quantities)


_TITLE_STOPS = frozenset("。.!?;；:：，,|")
_TITLE_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
"""A year in a title ("Roadmap to carbon-neutral operations by 2030"): no figure (blind round 34)."""


def is_title(r: Ranked, words: int) -> bool:
    """The hit's passage is one short English title ("Climate risks and opportunities": at most
    `words` words, no digit but a year, no punctuation of a sentence or clause; not a table):
    ranked after the sentences of the same rating, which disclose what the title only names.
    Short and full of cues, the title had the best BM25 score and was quoted first (session 10).
    Its rating stays: a section's title with its text is what the label judges. A target year
    in the title ("Net zero by 2050") keeps it a title (blind round 34, session 25)."""
    if not words or r.where.rows is not None:
        return False
    text = r.where.analysis.text.strip()
    if not text.isascii() or any(ch.isdigit() or ch in _TITLE_STOPS for ch in _TITLE_YEAR.sub("", text)):
        return False
    return len(text.split()) <= words
