"""`cnsr batch --check` against a plain batch on the same documents, in one run:

  A  batch, rating only (the baseline);
  B  batch with --check exchange-2024-climate: one reading for the rating and the check;
  C  the check added later to A's store: the documents are read again for the check alone.

B / A is what checking costs inside a batch; (A + C) / B what the single reading saves over
rating first and checking afterwards. One local worker, a new worker process for each run (so
no run profits from caches a previous one warmed; each pays the same start-up), fresh SQLite
stores, the demo corpus' text PDFs (no scans, so no OCR).

    .venv/bin/python benchmarks/bench_batch_check.py [--docs N]
"""

from __future__ import annotations

import argparse
import csv
import tempfile
import time
from pathlib import Path

from cnsr.batch.checks import plan_checks
from cnsr.batch.executors import LocalExecutor
from cnsr.batch.manifest import read_manifest, write_manifest
from cnsr.batch.runner import Summary, default_rater, run_batch
from cnsr.methodology import load_methodology
from cnsr.store import Store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "demo" / "corpus"


def manifest(folder: Path, docs: int) -> Path:
    with (CORPUS / "manifest.csv").open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle)
                if r["path"].endswith(".pdf") and "scan" not in r["path"]][:docs]
    target = folder / "manifest.csv"
    write_manifest(target, [{**r, "path": str(CORPUS / r["path"])} for r in rows])
    return target


def batch(path: Path, db: Path, check: bool) -> tuple[float, Summary]:
    label = load_methodology().label
    start = time.perf_counter()
    executor = LocalExecutor(1)
    try:
        with Store.open(db) as store:
            summary = run_batch(read_manifest(path), store, executor, rate=default_rater(),
                                methodology=label,
                                checks=plan_checks(["exchange-2024-climate"], None) if check
                                else None)
    finally:
        executor.close()
    return time.perf_counter() - start, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=6)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = manifest(folder, args.docs)
        batch(path, folder / "warm.sqlite", check=True)  # the OS file cache, .pyc files
        a, sa = batch(path, folder / "a.sqlite", check=False)
        b, sb = batch(path, folder / "b.sqlite", check=True)
        c, sc = batch(path, folder / "a.sqlite", check=True)
    print(f"{args.docs} documents, {sa.rated} company-years, 1 worker")
    print(f"A rating only            {a:7.1f} s  (rated {sa.rated})")
    print(f"B rating + check, 1 read {b:7.1f} s  (rated {sb.rated}, checked {sb.checked})")
    print(f"C check added later      {c:7.1f} s  (rated {sc.rated}, checked {sc.checked})")
    print(f"B / A = {b / a:.2f}   (A + C) / B = {(a + c) / b:.2f}")


if __name__ == "__main__":
    main()
