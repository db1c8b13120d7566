"""A fake rating function for batch tests, importable by spawned worker processes.

It reads each file (so a missing or bad file behaves like one), derives point ratings from the
file hashes through the real scoring engine, and so is deterministic: same bytes, same rating.
Files whose content starts with BAD raise DocumentError; CRASH kills the worker process;
CNSR_FAKE_DELAY (seconds) slows every company-year down for kill tests.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import time
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from cnsr.batch.executors import Outcome, RateFn, run_job
from cnsr.batch.manifest import write_manifest
from cnsr.errors import DocumentError
from cnsr.methodology import load_methodology
from cnsr.rating import (
    Assessment,
    Company,
    Criterion,
    Evidence,
    PointRating,
    Provenance,
    Rating,
    build_rating,
)


def fake_rate(paths: list[Path], company: Company) -> Rating:
    delay = float(os.environ.get("CNSR_FAKE_DELAY", "0"))
    if delay:
        time.sleep(delay)
    m = load_methodology()
    hashes = []
    for path in paths:
        data = path.read_bytes()
        if data.startswith(b"CRASH"):
            os.kill(os.getpid(), signal.SIGKILL)
        if data.startswith(b"BAD"):
            raise DocumentError(str(path), "not a PDF (fake reader)")
        hashes.append(hashlib.sha256(data).hexdigest())
    rng = random.Random("".join(hashes))
    cite = Evidence(file=paths[0].name, page=rng.randint(1, 150), passage="碳排放总量下降")
    criteria = {c.id: Criterion(met=rng.random() < 0.8, evidence=[cite]) for c in m.spec.criteria}
    points = {p.id: PointRating(point=p.id, rating=rng.choice(m.spec.scoring.point_values))
              for ind in m.spec.indicators for p in ind.points}
    inputs = [{"path": str(p), "sha256": h} for p, h in zip(paths, hashes, strict=True)]
    return build_rating(m, company, Assessment(criteria=criteria, points=points),
                        Provenance(methodology=m.label, produced_by="reader", inputs=inputs))


def bug_rate(paths: list[Path], company: Company) -> Rating:
    raise ZeroDivisionError("division by zero")


def make_corpus(root: Path, companies: int, *, docs_per: int = 2, bad: dict[int, bytes] | None
                = None) -> Path:
    """Write `companies` company-years with `docs_per` small files each and their manifest.
    `bad` maps a company index to the content of its first document."""
    root.mkdir(parents=True, exist_ok=True)
    rows = []
    for i in range(companies):
        code = f"{600000 + i:06d}.SH"
        for j in range(docs_per):
            name = f"docs/{code}-{j}.pdf"
            (root / "docs").mkdir(exist_ok=True)
            content = (bad or {}).get(i) if j == 0 and bad and i in bad else None
            (root / name).write_bytes(content or f"%PDF fake {code} {j} {i * 7 + j}".encode())
            rows.append({"path": name, "company": f"公司{i}", "code": code,
                         "industry": "D44" if i % 2 else "C26", "size": "L", "year": 2023})
    manifest = root / "manifest.csv"
    write_manifest(manifest, rows)
    return manifest


class InlineExecutor:
    """Rates in the calling thread (two runners side by side without spawning pools)."""

    name, workers = "inline", 1

    def submit(self, rate: RateFn, paths: list[str], company: Company) -> Future[Outcome]:
        time.sleep(0.05)  # let the two runners overlap
        done: Future[Outcome] = Future()
        done.set_result(run_job(rate, paths, company))
        return done

    def wait_any(self, handles: set[Any]) -> set[Any]:
        return set(handles)

    def outcome(self, handle: Any) -> Outcome:
        result: Outcome = handle.result()
        return result

    def reset(self) -> None:
        pass

    def close(self) -> None:
        pass
