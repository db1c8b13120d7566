"""Where the parent of a whole `cnsr rate` process spends its time, phase by phase.

    PYTHONPATH=/tmp/wheel/lib .venv/bin/python benchmarks/rate_timeline.py [--mix dense]
        [--repeat 5] [--against DIR ...]

`bench_process.py` times whole processes; this one says which part of the parent's critical
path moved. Each run is a fresh `cnsr rate REPORT.pdf` process started as the console script
starts it (`cnsr.cli.launch:run`), with marks taken in the parent at:

- `fork`: `prefetch.start` has returned: the page workers are forked (everything before the
  fork is one core's work with the other idle) and the ingest reader is imported;
- `reader`: the reader is loaded (`prepare_reader` done, the first page is awaited);
- `read`: the last page is read and analysed (`EarlyAnalysis.finish` included);
- `rated`: the assessment is done (the one-core tail: navigation, emissions beside the
  forked relevance child, ranking, points, stage);
- `exit`: the table is printed.

For each mark: wall and CPU milliseconds since the process started, minor page faults and
system CPU (a fork makes every page the parent writes afterwards fault once: copy on write).
Then the CPU and faults of the children (page workers, forked analysis and relevance
children, each reaped by its parent), and `whole tree`: the CPU of the whole process tree as
this process counts it once the command is done, orphans reaped here included (`tree_cpu.py`:
the segmenter process of session 29 is killed, not reaped, as the command ends). Trees named by `--against` (PYTHONPATH of each, e.g. an older wheel) are
alternated with this process's own PYTHONPATH, one fresh data cache folder per tree, filled
by a warm-up round. Each mark is reported as the median over the rounds: wall times on a
shared machine are noisy, CPU times and faults less so.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_report_pdf import report_pdf  # noqa: E402
from tree_cpu import become_subreaper, reap_orphans  # noqa: E402

MARKS = ("fork", "reader", "read", "rated", "exit")

# Run in the child: marks around the steps of `cli/rate.py`, printed on stderr at exit as
# "mark name wall_ms cpu_ms minflt sys_ms" lines, then one "children cpu_ms minflt" line.
PROBE = r'''
import resource, sys, time
T0 = time.perf_counter()
sys.argv = ["cnsr", *sys.argv[1:]]
rows = []
def mark(name):
    use = resource.getrusage(resource.RUSAGE_SELF)
    rows.append(f"mark {name} {(time.perf_counter() - T0) * 1000:.1f} "
                f"{(use.ru_utime + use.ru_stime) * 1000:.1f} {use.ru_minflt} "
                f"{use.ru_stime * 1000:.1f}")
from cnsr.cli import launch, prefetch
start = prefetch.start
def started(args):
    start(args)
    mark("fork")
    from cnsr.cli import rate
    read_all, emit = rate._read_all, rate._emit
    def reading(*a, **k):
        mark("reader")
        try:
            return read_all(*a, **k)
        finally:
            mark("read")
    def emitting(*a, **k):
        mark("rated")
        return emit(*a, **k)
    rate._read_all, rate._emit = reading, emitting
prefetch.start = started
exit_now = launch.exit_now
def ending(code):
    mark("exit")
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    rows.append(f"children {(kids.ru_utime + kids.ru_stime) * 1000:.1f} {kids.ru_minflt}")
    sys.stderr.write("\n".join(rows) + "\n")
    sys.stderr.flush()
    exit_now(code)
launch.exit_now = ending
launch.run()
'''


def one_run(pdf: Path, env: dict[str, str], cwd: Path) -> dict[str, tuple[float, ...]]:
    """The marks of one `cnsr rate` process: name -> (wall, cpu, minflt, sys)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([sys.executable, "-c", PROBE, "rate", str(pdf)], cwd=cwd, env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                          check=False)
    reap_orphans()  # a descendant the command left to be reaped counts too (tree_cpu.py)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"cnsr rate failed: {done.stderr[-500:]}")
    out: dict[str, tuple[float, ...]] = {}
    for line in done.stderr.splitlines():
        parts = line.split()
        if parts[:1] == ["mark"]:
            out[parts[1]] = tuple(float(x) for x in parts[2:])
        elif parts[:1] == ["children"]:
            out["children"] = tuple(float(x) for x in parts[1:])
    out["tree"] = ((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000,)
    return out


def tree_env(pythonpath: str | None, cache: Path) -> dict[str, str]:
    env = os.environ.copy()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if pythonpath is not None:
        env["PYTHONPATH"] = pythonpath
    if env.get("PYTHONPATH"):
        env["PYTHONPATH"] = os.pathsep.join(str(Path(p).resolve())
                                            for p in env["PYTHONPATH"].split(os.pathsep) if p)
    env["CNSR_CACHE_DIR"] = str(cache)
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--mix", choices=["dense", "typical"], default="dense")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--against", metavar="DIR", action="append", default=[],
                        help="also run `cnsr rate` with PYTHONPATH=DIR (repeatable)")
    args = parser.parse_args()
    become_subreaper()
    pdf = report_pdf(args.pages, args.mix)
    work = Path(tempfile.mkdtemp(prefix="cnsr-timeline-"))
    trees = {"this": tree_env(None, work / "cache-0")}
    for i, other in enumerate(args.against, 1):
        trees[other] = tree_env(other, work / f"cache-{i}")
    runs: dict[str, list[dict[str, tuple[float, ...]]]] = {name: [] for name in trees}
    print(f"{args.pages} pages, mix {args.mix}, repeat {args.repeat}; "
          f"load average {os.getloadavg()[0]:.1f} at start")
    for round_ in range(args.repeat + 1):
        for name, env in trees.items():
            marks = one_run(pdf, env, work)
            if round_ > 0:  # round 0 fills the data cache and the file cache
                runs[name].append(marks)
    print(f"load average {os.getloadavg()[0]:.1f} at the end (medians of {args.repeat})\n")
    print("| tree | mark | wall ms | CPU ms | minor faults | system CPU ms |")
    print("|---|---|---:|---:|---:|---:|")
    for name, rounds in runs.items():
        for mark in MARKS:
            values = [r[mark] for r in rounds if mark in r]
            if not values:
                continue
            wall, cpu, faults, system = (statistics.median(v[i] for v in values)
                                         for i in range(4))
            print(f"| {name} | {mark} | {wall:.0f} | {cpu:.0f} | {faults:.0f} | {system:.0f} |")
        kids = [r["children"] for r in rounds if "children" in r]
        if kids:
            print(f"| {name} | children | | {statistics.median(k[0] for k in kids):.0f} "
                  f"| {statistics.median(k[1] for k in kids):.0f} | |")
        tree = [r["tree"][0] for r in rounds if "tree" in r]
        if tree:
            print(f"| {name} | whole tree | | {statistics.median(tree):.0f} (best "
                  f"{min(tree):.0f}) | | |")


if __name__ == "__main__":
    main()
