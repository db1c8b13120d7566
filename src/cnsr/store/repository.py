"""The repository API over the store: save and read `Rating`s, record failures and runs.

Every write is one transaction, committed before the call returns, so a batch killed at any
moment leaves whole company-years or nothing. Reads return `Rating` models rebuilt from the
stored JSON, never recomputed. Only the batch's parent process writes; workers never touch the
database, which keeps SQLite free of lock contention.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from sqlalchemy import Engine, create_engine, delete, event, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from cnsr import __version__
from cnsr.errors import CnsrError
from cnsr.frameworks.results import StoredCheck
from cnsr.rating import Company, Rating
from cnsr.store import migrate
from cnsr.store.checks import done_check_fingerprints, load_checks, write_checks
from cnsr.store.rows import evidence_rows, score_rows
from cnsr.store.schema import CompanyYear, DocumentRow, RatingRow, Run

READER = "reader"


class StoreError(CnsrError):
    """The database cannot be opened or written (bad URL, server down, newer schema)."""


class DocumentInput(BaseModel):
    """A document as the store knows it: where it was and what it contained."""

    path: str
    sha256: str


class DocumentStatus(DocumentInput):
    key: str
    status: str
    error: str | None


class RunInfo(BaseModel):
    id: int
    started_at: datetime
    manifest: str
    status: str
    rated: int
    failed: int


class Failure(BaseModel):
    """A company-year whose last attempt failed: the document and the one-line reason."""

    key: str
    name: str
    year: int
    path: str
    error: str
    run_id: int | None
    has_rating: bool  # an older rating (of other documents) is still stored


def input_fingerprint(key: str, methodology: str, hashes: Iterable[str]) -> str:
    """What makes two ratings of a company-year interchangeable: same company-year, same
    methodology version, same input bytes (order and file names do not matter)."""
    payload = json.dumps([key, methodology, sorted(hashes)], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def database_url(url: str | Path) -> str:
    """A SQLAlchemy URL from a URL or a plain file path (a path means a SQLite file)."""
    text = str(url)
    if text == ":memory:":
        return "sqlite://"
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def _engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        memory = url in ("sqlite://", "sqlite:///:memory:")
        engine = create_engine(url, poolclass=StaticPool if memory else None,
                               connect_args={"timeout": 60})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cursor = dbapi_conn.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            if not memory:  # WAL: a web app can read while a batch writes
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


class Store:
    """Ratings, documents and runs in one database; open with `Store.open(url_or_path)`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str | Path) -> Store:
        """Connect and migrate to the current schema."""
        full = database_url(url)
        try:
            engine = _engine(full)
            migrate.upgrade(engine)
        except SQLAlchemyError as err:
            raise StoreError(f"cannot open store {_safe(full)}: {_first_line(err)}") from err
        except Exception as err:  # alembic: unknown revision means a newer cnsr made the db
            if type(err).__module__.startswith("alembic"):
                raise StoreError(f"store {_safe(full)}: {_first_line(err)} "
                                 "(was it made by a newer cnsr?)") from err
            raise
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def _tx(self) -> Iterator[Session]:
        with self._sessions.begin() as session:
            yield session

    # -- runs ------------------------------------------------------------------------------
    def start_run(self, manifest: str, methodology: str, engine: str) -> int:
        with self._tx() as s:
            run = Run(started_at=_now(), manifest=manifest, methodology=methodology,
                      cnsr_version=__version__, engine=engine, rated=0, skipped=0, failed=0,
                      status="running", host=socket.gethostname()[:200], pid=os.getpid())
            s.add(run)
            s.flush()
            return run.id

    def finish_run(self, run_id: int, *, rated: int, skipped: int, failed: int) -> None:
        with self._tx() as s:
            run = s.get_one(Run, run_id)
            run.finished_at, run.rated, run.skipped, run.failed = _now(), rated, skipped, failed
            run.status = "finished"

    def mark_interrupted(self, current: int) -> list[RunInfo]:
        """Runs still 'running' other than `current` (which holds the batch lock, so they are
        dead: killed or crashed) become 'interrupted'; returns them."""
        with self._tx() as s:
            runs = list(s.scalars(select(Run).where(Run.status == "running", Run.id != current)))
            for run in runs:
                run.status = "interrupted"
            return [_run_info(r) for r in runs]

    def interrupted_runs(self) -> list[RunInfo]:
        """Runs that never finished (killed or crashed), oldest first."""
        with self._sessions() as s:
            query = select(Run).where(Run.status == "interrupted").order_by(Run.id)
            return [_run_info(r) for r in s.scalars(query)]

    # -- writes ----------------------------------------------------------------------------
    def save_rating(self, rating: Rating, *, documents: list[DocumentInput] | None = None,
                    kind: str = READER, fingerprint: str | None = None,
                    run_id: int | None = None,
                    checks: Sequence[tuple[StoredCheck, str]] = ()) -> int:
        """Store `rating` as the company-year's `kind` rating under its methodology, replacing
        the previous one of that kind only, and in the same transaction the checklist results
        read with it (check, fingerprint). Returns the rating's row id."""
        docs = documents if documents is not None else _inputs(rating)
        method = rating.provenance.methodology
        fp = fingerprint or input_fingerprint(rating.company.key, method, [d.sha256 for d in docs])
        with self._tx() as s:
            cy = _company_year(s, rating.company)
            _touch_documents(s, cy, docs, "rated", None, run_id)
            if kind == READER and docs:
                _supersede(s, cy, docs)
            s.execute(delete(RatingRow).where(RatingRow.company_year_id == cy.id,
                                              RatingRow.kind == kind,
                                              RatingRow.methodology == method))
            row = RatingRow(
                company_year_id=cy.id, kind=kind, methodology=method, fingerprint=fp,
                key=rating.company.key, year=rating.company.year,
                industry=rating.company.industry, size=rating.company.size, stage=rating.stage,
                total=rating.total, maximum=rating.maximum, share=rating.share,
                cnsr_version=rating.provenance.cnsr_version, run_id=run_id, created_at=_now(),
                body=rating.model_dump(mode="json"),
                scores=score_rows(rating), evidence=evidence_rows(rating))
            s.add(row)
            s.flush()
            write_checks(s, cy, checks, run_id)
            return row.id

    def save_checks(self, company: Company, checks: Sequence[tuple[StoredCheck, str]], *,
                    run_id: int | None = None) -> None:
        """Store checklist results (check, fingerprint) of a company-year whose rating is
        stored already (or not wanted): each replaces that framework's earlier result."""
        with self._tx() as s:
            write_checks(s, _company_year(s, company), checks, run_id)

    def checks(self, *, key: str | None = None, year: int | None = None,
               framework: str | None = None) -> list[StoredCheck]:
        """Stored checklist results, ordered by company-year key and framework."""
        return load_checks(self, key=key, year=year, framework=framework)

    def done_check_fingerprints(self) -> set[str]:
        return done_check_fingerprints(self)

    def record_failure(self, company: Company, documents: list[DocumentInput], error: str, *,
                       path: str | None = None, run_id: int | None = None) -> None:
        """Mark the document at `path` failed with `error` (one line); its siblings stay
        pending. Without `path` (the failure is not one document's) all are marked failed."""
        line = error.strip().splitlines()[0] if error.strip() else "unknown error"
        with self._tx() as s:
            cy = _company_year(s, company)
            for doc in documents:
                failed = path is None or doc.path == path
                _touch_documents(s, cy, [doc], "failed" if failed else "pending",
                                 line if failed else None, run_id)
            if documents:
                _supersede(s, cy, documents)

    def relocate(self, key: str, documents: list[DocumentInput]) -> int:
        """Point a company-year's documents (found by content hash) at their current paths,
        in the documents table and in the stored reader rating's provenance; returns how many
        paths changed. Used for a company-year skipped because its bytes are unchanged, so a
        moved corpus is not re-rated but the store stops pointing at the old place."""
        where = {d.sha256: d.path for d in documents}
        changed = 0
        with self._tx() as s:
            cy = s.scalars(select(CompanyYear).where(CompanyYear.key == key)).first()
            if cy is None:
                return 0
            for row in s.scalars(select(DocumentRow).where(DocumentRow.company_year_id == cy.id)):
                if row.sha256 in where and row.path != where[row.sha256]:
                    row.path, changed = where[row.sha256], changed + 1
            if not changed:
                return 0
            for rating in s.scalars(select(RatingRow).where(RatingRow.company_year_id == cy.id,
                                                            RatingRow.kind == READER)):
                body = json.loads(json.dumps(rating.body))
                for item in body.get("provenance", {}).get("inputs", []):
                    if item.get("sha256") in where:
                        name = "path" if "path" in item or "file" not in item else "file"
                        item[name] = where[item["sha256"]]
                rating.body = body
        return changed

    # -- reads -----------------------------------------------------------------------------
    def done_fingerprints(self, methodology: str | None = None, kind: str = READER) -> set[str]:
        """Fingerprints of the stored ratings: a batch skips the company-years among them."""
        query = select(RatingRow.fingerprint).where(RatingRow.kind == kind)
        if methodology:
            query = query.where(RatingRow.methodology == methodology)
        with self._sessions() as s:
            return set(s.scalars(query))

    def ratings(self, year: int | None = None, industry: str | None = None, *,
                size: str | None = None, stage: int | None = None, kind: str = READER,
                methodology: str | None = None) -> list[Rating]:
        """Stored ratings of one kind, filtered on the peer-group columns, ordered by key."""
        query = select(RatingRow.body).where(RatingRow.kind == kind)
        for column, value in ((RatingRow.year, year), (RatingRow.industry, industry),
                              (RatingRow.size, size), (RatingRow.stage, stage),
                              (RatingRow.methodology, methodology)):
            if value is not None:
                query = query.where(column == value)
        with self._sessions() as s:
            rows = s.scalars(query.order_by(RatingRow.key, RatingRow.methodology)).all()
        return [Rating.model_validate(body) for body in rows]

    def rating(self, key: str, kind: str = READER, methodology: str | None = None
               ) -> Rating | None:
        """The `kind` rating of company-year `key` (e.g. '600795.SH/2023'), if stored."""
        query = select(RatingRow.body).where(RatingRow.key == key, RatingRow.kind == kind)
        if methodology:
            query = query.where(RatingRow.methodology == methodology)
        with self._sessions() as s:
            body = s.scalars(query.order_by(RatingRow.created_at.desc()).limit(1)).first()
        return Rating.model_validate(body) if body is not None else None

    def failures(self, year: int | None = None) -> list[Failure]:
        """Company-years whose current documents include a failed one (superseded versions
        do not count), with the reason; ordered by key."""
        query = (select(DocumentRow, CompanyYear).join(CompanyYear)
                 .where(DocumentRow.status == "failed"))
        if year is not None:
            query = query.where(CompanyYear.year == year)
        with self._sessions() as s:
            rated = set(s.scalars(select(RatingRow.company_year_id)
                                  .where(RatingRow.kind == READER)))
            out: dict[str, Failure] = {}
            for doc, cy in s.execute(query.order_by(CompanyYear.key, DocumentRow.path)):
                out.setdefault(cy.key, Failure(
                    key=cy.key, name=cy.name, year=cy.year, path=doc.path,
                    error=doc.error or "unknown error", run_id=doc.run_id,
                    has_rating=cy.id in rated))
        return list(out.values())

    def documents(self, status: str | None = None) -> list[DocumentStatus]:
        query = select(DocumentRow, CompanyYear.key).join(CompanyYear)
        if status:
            query = query.where(DocumentRow.status == status)
        with self._sessions() as s:
            return [DocumentStatus(key=key, path=d.path, sha256=d.sha256, status=d.status,
                                   error=d.error)
                    for d, key in s.execute(query.order_by(CompanyYear.key, DocumentRow.path))]


def _company_year(s: Session, company: Company) -> CompanyYear:
    """The company-year row, created if new. Another writer (the web app's upload worker, a
    second store user) may create the same key between our SELECT and INSERT: the insert runs
    in a savepoint and a UNIQUE clash means "read theirs", never a traceback."""
    cy = s.scalars(select(CompanyYear).where(CompanyYear.key == company.key)).first()
    if cy is None:
        try:
            with s.begin_nested():
                cy = CompanyYear(key=company.key, name=company.name, code=company.code,
                                 industry=company.industry, size=company.size,
                                 year=company.year)
                s.add(cy)
        except IntegrityError:
            cy = s.scalars(select(CompanyYear).where(CompanyYear.key == company.key)).one()
    cy.name, cy.code, cy.industry = company.name, company.code, company.industry
    cy.size, cy.year = company.size, company.year
    s.flush()
    return cy


def _touch_documents(s: Session, cy: CompanyYear, docs: list[DocumentInput], status: str,
                     error: str | None, run_id: int | None) -> None:
    for doc in docs:
        row = s.scalars(select(DocumentRow).where(DocumentRow.company_year_id == cy.id,
                                                  DocumentRow.sha256 == doc.sha256)).first()
        if row is None:
            row = DocumentRow(company_year_id=cy.id, sha256=doc.sha256)
            s.add(row)
        row.path, row.status, row.error = doc.path, status, error
        row.run_id, row.updated_at = run_id, _now()


def _supersede(s: Session, cy: CompanyYear, current: list[DocumentInput]) -> None:
    """Documents of the company-year that are not among `current` (replaced by a changed
    file, or dropped from the manifest) are marked superseded, never left 'rated' beside
    the new version."""
    hashes = {d.sha256 for d in current}
    s.execute(update(DocumentRow).where(DocumentRow.company_year_id == cy.id,
                                        DocumentRow.sha256.not_in(hashes),
                                        DocumentRow.status != "superseded")
              .values(status="superseded", updated_at=_now()))


def _run_info(run: Run) -> RunInfo:
    return RunInfo(id=run.id, started_at=run.started_at, manifest=run.manifest,
                   status=run.status, rated=run.rated, failed=run.failed)


def _inputs(rating: Rating) -> list[DocumentInput]:
    """Documents named in the rating's provenance (keys 'path' or 'file', and 'sha256')."""
    return [DocumentInput(path=i.get("path") or i.get("file") or "", sha256=i["sha256"])
            for i in rating.provenance.inputs if "sha256" in i]


def _now() -> datetime:
    return datetime.now(UTC)


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url


def _first_line(err: Exception) -> str:
    text = str(getattr(err, "orig", None) or err).strip()
    return text.splitlines()[0] if text else type(err).__name__
