"""What the company-year page shows, gathered from the store (no HTML here)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from fastapi import HTTPException
from sqlalchemy import select

from cnsr.frameworks.results import StoredCheck
from cnsr.rank.peers import Ranked, peer_key, position, rank_groups
from cnsr.rating import Rating
from cnsr.report.gaps import GapAnalysis, analyse
from cnsr.store.checks import load_checks
from cnsr.store.effective_reads import effective_summaries
from cnsr.store.review_reads import ScoreSummary, automatic_rating_by_id, effective_score
from cnsr.store.review_workflow import CHANGES, AuditEntry, Override, ReviewVersion, Signoff
from cnsr.store.schema import CompanyYear, DocumentRow
from cnsr.web.overrides import OverrideLike, apply_overrides, indicator_of
from cnsr.web.state import WebState
from cnsr.web.study_data import study_peers


@dataclass
class CompanyView:
    cy_id: int
    automatic: Rating
    fingerprint: str
    rating: Rating
    """The automatic rating with the overrides applied: what the reviewer is looking at."""
    overrides: dict[str, Override]
    signoff: Signoff | None
    audit: list[AuditEntry]
    position: Ranked | None
    previous: ScoreSummary | None
    documents: dict[str, int] = field(default_factory=dict)
    """Stored document path → document id (for page images)."""
    open: frozenset[str] = frozenset()
    """Indicators shown with their points and evidence; the others load them when opened."""
    overridden: dict[str, int] = field(default_factory=dict)
    """Indicator id → how many of its points and bands are overridden."""
    version: ReviewVersion = field(default_factory=ReviewVersion)
    """The review version the page's forms carry (read before the overrides)."""
    checks: list[StoredCheck] = field(default_factory=list)
    """Stored checklist results of the company-year, one per framework."""
    checks_open: frozenset[str] = frozenset()
    """Frameworks whose items come with the page (the others load them when opened)."""

    def doc_id(self, file: str) -> int | None:
        """The stored document an evidence file names (for its page image and viewer)."""
        return document_for(file, self.documents)

    @property
    def authors(self) -> set[str]:
        """Who made the changes a sign-off would cover (for the page; the sign-off itself
        asks the store, `ReviewStore.change_authors`)."""
        since: datetime | None = self.signoff.signed_at if self.signoff else None
        return {o.user_name for o in self.overrides.values()} | {
            a.user_name for a in self.audit if a.action in CHANGES
            and (since is None or _aware(a.at) > _aware(since))}

    @property
    def pending(self) -> int:
        """Changes made after the last sign-off (all of them when never signed off)."""
        since: datetime | None = self.signoff.signed_at if self.signoff else None
        return sum(1 for a in self.audit if a.action in ("override", "revert")
                   and (since is None or _aware(a.at) > _aware(since)))

    @property
    def state(self) -> str:
        if self.signoff is None:
            return "draft" if self.overrides or self.pending else "automatic"
        return "draft" if self.pending else "signed"

    @property
    def stale(self) -> bool:
        return self.signoff is not None and self.signoff.base_fingerprint != self.fingerprint


def company_ids(web: WebState, keys: list[str]) -> dict[str, int]:
    if not keys:
        return {}
    with web.store.engine.connect() as conn:
        rows = conn.execute(select(CompanyYear.key, CompanyYear.id)
                            .where(CompanyYear.key.in_(keys)))
        return {k: i for k, i in rows}


@dataclass
class Current:
    """A company-year's automatic rating, its overrides, and the rating they make."""

    cy_id: int
    key: str
    automatic: Rating
    fingerprint: str
    overrides: list[Override]
    rating: Rating
    version: ReviewVersion


def current(web: WebState, cy_id: int) -> Current:
    """The company-year `cy_id` as the reviewer sees it (404 when it or its rating is
    missing): two small indexed queries; the rating JSON is parsed and the overrides applied
    only when that rating row or those overrides were not seen recently."""
    found = automatic_rating_by_id(web.store, cy_id, web.m.label, cache=web.ratings)
    if found is None or found[1] is None:
        raise HTTPException(status_code=404)
    key, (auto, fingerprint) = found[0], found[1]
    # the version first: a change landing between the two reads makes the forms stale
    # (refused, shown again) rather than letting them overwrite what they did not show
    version = web.review.version(key, web.m.label)
    overrides = web.review.overrides(key, web.m.label)
    return Current(cy_id, key, auto, fingerprint, overrides, _applied(web, auto, overrides),
                   version)


_APPLIED: OrderedDict[tuple[int, str, tuple[tuple[str, str, str], ...]],
                      tuple[Rating, Rating]] = OrderedDict()
_APPLIED_LOCK = threading.Lock()


def _applied_slot(web: WebState, auto: Rating, overrides: Sequence[OverrideLike]
                  ) -> tuple[int, str, tuple[tuple[str, str, str], ...]]:
    # by target: one override per target, so their order does not change the result
    return id(auto), web.m.label, tuple(sorted((o.target, o.value, o.reason) for o in overrides))


def remember_applied(web: WebState, auto: Rating, overrides: Sequence[OverrideLike],
                     rating: Rating) -> None:
    """Keep `rating` = apply_overrides(auto, overrides), made by the caller: the page after
    an override shows it without scoring it again."""
    with _APPLIED_LOCK:
        _APPLIED[_applied_slot(web, auto, overrides)] = (auto, rating)
        while len(_APPLIED) > 256:
            _APPLIED.popitem(last=False)


def _applied(web: WebState, auto: Rating, overrides: list[Override]) -> Rating:
    """`apply_overrides` (a `build_rating`), memoised on the parsed rating (by identity: the
    entry keeps it, so its id cannot be reused) and the overrides."""
    if not overrides:
        return auto
    slot = _applied_slot(web, auto, overrides)
    with _APPLIED_LOCK:
        hit = _APPLIED.get(slot)
        if hit is not None and hit[0] is auto:
            _APPLIED.move_to_end(slot)
            return hit[1]
    rating = apply_overrides(web.m, auto, overrides)
    remember_applied(web, auto, overrides, rating)
    return rating


def company_view(web: WebState, cy_id: int, open_: frozenset[str] = frozenset(),
                 known: Current | None = None, checks_open: str = "") -> CompanyView:
    """Everything the company page shows; `open_` the indicators shown in full (their
    evidence needs the documents), `known` the current rating when the caller has it,
    `checks_open` the frameworks whose items are shown (comma-separated ids, or "all")."""
    cur = known or current(web, cy_id)
    overridden: dict[str, int] = {}
    for o in cur.overrides:
        if (ind := indicator_of(web.m, o.target)) is not None:
            overridden[ind] = overridden.get(ind, 0) + 1
    checks = load_checks(web.store, cy_id=cy_id)
    asked = {w.strip() for w in checks_open.split(",")}
    shown = frozenset(c.framework for c in checks if "all" in asked or c.framework in asked)
    return CompanyView(
        cy_id=cy_id, automatic=cur.automatic, fingerprint=cur.fingerprint, rating=cur.rating,
        overrides={o.target: o for o in cur.overrides},
        signoff=web.review.signoff(cur.key, web.m.label),
        audit=web.review.audit(cur.key, limit=50),
        position=peer_position(web, cur.rating), previous=previous_score(web, cur.rating),
        documents=documents(web, cy_id) if open_ or shown else {}, open=open_,
        overridden=overridden, version=cur.version, checks=checks, checks_open=shown,
    )


def indicator_view(web: WebState, cy_id: int, indicator: str) -> CompanyView:
    """What one indicator's points and evidence need (no ranking, comparison or audit)."""
    cur = current(web, cy_id)
    if not any(ind.indicator == indicator for ind in cur.rating.indicators):
        raise HTTPException(status_code=404)
    return CompanyView(
        cy_id=cy_id, automatic=cur.automatic, fingerprint=cur.fingerprint, rating=cur.rating,
        overrides={o.target: o for o in cur.overrides}, signoff=None, audit=[], position=None,
        previous=None, documents=documents(web, cy_id), open=frozenset({indicator}),
        version=cur.version)


_GAPS: OrderedDict[tuple[str, str, str, tuple[tuple[str, str], ...]], GapAnalysis] = \
    OrderedDict()
_GAPS_LOCK = threading.Lock()


def gaps(web: WebState, rating: Rating, fingerprint: str, overrides: list[Override]
          ) -> GapAnalysis:
    """Gap analysis, memoised on what determines it: the automatic rating's inputs and the
    overrides (re-scoring every option costs ~20 ms per page otherwise)."""
    key = (rating.company.key, web.m.label, fingerprint,
           tuple(sorted((o.target, o.value) for o in overrides)))
    with _GAPS_LOCK:
        if key in _GAPS:
            _GAPS.move_to_end(key)
            return _GAPS[key]
    result = analyse(rating, web.m, limit=8)
    with _GAPS_LOCK:
        _GAPS[key] = result
        while len(_GAPS) > 512:
            _GAPS.popitem(last=False)
    return result


def peer_position(web: WebState, rating: Rating) -> Ranked | None:
    """Where `rating` stands among its peers' published ratings (it replaces its own), ranked
    from the indexed summary columns of the peers with the same effective stage; taken from
    the year's study when it is built and current (no query), else read from the store."""
    if rating.stage == 0:
        return None
    c = rating.company
    published = study_peers(web, c.year, rating.stage, c.industry, c.size)
    if published is None:
        published = [e.rating for e in effective_summaries(
            web.store, c.year, c.industry, c.size, web.m.label, stage=rating.stage)]
    peers = [r for r in published if r.company.key != c.key]
    groups = [g for g in rank_groups([*peers, rating]) if g.key == peer_key(rating)]
    return position(groups, c.key)


def previous_score(web: WebState, rating: Rating) -> ScoreSummary | None:
    """The published result of the same company's previous year (indexed columns only)."""
    c = rating.company
    return effective_score(web.store, f"{c.code or c.name}/{c.year - 1}", web.m.label)


def documents(web: WebState, cy_id: int) -> dict[str, int]:
    with web.store.engine.connect() as conn:
        rows = conn.execute(select(DocumentRow.path, DocumentRow.id)
                            .where(DocumentRow.company_year_id == cy_id))
        return {p: i for p, i in rows}


def document_for(file: str, stored: dict[str, int]) -> int | None:
    """The id of the stored document that evidence `file` names. A batch stores paths relative
    to its manifest's folder while the reader cites the absolute path it read, so besides the
    exact path the longest stored path that ends `file` counts, then a file name found once."""
    if file in stored:
        return stored[file]
    cited = file.replace("\\", "/")
    tails = sorted(((len(path), i) for path, i in stored.items()
                    if cited.endswith("/" + path.replace("\\", "/"))), reverse=True)
    if tails and (len(tails) == 1 or tails[0][0] > tails[1][0]):
        return tails[0][1]  # the longest stored path that ends the cited one
    name = cited.rsplit("/", 1)[-1]
    same = [i for path, i in stored.items()
            if path.replace("\\", "/").rsplit("/", 1)[-1] == name]
    return same[0] if len(same) == 1 else None


def _aware(value: datetime) -> datetime:
    from datetime import UTC

    return value if value.tzinfo else value.replace(tzinfo=UTC)
