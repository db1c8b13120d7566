"""Session 23 (speed), simplified in session 24: `cnsr rate` shows a progress bar, and imports
rich for it, only when stderr is a TTY; `-f json` into a pipe imports no rich at all."""

from __future__ import annotations

import io
import itertools
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import cnsr
from cnsr.cli import rate

ENV = ("TTY_COMPATIBLE", "FORCE_COLOR")


class _Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


@pytest.mark.parametrize(("tty", "compatible", "force"), list(itertools.product(
    [False, True], [None, "1"], [None, "1"])))
def test_a_bar_only_for_a_terminal(monkeypatch: pytest.MonkeyPatch, tty: bool,
                                   compatible: str | None, force: str | None) -> None:
    """Colour settings (FORCE_COLOR, TTY_COMPATIBLE) don't ask for a progress bar: only a
    stderr that is a TTY does."""
    for name, value in zip(ENV, (compatible, force), strict=True):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "stderr", _Stream(tty))
    assert rate._stderr_is_tty() is tty


def test_a_closed_stderr_is_no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    closed = io.StringIO()
    closed.close()  # isatty() raises ValueError
    monkeypatch.setattr(sys, "stderr", closed)
    assert not rate._stderr_is_tty()


PROBE = """
import json, sys
out, args = sys.argv[1], sys.argv[2:]
sys.argv = ["cnsr", *args]
from cnsr.cli.main import app
try:
    app()
except SystemExit as stop:
    code = stop.code
json.dump({"code": code, "rich": sorted(m for m in sys.modules if m.split(".")[0] == "rich")},
          open(out, "w"))
"""


def test_rating_into_a_pipe_as_json_imports_no_rich(tmp_path: Path) -> None:
    report = tmp_path / "海川能源2023年度ESG报告.txt"
    report.write_text("公司2023年范围一温室气体排放量为1.2万吨二氧化碳当量，较上年下降5%。\n"
                      "公司已制定碳达峰行动方案，计划于2030年前实现碳达峰。\n", encoding="utf-8")
    out = tmp_path / "probe.json"
    env = {k: v for k, v in os.environ.items() if k not in ENV}
    env["PYTHONPATH"] = str(Path(cnsr.__file__).parents[1])
    env["CNSR_CACHE_DIR"] = "off"
    subprocess.run([sys.executable, "-c", PROBE, str(out), "rate", str(report), "-f", "json"],
                   cwd=tmp_path, env=env, check=True, capture_output=True, timeout=300)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["code"] in (0, None)
    assert data["rich"] == []
