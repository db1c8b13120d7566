"""Whole processes, as a user runs them: `cnsr --help`, `cnsr rate REPORT.pdf` and a bare
pypdfium2 extraction process, alternated in one run.

    .venv/bin/python benchmarks/bench_process.py [--pages 200] [--mix dense] [--repeat 5]

Issue #14: `cnsr --help` under 0.3 s, and the whole `cnsr rate` process of a 200-page report at
most 1.8x a bare extraction process with the editable install (1.5x with the production
wheel). Unlike bench_rate.py, start-up is included: interpreter, imports, loading the lexicon
and segmentation dictionary, printing the table. The baseline process starts Python, imports
pypdfium2, opens the PDF and extracts every page's text.

Both figures are reported for every process, each against the bare process of the same run:
wall time (what the user waits for; the budget is read against it) and CPU time (user +
system of the process and of its worker processes). `cnsr rate` reads a long PDF's pages in
forked worker processes while it loads the reader (cnsr/ingest/parallel.py), so its wall time
drops while its CPU time rises a little; on one core the gain disappears. Wall times on a
shared machine are noisy: compare the rows of one run, and read the load averages printed.

`cnsr` is run as its console script runs it (`cnsr.cli.launch:run`, through `python -c`), with
this process's environment, so `PYTHONPATH=src` measures a worktree's source and
`PYTHONPATH=/tmp/native` a wheel unpacked there. The three commands are run in turn `repeat` times after a warm-up round
(so a busy spell of a shared machine hits all of them); each is reported as its best wall time
and its best CPU time (user + system of the child and its children), and its median wall time,
and rate as a ratio to the baseline. Because each round runs the bare extraction and `cnsr
rate` one after the other, the median of the per-round ratios (`paired`) is printed too: a slow
spell of the machine then slows both sides of a ratio instead of only one side of best / best.

`--against DIR` adds `cnsr rate` run from another source tree (PYTHONPATH=DIR, e.g. a
`git archive` of main), alternated with the others: before and after in one run. The reader's
data cache (`CNSR_CACHE_DIR`, docs/benchmarks.md) is a fresh folder of this run, filled by the
warm-up round; `--no-cache` turns it off.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from make_report_pdf import report_pdf  # noqa: E402
from tree_cpu import become_subreaper, reap_orphans  # noqa: E402

HELP_BUDGET = 0.3
"""Issue #14: seconds for `cnsr --help`."""
RATE_BUDGET = 1.8
"""Issue #14: whole `cnsr rate` process / bare extraction process, editable install."""
WHEEL_BUDGET = 1.5
"""Issue #14: the same with the production wheel (mypyc-compiled reader)."""

BARE = ("import sys, pypdfium2 as pdfium\n"
        "pdf = pdfium.PdfDocument(sys.argv[1])\n"
        "for i in range(len(pdf)):\n"
        "    page = pdf[i]; tp = page.get_textpage(); tp.get_text_range(); tp.close(); page.close()\n"
        "pdf.close()\n")


def cnsr_command() -> list[str]:
    """What the console script runs (`cnsr.cli.launch:run`), through -c so that every tree of
    one run, an older one given by `--against` included, is started the same way; trees from
    before the launcher (session 9) run `cnsr.cli.main:app`, their console script then."""
    return [sys.executable, "-c",
            "import sys; sys.argv[0] = 'cnsr'\n"
            "try:\n    from cnsr.cli.launch import run\n"
            "except ImportError:\n    from cnsr.cli.main import app as run\n"
            "run()"]


def child_env(pythonpath: str | None = None) -> dict[str, str]:
    """This environment with PYTHONPATH made absolute (the children run in a scratch folder),
    or replaced by `pythonpath`, and without PYTHONDONTWRITEBYTECODE: a user's Python writes
    the .pyc files of an editable install on the first run and reads them after, so the
    warm-up round must be allowed to write them (with the variable set, as in some sandboxes,
    every run of an editable install would compile each module it imports, ~0.3 s)."""
    env = os.environ.copy()
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if pythonpath is not None:
        env["PYTHONPATH"] = pythonpath
    if env.get("PYTHONPATH"):
        env["PYTHONPATH"] = os.pathsep.join(str(Path(p).resolve())
                                            for p in env["PYTHONPATH"].split(os.pathsep) if p)
    return env


def run(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one child process; it must succeed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          env=env, check=False)
    wall = time.perf_counter() - start
    reap_orphans()  # a descendant the command left to be reaped counts too (tree_cpu.py)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.decode()[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--mix", choices=["dense", "typical"], default="dense")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--against", metavar="DIR",
                        help="also time `cnsr rate` from this source tree (PYTHONPATH=DIR)")
    parser.add_argument("--no-cache", action="store_true",
                        help="run without the reader's data cache (CNSR_CACHE_DIR=off)")
    args = parser.parse_args()
    become_subreaper()

    pdf = report_pdf(args.pages, args.mix)
    cnsr = cnsr_command()
    work = Path(tempfile.mkdtemp(prefix="cnsr-bench-"))
    os.environ["CNSR_CACHE_DIR"] = "off" if args.no_cache else str(work / "cache")
    env = child_env()
    commands = {
        "bare extraction (python -c pypdfium2)": ([sys.executable, "-c", BARE, str(pdf)], env),
        "cnsr --help": ([*cnsr, "--help"], env),
        f"cnsr rate ({args.pages} pages)": ([*cnsr, "rate", str(pdf)], env),
    }
    if args.against:
        against = str(Path(args.against).resolve())
        other_env = child_env(against)
        if not args.no_cache:  # its own, as one installation has: entries differ by code
            other_env["CNSR_CACHE_DIR"] = str(work / "cache-against")
        commands[f"cnsr rate ({args.pages} pages) from {against}"] = (
            [*cnsr, "rate", str(pdf)], other_env)
    import cnsr as package

    compiled = any(Path(package.__file__).parent.rglob("*.so"))
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count() or 1
    build = "production wheel" if compiled else "pure Python"
    print(f"cnsr from {Path(package.__file__).parent} ({build}); {args.pages} pages, "
          f"mix {args.mix}; repeat {args.repeat}; {cores} cores; "
          f"load average {os.getloadavg()[0]:.1f} at start")
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    try:
        for round_ in range(args.repeat + 1):
            for name, (command, command_env) in commands.items():
                wall, cpu = run(command, work, command_env)
                if round_ > 0:  # round 0 is a warm-up: file cache, .pyc files, data cache
                    samples[name].append((wall, cpu))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    best = {name: (min(w for w, _ in runs), min(c for _, c in runs),
                   statistics.median(w for w, _ in runs)) for name, runs in samples.items()}
    bare_wall, bare_cpu, bare_median = best[next(iter(commands))]
    print(f"load average {os.getloadavg()[0]:.1f} at the end\n")
    print("| process | best wall s | median wall s | best CPU s | wall / bare | median wall / bare "
          "| CPU / bare |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, (wall, cpu, median) in best.items():
        print(f"| {name} | {wall:.3f} | {median:.3f} | {cpu:.3f} | {wall / bare_wall:.2f}x "
              f"| {median / bare_median:.2f}x | {cpu / bare_cpu:.2f}x |")
    help_wall, help_cpu, _ = best["cnsr --help"]
    rate_wall, rate_cpu, _ = best[f"cnsr rate ({args.pages} pages)"]
    budget = WHEEL_BUDGET if compiled else RATE_BUDGET
    print(f"\ncnsr --help: {help_wall:.3f} s wall, {help_cpu:.3f} s CPU (budget {HELP_BUDGET} s)")
    print(f"cnsr rate / bare extraction: {rate_wall / bare_wall:.2f}x wall (budget {budget}x "
          f"{'wheel' if compiled else 'editable'}, read against wall), "
          f"{rate_cpu / bare_cpu:.2f}x CPU")
    bare_runs = samples[next(iter(commands))]
    print(f"paired (median of the {args.repeat} rounds' wall ratios): "
          f"{paired(samples[f'cnsr rate ({args.pages} pages)'], bare_runs):.2f}x")
    if args.against:
        name = f"cnsr rate ({args.pages} pages) from {against}"
        w, c, _ = best[name]
        print(f"cnsr rate from {against} / bare extraction: {w / bare_wall:.2f}x wall, "
              f"{c / bare_cpu:.2f}x CPU; paired {paired(samples[name], bare_runs):.2f}x")


def paired(runs: list[tuple[float, float]], bare: list[tuple[float, float]]) -> float:
    """Median over rounds of one command's wall time / the bare extraction's in the same round."""
    return statistics.median(w / b for (w, _), (b, _) in zip(runs, bare, strict=True))


if __name__ == "__main__":
    main()
