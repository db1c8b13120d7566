"""Batch throughput: documents per minute with 1 and 2 workers, against bare pypdfium2.

    .venv/bin/python benchmarks/bench_batch.py [--docs 200] [--workers 1,2] [--rater reader]

Builds `--docs` report-sized PDFs (150-200 pages each, different pages and numbers per doc)
from a few WeasyPrint-rendered base reports (make_report_pdf.py) by recombining their pages with
pdfium, cached under benchmarks/.cache/batch/. Then, in the same run: bare pypdfium2 text
extraction of every PDF in one process (the baseline), and `run_batch` into a fresh SQLite store
with each worker count (worker start-up, hashing and store writes included), then a resumed
run that finds everything done. Prints a markdown table.

`--rater reader` (default) is the product pipeline (ingest + evidence + assess + scoring);
`--rater extract` rates from bare extraction only, to see the runner's own overhead.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium

sys.path.insert(0, str(Path(__file__).parent))
from make_report_pdf import CACHE, VERSION, build_html  # noqa: E402

from cnsr.batch.executors import RateFn, make_executor  # noqa: E402
from cnsr.batch.manifest import read_manifest, write_manifest  # noqa: E402
from cnsr.batch.runner import Summary, default_rater, run_batch  # noqa: E402
from cnsr.methodology import load_methodology  # noqa: E402
from cnsr.rating import Assessment, Company, Provenance, Rating, build_rating  # noqa: E402
from cnsr.store import Store  # noqa: E402

BASES = 3
BASE_PAGES = 220


def base_pdf(seed: int) -> Path:
    path = CACHE / "batch" / f"base-{seed}-{BASE_PAGES}p-v{VERSION}.pdf"
    if not path.exists():
        import weasyprint

        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        weasyprint.HTML(string=build_html(BASE_PAGES, seed=seed)).write_pdf(tmp)
        tmp.replace(path)
    return path


def corpus(docs: int, low: int, high: int) -> list[Path]:
    """`docs` PDFs of `low`-`high` pages: a title page, then runs of pages from the bases."""
    out = CACHE / "batch" / f"docs-{low}-{high}-v{VERSION}"
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / f"doc-{i:04d}.pdf" for i in range(docs)]
    missing = [i for i, p in enumerate(paths) if not p.exists()]
    if missing:
        bases = [pdfium.PdfDocument(base_pdf(seed)) for seed in range(1, BASES + 1)]
        for i in missing:
            rng = random.Random(i)
            doc = pdfium.PdfDocument.new()
            doc.import_pages(bases[i % BASES], [0])
            target = rng.randint(low, high)
            while len(doc) < target:
                start = rng.randint(1, BASE_PAGES - 30)
                run = min(rng.randint(10, 30), target - len(doc))
                doc.import_pages(bases[rng.randrange(BASES)], list(range(start, start + run)))
            tmp = paths[i].with_suffix(".tmp")
            doc.save(tmp)
            doc.close()
            tmp.replace(paths[i])
        for base in bases:
            base.close()
    return paths


def bare_text(path: Path) -> tuple[int, int]:
    pdf = pdfium.PdfDocument(path)
    chars = 0
    for index in range(len(pdf)):
        page = pdf[index]
        textpage = page.get_textpage()
        chars += len(textpage.get_text_range())
        textpage.close()
        page.close()
    pages = len(pdf)
    pdf.close()
    return pages, chars


def extract_rate(paths: list[Path], company: Company) -> Rating:
    """Rater for `--rater extract`: bare extraction, then an empty assessment."""
    m = load_methodology()
    for path in paths:
        bare_text(path)
    return build_rating(m, company, Assessment(criteria={}, points={}),
                        Provenance(methodology=m.label, produced_by="reader"))


def batch(paths: list[Path], workers: int, rate: RateFn, work: Path, engine: str = "local"
          ) -> tuple[float, Summary, float, list[Rating]]:
    rows = [{"path": str(p), "company": f"公司{i}", "code": f"{600000 + i:06d}.SH",
             "industry": "D44", "size": "L", "year": 2023} for i, p in enumerate(paths)]
    manifest_path = work / f"manifest-{engine}-{workers}.csv"
    write_manifest(manifest_path, rows)
    manifest = read_manifest(manifest_path)
    label = load_methodology().label
    db = work / f"store-{engine}-{workers}.sqlite"
    start = time.perf_counter()
    executor = make_executor(engine, workers)
    try:
        with Store.open(db) as store:
            summary = run_batch(manifest, store, executor, rate=rate, methodology=label)
    finally:
        executor.close()
    seconds = time.perf_counter() - start
    resume_start = time.perf_counter()
    executor = make_executor(engine, workers)
    try:
        with Store.open(db) as store:
            again = run_batch(manifest, store, executor, rate=rate, methodology=label)
            ratings = store.ratings()
    finally:
        executor.close()
    assert again.rated == 0 and again.skipped == summary.rated, again
    return seconds, summary, time.perf_counter() - resume_start, ratings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--min-pages", type=int, default=150)
    parser.add_argument("--max-pages", type=int, default=200)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--rater", choices=("reader", "extract"), default="reader")
    parser.add_argument("--dask", action="store_true",
                        help="also run on a Dask LocalCluster with the largest worker count")
    args = parser.parse_args()
    paths = corpus(args.docs, args.min_pages, args.max_pages)
    rate: RateFn = default_rater() if args.rater == "reader" else extract_rate

    start = time.perf_counter()
    pages = sum(bare_text(p)[0] for p in paths)
    bare = time.perf_counter() - start
    mb = sum(p.stat().st_size for p in paths) / 1e6
    print(f"{len(paths)} PDFs, {pages} pages ({pages / len(paths):.0f} per doc), {mb:.0f} MB; "
          f"rater: {args.rater}; 0% image-only pages (no OCR)\n")
    print("| run | seconds | docs/min | pages/s | × bare time | speed-up |")
    print("|---|---:|---:|---:|---:|---:|")
    print(f"| bare pypdfium2 text, 1 process | {bare:.1f} | {len(paths) / bare * 60:.1f} "
          f"| {pages / bare:.0f} | 1.00 | |")
    first: float | None = None
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        counts = [int(w) for w in args.workers.split(",")]
        runs = [("local", w) for w in counts] + ([("dask", max(counts))] if args.dask else [])
        for engine, workers in runs:
            seconds, summary, resume, ratings = batch(paths, workers, rate, Path(tmp), engine)
            assert summary.failed == 0, summary.failures[:3]
            results.append(ratings)
            first = first or seconds
            name = "cnsr batch" if engine == "local" else "cnsr batch --engine dask"
            print(f"| {name}, {workers} worker(s) | {seconds:.1f} "
                  f"| {len(paths) / seconds * 60:.1f} | {pages / seconds:.0f} "
                  f"| {seconds / bare:.2f} | {first / seconds:.2f}× |")
            print(f"| resume, all {summary.rated} done ({engine}, {workers}) | {resume:.1f} "
                  f"| | | {resume / bare:.2f} | |")
    same = all(r == results[0] for r in results)
    print(f"\nratings identical across worker counts: {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
