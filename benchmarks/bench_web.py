"""Load benchmark of the review web app: 20 concurrent reviewers on loopback against a store of
5,000 company-years; p50/p95 latency of the company page, the htmx fragments a reviewer then
loads (gap analysis, one indicator's points and evidence) and an override (which re-scores
through build_rating and re-renders the page's main part). Target: company page p95 < 200 ms.

    .venv/bin/python benchmarks/bench_web.py [--reviewers 20] [--rounds 20] [--think 1-3]

The store is generated once (ratings through `build_rating`, with evidence) and kept in
benchmarks/.cache/. The server runs in its own process (uvicorn, one worker) so the load
generator does not share its GIL; reviewers are threads with their own httpx client and
session (httpx asks for gzip, as a browser does). Think time: `--think 1-3` pauses a uniformly
random 1–3 s after every request, as a reviewer reads before the next click; `--think 0`
sends back-to-back (the worst case, far beyond what 20 people generate).

`--flow review` (default), one round per company: the page, its gap analysis (htmx, on
scrolling), one indicator opened (htmx), and every third round an override of a point of
that indicator. `--flow pages`: the page and every third round an override, with no
fragments (the load model of the first measurements in docs/benchmarks.md).
Every run is bounded by --rounds per reviewer and --seconds overall.
"""

from __future__ import annotations

import argparse
import os
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
from cnsr.store.review_workflow import ReviewStore
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


def sign_in(c: httpx.Client, name: str) -> None:
    """Sign `c` in as `name` and keep the CSRF token for its writes."""
    token = re.search(r'name="csrf" value="([^"]+)"', c.get("/login").text)
    assert token
    r = c.post("/login", data={"name": name, "password": PASSWORD, "csrf": token.group(1)})
    assert r.status_code == 303, r.text
    token = re.search(r'name="csrf" value="([^"]+)"', c.get("/studies").text)
    assert token
    c.headers["X-CSRF-Token"] = token.group(1)

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


def think_time(spec: str) -> tuple[float, float]:
    """'0' → no pause, '1.5' → always 1.5 s, '1-3' → uniform between 1 and 3 s."""
    low, _, high = spec.partition("-")
    return float(low), float(high or low)


def reviewer(base: str, name: str, ids: list[int], rounds: int, think: tuple[float, float],
             flow: str, seconds: float, seed: int, out: dict[str, list[float]],
             lock: threading.Lock, start: threading.Barrier) -> None:
    rng = random.Random(seed)
    m = load_methodology()
    indicators = {i.id: [p.id for p in i.points] for i in m.spec.indicators}
    stage1 = [p.id for i in m.spec.indicators_for_stage(1) for p in i.points]
    hx = {"HX-Request": "true"}

    def pause() -> None:
        if think[1] > 0:
            time.sleep(rng.uniform(*think))

    with httpx.Client(base_url=base, follow_redirects=False, timeout=30) as c:
        sign_in(c, name)
        start.wait()  # every reviewer signed in (argon2 is slow on purpose) before timing
        deadline = time.monotonic() + seconds
        if think[1] > 0:  # people do not all click at the same instant
            time.sleep(rng.uniform(0, think[1]))

        def timed(kind: str, method: str, url: str, **kw: object) -> None:
            t = time.perf_counter()
            r = c.request(method, url, **kw)  # type: ignore[arg-type]
            took = time.perf_counter() - t
            assert r.status_code == 200, (url, r.status_code)
            with lock:
                out[kind].append(took)
                out["bytes_" + kind].append(float(len(r.content)))
                out["wire_" + kind].append(float(r.num_bytes_downloaded))

        for n in range(rounds):
            if time.monotonic() > deadline:
                break
            cid = rng.choice(ids)
            timed("page", "GET", f"/company/{cid}")
            if flow == "pages":
                if n % 3 == 2:
                    timed("override", "POST", f"/company/{cid}/override", headers=hx,
                          data={"target": f"point:{rng.choice(stage1)}",
                                "value": rng.choice(("0", "0.5", "1")), "reason": "bench"})
                pause()
                continue
            pause()
            timed("gaps", "GET", f"/company/{cid}/gaps", headers=hx)
            ind = rng.choice(list(indicators))
            timed("indicator", "GET", f"/company/{cid}/indicators/{ind}", headers=hx)
            pause()
            if n % 3 == 2:
                timed("override", "POST", f"/company/{cid}/override", headers=hx,
                      data={"target": f"point:{rng.choice(indicators[ind])}", "open": ind,
                            "value": rng.choice(("0", "0.5", "1")), "reason": "bench"})
                pause()


def machine_busy() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine so far (Linux /proc/stat)."""
    try:
        ticks = [int(x) for x in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    except (OSError, ValueError):
        return 0.0, 0.0
    idle = ticks[3] + ticks[4]
    hz = os.sysconf("SC_CLK_TCK")
    return (sum(ticks) - idle) / hz, sum(ticks) / hz


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc), 0 where unavailable."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--company-years", type=int, default=5000)
    ap.add_argument("--reviewers", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=20, help="companies per reviewer")
    ap.add_argument("--think", default="1-3",
                    help="seconds between requests: 0, a number, or a range like 1-3")
    ap.add_argument("--flow", choices=("review", "pages"), default="review")
    ap.add_argument("--seconds", type=float, default=180.0, help="overall time cap")
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
        kinds = ("page", "gaps", "indicator", "override")
        out: dict[str, list[float]] = {f"{prefix}{k}": [] for k in kinds
                                       for prefix in ("", "bytes_", "wire_")}
        lock = threading.Lock()
        think = think_time(args.think)
        start = threading.Barrier(args.reviewers + 1)
        threads = [threading.Thread(target=reviewer,
                                    args=(base, f"rev{k:02d}", ids, args.rounds, think, args.flow,
                                          args.seconds, k, out, lock, start))
                   for k in range(args.reviewers)]
        for t in threads:
            t.start()
        start.wait(timeout=120)
        mine0 = cpu_seconds(server.pid) + cpu_seconds(os.getpid())
        machine0, cpu0, t0 = machine_busy(), cpu_seconds(server.pid), time.perf_counter()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
        busy = (cpu_seconds(server.pid) - cpu0) / wall
        machine1 = machine_busy()
        mine = cpu_seconds(server.pid) + cpu_seconds(os.getpid()) - mine0
        others = max(0.0, machine1[0] - machine0[0] - mine) / wall
    finally:
        server.terminate()
        server.wait(timeout=10)
    total = sum(len(out[k]) for k in kinds)
    pause = "none" if think[1] == 0 else (f"{think[0]:g} s" if think[0] == think[1]
                                          else f"uniform {think[0]:g}–{think[1]:g} s")
    print(f"\n{args.company_years} company-years, {args.reviewers} concurrent reviewers, "
          f"flow {args.flow}, think {pause} after each request; {total} requests in "
          f"{wall:.0f} s ({total / wall:.1f} req/s); one uvicorn worker, server CPU "
          f"{busy * 100:.0f}% of one core; {os.cpu_count()} CPUs, other processes used "
          f"{others * 100:.0f}% of one core meanwhile\n")
    print("| request | n | p50 ms | p95 ms | max ms | KB (sent) |")
    print("|---|---:|---:|---:|---:|---:|")
    labels = {"page": "company page", "gaps": "gap analysis (htmx)",
              "indicator": "one indicator's points + evidence (htmx)",
              "override": "override (re-score + main part)"}
    for name in kinds:
        xs = sorted(out[name])
        if not xs:
            continue
        p95 = xs[min(len(xs) - 1, int(0.95 * len(xs)))]
        size = statistics.median(out[f"bytes_{name}"]) / 1024
        sent = statistics.median(out[f"wire_{name}"]) / 1024
        print(f"| {labels[name]} | {len(xs)} | {statistics.median(xs) * 1000:.0f} | "
              f"{p95 * 1000:.0f} | {xs[-1] * 1000:.0f} | {size:.0f} ({sent:.0f}) |")


if __name__ == "__main__":
    main()
