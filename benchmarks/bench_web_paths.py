"""Single-request cost of the review app's hot paths (#13), in process and without
concurrency, so a profile shows where a request's CPU goes: the company page, the year's ranking
page (warm), an override (htmx, re-rendering the page's main part), a sign-off, and the study
rebuild a sign-off triggers. The load benchmark (bench_web_load.py) says how these add up under 20 reviewers;
this one says why.

    .venv/bin/python benchmarks/bench_web_paths.py [--requests 60] [--profile override]
    PYTHONPATH=/other/tree/src .venv/bin/python benchmarks/bench_web_paths.py   # a baseline

The store is the load benchmark's (benchmarks/.cache/web-5000-20.sqlite, made by
bench_web.py), copied first. `--profile KIND` prints the cProfile top 25 (cumulative) of
that kind's requests. Timings are per request (p50 / p95 ms); run the baseline and this tree
one after the other on the same machine and compare ratios; the process CPU time per request
(client and server share the process) is the steadier figure on a shared machine.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_web import CACHE, PASSWORD, YEARS, make_store  # noqa: E402

import cnsr  # noqa: E402
from cnsr.methodology.load import load_methodology  # noqa: E402
from cnsr.store.repository import Store  # noqa: E402
from cnsr.web.app import create_app  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

TOKEN = re.compile(r'name="csrf" value="([^"]+)"')


def client(app: object, name: str) -> TestClient:
    c = TestClient(app, base_url="http://127.0.0.1", follow_redirects=False)
    token = TOKEN.search(c.get("/login").text)
    assert token
    r = c.post("/login", data={"name": name, "password": PASSWORD, "csrf": token.group(1)})
    assert r.status_code == 303, r.text
    token = TOKEN.search(c.get("/studies").text)
    assert token
    c.headers["X-CSRF-Token"] = token.group(1)
    return c


_PROFILE: list[cProfile.Profile] = []


def _profile_handlers() -> None:
    """Profile the request handlers where they run (FastAPI's thread pool), not the client."""
    import fastapi.routing as routing

    original = routing.run_in_threadpool

    async def run(func: Callable[..., object], *args: object, **kw: object) -> object:
        def profiled(*args: object, **kw: object) -> object:
            if not _PROFILE:
                return func(*args, **kw)
            _PROFILE[0].enable()
            try:
                return func(*args, **kw)
            finally:
                _PROFILE[0].disable()
        return await original(profiled, *args, **kw)

    routing.run_in_threadpool = run  # type: ignore[assignment]


CPU: dict[str, list[float]] = {}
"""Process CPU time per request by kind: on a shared machine far steadier than wall time."""


def timed(kind: str, n: int, call: Callable[[int], None], profile: str | None) -> list[float]:
    prof = cProfile.Profile() if profile == kind else None
    out = []
    for i in range(n):
        t, c = time.perf_counter(), time.process_time()
        if prof:
            _PROFILE[:] = [prof]
            if kind == "study":
                prof.enable()
        call(i)
        if prof:
            if kind == "study":
                prof.disable()
            _PROFILE.clear()
        out.append(time.perf_counter() - t)
        CPU.setdefault(kind, []).append(time.process_time() - c)
    if prof:
        s = io.StringIO()
        pstats.Stats(prof, stream=s).sort_stats("cumulative").print_stats(25)
        print(s.getvalue())
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=60)
    ap.add_argument("--profile", choices=("company", "ranking", "override", "signoff",
                                          "study"))
    args = ap.parse_args()
    if args.profile:
        _profile_handlers()
    cached = CACHE / "web-5000-20.sqlite"
    if not cached.exists():
        make_store(cached, 5000, 20)
    work = Path(tempfile.mkdtemp(prefix="cnsr-paths-"))
    db = work / "web.sqlite"
    shutil.copyfile(cached, db)
    store = Store.open(db)
    from cnsr.store.review_workflow import ReviewStore

    ReviewStore(store).update_user("rev01", "bench", role="reviewer")
    app = create_app(store, load_methodology(), secret_key="bench", upload_dir=work / "up",
                     job_workers="thread")
    from sqlalchemy import text

    with store.engine.connect() as conn:
        ids = [i for (i,) in conn.execute(text("select id from company_years where year = :y"),
                                          {"y": YEARS[-1]})]
    m = load_methodology()
    points = [p.id for i in m.spec.indicators_for_stage(1) for p in i.points]
    rng = random.Random(5)
    analyst, reviewer = client(app, "rev00"), client(app, "rev01")
    year = YEARS[-1]
    t = time.perf_counter()
    assert analyst.get(f"/studies/{year}").status_code == 200
    cold = time.perf_counter() - t
    n = args.requests
    picked = [rng.choice(ids) for _ in range(n)]

    def company(i: int) -> None:
        assert analyst.get(f"/company/{picked[i]}").status_code == 200

    def ranking(i: int) -> None:  # warm: the study is built
        assert analyst.get(f"/studies/{year}").status_code == 200

    def override(i: int) -> None:
        r = analyst.post(f"/company/{picked[i]}/override", headers={"HX-Request": "true"},
                         data={"target": f"point:{rng.choice(points)}",
                               "value": rng.choice(("0", "0.5", "1")), "reason": "bench"})
        assert r.status_code == 200, r.status_code

    def signoff(i: int) -> None:
        r = reviewer.post(f"/company/{picked[i]}/signoff", data={"note": "bench"})
        assert r.status_code == 303, r.status_code

    def study(i: int) -> None:  # the page after a sign-off: waits for the fresh study
        from cnsr.web.study_data import study_data

        study_data(app.state.web, year, fresh=True)

    results = {"company": timed("company", n, company, args.profile),
               "ranking": timed("ranking", n, ranking, args.profile),
               "override": timed("override", n, override, args.profile)}
    # each sign-off followed by the rebuild it causes (timed apart)
    sign, rebuild = [], []
    for i in range(min(n, 20)):
        sign += timed("signoff", 1, lambda _i, i=i: signoff(i), args.profile)
        rebuild += timed("study", 1, study, args.profile)
    results["signoff"], results["study"] = sign, rebuild
    store.close()
    shutil.rmtree(work, ignore_errors=True)
    print(f"cnsr from {Path(cnsr.__file__).parent}; cold ranking page {cold * 1000:.0f} ms")
    print("| request | n | p50 ms | p95 ms | CPU ms p50 | CPU ms mean |")
    print("|---|---:|---:|---:|---:|---:|")
    for kind, xs in results.items():
        xs = sorted(xs)
        cpu = CPU[kind]
        print(f"| {kind} | {len(xs)} | {statistics.median(xs) * 1000:.1f} | "
              f"{xs[min(len(xs) - 1, int(0.95 * len(xs)))] * 1000:.1f} | "
              f"{statistics.median(cpu) * 1000:.1f} | {statistics.mean(cpu) * 1000:.1f} |")


if __name__ == "__main__":
    main()
