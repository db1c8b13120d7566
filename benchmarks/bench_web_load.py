"""Mixed-load benchmark of the review web app (#13): 20 reviewers, each with its own session,
thinking 1–3 s between clicks, against a real `cnsr serve` process over a store of 5,000
company-years. A reviewer's round: a company page; every other round the year's ranking page;
every third round an override of a point; every tenth a sign-off (which republishes that
company-year, so the ranking is rebuilt). Reports p50 / p95 / p99 / max and errors per
request kind, the ranking page's cold time (first request after start), and the server's
peak memory and CPU time (the steadier figure when other processes share the machine).
Targets: company page p95 < 200 ms, ranking page p95 < 1 s and cold < 2 s, override
p95 < 300 ms, no errors.

    .venv/bin/python benchmarks/bench_web_load.py [--reviewers 20] [--seconds 120] [--think 1-3]

The store is generated once by benchmarks/bench_web.py (kept in benchmarks/.cache/) and copied
before every run, so each run starts from the same data. Errors are any status but 200/303,
and client timeouts (60 s).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_web import CACHE, PASSWORD, YEARS, free_port, make_store, sign_in, think_time  # noqa: E402

from cnsr.methodology.load import load_methodology  # noqa: E402

KINDS = ("company", "ranking", "override", "signoff")
LABELS = {"company": "company page", "ranking": f"ranking page /studies/{YEARS[-1]}",
          "override": "override (htmx)", "signoff": "sign-off"}


class Results:
    def __init__(self) -> None:
        self.times: dict[str, list[float]] = {k: [] for k in KINDS}
        self.errors: dict[str, list[str]] = {k: [] for k in KINDS}
        self.lock = threading.Lock()

    def add(self, kind: str, took: float, error: str | None) -> None:
        with self.lock:
            (self.errors[kind].append(error) if error else self.times[kind].append(took))


def reviewer(base: str, name: str, ids: list[int], seconds: float, think: tuple[float, float],
             seed: int, results: Results, start: threading.Barrier) -> None:
    rng = random.Random(seed)
    signer = seed % 2 == 1  # odd users hold the reviewer role (`_roles`)
    m = load_methodology()
    points = [p.id for i in m.spec.indicators_for_stage(1) for p in i.points]
    with httpx.Client(base_url=base, timeout=60) as c:
        sign_in(c, name)
        start.wait()
        deadline = time.monotonic() + seconds
        time.sleep(rng.uniform(0, think[1]))

        def timed(kind: str, method: str, url: str, **kw: object) -> None:
            t = time.perf_counter()
            try:
                r = c.request(method, url, **kw)  # type: ignore[arg-type]
                error = None if r.status_code in (200, 303) else f"HTTP {r.status_code}"
            except httpx.HTTPError as err:
                error = type(err).__name__
            results.add(kind, time.perf_counter() - t, error)
            if think[1] > 0:
                time.sleep(rng.uniform(*think))

        n = 0
        while time.monotonic() < deadline:
            cid = rng.choice(ids)
            timed("company", "GET", f"/company/{cid}")
            if n % 2 == 1:
                timed("ranking", "GET", f"/studies/{YEARS[-1]}")
            # four eyes: analysts change ratings, reviewers sign off (the same totals as one
            # override every third round and a sign-off every tenth for all 20)
            if not signer and n % 3 != 0:
                timed("override", "POST", f"/company/{cid}/override",
                      headers={"HX-Request": "true"},
                      data={"target": f"point:{rng.choice(points)}",
                            "value": rng.choice(("0", "0.5", "1")), "reason": "bench"})
            if signer and n % 5 == 4:
                timed("signoff", "POST", f"/company/{cid}/signoff", data={"note": "bench"})
            n += 1


def _roles(db: Path, users: int) -> None:
    """Odd-numbered users are reviewers (sign-off needs that role and another author)."""
    from cnsr.store.repository import Store
    from cnsr.store.review_workflow import ReviewStore

    store = Store.open(db)
    review = ReviewStore(store)
    for k in range(1, users, 2):
        review.update_user(f"rev{k:02d}", "bench", role="reviewer")
    store.close()


def tree_rss(pid: int) -> int:
    try:
        proc = psutil.Process(pid)
        return sum(p.memory_info().rss for p in [proc, *proc.children(recursive=True)])
    except psutil.Error:
        return 0


def server_cpu(pid: int) -> float:
    """CPU seconds (user + system) the server process has used: unlike latency, barely moved
    by other processes sharing the machine, so runs on a busy machine compare by it."""
    try:
        times = psutil.Process(pid).cpu_times()
        return times.user + times.system
    except psutil.Error:
        return 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--company-years", type=int, default=5000)
    ap.add_argument("--reviewers", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=120.0)
    ap.add_argument("--think", default="1-3")
    ap.add_argument("--server-src", type=Path, help="run the server from this source tree "
                    "(e.g. an older commit's src/, for a baseline on the same machine)")
    args = ap.parse_args()
    cached = CACHE / f"web-{args.company_years}-{args.reviewers}.sqlite"
    if not cached.exists():
        make_store(cached, args.company_years, args.reviewers)
    work = Path(tempfile.mkdtemp(prefix="cnsr-load-"))
    db = work / "web.sqlite"
    shutil.copyfile(cached, db)
    _roles(db, args.reviewers)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "CNSR_SECRET_KEY": "bench-load-secret"}
    if args.server_src:
        env["PYTHONPATH"] = str(args.server_src.resolve())
    cli = "import sys; from cnsr.cli.main import app; sys.argv[0] = 'cnsr'; app()"
    server = subprocess.Popen([sys.executable, "-c", cli, "serve", "--db", str(db),
                               "--port", str(port), "--uploads", str(work / "uploads")],
                              env=env, stdout=subprocess.DEVNULL)
    peak, sampling = [0], threading.Event()

    def sample() -> None:
        while not sampling.wait(0.5):
            peak[0] = max(peak[0], tree_rss(server.pid))

    try:
        for _ in range(600):
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        threading.Thread(target=sample, daemon=True).start()
        from sqlalchemy import create_engine, text

        engine = create_engine(f"sqlite:///{db}")
        with engine.connect() as conn:
            ids = [i for (i,) in conn.execute(
                text("select id from company_years where year = :y"), {"y": YEARS[-1]})]
        engine.dispose()
        with httpx.Client(base_url=base, timeout=60) as c:  # the cold ranking page
            token = re.search(r'name="csrf" value="([^"]+)"', c.get("/login").text)
            assert token
            c.post("/login", data={"name": "rev00", "password": PASSWORD,
                                   "csrf": token.group(1)})
            t = time.perf_counter()
            try:
                r = c.get(f"/studies/{YEARS[-1]}")
                cold_text = (f"{(time.perf_counter() - t) * 1000:.0f} ms "
                             f"({len(r.content) / 1024:.0f} KB, HTTP {r.status_code})")
            except httpx.HTTPError as err:
                cold_text = f"failed after {time.perf_counter() - t:.0f} s ({type(err).__name__})"
        results = Results()
        think = think_time(args.think)
        start = threading.Barrier(args.reviewers + 1)
        threads = [threading.Thread(target=reviewer, args=(base, f"rev{k:02d}", ids,
                                                           args.seconds, think, k, results,
                                                           start))
                   for k in range(args.reviewers)]
        for th in threads:
            th.start()
        start.wait(timeout=300)
        t0, cpu0 = time.perf_counter(), server_cpu(server.pid)
        for th in threads:
            th.join()
        wall = time.perf_counter() - t0
        cpu = server_cpu(server.pid) - cpu0
        load = os.getloadavg()
    finally:
        sampling.set()
        t = time.perf_counter()
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        stop = time.perf_counter() - t
        shutil.rmtree(work, ignore_errors=True)
    total = sum(len(results.times[k]) + len(results.errors[k]) for k in KINDS)
    print(f"\nserver source: {args.server_src or 'this tree'}")
    print(f"{args.company_years} company-years, {args.reviewers} reviewers, think "
          f"{args.think} s; {total} requests in {wall:.0f} s ({total / wall:.1f} req/s); "
          f"`cnsr serve` (one uvicorn worker); {os.cpu_count()} CPUs, load average "
          f"{load[0]:.1f} at the end (shared machine); server peak RSS "
          f"{peak[0] / 2**20:.0f} MB; SIGTERM to exit {stop:.1f} s; server CPU {cpu:.1f} s "
          f"({cpu / wall * 100:.0f}% of one core, {cpu / max(total, 1) * 1000:.0f} ms a "
          "request)\n")
    print(f"cold ranking page: {cold_text}\n")
    print("| request | n | errors | p50 ms | p95 ms | p99 ms | max ms |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for kind in KINDS:
        xs = sorted(results.times[kind])
        errs = results.errors[kind]
        if not xs and not errs:
            continue

        def q(p: float, xs: list[float] = xs) -> str:
            return f"{xs[min(len(xs) - 1, int(p * len(xs)))] * 1000:.0f}" if xs else "—"

        med = f"{statistics.median(xs) * 1000:.0f}" if xs else "—"
        print(f"| {LABELS[kind]} | {len(xs) + len(errs)} | {len(errs)} | {med} | {q(0.95)} | "
              f"{q(0.99)} | {q(1.0)} |")
    for kind in KINDS:
        if results.errors[kind]:
            print(f"errors in {kind}: {sorted(set(results.errors[kind]))}")


if __name__ == "__main__":
    main()
