"""Report card of one company-year: HTML (Jinja2, autoescaped) and PDF (WeasyPrint), in
Chinese or English. Reads a Rating (and optionally the study it was ranked in); never scores.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from cnsr import __version__
from cnsr.batch.industries import industry_label, size_label
from cnsr.errors import InputError
from cnsr.methodology.load import LoadedMethodology
from cnsr.rank.reference import references
from cnsr.rank.study import Study, group_title
from cnsr.rating import Evidence, IndicatorRating, Rating
from cnsr.report.check_first import check_reason, points_to_check
from cnsr.report.evidence_text import QUOTE_CHARS, other_language, page_text, quote
from cnsr.report.gaps import GapAnalysis, analyse
from cnsr.report.labels import check_lang, t
from cnsr.report.reasons import dimension_reason
from cnsr.report.stage_zero import first_stage_needs

__all__ = ["QUOTE_CHARS", "card_context", "quote", "render_html", "write_card"]

if TYPE_CHECKING:
    from cnsr.frameworks.checklist import Checklist
    from cnsr.frameworks.results import CheckResult

RECOMMENDATIONS = 10
"""How many single recommendations the card lists (the Excel export lists all)."""
CJK_CSS_FONTS = '"Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", ' \
                '"WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", sans-serif'


def _env() -> Environment:
    env = Environment(loader=PackageLoader("cnsr.report", "templates"),
                      autoescape=select_autoescape(["html"]), undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["num"] = number
    env.filters["pct"] = lambda v, digits=1: f"{100 * v:.{digits}f}%"
    env.filters["cssstr"] = css_string
    return env


def css_string(value: object) -> Markup:
    """A quoted CSS string safe inside a <style> element (no quote, backslash or '<' left)."""
    escaped = "".join(c if c.isalnum() or c in " ·-_./@:()" or ord(c) > 127
                      else f"\\{ord(c):x} " for c in str(value))
    return Markup(f'"{escaped}"')


def number(value: float, digits: int = 2) -> str:
    return f"{value:.{digits}f}".rstrip("0").rstrip(".") if digits else f"{value:.0f}"


def _rating_word(value: float, lang: str) -> tuple[str, str]:
    if value >= 1:
        return t("rating_full", lang), "full"
    if value > 0:
        return t("rating_partial", lang), "partial"
    return t("rating_absent", lang), "absent"


def _evidence(ev: Evidence, lang: str) -> dict[str, Any]:
    return {
        "quote": quote(ev.passage), "file": Path(ev.file).name or ev.file, "path": ev.file,
        "page": page_text(ev, lang),
        "note": t("original_language", lang) if other_language(ev.passage, lang) else "",
        "matched": ", ".join(ev.matched), "quantities": ", ".join(ev.quantities),
    }


def _indicator(ind: IndicatorRating, m: LoadedMethodology, lang: str) -> dict[str, Any]:
    spec = m.spec.indicator_by_id[ind.indicator]
    s = ind.score
    points = []
    for p in ind.points:
        word, cls = _rating_word(p.rating, lang)
        point = m.spec.point_by_id[p.point]
        check = check_reason(p)
        points.append({
            "id": p.point, "name": point.name(lang), "quantitative": point.quantitative,
            "rating": number(p.rating), "word": word, "cls": cls, "source": p.source,
            "evidence": [_evidence(e, lang) for e in p.evidence],
            "check": check.name(lang) if check else "",
        })
    return {
        "id": spec.id, "name": spec.name(lang), "points_max": s.points_max,
        "level": s.level, "level_band": s.level_band, "band_shade": band_shade(m, s.level_band),
        "capped": s.capped,
        "dims": [ind.dimension(d).band for d in ("trend", "comparison", "integration")],
        "bonus": s.bonus, "percent": s.percent, "score": s.score, "points": points,
        "dim_reasons": [(m_dim.name(lang), dimension_reason(ind.dimension(m_dim.id).reason, lang))
                        for m_dim in m.spec.dimensions if ind.dimension(m_dim.id).reason],
    }


def _position(rating: Rating, study: Study | None, lang: str) -> dict[str, Any] | None:
    if study is None or rating.stage == 0:
        return None
    entry = study.position(rating.company.key)
    group = study.group_of(rating.company.key)
    if entry is None or group is None:
        return None
    top = group.maximum or 1
    change = None
    if entry.change is not None:
        c = entry.change
        sign = "+" if c.delta > 0 else ""
        parts = [t("yoy_text", lang, year=c.previous_year, delta=f"{sign}{number(c.delta)}")]
        if c.stage_change:
            parts.append(t("stage_change", lang, a=c.previous_stage, b=rating.stage))
        if c.rank_change is not None:
            key = ("rank_change_up" if c.rank_change > 0 else
                   "rank_change_down" if c.rank_change < 0 else "rank_change_same")
            parts.append(t(key, lang, n=abs(c.rank_change)))
        change = {"text": "；".join(parts) if lang == "zh" else "; ".join(parts),
                  "up": c.delta > 0, "down": c.delta < 0}
    return {
        "rank": entry.rank, "n": entry.group_size, "tied": entry.tied,
        "percentile": entry.percentile, "group": group_title(group.key, group.stage_name(lang),
                                                              lang),
        "text": t("rank_of", lang, rank=entry.rank, n=entry.group_size),
        "peers": [{"x": round(100 * e.total / top, 2), "self": e.key == entry.key,
                   "name": e.name, "total": e.total} for e in group.entries],
        "self_x": round(100 * entry.total / top, 2), "mean_x": round(100 * group.mean_total
                                                                     / top, 2),
        "mean": group.mean_total, "maximum": group.maximum, "change": change,
        "references": [{"label": t(f"scope_{r.scope}", lang),
                        "text": t("reference_of", lang, rank=r.rank, n=r.size),
                        "percentile": r.percentile, "tied": r.tied}
                       for r in references(study, rating.company.key) if r.scope != "group"],
    }


def band_shade(m: LoadedMethodology, band: str) -> int:
    """0-5: the band's place among the methodology's bands, on the card's six shades (a scheme
    may have any number of bands, named as it likes)."""
    last = len(m.spec.bands) - 1
    return round(5 * m.spec.band_rank(band) / last) if last > 0 else 0


def card_context(rating: Rating, m: LoadedMethodology, lang: str = "zh",
                 study: Study | None = None, gaps: GapAnalysis | None = None,
                 extra_gaps: list[str] | None = None) -> dict[str, Any]:
    """Everything the card template shows, as plain values in the chosen language."""
    lang = check_lang(lang)
    if study is not None and study.year != rating.company.year:
        raise InputError(f"the study is for {study.year}, the rating for {rating.company.year}")
    gaps = gaps or analyse(rating, m)
    stage = m.spec.stage(rating.stage)
    criteria = {c.id: c for c in m.spec.criteria}
    c = rating.company
    return {
        "lang": lang, "t": lambda key, **kw: t(key, lang, **kw), "fonts": CJK_CSS_FONTS,
        "colon": "：" if lang == "zh" else ": ",
        "css": resources.files("cnsr.report").joinpath("templates/card.css")
                        .read_text(encoding="utf-8"),
        "company": {"name": c.name, "code": c.code,
                    "industry": industry_label(c.industry, lang) if c.industry
                    else t("unspecified", lang),
                    "size": size_label(c.size, lang) if c.size else t("unspecified", lang),
                    "year": c.year, "key": c.key},
        "stage": {"number": rating.stage, "name": stage.name(lang)},
        "stage_zero_needs": first_stage_needs(m, lang, rating) if rating.stage == 0 else "",
        "total": rating.total, "maximum": rating.maximum, "share": rating.share,
        "position": _position(rating, study, lang), "has_study": study is not None,
        "criteria": [{"name": criteria[k].name(lang) if k in criteria else k, "met": v.met,
                      "evidence": [_evidence(e, lang) for e in v.evidence]}
                     for k, v in rating.criteria.items()] or
                    [{"name": cr.name(lang), "met": False, "evidence": []}
                     for cr in m.spec.criteria],
        "indicators": [_indicator(i, m, lang) for i in rating.counted],
        "to_check": len(points_to_check(rating)),
        "gaps": gaps, "recommendations": gaps.recommendations[:RECOMMENDATIONS],
        "extra_gaps": extra_gaps or [],
        "methodology": m.spec.title_zh if lang == "zh" else m.spec.title_en,
        "guideline": _guideline(m, lang),
        "methodology_label": rating.provenance.methodology,
        "produced_by": t(f"source_{rating.provenance.produced_by}", lang),
        "rating_version": rating.provenance.cnsr_version, "version": __version__,
        "inputs": rating.provenance.inputs,
    }


def _guideline(m: LoadedMethodology, lang: str) -> dict[str, list[str]]:
    """Point id → "checklist item name" of the guideline items a gap's point also meets."""
    from cnsr.frameworks.checklist import guideline_items
    return {pid: [f"{item.id} {item.name(lang)}" for _c, item in found]
            for pid, found in guideline_items(m.label).items()}


def render_html(rating: Rating, m: LoadedMethodology, lang: str = "zh",
                study: Study | None = None, extra_gaps: list[str] | None = None) -> str:
    return _env().get_template("card.html").render(
        card_context(rating, m, lang, study, extra_gaps=extra_gaps))


def html_to_pdf(html: str, out: Path) -> Path:
    from weasyprint import HTML  # imported here: pango loads slowly and only PDFs need it

    out.parent.mkdir(parents=True, exist_ok=True)
    HTML(string=html, base_url=str(out.parent)).write_pdf(out)
    return out


def check_card_path(out: Path) -> str:
    suffix = out.suffix.lower()
    if suffix not in (".html", ".htm", ".pdf"):
        raise InputError(f"{out}: the card is written as .pdf or .html, not '{out.suffix}'")
    return suffix


def write_card(rating: Rating, m: LoadedMethodology, out: Path, lang: str = "zh",
               study: Study | None = None, extra_gaps: list[str] | None = None) -> Path:
    """Write the card as .html or .pdf, chosen by `out`'s suffix; `extra_gaps` are lines added
    to the gap analysis (e.g. the points a GHG roadmap would earn)."""
    suffix = check_card_path(out)
    html = render_html(rating, m, lang, study, extra_gaps)
    if suffix == ".pdf":
        return html_to_pdf(html, out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return out


def write_readiness_card(result: CheckResult, checklist: Checklist, rating: Rating, out: Path,
                         lang: str = "zh") -> Path:
    """The check as a card (.html or .pdf): readiness by level, items to add first, each item
    with its evidence or reason and the CNSR points it earns in the same reading."""
    from cnsr.frameworks.check import check_text
    suffix = check_card_path(out)
    text = check_text()
    spec = {i.id: i for i in checklist.items.items}
    points = {p.point: p.rating for ind in rating.indicators for p in ind.points}
    items = []
    for r in result.items:
        item = spec[r.item]
        items.append({
            "id": r.item, "name": item.name(lang), "level": checklist.level_name(r.level, lang),
            "status": r.status, "status_name": text.status[r.status].get(lang),
            "evidence": _evidence(r.evidence[0], lang) if r.evidence else None,
            "reason": r.reason.get(lang) if r.reason else "",
            "points": [{"id": pid, "rating": points.get(pid, 0.0)} for pid in item.points],
            "article_confirmed": item.article_confirmed,
            "requirement_confirmed": item.requirement_confirmed,
        })
    context = {
        "lang": lang, "t": lambda key, **kw: t(key, lang, **kw), "fonts": CJK_CSS_FONTS,
        "colon": "：" if lang == "zh" else ": ",
        "css": resources.files("cnsr.report").joinpath("templates/card.css")
        .read_text(encoding="utf-8"),
        "company": result.company, "title": checklist.title.get(lang),
        "framework": checklist.id, "rating_stage": result.rating_stage,
        "rating_total": result.rating_total, "items": items,
        "add_first": [f"{i} {spec[i].name(lang)}" for i in result.add_first],
        "readiness": [{"name": checklist.level_name(lv.level, lang), "share": lv.share,
                       "met": lv.met, "count": lv.items, "partly": lv.partly}
                      for lv in result.readiness],
    }
    html = _env().get_template("readiness.html").render(context)
    if suffix == ".pdf":
        return html_to_pdf(html, out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return out
