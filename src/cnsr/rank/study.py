"""A study: one year's ratings summarised the way the seed report's application chapter does —
companies per stage, who leads each peer group, which indicators a group discloses well and
which it is weak on — with the summary text in Chinese and English. Pure; reads ratings only.
"""

from __future__ import annotations

from collections.abc import Callable
from statistics import mean, median

from pydantic import BaseModel, Field

from cnsr.batch.industries import industry_label, size_label
from cnsr.errors import InputError
from cnsr.methodology.load import LoadedMethodology
from cnsr.rank.peers import PeerGroup, PeerKey, Ranked, check_ratings, company_id, rank_groups
from cnsr.rating import Rating

STRONG_PERCENT = 50
"""An indicator whose group mean reaches this percent can be called 'disclosed fairly fully'."""
TEXT_STRONG, TEXT_WEAK = 2, 4
"""How many strong and weak indicators the summary sentence names."""


class IndicatorStat(BaseModel):
    """How a peer group does on one indicator."""

    indicator: str
    zh: str
    en: str
    points_max: int
    mean_percent: float
    mean_score: float
    disclosing: int = Field(description="companies scoring above 0% on it")
    companies: int

    def name(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


class GroupSummary(BaseModel):
    key: PeerKey
    stage_zh: str
    stage_en: str
    maximum: int
    entries: list[Ranked]
    leaders: list[str] = Field(description="names of the companies ranked 1 (several on a tie)")
    top_total: float
    mean_total: float
    median_total: float
    indicators: list[IndicatorStat] = Field(
        description="lowest mean percent first; on equal means, more points first")
    text_zh: str
    text_en: str

    def stage_name(self, lang: str) -> str:
        return self.stage_zh if lang == "zh" else self.stage_en

    def text(self, lang: str) -> str:
        return self.text_zh if lang == "zh" else self.text_en

    @property
    def weakest(self) -> list[IndicatorStat]:
        return [s for s in self.indicators[:TEXT_WEAK] if s.mean_percent < STRONG_PERCENT]

    @property
    def strongest(self) -> list[IndicatorStat]:
        ranked = sorted(self.indicators, key=lambda s: -s.mean_percent)
        return [s for s in ranked[:TEXT_STRONG] if s.mean_percent >= STRONG_PERCENT]


class Study(BaseModel):
    year: int
    methodology: str
    companies: int
    stage_counts: dict[int, int] = Field(description="stage → companies, every stage listed")
    stage_names_zh: dict[int, str]
    stage_names_en: dict[int, str]
    stage_maxima: dict[int, int]
    unranked: list[str] = Field(description="stage-0 companies: counted, never ranked")
    groups: list[GroupSummary]
    text_zh: str
    text_en: str

    def text(self, lang: str) -> str:
        return self.text_zh if lang == "zh" else self.text_en

    def stage_name(self, stage: int, lang: str) -> str:
        return (self.stage_names_zh if lang == "zh" else self.stage_names_en)[stage]

    def position(self, key: str) -> Ranked | None:
        for group in self.groups:
            for entry in group.entries:
                if entry.key == key:
                    return entry
        return None

    def group_of(self, key: str) -> GroupSummary | None:
        for group in self.groups:
            if any(e.key == key for e in group.entries):
                return group
        return None


ScoreOf = Callable[[Rating, str], tuple[float, float]]
"""(rating, indicator id) → (percent, score) of that indicator."""


def indicator_score(rating: Rating, indicator: str) -> tuple[float, float]:
    score = rating.indicator(indicator).score
    return score.percent, score.score


def latest_year(ratings: list[Rating]) -> int:
    if not ratings:
        raise InputError("no ratings to rank")
    return max(r.company.year for r in ratings)


def company_years(ratings: list[Rating]) -> dict[int, int]:
    """Company-years per year (a company rated twice in a year counts once)."""
    keys = {(r.company.year, r.company.key) for r in ratings}
    years = sorted({year for year, _ in keys})
    return {year: sum(1 for y, _ in keys if y == year) for year in years}


def busiest_year(ratings: list[Rating]) -> int:
    """The year with the most company-years, the newest on a tie: the study a rating team
    means when the newest year holds only the first few reports of a new season."""
    counts = company_years(ratings)
    if not counts:
        raise InputError("no ratings to rank")
    return max(counts, key=lambda year: (counts[year], year))


def build_study(ratings: list[Rating], m: LoadedMethodology, year: int | None = None,
                score_of: ScoreOf = indicator_score) -> Study:
    """Summarise `year` (default: the latest year present). Ratings of other years are used
    only for year-over-year changes. `score_of` reads an indicator's result (the web app
    passes one over stored indicator scores, so its ratings need no indicators)."""
    ratings = check_ratings(ratings)
    year = latest_year(ratings) if year is None else year
    current = [r for r in ratings if r.company.year == year]
    if not current:
        years = ", ".join(str(y) for y in sorted({r.company.year for r in ratings}))
        raise InputError(f"no ratings for {year} (years present: {years})")
    _check_methodology(current, m)
    groups = [g for g in rank_groups(ratings) if g.key.year == year]
    by_key = {r.company.key: r for r in current}
    stages = sorted(m.spec.stages, key=lambda s: s.stage)
    counts = {s.stage: sum(1 for r in current if r.stage == s.stage) for s in stages}
    summaries = [_summarise(g, [by_key[e.key] for e in g.entries], m, score_of)
                 for g in groups]
    unranked = sorted(r.company.name for r in current if r.stage == 0)
    study = Study(
        year=year, methodology=m.label, companies=len(current), stage_counts=counts,
        stage_names_zh={s.stage: s.zh for s in stages},
        stage_names_en={s.stage: s.en for s in stages},
        stage_maxima={s.stage: m.stage_maximum(s.stage) for s in stages},
        unranked=unranked, groups=summaries, text_zh="", text_en="",
    )
    study.text_zh = _study_text_zh(study)
    study.text_en = _study_text_en(study)
    return study


def _check_methodology(ratings: list[Rating], m: LoadedMethodology) -> None:
    for r in ratings:
        if r.provenance.methodology != m.label:
            raise InputError(f"{r.company.key} was rated with {r.provenance.methodology}, "
                             f"not {m.label}; pass the methodology it was rated with")


def _summarise(group: PeerGroup, ratings: list[Rating], m: LoadedMethodology,
               score_of: ScoreOf) -> GroupSummary:
    stage = m.spec.stage(group.key.stage)
    stats = []
    for ind in m.spec.indicators_for_stage(group.key.stage):
        scores = [score_of(r, ind.id) for r in ratings]
        stats.append(IndicatorStat(
            indicator=ind.id, zh=ind.zh, en=ind.en, points_max=m.points(ind.id),
            mean_percent=round(mean(p for p, _s in scores), 2),
            mean_score=round(mean(s for _p, s in scores), 4),
            disclosing=sum(1 for p, _s in scores if p > 0), companies=len(scores),
        ))
    order = [i.id for i in m.spec.indicators]
    # lowest mean first; among equals, the indicator worth more points (the larger miss)
    stats.sort(key=lambda s: (s.mean_percent, -s.points_max, order.index(s.indicator)))
    totals = [e.total for e in group.entries]
    summary = GroupSummary(
        key=group.key, stage_zh=stage.zh, stage_en=stage.en,
        maximum=m.stage_maximum(group.key.stage), entries=group.entries,
        leaders=[e.name for e in group.leaders], top_total=max(totals),
        mean_total=round(mean(totals), 2), median_total=round(median(totals), 2),
        indicators=stats, text_zh="", text_en="",
    )
    summary.text_zh = _group_text_zh(summary)
    summary.text_en = _group_text_en(summary)
    return summary


def group_title(key: PeerKey, stage_name: str, lang: str) -> str:
    unknown = "未注明" if lang == "zh" else "unspecified"
    industry = industry_label(key.industry, lang) if key.industry else unknown
    size = size_label(key.size, lang) if key.size else unknown
    if lang == "zh":
        return f"{stage_name} · 行业 {industry} · 规模 {size}"
    return f"{stage_name} · industry {industry} · size {size}"


def _num(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _group_text_zh(g: GroupSummary) -> str:
    leaders = "、".join(g.leaders)
    parts = [
        f"【{group_title(g.key, g.stage_zh, 'zh')}】共{len(g.entries)}家企业，"
        f"最高分企业为{leaders}（{_num(g.top_total)}分，满分{g.maximum}分），"
        f"平均{_num(g.mean_total)}分。"
    ]
    if g.strongest:
        parts.append(f"该组在{'、'.join(s.zh for s in g.strongest)}方面的披露较为全面；")
    if g.weakest:
        lead = "在" if g.strongest else "该组在"
        parts.append(f"{lead}{'、'.join(s.zh for s in g.weakest)}方面的披露水平仍有待提高。")
    elif g.strongest:
        parts[-1] = parts[-1].rstrip("；") + "。"
    return "".join(parts)


def _group_text_en(g: GroupSummary) -> str:
    leaders = ", ".join(g.leaders)
    n = len(g.entries)
    text = (f"{group_title(g.key, g.stage_en, 'en')}: {n} compan{'y' if n == 1 else 'ies'}; "
            f"top scorer {leaders} ({_num(g.top_total)} of {g.maximum}); "
            f"mean {_num(g.mean_total)}.")
    if g.strongest:
        text += f" Disclosure is fairly complete on {', '.join(s.en for s in g.strongest)}."
    if g.weakest:
        text += f" Weakest on {', '.join(s.en for s in g.weakest)}."
    return text


def _study_text_zh(s: Study) -> str:
    rated = [f"{s.stage_names_zh[k].split('：')[0]}{v}家"
             for k, v in sorted(s.stage_counts.items(), reverse=True) if k > 0 and v]
    head = f"{s.year}年共评价{s.companies}家企业"
    head += "：" + "、".join(rated) if rated else ""
    if s.stage_counts.get(0):
        head += f"；另有{s.stage_counts[0]}家未履行碳中和社会责任（第0阶段，不参与排名）"
    return "\n".join([head + "。", *(g.text_zh for g in s.groups)])


def _study_text_en(s: Study) -> str:
    rated = [f"{v} in stage {k}" for k, v in sorted(s.stage_counts.items(), reverse=True)
             if k > 0 and v]
    head = f"In {s.year}, {s.companies} compan{'y was' if s.companies == 1 else 'ies were'} rated"
    head += ": " + ", ".join(rated) if rated else ""
    if s.stage_counts.get(0):
        head += f"; {s.stage_counts[0]} at stage 0 (no CNSR fulfilment, not ranked)"
    return "\n".join([head + ".", *(g.text_en for g in s.groups)])


__all__ = ["GroupSummary", "IndicatorStat", "Study", "build_study", "company_id", "group_title"]
