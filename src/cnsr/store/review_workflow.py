"""Review workflow over the store: users, overrides, sign-offs, review versions and the audit
trail. What a published rating is (reviewed where signed off, else automatic) is read by
`cnsr.store.effective_reads`.

Concurrency: every override, revert and sign-off bumps the company-year's review version
(`review_versions`) in its own transaction's first statement; a caller passing `expected`
(the version its form was rendered at) gets `Conflict` — naming who changed it and when —
instead of overwriting a change it has not seen. Four eyes: `change_authors` names who made
the changes a sign-off would cover; the web app refuses a sign-off by any of them.

The automatic rating is never overwritten: an override is its own row (one per company-year,
methodology and target such as 'point:I03.2', 'band:I03.trend' or 'stage'); signing off stores
the re-scored rating as a `ratings` row of kind 'reviewed'. Every change writes an audit row
(who, when, before, after, reason) in the same transaction. Tables: `review_schema.py`
(migrations 0002_review, 0003_websec).
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from cnsr.rating import Rating
from cnsr.store.clock import now
from cnsr.store.effective_reads import REVIEWED
from cnsr.store.repository import Store
from cnsr.store.review_schema import (
    AuditRow,
    OverrideRow,
    ReviewVersionRow,
    SessionRow,
    SignoffRow,
    UserRow,
)
from cnsr.store.schema import CompanyYear

ROLES = ("viewer", "analyst", "reviewer", "admin")
"""From least to most rights: viewers read; analysts also override and upload; reviewers also
sign off (never their own changes); admins also manage accounts."""
CHANGES = ("override", "revert")


class User(BaseModel):
    id: int
    name: str
    role: str
    active: bool
    password_hash: str
    created_at: datetime


class Override(BaseModel):
    target: str
    value: str
    reason: str
    user_name: str
    created_at: datetime


class Signoff(BaseModel):
    key: str
    user_name: str
    signed_at: datetime
    base_fingerprint: str
    overrides: int
    note: str


class AuditEntry(BaseModel):
    id: int
    at: datetime
    user_name: str
    action: str
    key: str | None
    target: str | None
    before: str | None
    after: str | None
    reason: str | None


class ReviewVersion(BaseModel):
    """A company-year's review version: 0 before any change; who made the last change."""

    version: int = 0
    user_name: str | None = None
    at: datetime | None = None
    action: str | None = None


class Conflict(Exception):
    """The company-year changed since the form was rendered (`current` says by whom)."""

    def __init__(self, current: ReviewVersion) -> None:
        super().__init__(f"changed by {current.user_name} at {current.at} "
                         f"(version {current.version})")
        self.current = current

class ReviewStore:
    """Review tables of a `Store` (opened with `Store.open`, which runs the migrations)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._sessions = sessionmaker(store.engine, expire_on_commit=False)

    # -- users -----------------------------------------------------------------------------
    def add_user(self, name: str, password_hash: str, role: str, by: str) -> User:
        if role not in ROLES:
            raise ValueError(f"role '{role}' is not one of {', '.join(ROLES)}")
        with self._sessions.begin() as s:
            row = UserRow(name=name, password_hash=password_hash, role=role, active=True,
                          created_at=now(), created_by=by)
            s.add(row)
            s.flush()
            _audit(s, by, "user_add", target=name, after=role)
            return _user(row)

    def user(self, name: str) -> User | None:
        with self._sessions() as s:
            row = s.scalars(select(UserRow).where(UserRow.name == name)).first()
            return _user(row) if row else None

    def user_by_id(self, user_id: int) -> User | None:
        with self._sessions() as s:
            row = s.get(UserRow, user_id)
            return _user(row) if row else None

    def users(self) -> list[User]:
        with self._sessions() as s:
            return [_user(r) for r in s.scalars(select(UserRow).order_by(UserRow.name))]

    def update_user(self, name: str, by: str, *, role: str | None = None,
                    active: bool | None = None, password_hash: str | None = None) -> None:
        with self._sessions.begin() as s:
            row = s.scalars(select(UserRow).where(UserRow.name == name)).one()
            before = f"{row.role}, {'active' if row.active else 'disabled'}"
            if role is not None:
                if role not in ROLES:
                    raise ValueError(f"role '{role}' is not one of {', '.join(ROLES)}")
                row.role = role
            if active is not None:
                row.active = active
            if password_hash is not None:
                row.password_hash = password_hash
            if password_hash is not None or active is False:  # every copy of every session
                s.execute(delete(SessionRow).where(SessionRow.user_id == row.id))
            after = f"{row.role}, {'active' if row.active else 'disabled'}"
            _audit(s, by, "user_update", target=name, before=before, after=after,
                   reason="password changed" if password_hash else None)

    # -- overrides -------------------------------------------------------------------------
    def overrides(self, key: str, methodology: str) -> list[Override]:
        query = (select(OverrideRow).join(CompanyYear)
                 .where(CompanyYear.key == key, OverrideRow.methodology == methodology)
                 .order_by(OverrideRow.target))
        with self._sessions() as s:
            return [Override(target=r.target, value=r.value, reason=r.reason,
                             user_name=r.user_name, created_at=r.created_at)
                    for r in s.scalars(query)]

    def set_override(self, key: str, methodology: str, target: str, value: str | None,
                     reason: str, user: str, before: str, after: str,
                     expected: int | None = None) -> int:
        """Set (or with `value` None remove) one override; `before`/`after` describe the
        change for the audit trail (the value and the total it produces). With `expected`,
        raise `Conflict` unless the review version is still that. Returns the new version."""
        action = "override" if value is not None else "revert"
        with self._sessions.begin() as s:
            cy_id = _cy_id(s, key)
            version = _bump(s, cy_id, methodology, expected, user, action)
            s.execute(delete(OverrideRow).where(OverrideRow.company_year_id == cy_id,
                                                OverrideRow.methodology == methodology,
                                                OverrideRow.target == target))
            if value is not None:
                s.add(OverrideRow(company_year_id=cy_id, methodology=methodology, target=target,
                                  value=value, reason=reason, user_name=user,
                                  created_at=now()))
            _audit(s, user, action, key=key, methodology=methodology, target=target,
                   before=before, after=after, reason=reason)
        return version

    # -- sign-off --------------------------------------------------------------------------
    def sign_off(self, rating: Rating, *, base_fingerprint: str, overrides: int, user: str,
                 note: str, expected: int | None = None) -> int:
        """Publish `rating` (the automatic one with its overrides applied) as reviewed. With
        `expected`, raise `Conflict` (publishing nothing) unless the review version is still
        that: a sign-off never covers a change its signer has not seen. The version is
        claimed first, in a transaction of its own, because the reviewed rating row is
        written by `Store.save_rating`; a change made after the claim is newer than the
        sign-off and shows as pending. Returns the new version."""
        key, method = rating.company.key, rating.provenance.methodology
        with self._sessions.begin() as s:
            version = _bump(s, _cy_id(s, key), method, expected, user, "signoff")
        rating_id = self.store.save_rating(rating, documents=[], kind=REVIEWED)
        with self._sessions.begin() as s:
            cy_id = _cy_id(s, key)
            s.execute(delete(SignoffRow).where(SignoffRow.company_year_id == cy_id,
                                               SignoffRow.methodology == method))
            s.add(SignoffRow(company_year_id=cy_id, methodology=method, rating_id=rating_id,
                             base_fingerprint=base_fingerprint, overrides=overrides,
                             user_name=user, signed_at=now(), note=note))
            _audit(s, user, "signoff", key=key, methodology=method, target="rating",
                   after=f"stage {rating.stage}, {rating.total:g}/{rating.maximum}",
                   reason=note)
        return version

    def version(self, key: str, methodology: str) -> ReviewVersion:
        """The review version of company-year `key` (0 when it was never changed)."""
        query = (select(ReviewVersionRow).join(CompanyYear)
                 .where(CompanyYear.key == key, ReviewVersionRow.methodology == methodology))
        with self._sessions() as s:
            row = s.scalars(query).first()
            return _version(row)

    def change_authors(self, key: str, methodology: str) -> set[str]:
        """Who made the changes a sign-off of `key` would cover: the authors of the overrides
        in force and of every override or revert since the last sign-off (all of them when
        it was never signed off). Four eyes: none of them may sign it off."""
        last = self.signoff(key, methodology)
        query = select(AuditRow.user_name).where(
            AuditRow.key == key, AuditRow.methodology == methodology,
            AuditRow.action.in_(CHANGES))
        if last is not None:
            query = query.where(AuditRow.at > last.signed_at)
        with self._sessions() as s:
            authors = set(s.scalars(query.distinct()))
        return authors | {o.user_name for o in self.overrides(key, methodology)}

    def signoff(self, key: str, methodology: str) -> Signoff | None:
        query = (select(SignoffRow).join(CompanyYear)
                 .where(CompanyYear.key == key, SignoffRow.methodology == methodology))
        with self._sessions() as s:
            r = s.scalars(query).first()
            return Signoff(key=key, user_name=r.user_name, signed_at=r.signed_at,
                           base_fingerprint=r.base_fingerprint, overrides=r.overrides,
                           note=r.note) if r else None

    # -- audit -----------------------------------------------------------------------------
    def audit(self, key: str | None = None, limit: int | None = None) -> list[AuditEntry]:
        query = select(AuditRow).order_by(AuditRow.id.desc())
        if key:
            query = query.where(AuditRow.key == key)
        if limit:
            query = query.limit(limit)
        with self._sessions() as s:
            return [AuditEntry(id=r.id, at=r.at, user_name=r.user_name, action=r.action,
                               key=r.key, target=r.target, before=r.before, after=r.after,
                               reason=r.reason) for r in s.scalars(query)]

    def log(self, user: str, action: str, **fields: str | None) -> None:
        with self._sessions.begin() as s:
            _audit(s, user, action, **fields)

def _cy_id(s: Session, key: str) -> int:
    cy_id = s.scalars(select(CompanyYear.id).where(CompanyYear.key == key)).first()
    if cy_id is None:
        raise KeyError(key)
    return cy_id


def _bump(s: Session, cy_id: int, methodology: str, expected: int | None, user: str,
          action: str) -> int:
    """Advance the review version of (`cy_id`, `methodology`) inside the caller's
    transaction and return the new one; with `expected`, only from that version, else raise
    `Conflict`. A conditional UPDATE (or the INSERT of the first version, guarded by the
    unique constraint) is atomic on SQLite and PostgreSQL alike: of two writers holding the
    same version exactly one succeeds."""
    t = now()
    where = [ReviewVersionRow.company_year_id == cy_id,
             ReviewVersionRow.methodology == methodology]
    if expected is not None:
        where.append(ReviewVersionRow.version == expected)
    step = (update(ReviewVersionRow).where(*where)
            .values(version=ReviewVersionRow.version + 1, changed_by=user, changed_at=t,
                    action=action)
            .returning(ReviewVersionRow.version))
    done = s.execute(step).scalar()
    if done is not None:
        return int(done)
    if expected in (None, 0):
        try:
            with s.begin_nested():
                s.add(ReviewVersionRow(company_year_id=cy_id, methodology=methodology,
                                       version=1, changed_by=user, changed_at=t,
                                       action=action))
            return 1
        except IntegrityError:  # another writer made version 1 first
            if expected is None:
                return int(s.execute(step).scalar_one())
    row = s.scalars(select(ReviewVersionRow).where(*where[:2])).first()
    raise Conflict(_version(row))


def _version(row: ReviewVersionRow | None) -> ReviewVersion:
    if row is None:
        return ReviewVersion()
    return ReviewVersion(version=row.version, user_name=row.changed_by, at=row.changed_at,
                         action=row.action)


def _audit(s: Session, user: str, action: str, **fields: str | None) -> None:
    s.add(AuditRow(at=now(), user_name=user, action=action, **fields))


def _user(row: UserRow) -> User:
    return User(id=row.id, name=row.name, role=row.role, active=row.active,
                password_hash=row.password_hash, created_at=row.created_at)
