"""`cnsr --help` and `cnsr rate` load only what they use: the heavy libraries behind other
commands (charts, workbooks, PDF cards, the web app, dask, the store, the GHG package) stay
unimported, which is what keeps `cnsr --help` a fraction of a second (issue #14)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import cnsr

# Top-level packages (or cnsr subpackages) that must not be imported by the commands below.
EVERYWHERE = ("matplotlib", "pandas", "openpyxl", "weasyprint", "fastapi", "starlette",
              "uvicorn", "dask", "distributed", "sqlalchemy", "alembic", "psycopg", "pint",
              "jinja2", "cnsr.ghg", "cnsr.store", "cnsr.web", "cnsr.report.charts")
AT_HELP = (*EVERYWHERE, "rich", "pydantic", "yaml", "cnsr.rating", "cnsr.methodology",
           "cnsr.evidence", "cnsr.ingest", "pypdfium2", "rjieba")

PROBE = """
import json, sys
out, args = sys.argv[1], sys.argv[2:]
sys.argv = ["cnsr", *args]
from cnsr.cli.main import app
try:
    app()
except SystemExit as stop:
    code = stop.code
json.dump({"code": code, "modules": sorted(sys.modules)}, open(out, "w"))
"""


def _modules_after(tmp_path: Path, *args: str) -> tuple[int, set[str]]:
    out = tmp_path / "modules.json"
    env = {**os.environ, "PYTHONPATH": str(Path(cnsr.__file__).parents[1])}
    subprocess.run([sys.executable, "-c", PROBE, str(out), *args], cwd=tmp_path, env=env,
                   check=True, capture_output=True, timeout=120)
    data = json.loads(out.read_text(encoding="utf-8"))
    return data["code"], set(data["modules"])


def _loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return [n for n in names if n in modules or any(m.startswith(n + ".") for m in modules)]


@pytest.mark.parametrize("args", [("--help",), ("--version",), ("rate", "--help"),
                                  ("ghg", "--help"), ("batch", "--help")])
def test_help_loads_no_library_behind_a_command(tmp_path: Path, args: tuple[str, ...]) -> None:
    code, modules = _modules_after(tmp_path, *args)
    assert code in (0, None)
    assert _loaded(modules, AT_HELP if args[0].startswith("--") else EVERYWHERE) == []


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_rating_a_text_file_loads_only_the_reader(tmp_path: Path, fmt: str) -> None:
    report = tmp_path / "海川能源2023年度ESG报告.txt"
    report.write_text("海川能源股份有限公司2023年度环境、社会及治理报告\n"
                      "公司制定碳达峰行动方案，2023年范围一温室气体排放量为12.6万吨二氧化碳当量。\n",
                      encoding="utf-8")
    code, modules = _modules_after(tmp_path, "rate", report.name, "--industry", "D44",
                                   "--format", fmt, "--out", "r.json")
    assert code in (0, None)
    assert "cnsr.assess.rate" in modules
    assert _loaded(modules, EVERYWHERE) == []
    # rjieba's extension only: the package would build a default segmenter nobody uses
    assert "rjieba.rjieba" in modules and "rjieba" not in modules


def test_rating_twice_builds_the_reader_once(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The first `cnsr rate` stores the lexicon and methodology in the cache (cnsr.data_cache);
    the second reads them."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("CNSR_CACHE_DIR", str(cache))
    report = tmp_path / "report.txt"
    report.write_text("海川能源2023年度报告：公司范围一温室气体排放量为12.6万吨二氧化碳当量，"
                      "较2022年下降5%。\n", encoding="utf-8")
    code, _ = _modules_after(tmp_path, "rate", report.name, "--format", "json")
    assert code in (0, None)
    kinds = {p.name.rsplit("-", 1)[0] for p in cache.iterdir()}
    assert {"lexicon", "methodology", "markers", "units", "script-t2s", "clean-gate", "navigation",
            "report-year", "report-year-patterns", "quotes", "ocr"} <= kinds
    stamps = {p: p.stat().st_mtime_ns for p in cache.iterdir()}
    code, _ = _modules_after(tmp_path, "rate", report.name, "--format", "json")
    assert code in (0, None)
    # a stale or unreadable entry would have been rebuilt and rewritten
    assert {p: p.stat().st_mtime_ns for p in cache.iterdir()} == stamps
