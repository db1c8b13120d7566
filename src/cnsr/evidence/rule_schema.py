"""What the reader's rules file (rules.yaml) and a concept file (zh.yaml, en.yaml) may say,
as pydantic models validated on load; `cnsr.evidence.lexicon` compiles them for matching.
See docs/reader.md for the file formats.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

DIMENSION_NAMES = ("trend", "comparison", "integration")
QUANTITY_DIMENSIONS = frozenset({"emissions", "energy", "electricity", "mass", "volume",
                                 "intensity", "money", "ratio", "count", "power", "year",
                                 # fuel by volume, an `extra_quantities` pattern (blind round 12)
                                 "fuel_volume",
                                 # a data centre's PUE value, an `extra_quantities` pattern (session 21)
                                 "pue_value",
                                 # allowances counted, an `extra_quantities` pattern (session 28)
                                 "allowance_count"})
_MEASURED_DIMENSIONS = QUANTITY_DIMENSIONS | {"area", "price", "duration"}
"""Every dimension a measured quantity can have (`cnsr.evidence.quantities`)."""
Clause = list[str]


def _known(values: list[str], known: frozenset[str] | set[str], what: str) -> list[str]:
    """`values` when each is one of `known`; else an error naming the unknown ones."""
    unknown = sorted(set(values) - known)
    if unknown:
        raise ValueError(f"unknown {what}(s) {', '.join(unknown)}; use {', '.join(sorted(known))}")
    return values


class _Strict(BaseModel):
    # defer_build: validators are built on first validation, which a process that reads
    # this file from the data cache (cnsr.data_cache) never does
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class LexiconFile(_Strict):
    language: str
    concepts: dict[str, list[str]]


class PointRule(_Strict):
    match: list[Clause] = Field(min_length=1)
    weak: list[Clause] = Field(default_factory=list)
    none: list[str] = Field(default_factory=list)
    # concepts that veto only a mention (a weak clause, or a strong one that fell to 0.5): a
    # note on how emissions are calculated ("按…乘以排放因子计算") names the inventory but is no
    # carbon management system, while a system named beside it still is (session 11)
    weak_none: list[str] = Field(default_factory=list)
    # concepts that veto a mention holding no figure of the point's: a peak or neutrality
    # year ("力争2030年前实现运营碳中和") is a target year (I06.2), not a reduction or
    # intensity target (I06.3), while a reduction figure beside it still is (session 25)
    figureless_none: list[str] = Field(default_factory=list)
    # concepts that make a full disclosure a mention (0.5): a community tree-planting day names
    # trees planted but is no afforestation programme of the company's (session 11)
    mention_with: list[str] = Field(default_factory=list)
    subject: Literal["company", "required", "any"] = "company"
    quantity: list[str] = Field(default_factory=list)
    own: bool = False
    better: Literal["lower", "higher"] | None = None
    history: int = Field(default=0, ge=0)
    plans_count: bool = False
    # a cue in a sentence that says the point is not done yet ("尚未核算…，计划…完成范围一、
    # 范围二排放盘查", "have not yet measured") gives nothing, not a mention: a company that
    # says it has not counted its own emissions has disclosed no figure (session 11)
    hedged_silent: bool = False
    # a cue that is only planned ("2026年起逐步采购绿色电力", "will be accounted from 2024")
    # gives nothing, not a mention, on a point that asks for a result or a state the company
    # has (its energy use and mix, its emissions, its inventory and verification, its carbon
    # assets): a plan has not brought it about yet (session 23; guide §3.8 and the labels,
    # docs/reader-history.md "Known misses and misreads, by kind (session 23)")
    plan_silent: bool = False
    # concepts the sentence may take from its context (a lead-in such as "以2020年为基准年，设定
    #以下目标：" before a list, or the risk before "应对措施：…"): see EvidenceSettings.context
    context: list[str] = Field(default_factory=list)
    # a full disclosure (1) also needs one of these concepts in the sentence or its context;
    # without, the point is mentioned (0.5): a target "with base year" (I06.3)
    needs: list[str] = Field(default_factory=list)
    # sentences (table rows) holding one of these concepts are tried first: the point's own
    # kind of row ("Total Scope 1 and 2", "排放总量") supports and is quoted for it, not the
    # first row its cue is in ("Scope 1 GHG emissions" holds "GHG emissions" too; session 10)
    prefer: list[str] = Field(default_factory=list)
    # concepts the sentence may take from the heading of its section (EvidenceSettings.heading,
    # session 15): "气候风险" over "暴雨内涝会使…" completes a clause whose other concepts the
    # body holds; a clause the heading alone would hold is never completed so
    heading: list[str] = Field(default_factory=list)
    # clauses that hold only under such a heading (session 16): the heading gives one of their
    # concepts and the body the rest ("合计46,820吨" under "温室气体排放"); for a point with a
    # `quantity` the body must also hold a figure of its dimensions, else nothing
    heading_match: list[list[str]] = Field(default_factory=list)
    # concepts whose figure is no figure of this point (session 29): a figure after one in its
    # clause is the concept's, as `EvidenceSettings.parameters` are for every dimension of the
    # point: a recovery or removal rate ("NMP废气经回收装置处理，回收率99.5%") is the facility's
    # efficiency, no amount of the pollutant emitted (guide §3.3: partly, quantity)
    parameters: list[str] = Field(default_factory=list)

    @field_validator("quantity")
    @classmethod
    def _dims(cls, values: list[str]) -> list[str]:
        return _known(values, QUANTITY_DIMENSIONS, "quantity dimension")

    @property
    def concepts(self) -> set[str]:
        return ({c for clause in self.match + self.weak for c in clause} | set(self.none)
                | set(self.weak_none) | set(self.figureless_none) | set(self.mention_with)
                | set(self.context) | set(self.needs) | set(self.prefer) | set(self.heading)
                | {c for clause in self.heading_match for c in clause} | set(self.parameters))


class EnvAwareness(_Strict):
    """Met when at least `min_points` points of these indicators are rated above 0. A point
    rated only from sentences holding a concept of `none` does not count: a charity's
    tree-planting day joined by staff rates I05.3 a mention, but it is no environmental
    management of the company's (blind stage round 2, session 13)."""

    indicators: list[str]
    min_points: int = Field(ge=1)
    none: list[str] = Field(default_factory=list)


class CarbonAwareness(_Strict):
    """Met by a sentence stating a position (`match`), or in the broad reading also by the
    company's own actions in other words (`actions`); the passage analysis computes these
    sentences, so a rules file holds at most one criterion of this kind."""

    match: list[Clause] = Field(min_length=1)
    subject: Literal["company"] | None = None
    actions: list[Clause] = Field(default_factory=list)
    # concepts that stop an `actions` sentence from counting: carbon cut for others, an
    # inventory only planned (the strict `match` sentences are not vetoed)
    none: list[str] = Field(default_factory=list)
    quantified_implies: bool = False


class QuantifiedEmissions(_Strict):
    """Met when one of `points` is disclosed with a number of one of `dimensions` (or an own
    GHG figure is read as data)."""

    points: list[str] = Field(min_length=1)
    dimensions: list[str] = Field(min_length=1)


CriterionRule = EnvAwareness | CarbonAwareness | QuantifiedEmissions
"""A stage criterion's rule, keyed in `criteria:` by the methodology's criterion id; its kind
is told by its fields."""


class BandRule(_Strict):
    band: str
    min_favourable: int = 0
    max_unfavourable_share: float = 1.0
    min_series: int = 0
    min_kinds: int = 0
    min_mentions: int = 0
    requires: list[str] = Field(default_factory=list)
    requires_any: list[str] = Field(default_factory=list)
    min_coverage: float = 0.0
    future: bool = False
    min_passages: int = 0


class ParagraphCarry(_Strict):
    """A statement that points back at its paragraph's data (session 19: "2023年度数据经第三方
    机构…核查", "The data were verified by …"): a sentence holding one of `when` takes the
    `carry` concepts of an earlier sentence of its passage, but only of one that also holds one
    of `about` (the paragraph is about that data: "…开展温室气体盘查，核算边界为…")."""

    when: list[str] = Field(min_length=1)
    about: list[str] = Field(min_length=1)
    carry: list[str] = Field(min_length=1)


class ContextRule(_Strict):
    """How a sentence inherits concepts from the sentences before it. A *lead-in* (a sentence
    holding one of `lead_in`, or ending with a colon) passes its `carry` concepts to every
    later sentence of its passage and to up to `passages` following passages of at most
    `max_chars` characters each (list items); a sentence that opens with one of `follow_on`
    ("应对措施：", "Response:") takes the `carry` concepts of the sentence right before it."""

    lead_in: list[str] = Field(default_factory=list)
    follow_on: list[str] = Field(default_factory=list)
    carry: list[str] = Field(min_length=1)
    passages: int = Field(default=6, ge=0, le=20)
    max_chars: int = Field(default=160, ge=20)
    paragraph: ParagraphCarry | None = None


class HeadingRule(_Strict):
    """A section heading's topic carried to the body under it (session 15): a passage of at
    most `max_chars` characters without a sentence's punctuation (a colon ending it makes a
    lead-in, not a heading) passes the `carry` concepts it holds to the next `passages`
    passages of its page (and of the next `pages` pages; session 16), up to the next such heading (which opens its own section, or ends
    the section when it holds none). Only points whose rule lists a concept under `heading`
    take it, and only to complete a clause the body holds the rest of."""

    carry: list[str] = Field(min_length=1)
    passages: int = Field(default=4, ge=1, le=20)
    max_chars: int = Field(default=24, ge=4, le=80)
    # pages after the heading's own that its section may go on over (session 16: a section
    # goes on at the top of the next page when no heading comes first)
    pages: int = Field(default=0, ge=0, le=2)


class TableNotesRule(_Strict):
    """A note under a table ("注：统计范围为…", "註：包括自有及期租船舶", "Note: covers …"; session 25):
    a passage opening with `marker` right after a table (or after such a note) takes the `carry`
    concepts the table holds, as a heading's topic (`HeadingRule`): it completes a clause of the
    points that list the concept under `heading`. At most `passages` notes follow one table; any
    other passage ends them."""

    marker: str = Field(min_length=1)
    carry: list[str] = Field(min_length=1)
    passages: int = Field(default=3, ge=1, le=10)

    @field_validator("marker")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as e:
            raise ValueError(f"table_notes marker {value!r}: {e}") from e
        return value


class GeneralRule(_Strict):
    """A general management statement ("加强环境管理", "we attach great importance to…"): on
    these points it is a mention (0.5), not a disclosure, unless the sentence also holds a
    figure or date (a digit) or one of the `concrete` concepts (a named document, equipment,
    certificate or body; session 14, docs/judging.md §2.6)."""

    concept: str
    concrete: list[str] = Field(default_factory=list)
    points: list[str] = Field(default_factory=list)


class TitleRule(_Strict):
    """A concept whose hits are titles of documents referred to; points that such a title can
    itself disclose (rules, standards, a policy document) are `keep_points`."""

    concept: str
    keep_points: list[str] = Field(default_factory=list)


class AsideRule(_Strict):
    """A kind of passage that names a point's topic without disclosing it (session 22: a
    body's remit, an appraisal KPI, a climate risk): a passage whose hit sentence holds one of
    `concepts` is ranked after the passages of the same rating, on every point but the
    `except_points` (the points the kind itself discloses: a board's remit is board
    oversight, I07.1)."""

    concepts: list[str] = Field(min_length=1)
    except_points: list[str] = Field(default_factory=list, alias="except")


class EvidenceSettings(_Strict):
    max_per_point: int = Field(default=3, ge=1)
    excerpt_chars: int = Field(default=300, ge=40)
    next_clauses: int = Field(default=1, ge=0, le=5)
    result_concepts: list[str] = Field(default_factory=list)
    generic_concepts: list[str] = Field(default_factory=list)
    # session 21: concepts that start another topic like the first concept of a quantitative
    # point's clause, without being a cue of any point: a figure after them is not carried back
    # to the cue before ("…强度指标纳入…考核，权重为5%": the weight is no intensity)
    topic_breaks: list[str] = Field(default_factory=list)
    english_document_point: str | None = None
    # the English-document point quotes the first passage of at least this many words with a
    # full stop (a sentence, not the site's header or menu)
    english_quote_words: int = Field(default=8, ge=1)
    # a passage that is one English title of at most this many words, without a digit or a
    # sentence's punctuation, is ranked after the sentences of the same rating (0 = off)
    title_words: int = Field(default=0, ge=0)
    # session 19: on a (Q) point whose first quantity kind is an amount, a passage whose only
    # figures are of these dimensions (shares) is ranked after the passages of the same
    # rating that give an amount (empty = off)
    share_dimensions: list[str] = Field(default_factory=list)
    # session 19: a passage (not a table) with no sentence or clause punctuation that holds at
    # least this many figures, a highlights run of labels and figures, is ranked after the
    # sentences of the same rating (0 = off)
    run_together_figures: int = Field(default=0, ge=0)
    # session 22: kinds of passage that name a point's topic without disclosing it, ranked
    # after the passages of the same rating (evidence_order.aside)
    aside: list[AsideRule] = Field(default_factory=list)
    # session 22: a passage that is a heading alone (headings.is_heading at `heading.max_chars`,
    # not a table) is ranked after the passages of the same rating (guide §2.1: a heading
    # alone is navigation); the Chinese counterpart of `title_words`
    heading_after: bool = False
    # blind round 44 (session 29): a table's or a chart's number before a heading's words ("Table 3
    # Climate-related risks and responses", "表3 气候相关风险及应对措施"): a caption alone is a heading
    # (guide §2.1, navigation), read without its number as "3.2 " is (regular expression, "" = off)
    caption_number: str = ""

    @model_validator(mode="after")
    def _every_point_known(self) -> EvidenceSettings:
        unknown = sorted(set(self.every_point_parameters) - set(self.parameters))
        if unknown:
            raise ValueError(f"every_point_parameters: {', '.join(unknown)} not in parameters")
        return self

    @field_validator("share_dimensions")
    @classmethod
    def _share_dims(cls, values: list[str]) -> list[str]:
        return _known(values, QUANTITY_DIMENSIONS, "share dimension")
    # calculation parameters: a figure of these dimensions after such a cue in its clause is
    # the parameter (an emission factor), not the company's own figure (points with `own`)
    parameters: dict[str, list[str]] = Field(default_factory=dict)
    # session 24 (gaps): the parameters of `parameters` that govern their figures for every
    # point, not only those with `own` (session 23's energy conversion coefficient, which was
    # a frozenset in clause_rules)
    every_point_parameters: list[str] = Field(default_factory=list)
    context: ContextRule | None = None
    heading: HeadingRule | None = None
    # session 25: a note under a table takes the table's topic (TableNotesRule)
    table_notes: TableNotesRule | None = None
    # cues inside the title of a rule, law, notice or publication the company refers to
    # ("严格遵守…专项管理规定", "参阅《…》") are the title's words, not the company's disclosure
    # (session 10): this concept's hits are such titles (clause_rules.without_titles)
    titles: TitleRule | None = None
    # another actor as a sentence's subject ("当地政府在…开展", "客户通过…"): these concepts'
    # hits count only where no company cue comes before them in the sentence ("公司联合…基金会
    # 在…" keeps the company as the subject; session 12, hit_filters.others_as_subject)
    others_subject: list[str] = Field(default_factory=list)
    # what, named before such an actor, makes the company the subject after all: the company
    # itself, or a verb of acting with others ("积极配合…市政府开展…")
    own_subject: list[str] = Field(default_factory=list)
    # phrases naming other firms' industries ("为新能源汽车和光伏企业提供…", "支持光伏、储能等产业
    # 发展"): the cues inside them are the clients' sectors, not the company's own (session 12,
    # hit_filters.without_swallowed)
    swallow: list[str] = Field(default_factory=list)
    # concept -> concepts it yields to: its cue that starts inside a cue of one of them is no cue
    # ("余热发电量…相当于节约标准煤": 发电量 inside the plant's own waste-heat power 余热发电量 opens no
    # power sold that the grid's emissions fall by, generation_avoided; session 29,
    # hit_filters.without_yielded). Applied to the scan's hits before any other filter.
    yields_to: dict[str, list[str]] = Field(default_factory=dict)
    # a clause holding one of these concepts gives no cue at all: a KPI row or clause that says
    # it does not apply ("包装材料使用量：不适用", "Hazardous waste: N/A") discloses nothing of
    # its topic, while the other clauses of the sentence keep theirs (session 16,
    # hit_filters.without_silent_clauses)
    silent_clauses: list[str] = Field(default_factory=list)
    # session 22: concepts a table's header row hands to every row under it (a column naming each
    # row's client, "委托方": a parsed table's rows are sentences of their own; match.header_to_rows)
    header_carry: list[str] = Field(default_factory=list)
    # general management statements are mentions on these points (session 14)
    general: GeneralRule | None = None


class FigureRules(_Strict):
    masks: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(default_factory=list)
    ignore_dimensions: list[str] = Field(default_factory=list)

    @field_validator("ignore_dimensions")
    @classmethod
    def _dims(cls, values: list[str]) -> list[str]:
        return _known(values, _MEASURED_DIMENSIONS, "dimension")


class RulesFile(_Strict):
    version: int
    extra_quantities: dict[str, list[str]] = Field(default_factory=dict)
    figures: FigureRules = Field(default_factory=FigureRules)
    points: dict[str, PointRule]
    criteria: dict[str, CriterionRule]
    dimensions: dict[str, list[BandRule]]
    comparison_kinds: dict[str, str]
    evidence: EvidenceSettings = Field(default_factory=EvidenceSettings)
    emission_points: dict[str, str] | None = Field(
        default=None, description="scope (scope1, scope2, total…) → the point an own emissions "
                                  "series speaks for; default: emissions.yaml `points`")

    @field_validator("dimensions")
    @classmethod
    def _three(cls, value: dict[str, list[BandRule]]) -> dict[str, list[BandRule]]:
        if sorted(value) != sorted(DIMENSION_NAMES):
            raise ValueError(f"dimensions must be exactly {', '.join(DIMENSION_NAMES)}")
        return value

    @field_validator("criteria")
    @classmethod
    def _one_awareness(cls, value: dict[str, CriterionRule]) -> dict[str, CriterionRule]:
        statements = [k for k, r in value.items() if isinstance(r, CarbonAwareness)]
        if len(statements) > 1:
            raise ValueError(f"at most one criterion may be read from statements (`match`); "
                             f"got {', '.join(statements)}")
        return value

    @property
    def awareness(self) -> tuple[str, CarbonAwareness] | None:
        """The criterion read from statements, with its id, if the rules have one."""
        for key, rule in self.criteria.items():
            if isinstance(rule, CarbonAwareness):
                return key, rule
        return None
