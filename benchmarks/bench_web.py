"""Load benchmark of the review web app: 20 concurrent reviewers on loopback against a store of
5,000 company-years; p50/p95 latency of the company page and of an override (which re-scores
through build_rating and re-renders the page fragment). Target: company page p95 < 200 ms.

    .venv/bin/python benchmarks/bench_web.py [--reviewers 20] [--rounds 30] [--think 0.0]

The store is generated once (ratings through `build_rating`, with evidence) and kept in
benchmarks/.cache/. The server runs in its own process (uvicorn, one worker) so the load
generator does not share its GIL; reviewers are threads with their own httpx client and
session. `--think` adds a pause between a reviewer's requests (0 = back-to-back, the worst
case); every run is bounded by --rounds per reviewer and --seconds overall.
"""

from __future__ import annotations

import argparse
import random
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from cnsr.methodology.load import LoadedMethodology, load_methodology
from cnsr.rating import (
    Assessment,
    Company,
    Criterion,
    DimensionRating,
    Evidence,
    PointRating,
    Provenance,
    Rating,
    build_rating,
)
from cnsr.store.repository import Store
from cnsr.store.review import ReviewStore
from cnsr.web.security import hash_password

CACHE = Path(__file__).resolve().parent / ".cache"
YEARS = (2019, 2020, 2021, 2022, 2023)
INDUSTRIES = ("D44", "C26", "C30", "B06", "C31")
CRITERIA = ("environmental_awareness", "carbon_awareness", "quantified_emissions")
PASSWORD = "bench-pass-123"


def rating(m: LoadedMethodology, rng: random.Random, i: int, year: int) -> Rating:
    stage = rng.choice((1, 2, 3, 3))
    points = {}
    for ind in m.spec.indicators_for_stage(stage):
        for p in ind.points:
            value = rng.choice((0.0, 0.5, 1.0, 1.0))
            ev = [Evidence(file=f"/reports/{i}-{year}.pdf", page=rng.randint(2, 120),
                           passage=f"{p.zh}：{rng.randint(10, 999)}万吨，同比下降{rng.randint(1, 9)}%。",
                           matched=[p.zh[:4]])] if value else []
            points[p.id] = PointRating(point=p.id, rating=value, evidence=ev)
    dims = {ind.id: {d: DimensionRating(band=rng.choice(("B1", "B2", "B3", "B4")))
                     for d in ("trend", "comparison", "integration")}
            for ind in m.spec.indicators_for_stage(stage)}
    a = Assessment(criteria={c: Criterion(met=True) for c in CRITERIA[:stage]}, points=points,
                   dimensions=dims)
    company = Company(name=f"企业{i:04d}", code=f"{600000 + i:06d}.SH",
                      industry=INDUSTRIES[i % len(INDUSTRIES)],
                      size="large" if i % 3 else "small", year=year)
    return build_rating(m, company, a, Provenance(methodology=m.label, produced_by="reader"))


def make_store(path: Path, company_years: int, reviewers: int) -> None:
    m = load_methodology()
    rng = random.Random(8)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    store = Store.open(tmp)
    companies = company_years // len(YEARS)
    t0 = time.perf_counter()
    for i in range(companies):
        for year in YEARS:
            store.save_rating(rating(m, rng, i, year), documents=[])
    review = ReviewStore(store)
    hashed = hash_password(PASSWORD)
    for k in range(reviewers):
        review.add_user(f"rev{k:02d}", hashed, "analyst", by="bench")
    store.close()
    tmp.rename(path)
    print(f"generated {companies * len(YEARS)} company-years in {time.perf_counter() - t0:.1f} s",
          file=sys.stderr)


def serve(db: str, port: int) -> None:
    import uvicorn

    from cnsr.web.app import create_app

    app = create_app(Store.open(db), upload_dir=CACHE / "uploads", job_workers="thread")
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def reviewer(base: str, name: str, ids: list[int], rounds: int, think: float, deadline: float,
             seed: int, out: dict[str, list[float]], lock: threading.Lock) -> None:
    rng = random.Random(seed)
    m = load_methodology()
    points = [p.id for i in m.spec.indicators_for_stage(1) for p in i.points]
    with httpx.Client(base_url=base, follow_redirects=False, timeout=30) as c:
        token = re.search(r'name="csrf" value="([^"]+)"', c.get("/login").text)
        assert token
        r = c.post("/login", data={"name": name, "password": PASSWORD, "csrf": token.group(1)})
        assert r.status_code == 303, r.text
        token = re.search(r'name="csrf" value="([^"]+)"', c.get("/studies").text)
        assert token
        c.headers["X-CSRF-Token"] = token.group(1)
        for n in range(rounds):
            if time.monotonic() > deadline:
                break
            cid = rng.choice(ids)
            t = time.perf_counter()
            r = c.get(f"/company/{cid}")
            page = time.perf_counter() - t
            assert r.status_code == 200, r.status_code
            timing = {"page": page}
            if n % 3 == 2:
                t = time.perf_counter()
                r = c.post(f"/company/{cid}/override", headers={"HX-Request": "true"},
                           data={"target": f"point:{rng.choice(points)}",
                                 "value": rng.choice(("0", "0.5", "1")), "reason": "bench"})
                timing["override"] = time.perf_counter() - t
                assert r.status_code == 200, r.status_code
            with lock:
                for k, v in timing.items():
                    out[k].append(v)
            if think:
                time.sleep(think)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--company-years", type=int, default=5000)
    ap.add_argument("--reviewers", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=30, help="company pages per reviewer")
    ap.add_argument("--think", type=float, default=0.0, help="seconds between requests")
    ap.add_argument("--seconds", type=float, default=120.0, help="overall time cap")
    ap.add_argument("--serve", nargs=2, metavar=("DB", "PORT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        serve(args.serve[0], int(args.serve[1]))
        return
    db = CACHE / f"web-{args.company_years}-{args.reviewers}.sqlite"
    if not db.exists():
        make_store(db, args.company_years, args.reviewers)
    port = free_port()
    server = subprocess.Popen([sys.executable, __file__, "--serve", str(db), str(port)])
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        store = Store.open(db)
        with store.engine.connect() as conn:
            from sqlalchemy import select

            from cnsr.store.schema import CompanyYear

            ids = list(conn.execute(select(CompanyYear.id).where(CompanyYear.year == YEARS[-1]))
                       .scalars())
        store.close()
        out: dict[str, list[float]] = {"page": [], "override": []}
        lock = threading.Lock()
        deadline = time.monotonic() + args.seconds
        threads = [threading.Thread(target=reviewer, args=(base, f"rev{k:02d}", ids, args.rounds,
                                                           args.think, deadline, k, out, lock))
                   for k in range(args.reviewers)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
    finally:
        server.terminate()
        server.wait(timeout=10)
    total = len(out["page"]) + len(out["override"])
    print(f"\n{args.company_years} company-years, {args.reviewers} concurrent reviewers, "
          f"think {args.think:g} s, {total} requests in {wall:.1f} s "
          f"({total / wall:.0f} req/s), one uvicorn worker\n")
    print("| request | n | p50 ms | p95 ms | max ms |")
    print("|---|---:|---:|---:|---:|")
    for name, label in (("page", "company page"), ("override", "override (re-score + fragment)")):
        xs = sorted(out[name])
        if not xs:
            continue
        p95 = xs[min(len(xs) - 1, int(0.95 * len(xs)))]
        print(f"| {label} | {len(xs)} | {statistics.median(xs) * 1000:.0f} | "
              f"{p95 * 1000:.0f} | {xs[-1] * 1000:.0f} |")


if __name__ == "__main__":
    main()
