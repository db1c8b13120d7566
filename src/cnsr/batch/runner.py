"""Rate every company-year of a manifest into the store, resumably.

Resumable means: each result is committed as soon as it arrives, and a company-year whose
fingerprint (company key + input file hashes + methodology version) already has a reader rating
is skipped. A batch killed at any moment and started again therefore redoes nothing finished
and rates every company-year exactly once. Failed company-years store no rating, so the next
run tries them again (the file may have been replaced).

A worker crash (segfault in a PDF library, out of memory) breaks a local process pool and every
job in flight with it. Those jobs are retried one at a time, so the one that crashes alone is
the culprit and is recorded as failed while the others are rated.

Documents are known by content (sha256) and stored with their path relative to the manifest's
folder (absolute only when outside it), so a corpus moved with its manifest is recognised and
not redone; a skipped company-year whose files moved gets its stored paths updated. A changed
file gives a new fingerprint: the company-year is rated again and the old document row is
marked superseded.

One batch per store at a time: the run takes the store's batch lock (cnsr/store/lease.py)
before planning, so a second batch is refused with who holds the store, and runs that a kill
left unfinished are marked interrupted and reported.

With `--check` (cnsr/batch/checks.py) a company-year is also due when a checklist's result is
missing or was made from other bytes or another version of the bundle; its rating and checks
are read from one parse of its documents and committed in one transaction.

Jobs go out largest first (total bytes): the order changes nothing in the results, and a
500-page report started last would otherwise keep the whole batch waiting on one core.
"""

from __future__ import annotations

import hashlib
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from cnsr.batch.checks import CheckPlan, Checks
from cnsr.batch.executors import Executor, Outcome, RateFn, WorkerLost
from cnsr.batch.manifest import CompanyYear, Manifest
from cnsr.errors import CnsrError
from cnsr.rating import Company, Rating
from cnsr.store.repository import DocumentInput, RunInfo, Store, input_fingerprint


@dataclass(frozen=True)
class Job:
    item: CompanyYear
    documents: list[DocumentInput]  # as stored: paths relative to the manifest's folder
    fingerprint: str
    size: int = 0  # bytes of all documents, a cheap proxy for the work
    checks: tuple[tuple[CheckPlan, str], ...] = ()  # each checklist and its fingerprint
    rate: bool = True  # False: the rating is stored, only checks are due
    work: RateFn | None = None  # what the worker runs, when not the batch's `rate`

    @property
    def key(self) -> str:
        return self.item.key

    @property
    def paths(self) -> list[str]:
        """Absolute paths, for the workers."""
        return [str(p) for p in self.item.documents]

    def stored_path(self, path: str | None) -> str | None:
        """The stored form of a path a worker reported (it reads absolute paths)."""
        for absolute, doc in zip(self.item.documents, self.documents, strict=True):
            if path == str(absolute):
                return doc.path
        return path


@dataclass
class Summary:
    rated: int = 0
    skipped: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    run_id: int | None = None
    relocated: int = 0  # stored paths updated for skipped company-years whose files moved
    checked: dict[str, int] = field(default_factory=dict)  # checklist id → results stored
    check_failed: int = 0
    interrupted: list[RunInfo] = field(default_factory=list)  # earlier runs a kill left open


class Progress(Protocol):
    """What the runner reports; the CLI draws it with rich, tests ignore it."""

    def begin(self, total: int, skipped: int, workers: int) -> None: ...
    def advance(self, key: str, error: str | None) -> None: ...


class _Quiet:
    def begin(self, total: int, skipped: int, workers: int) -> None:
        pass

    def advance(self, key: str, error: str | None) -> None:
        pass


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def stored_path(path: Path, base: Path) -> str:
    """`path` relative to the manifest's folder (POSIX form) when inside it, else absolute."""
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return str(path)


def plan(manifest: Manifest, methodology: str, checks: Checks | None = None) -> list[Job]:
    """Hash every document (threads: hashlib releases the GIL) and fingerprint each item
    (its rating and each of its checks)."""
    paths = sorted({p for item in manifest.items for p in item.documents})
    with ThreadPoolExecutor(max_workers=4) as pool:
        hashes = dict(zip(paths, pool.map(sha256_file, paths), strict=True))
    base = manifest.path.parent.resolve()
    jobs = []
    for item in manifest.items:
        docs = [DocumentInput(path=stored_path(p, base), sha256=hashes[p])
                for p in item.documents]
        shas = [d.sha256 for d in docs]
        jobs.append(Job(item, docs, input_fingerprint(item.key, methodology, shas),
                        size=sum(p.stat().st_size for p in item.documents),
                        checks=tuple((c, input_fingerprint(item.key, c.label, shas))
                                     for c in (checks.plans if checks else ()))))
    return jobs


def reader_rate(paths: list[Path], company: Company, methodology: str | None = None) -> Rating:
    """The product's rating function: read each document, then assess them together."""
    from cnsr.assess.rate import rate_documents
    from cnsr.ingest import read_document
    from cnsr.methodology import load_methodology

    m = load_methodology(methodology)
    return rate_documents([read_document(p) for p in paths], company, m)


def default_rater(methodology: str | None = None) -> RateFn:
    """`reader_rate` bound to a methodology file; refuses early if the reader is missing."""
    import importlib.util

    if importlib.util.find_spec("cnsr.assess.rate") is None:
        raise CnsrError("the document reader (cnsr.assess.rate) is not available in this "
                        "build; pass a rating function with --rater MODULE:FUNCTION")
    return partial(reader_rate, methodology=methodology)


def run_batch(manifest: Manifest, store: Store, executor: Executor, *, rate: RateFn,
              methodology: str, progress: Progress | None = None,
              checks: Checks | None = None) -> Summary:
    """Rate the manifest's company-years not yet in the store, and check them against
    `checks` where not yet checked; see the module docstring. A job that needs checks runs
    the reader of `checks.methodology` (one reading for rating and checks), not `rate`."""
    from cnsr.store.lease import acquire

    started = time.perf_counter()
    report = progress or _Quiet()
    summary = Summary()
    where = str(manifest.path.resolve())
    with acquire(store, where) as lease:  # StoreBusy when another batch holds the store
        summary.run_id = store.start_run(where, methodology, executor.name)
        lease.attach(summary.run_id)
        summary.interrupted = store.mark_interrupted(summary.run_id)
        _run(manifest, store, executor, rate, methodology, report, summary, checks)
    summary.seconds = time.perf_counter() - started
    return summary


def _due(jobs: list[Job], done: set[str], checked: set[str], checks: Checks | None
         ) -> list[Job]:
    """The jobs with work left, each told what to do: rate, check, or both."""
    todo = []
    for job in jobs:
        rate = job.fingerprint not in done
        due = tuple(c.spec for c, fp in job.checks if fp not in checked)
        if due and checks is not None:
            todo.append(replace(job, rate=rate, work=checks.work(rate, due)))
        elif rate:
            todo.append(job)
    return todo


def _run(manifest: Manifest, store: Store, executor: Executor, rate: RateFn, methodology: str,
         report: Progress, summary: Summary, checks: Checks | None = None) -> None:
    jobs = plan(manifest, methodology, checks)
    done = store.done_fingerprints()
    todo = _due(jobs, done, store.done_check_fingerprints() if checks else set(), checks)
    for job in jobs:
        if job.fingerprint in done:
            summary.relocated += store.relocate(job.key, job.documents)
    todo.sort(key=lambda job: -job.size)  # largest first: no 500-page report left for the end
    summary.skipped = len(jobs) - len(todo)
    report.begin(len(todo), summary.skipped, executor.workers)

    def finish(job: Job, outcome: Outcome) -> None:
        error = outcome.error
        if outcome.rating is not None and outcome.rating.company.key != job.key:
            error = (f"internal error: rating function returned company-year "
                     f"{outcome.rating.company.key} for {job.key}")
        if error is None and (outcome.rating is not None or not job.rate):
            prints = {c.id: fp for c, fp in job.checks}
            results = [(c, prints[c.framework]) for c in outcome.checks]
            if outcome.rating is not None:
                store.save_rating(outcome.rating, documents=job.documents,
                                  fingerprint=job.fingerprint, run_id=summary.run_id,
                                  checks=results)
                summary.rated += 1
            elif results:
                store.save_checks(job.item.company, results, run_id=summary.run_id)
            for c, _fp in results:
                summary.checked[c.framework] = summary.checked.get(c.framework, 0) + 1
            for framework, message in outcome.check_errors.items():
                summary.check_failed += 1
                summary.failures.append((f"{job.key} [{framework}]", message))
                error = error or f"{framework}: {message}"
        else:
            message = error or "no rating returned"
            store.record_failure(job.item.company, job.documents, message,
                                 path=job.stored_path(outcome.path), run_id=summary.run_id)
            summary.failed += 1
            summary.failures.append((job.key, message))
        report.advance(job.key, error)

    _drive(executor, rate, deque(todo), finish)
    assert summary.run_id is not None
    store.finish_run(summary.run_id, rated=summary.rated, skipped=summary.skipped,
                     failed=summary.failed)


def _drive(executor: Executor, rate: RateFn, queue: deque[Job],
           finish: Callable[[Job, Outcome], None]) -> None:
    """Keep about two jobs per worker in flight (results stream back in completion order, and
    a crash loses little); after a crash, run the jobs that were in flight one at a time."""
    inflight: dict[Any, tuple[Job, bool]] = {}
    suspects: deque[Job] = deque()
    capacity = executor.workers * 2

    def submit(job: Job, solo: bool) -> None:
        inflight[executor.submit(job.work or rate, job.paths, job.item.company)] = (job, solo)

    while queue or suspects or inflight:
        if suspects:
            if not inflight:
                submit(suspects.popleft(), solo=True)
        else:
            while queue and len(inflight) < capacity:
                submit(queue.popleft(), solo=False)
        broken = False
        for handle in executor.wait_any(set(inflight)):
            job, solo = inflight.pop(handle)
            try:
                outcome = executor.outcome(handle)
            except WorkerLost as lost:
                broken = True
                if lost.final or solo:
                    finish(job, Outcome(error=str(lost)))
                else:
                    suspects.append(job)
                continue
            finish(job, outcome)
        if broken and not inflight:  # every job of the broken pool has been reported
            executor.reset()
