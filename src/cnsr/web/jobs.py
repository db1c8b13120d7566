"""Upload jobs: rate a company's uploaded documents in the background and store the rating.

The rating runs in a spawned worker process by default (pdfium is not thread-safe, and a long
OCR must not hold the web process's GIL; see `cnsr.web.workers` for why spawned, not forked);
the web process alone writes to the store. Jobs run one at a time, each bounded by
`JOB_SECONDS`. Job state lives in the `upload_jobs` table so a page can poll it (htmx); on
shutdown the worker is killed and its job marked failed, and a start marks jobs a previous
process left queued or running as failed, so a restart shows what ended.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from sqlalchemy import select, update
from sqlalchemy.orm import sessionmaker

from cnsr.errors import CnsrError
from cnsr.rating import Company, Rating
from cnsr.store.clock import now
from cnsr.store.repository import DocumentInput
from cnsr.store.review_schema import JobRow
from cnsr.web.security import public_message
from cnsr.web.workers import WorkerPool

if TYPE_CHECKING:
    from cnsr.web.state import WebState

log = logging.getLogger("cnsr.web.jobs")
JOB_SECONDS = 30 * 60.0
"""Longest rating of one upload (OCR of a long scan included) before its worker is killed."""
STOPPED = "stopped: the server was shut down during the rating; upload again"
Rater = Callable[[list[str], dict[str, Any], str], dict[str, Any]]
"""(document paths, company fields, methodology path) → rating as JSON-able dict; must be a
module-level function when jobs run in a process."""


class Job(BaseModel):
    id: int
    key: str
    user_name: str
    status: str
    message: str
    files: list[dict[str, Any]]
    company_year_id: int | None = None


def read_and_rate(paths: list[str], company: dict[str, Any], methodology: str
                  ) -> dict[str, Any]:
    """The default rater: ingest each file, then rate them together."""
    from cnsr.assess.rate import rate_documents  # type: ignore[import-not-found,unused-ignore]
    from cnsr.ingest import read_document  # type: ignore[attr-defined,unused-ignore]
    from cnsr.methodology.load import load_methodology

    documents = [read_document(Path(p)) for p in paths]
    rating: Rating = rate_documents(documents, Company(**company), load_methodology(methodology))
    return rating.model_dump(mode="json")


class Jobs:
    def __init__(self, web: WebState, rater: Rater | None = None, workers: str = "process"
                 ) -> None:
        self.web = web
        self.rater = rater or read_and_rate
        self.workers = workers
        self._queue: ThreadPoolExecutor | None = None
        self._pool = WorkerPool(1, name="cnsr-upload") if workers == "process" else None
        self._sessions = sessionmaker(web.store.engine, expire_on_commit=False)
        self._stopping = False
        self._abandoned()

    def _abandoned(self) -> None:
        """Jobs a previous process left queued or running cannot finish: say so."""
        with self._sessions.begin() as s:
            s.execute(update(JobRow).where(JobRow.status.in_(("queued", "running")))
                      .values(status="failed", message=STOPPED, finished_at=now()))

    def _run(self, paths: list[str], company: dict[str, Any]) -> dict[str, Any]:
        if self._pool is None:
            return self.rater(paths, company, self.web.m.path)
        result: dict[str, Any] = self._pool.run(self.rater, (paths, company, self.web.m.path),
                                                timeout=JOB_SECONDS, wait=None)
        return result

    def submit(self, company: Company, user: str, files: list[dict[str, Any]]) -> int:
        with self._sessions.begin() as s:
            row = JobRow(key=company.key, user_name=user, status="queued", message="",
                         company=company.model_dump(mode="json"), files=files,
                         created_at=now())
            s.add(row)
            s.flush()
            job_id = row.id
        paths = [str(self.web.upload_dir / f["stored"]) for f in files]
        self._set(job_id, "running", "")
        if self._queue is None:
            self._queue = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cnsr-upload")
        future = self._queue.submit(self._run, paths, company.model_dump(mode="json"))
        future.add_done_callback(lambda f: self._finish(job_id, company, files, f))
        return job_id

    def _finish(self, job_id: int, company: Company, files: list[dict[str, Any]],
                future: Future[dict[str, Any]]) -> None:
        docs = [DocumentInput(path=str(self.web.upload_dir / f["stored"]), sha256=f["sha256"])
                for f in files]
        if self._stopping:
            self._set(job_id, "failed", STOPPED)
            return
        try:
            rating = Rating.model_validate(future.result())
            self.web.store.save_rating(rating, documents=docs)
            message = f"{rating.stage}|{rating.total:g}|{rating.maximum}"
            self._set(job_id, "done", message)
            self.web.review.log(self._user(job_id), "upload", key=rating.company.key,
                                methodology=rating.provenance.methodology,
                                after=f"stage {rating.stage}, {rating.total:g}/{rating.maximum}")
        except Exception as err:  # one line to the user (no server path); the rest to the log
            line = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
            if not isinstance(err, CnsrError):
                log.exception("upload job %s failed", job_id)
            else:
                log.warning("upload job %s failed: %s", job_id, line)
            shown = public_message(line, {str(f["stored"]): str(f["original"]) for f in files},
                                   self.web.upload_dir)
            try:
                self.web.store.record_failure(company, docs, line)
                self.web.review.log(self._user(job_id), "upload_failed", key=company.key,
                                    methodology=self.web.m.label, reason=shown,
                                    after=", ".join(str(f["original"]) for f in files))
            finally:
                self._set(job_id, "failed", shown)
        self.web.changed()

    def _user(self, job_id: int) -> str:
        with self._sessions() as s:
            return s.get_one(JobRow, job_id).user_name

    def _set(self, job_id: int, status: str, message: str) -> None:
        with self._sessions.begin() as s:
            row = s.get_one(JobRow, job_id)
            row.status, row.message = status, message
            if status in ("done", "failed"):
                row.finished_at = now()

    def job(self, job_id: int) -> Job | None:
        with self._sessions() as s:
            row = s.get(JobRow, job_id)
            return _job(row) if row else None

    def recent(self, limit: int = 20) -> list[Job]:
        with self._sessions() as s:
            rows = s.scalars(select(JobRow).order_by(JobRow.id.desc()).limit(limit))
            return [_job(r) for r in rows]

    def shutdown(self) -> None:
        """Stop now: queued jobs are dropped, the running rating's worker is killed, and
        both are marked failed (the uploaded files stay in the upload folder)."""
        self._stopping = True
        if self._queue is not None:
            self._queue.shutdown(wait=False, cancel_futures=True)
        if self._pool is not None:
            self._pool.close()
        self._abandoned()

    def worker_pids(self) -> list[int]:
        return self._pool.pids() if self._pool else []


def _job(row: JobRow) -> Job:
    return Job(id=row.id, key=row.key, user_name=row.user_name, status=row.status,
               message=row.message, files=row.files)
