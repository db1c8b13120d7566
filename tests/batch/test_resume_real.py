"""The issue's acceptance check with the real reader: a batch over the demo corpus plus
generated report PDFs, SIGKILLed halfway and started again, rates every company-year exactly
once and stores the same ratings as an uninterrupted run."""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from cnsr.store import Store

ROOT = Path(__file__).parents[2]
CORPUS = ROOT / "demo" / "corpus"
sys.path.insert(0, str(ROOT / "benchmarks"))


def _manifest(tmp: Path) -> tuple[Path, int]:
    import weasyprint
    from make_report_pdf import build_html

    rows = []
    with (CORPUS / "manifest.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if "scan" in row["path"]:
                continue  # OCR would make the test slow; the scan is covered in tests/ingest
            rows.append({**row, "path": str(CORPUS / row["path"])})
    for i in range(3):  # generated report-like PDFs, one company-year each
        pdf = tmp / f"generated-{i}.pdf"
        weasyprint.HTML(string=build_html(pages=8, seed=100 + i)).write_pdf(pdf)
        rows.append({"path": str(pdf), "company": f"生成示例{i}股份有限公司",
                     "code": f"60990{i}.SH", "industry": "D44", "size": "M", "year": "2023"})
    manifest = tmp / "manifest.csv"
    with manifest.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return manifest, len({(r["code"], r["year"]) for r in rows})


def _batch(manifest: Path, db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", "from cnsr.cli.main import app; app()", "batch", str(manifest),
         "--db", str(db), "--workers", "2"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        env={**os.environ, "COLUMNS": "200"})


def _count(db: Path) -> int:
    """Ratings stored so far, read without migrating: opening a `Store` here would race the
    batch's own schema creation for SQLite's write lock."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM ratings").fetchone()[0])
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0


def test_killed_batch_resumes_to_the_same_ratings(tmp_path: Path) -> None:
    manifest, company_years = _manifest(tmp_path)
    killed_db = tmp_path / "killed.sqlite"
    proc = _batch(manifest, killed_db)
    deadline = time.monotonic() + 300
    while _count(killed_db) < 3:
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(10)
    done_before = _count(killed_db)
    assert 3 <= done_before < company_years

    resumed = _batch(manifest, killed_db)
    out, err = resumed.communicate(timeout=600)
    assert resumed.returncode == 0, err
    assert f"rated {company_years - done_before}, skipped {done_before}" in out

    clean_db = tmp_path / "clean.sqlite"
    clean = _batch(manifest, clean_db)
    out, err = clean.communicate(timeout=600)
    assert clean.returncode == 0, err

    with Store.open(killed_db) as killed, Store.open(clean_db) as uninterrupted:
        resumed_ratings = sorted(killed.ratings(), key=lambda r: r.company.key)
        clean_ratings = sorted(uninterrupted.ratings(), key=lambda r: r.company.key)
    assert len(resumed_ratings) == company_years
    assert len({r.company.key for r in resumed_ratings}) == company_years
    assert resumed_ratings == clean_ratings
    assert {r.stage for r in clean_ratings} >= {0, 1, 2, 3}
