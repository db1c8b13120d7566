"""`cnsr check`: which items of a checklist a company-year's documents meet, partly meet or
miss, with evidence or the reason, read once together with the rating.

An item is met by its rating points (1 → met, 0.5 → partly), an own GHG figure of its scopes,
its own rule (read in the same pass, `Checklist.lexicon`) or its pattern on a navigation page;
the best of these wins. Readiness per level counts a partly met item as half.
"""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel

from cnsr.assess.points import evidence_of, excerpt
from cnsr.assess.rate import assess_findings, rating_of
from cnsr.data_files import load_bundled
from cnsr.evidence.find import find_evidence
from cnsr.evidence.navigation import navigation_passages
from cnsr.evidence.subject import subject_for
from cnsr.frameworks.checklist import Checklist, Item
from cnsr.frameworks.results import LEVELS, CheckResult, ItemResult, Readiness, Text
from cnsr.gc_pause import cyclic_gc_paused
from cnsr.ingest.document import Document
from cnsr.rating import Company, Evidence, Rating

FIRST = 5  # items named under "add first"


class CheckText(BaseModel):
    status: dict[str, Text]
    partly: Text
    missing: Text
    missing_if_exists: Text
    by_point: Text
    by_figure: Text
    by_rule: Text
    by_navigation: Text


@cache
def check_text() -> CheckText:
    return load_bundled(CheckText, "cnsr.data", "frameworks/check-text.yaml")


def check_documents(documents: list[Document], company: Company, checklist: Checklist
                    ) -> tuple[Rating, CheckResult]:
    """Read `documents` once; rate them with the checklist's scheme and check every item."""
    m = checklist.scheme
    keep = checklist.lexicon.rules.evidence.max_per_point
    with cyclic_gc_paused():
        findings = find_evidence(documents, checklist.lexicon,
                                 subject_for(company.name, company.year))
        assessment = assess_findings(findings, m)
        own: dict[str, tuple[float, list[Evidence]]] = {}
        for rid in checklist.rules.points:
            ranked = findings.verified(rid, keep)
            own[rid] = (ranked[0].hit.rating if ranked else 0.0,
                        [evidence_of(r, findings) for r in ranked[:keep]])
    rating = rating_of(assessment, documents, company, m)
    navigation = _navigation(documents, checklist)
    results = [_item(item, rating, own, navigation) for item in checklist.items.items]
    return rating, CheckResult(
        framework=checklist.id, company=company, files=[d.path for d in documents],
        rated_with=m.label, rating_stage=rating.stage, rating_total=rating.total,
        items=results, readiness=readiness(results), add_first=add_first(results))


def _item(item: Item, rating: Rating, own: dict[str, tuple[float, list[Evidence]]],
          navigation: dict[str, list[Evidence]]) -> ItemResult:
    text = check_text()
    best, by, evidence = 0.0, "", list[Evidence]()
    points = {p.point: p for ind in rating.indicators for p in ind.points}
    for pid in item.points:
        pr = points.get(pid)
        if pr is not None and pr.rating > best:
            best, by, evidence = pr.rating, pid, pr.evidence
    figures = [f for f in rating.emissions if f.kind == "own" and f.scope in item.emissions]
    if figures and best < 1:
        best, by, evidence = 1.0, "figure", [f.evidence for f in figures[:3]]
    if item.id in own and own[item.id][0] > best:
        best, by, evidence = own[item.id][0], "rule", own[item.id][1]
    if navigation.get(item.id) and best < 1:
        best, by, evidence = 1.0, "navigation", navigation[item.id]
    if best >= 1:
        return ItemResult(item=item.id, level=item.level, pillar=item.pillar, status="met",
                          found_by=by, evidence=evidence)
    if best > 0:
        return ItemResult(item=item.id, level=item.level, pillar=item.pillar, status="partly",
                          found_by=by, evidence=evidence, reason=text.partly)
    lead = text.missing_if_exists if item.level == "if_exists" else text.missing
    return ItemResult(item=item.id, level=item.level, pillar=item.pillar, status="missing",
                      reason=Text(zh=lead.zh + item.counts_as.zh, en=lead.en + item.counts_as.en))


def _navigation(documents: list[Document], checklist: Checklist) -> dict[str, list[Evidence]]:
    """Navigation passages (left out of the reading) that hold an item's pattern."""
    out: dict[str, list[Evidence]] = {}
    if not checklist.navigation:
        return out
    for doc in documents:
        nav = navigation_passages(doc)
        for page in doc.pages:
            for passage in page.passages:
                if (passage.page, passage.index) not in nav:
                    continue
                for iid, pattern in checklist.navigation.items():
                    found = pattern.search(passage.text)
                    if found and len(out.get(iid, [])) < 1:
                        out.setdefault(iid, []).append(Evidence(
                            file=doc.path, page=passage.page,
                            passage=excerpt(passage.text, [found.group(0)], 300),
                            matched=[found.group(0)]))
    return out


def readiness(results: list[ItemResult]) -> list[Readiness]:
    out = []
    for level in LEVELS:
        mine = [r for r in results if r.level == level]
        if not mine:
            continue
        met = sum(r.status == "met" for r in mine)
        partly = sum(r.status == "partly" for r in mine)
        out.append(Readiness(level=level, items=len(mine), met=met, partly=partly,
                             missing=len(mine) - met - partly,
                             share=round((met + partly / 2) / len(mine), 4)))
    return out


def add_first(results: list[ItemResult]) -> list[str]:
    """Missing before partly, required levels before optional ones, in the checklist's order."""
    gaps = [r for r in results if r.status != "met"]
    gaps.sort(key=lambda r: (LEVELS.index(r.level), r.status == "partly"))
    return [r.item for r in gaps[:FIRST]]
